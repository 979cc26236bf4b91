"""Opening a data file on worker threads (at start-up, File → Open, New, Open Recent), so that the window
paints and answers meanwhile.

Opening a file takes seconds on a large one or a slow laptop: importing SQLAlchemy and the models, the
lock, the integrity check (it reads the whole file), the engine, the backup on opening, the first queries.
All of it runs on workers; the window shows "Opening FILE…" meanwhile and builds the first tab's widgets
(hidden) as soon as their code is loaded. The lock, the checks and the backup (SQLite's C code, which lets
Python run meanwhile) run on a thread of their own while the worker imports the first tab's code, so on two
cores neither waits for the other. The file is handed to the window only once every check passed, so nothing
can edit it before (its safety is exactly that of :func:`~peerdesk.ui.opening.open_interactive`). From File →
Open, the file open until then stays open (and stays if the new one cannot be opened), but nothing in the
window can change it meanwhile.
A file that needs a dialog (its passphrase, a cleaned copy to offer) goes on to the window's ordinary
``open_path``, which asks; a file that cannot be opened gets the same message as there.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from shiboken6 import isValid

from peerdesk.db.lock import FileInUse
from peerdesk.db.workspace import DataFileError
from peerdesk.ui.opening import (
    NEEDS_DIALOG,
    OpenedFile,
    PreparedFile,
    open_without_asking,
    prepare_without_asking,
    read_ahead,
    report_open_error,
)
from peerdesk.ui.page import settle_keyboard
from peerdesk.ui.tasks import is_inline, run_task

logger = logging.getLogger(__name__)

#: The longest the worker waits for the window to build the first tab before it opens the file anyway.
BUILD_WAIT = 3.0


def open_in_background(window, path: Path, then: Callable[[], object] | None = None, *, create: bool = False) -> None:
    """Open ``path`` in ``window`` (``create``: a new, empty data file there); ``then`` runs once it is shown.
    The window forgets the attempt (``window._opening``) when it closes or opens another file meanwhile;
    a file that arrives after that is closed again."""
    from peerdesk.ui.main_window import PAGE_CLASSES

    key = window.current_tab_key()
    module_name = PAGE_CLASSES[key][0]
    window._opening = token = object()
    window.show_opening(path)

    built = threading.Event()
    window._open_answered = answered = threading.Event()  # the worker's result reached the window

    def work() -> Iterator[int]:
        prepared: dict[str, object] = {}

        def prepare() -> None:  # lock, checks, backup: mostly SQLite's C code, alongside the import below
            try:
                prepared["file"] = prepare_without_asking(path, create=create)
            except BaseException as exc:  # noqa: BLE001 - raised again on the worker, and so reported
                prepared["error"] = exc

        checks = threading.Thread(target=prepare, name="peerdesk-open-checks", daemon=True)
        checks.start()
        try:  # the first tab's code (and with it SQLAlchemy and the models), here rather than on the GUI thread
            importlib.import_module(module_name)
        except Exception:  # noqa: BLE001 - the GUI thread imports it later itself, and says what is wrong
            logger.exception("loading %s ahead failed", module_name)
        yield 50  # the GUI thread builds the tab's widgets now
        # ... with Python's lock to itself: a worker running Python alongside would double the time each of
        # its steps keeps the window from painting
        if threading.current_thread() is not threading.main_thread():
            built.wait(BUILD_WAIT)
        checks.join()
        if "error" in prepared:
            raise prepared["error"]  # type: ignore[misc]
        ready: PreparedFile = prepared["file"]  # type: ignore[assignment]
        if not current():  # the window closed meanwhile: the file is let go at once
            ready.close()
            return None
        opened = open_without_asking(path, create=create, prepared=ready)
        if not current():
            opened.close()
            return None
        try:
            read_ahead(opened)
        except Exception:  # noqa: BLE001 - the GUI thread does it all later itself
            logger.exception("reading ahead for the window failed")
        return opened

    def current() -> bool:  # still the window's wish (not closed, no other file chosen meanwhile)
        return isValid(window) and window._opening is token

    def build(_progress) -> None:
        """The first tab's widgets, in two turns of the event loop (each a few hundredths of a second)."""
        if not current():
            built.set()
            return
        page = window.built_page(key, settle=is_inline())

        def settle() -> None:
            try:
                if current() and isValid(page):
                    settle_keyboard(page)
            finally:
                built.set()

        if is_inline():
            built.set()
        else:
            QTimer.singleShot(0, settle)

    def done(opened: OpenedFile | None) -> None:
        answered.set()
        if opened is None:
            return
        if not current():
            opened.close()
            return
        window._opening = None
        window.set_opened(opened)
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        answered.set()
        if not current():
            return
        window._opening = None
        window.show_open_file()  # the file open before, if any, as it was; else "No data file is open"
        if isinstance(exc, NEEDS_DIALOG):
            window.open_path(path, create=create)
        elif isinstance(exc, (FileInUse, DataFileError)):
            report_open_error(window, exc)
        else:
            raise exc

    run_task(work, done, failed, build)


def finish_opening(window, timeout: float = 30.0) -> None:
    """After the event loop ended (a signal during start-up): let a file still opening arrive, and so be
    closed again (the window is closed), rather than leave its lock behind."""
    answered = getattr(window, "_open_answered", None)
    deadline = time.monotonic() + timeout
    while answered is not None and not answered.is_set() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
