"""The Evaluation tab read ahead: once the window is idle (the first tab complete, nothing running on a
worker), the Evaluation page reads and measures the current initiative's evidence while hidden, so the
switch to the tab shows it at once instead of after a second or more of reading.

The main window calls :meth:`EvaluationPrefetch.schedule` whenever a page has been brought up to date (a
file opened, another initiative chosen) and whenever an edit makes the other tabs stale. A view read ahead
and made stale meanwhile is dropped at once (its memory with it) and read again on the next idle turn;
a view read ahead is shown as it is (the page is no longer stale), and the page's own edits refresh it as
they always do. Nothing runs while tasks run inline (tests call :meth:`now`), nor while the Evaluation
tab is the current one (it reads for itself).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer

from peerdesk.ui import tasks

if TYPE_CHECKING:
    from peerdesk.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: how long no worker must have run before the evaluation is read ahead (ms): long enough for the first
#: tab's last paints and the other pages' imports, short beside a facilitator's move to the tab
IDLE_MS = 600
#: how often to look whether a worker runs meanwhile (ms)
POLL_MS = 100
KEY = "evaluation"


class EvaluationPrefetch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.now)
        self._busy_at = 0.0  # when a worker was last seen running (time.monotonic)

    def schedule(self) -> None:
        """The evaluation may be out of date: drop what was read ahead, and read it again once idle."""
        window = self._window
        if KEY in window._stale:
            page = window._pages.get(KEY)
            if page is not None and window.current_tab_key() != KEY:
                page.forget()  # hidden and out of date: its view's memory is not kept meanwhile
        if not tasks.is_inline():
            self._busy_at = time.monotonic()  # (the change itself)
            self._timer.start(POLL_MS)

    def now(self) -> None:
        """Read the evaluation ahead if it is wanted now; if a worker is busy, look again shortly."""
        window = self._window
        if window.workspace is None or window.current_initiative_id() is None or KEY not in window._stale:
            return
        if window.current_tab_key() == KEY:
            return
        if not tasks.is_inline():  # the first tab's reads, the pages' imports, an export... first
            if QThreadPool.globalInstance().activeThreadCount():
                self._busy_at = time.monotonic()
            if time.monotonic() - self._busy_at < IDLE_MS / 1000:
                self._timer.start(POLL_MS)
                return
        logger.debug("reading the evaluation ahead")
        window.page(KEY)  # builds the page if need be and refreshes it (its reads run on workers)
