"""The Evaluation tab read ahead: once the window is idle (the first tab complete, nothing running on a
worker), the Evaluation page reads and measures the current initiative's evidence while hidden, so the
switch to the tab shows it at once instead of after a second or more of reading.

The main window calls :meth:`EvaluationPrefetch.schedule` whenever a page has been brought up to date (a
file opened, another initiative chosen) and whenever an edit makes the other tabs stale; a view read ahead
and made stale meanwhile is dropped at once (its memory with it) and read again on the next idle turn.
Edits on the other tabs that do not tell the window (an activity's attendance, a commitment's status) are
caught at the file: each commit that changed rows is counted (:func:`writes`), and a view read ahead
before a write is read again on the switch. Only data files are read ahead (a server's other users write
without this window knowing). Nothing runs while tasks run inline (tests call :meth:`now`), nor while the
Evaluation tab is the current one (it reads for itself).
"""

from __future__ import annotations

import logging
import time
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer

from peerdesk.ui import tasks

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from peerdesk.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: how long no worker must have run before the evaluation is read ahead (ms): long enough for the first
#: tab's last paints and the other pages' imports, short beside a facilitator's move to the tab
IDLE_MS = 600
#: how often to look whether a worker runs meanwhile (ms)
POLL_MS = 100
KEY = "evaluation"

_writes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> commits that changed rows


def _changes(connection) -> int | None:
    """Rows the connection changed since it opened (SQLite's ``total_changes``; None for a driver without)."""
    return getattr(getattr(connection.connection, "driver_connection", None), "total_changes", None)


def _on_begin(connection) -> None:
    connection.info["peerdesk_changes"] = _changes(connection)


def _on_commit(connection) -> None:
    """A commit on the engine: counted if its transaction changed rows (or if that cannot be told)."""
    before, after = connection.info.pop("peerdesk_changes", None), _changes(connection)
    if before is None or after is None or after != before:
        _writes[connection.engine] = _writes.get(connection.engine, 0) + 1


def writes(engine: Engine) -> int:
    """How many commits changed rows in ``engine``'s file since this count began (it begins here, when no
    transaction runs: the window is idle)."""
    from sqlalchemy import event

    if not event.contains(engine, "commit", _on_commit):
        event.listen(engine, "begin", _on_begin)
        event.listen(engine, "commit", _on_commit)
        _writes.setdefault(engine, 0)
    return _writes[engine]


class EvaluationPrefetch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.now)
        self._busy_at = 0.0  # when a worker was last seen running (time.monotonic)
        #: the engine and its write count when the view was read ahead (None once shown or dropped)
        self._read_at: tuple[Engine, int] | None = None
        self._shown = window.current_tab_key()  # the tab on screen before the switch
        # before the window's own handler (connected later), which shows the page as it is unless stale
        window.ui.main_tabs.currentChanged.connect(self._switched)

    def schedule(self) -> None:
        """The evaluation may be out of date: drop what was read ahead, and read it again once idle."""
        window = self._window
        if KEY in window._stale:
            page = window._pages.get(KEY)
            if page is not None and window.current_tab_key() != KEY:
                page.forget()  # hidden and out of date: its view's memory is not kept meanwhile
                self._read_at = None
        if not tasks.is_inline():
            self._busy_at = time.monotonic()  # (the change itself)
            self._timer.start(POLL_MS)

    def now(self) -> None:
        """Read the evaluation ahead if it is wanted now; if a worker is busy, look again shortly."""
        window = self._window
        workspace = window.workspace
        if workspace is None or workspace.path is None or window.current_initiative_id() is None:
            return
        if KEY not in window._stale or window.current_tab_key() == KEY:
            return
        if not tasks.is_inline():  # the first tab's reads, the pages' imports, an export... first
            if QThreadPool.globalInstance().activeThreadCount():
                self._busy_at = time.monotonic()
            if time.monotonic() - self._busy_at < IDLE_MS / 1000:
                self._timer.start(POLL_MS)
                return
        logger.debug("reading the evaluation ahead")
        self._read_at = (workspace.engine, writes(workspace.engine))
        window.page(KEY)  # builds the page if need be and refreshes it (its reads run on workers)

    def _switched(self, index: int) -> None:
        """The tab is coming on screen: a view read ahead, or shown before and left, before a change to the
        file (e.g. an activity's attendance on Tool selection) is read again."""
        window = self._window
        left, self._shown = self._shown, window.current_tab_key()
        if left == KEY and self._shown != KEY and KEY not in window._stale and window.workspace is not None:
            # leaving the tab with its view up to date: what is written from now on makes it stale
            self._read_at = (window.workspace.engine, writes(window.workspace.engine))
            return
        if self._shown != KEY or self._read_at is None:
            return
        engine, count = self._read_at
        self._read_at = None
        workspace = window.workspace
        if workspace is None or workspace.engine is not engine or writes(engine) != count:
            window._stale.add(KEY)
