"""Pausing Python's cycle collector while a batch job builds many small objects (imports, evaluation
loads, chart images).

Reading and writing 50,000 rows makes hundreds of thousands of dicts, lists and tuples that all live
until the job ends; the collector would walk them again and again (a third of an import's time) and
find nothing to free. On a worker thread this matters twice: each full collection holds the interpreter's
lock while it walks every object of the program, so the window freezes meanwhile. Jobs pause it for
their duration; it resumes when the last of them ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # jobs running with the collector paused
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off (nestable, from several threads)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
