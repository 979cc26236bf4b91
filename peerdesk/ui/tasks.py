"""Background work off the GUI thread: ``run_task(fn, on_done, on_error, on_progress)``.

``fn`` runs on a worker thread. If it is a generator function, each value it yields is progress
(an int percent, or a ``(done, total)`` tuple, or ``(done, total, message)``), and its return value is
the result. Callbacks run on the GUI thread. The returned handle's ``cancel()`` asks the generator to
stop at its next yield. Tests replace the pool with ``set_inline(True)`` to run tasks synchronously.
"""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)

_inline = False
_live: set[TaskHandle] = set()


def set_inline(inline: bool) -> None:
    """Run tasks synchronously on the calling thread (for tests)."""
    global _inline
    _inline = inline


def is_inline() -> bool:
    """True while tasks run synchronously (tests): nothing should wait for the event loop then."""
    return _inline


class TaskCancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    finished = Signal()


class TaskHandle:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.signals = _Signals()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def _normalise(progress: Any) -> tuple[int, int, str]:
    if isinstance(progress, tuple):
        done, total = int(progress[0]), int(progress[1])
        message = str(progress[2]) if len(progress) > 2 else ""
        return done, max(total, 1), message
    return int(progress), 100, ""


def _execute(fn: Callable[[], Any], handle: TaskHandle) -> None:
    try:
        result = fn()
        if inspect.isgenerator(result):
            generator = result
            try:
                while True:
                    if handle.cancelled:
                        generator.close()
                        raise TaskCancelled()
                    handle.signals.progress.emit(_normalise(next(generator)))
            except StopIteration as stop:
                result = stop.value
        handle.signals.done.emit(result)
    except Exception as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
        exc.__peerdesk_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
        handle.signals.failed.emit(exc)
    finally:
        handle.signals.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        _execute(self._fn, self._handle)


def _while_alive(callback: Callable | None, owner: QObject | None) -> Callable | None:
    """``callback``, skipped once ``owner`` (a widget the window may delete before the task ends) is gone."""
    if callback is None:
        return None
    owner = owner if owner is not None else getattr(callback, "__self__", None)
    if not isinstance(owner, QObject):
        return callback
    from shiboken6 import isValid

    def guarded(*args):
        if isValid(owner):
            return callback(*args)
        logger.debug("task result dropped: its %s is gone", type(owner).__name__)
        return None

    return guarded


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[tuple[int, int, str]], None] | None = None,
    *,
    owner: QObject | None = None,
) -> TaskHandle:
    """``owner``: the widget the callbacks belong to (a bound method's object is taken by itself); once
    it is deleted (a window closed while the task ran) the callbacks are skipped."""
    on_done, on_error, on_progress = (_while_alive(on_done, owner), _while_alive(on_error, owner),
                                      _while_alive(on_progress, owner))
    handle = TaskHandle()
    if on_done:
        handle.signals.done.connect(on_done)
    if on_error:
        handle.signals.failed.connect(on_error)
    else:
        handle.signals.failed.connect(lambda exc: logger.error("background task failed: %s", exc))
    if on_progress:
        handle.signals.progress.connect(on_progress)
    _live.add(handle)  # keep the signals object alive until the task ends
    handle.signals.finished.connect(lambda: _live.discard(handle))
    if _inline:
        _execute(fn, handle)
    else:
        QThreadPool.globalInstance().start(_Runnable(fn, handle))
    return handle

