"""Starting the Qt application: settings, logging, the error hook, fonts, translations, the window."""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk import APP_NAME, __version__, paths

logger = logging.getLogger(__name__)

#: The interpreter's thread switch interval in the window (seconds; Python's default is 0.005).
SWITCH_INTERVAL = 0.001


def ensure_display() -> None:
    """Fall back to Qt's offscreen platform where there is no screen (CI, a headless self-test)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load_bundled_fonts() -> None:
    """The DejaVu fonts shipped in resources/, so every peer's name shows even on a bare system."""
    for font in sorted(paths.fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, configured for PeerDesk (reused if it exists already)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        # The window's workers (opening the file, reading a tab) run Python while the GUI thread paints; each
        # call from Qt into Python (a table cell, a slot) waits for the interpreter's lock, by default up to
        # 5 ms a time. A shorter turn keeps a repaint of many such calls from stalling behind a worker.
        sys.setswitchinterval(SWITCH_INTERVAL)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        from peerdesk.ui.i18n import install_translators

        install_translators(app)
        load_bundled_fonts()
        icon = paths.icons_dir() / "peerdesk.png"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(data: str | None) -> int:
    """``peerdesk [--data FILE]``: open the window on FILE, or on the default data file."""
    from peerdesk.ui.errors import install_exception_hook, setup_logging
    from peerdesk.ui.main_window import MainWindow

    app = create_application()
    setup_logging()
    install_exception_hook()
    window = MainWindow()
    _quit_cleanly_on_signals(app, window)
    show_then_open(window, data)
    code = app.exec()
    from peerdesk.ui.background_open import finish_opening

    finish_opening(window)  # a file still opening when a signal ended the loop is closed as it arrives
    if window.opened is not None:  # the loop ended without a close (a signal during start-up)
        window.opened.close()
        window.opened = None
    return code


def show_then_open(window, data: str | None) -> None:
    """Show the window at once and open the data file just after its first paint, so that paint waits
    for nothing the file holds (opening it imports SQLAlchemy and reads the initiatives)."""
    opener = _AfterFirstPaint(window, lambda: open_at_start(window, data))
    window.installEventFilter(opener)
    window.show()
    QTimer.singleShot(500, opener.run)  # in case no paint comes (a minimised window)


class _AfterFirstPaint(QObject):
    def __init__(self, window, action) -> None:
        super().__init__(window)
        self.action = action

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.action is not None:
            QTimer.singleShot(0, self.run)  # after this paint has reached the screen
        return False

    def run(self) -> None:
        action, self.action = self.action, None
        if action is not None:
            self.parent().removeEventFilter(self)
            action()


def open_at_start(window, data: str | None) -> None:
    """``peerdesk [--data FILE]``'s file: FILE, or the one used last, or the default data file."""
    from peerdesk.db.server import is_server_url
    from peerdesk.db.services.first_run import ensure_default_data_file

    app = QApplication.instance()
    # Everything loaded so far (Qt, SQLAlchemy, the models, the catalogue...) lives as long as the window:
    # moved out of the collector's reach, so a full garbage collection (which a worker thread's bulk read
    # can trigger while holding Python's lock) no longer walks it and the window does not stutter. Done
    # again once the file opened on a worker is shown (what that loaded lives as long).
    QTimer.singleShot(0, gc.freeze)
    if data is None:
        server = last_server()
        # the server she used last, if it answers (offline at a workshop, she cancels and gets her file)
        if server and window.server_actions.connect(server):
            return
        path = last_data_file() or paths.default_data_file()
        try:
            ensure_default_data_file(path)
        except OSError as exc:
            QMessageBox.critical(window, APP_NAME,
                                 app.translate("app", "Cannot create {path}: {error}").format(path=path, error=exc))
        window.open_in_background(path, then=gc.freeze)
    elif is_server_url(data):  # a server database: its password from the keyring or ~/.pgpass, else asked
        window.server_actions.connect(data)
    else:
        path = Path(data)
        if path.exists():
            window.open_in_background(path, then=gc.freeze)
        else:
            answer = QMessageBox.question(
                window,
                APP_NAME,
                app.translate("app", "{path} does not exist. Create a new, empty data file there?").format(path=path),
            )
            if answer == QMessageBox.StandardButton.Yes:
                window.open_path(path, create=True)


def last_server() -> str | None:
    """The server database used last, when it was used after the last data file (its URL, no password)."""
    from peerdesk.db.server import is_server_url
    from peerdesk.settings import settings

    value = settings().get("last_server")
    return value if value and is_server_url(value) else None


def last_data_file() -> Path | None:
    """The data file used last, when it is still there (the window reopens it: she starts where she left
    off); None sends the window to the default workspace."""
    from peerdesk.settings import settings

    value = settings().get("last_data_file")
    return Path(value) if value and Path(value).is_file() else None


def _quit_cleanly_on_signals(app: QApplication, window) -> None:
    """Ctrl+C in the terminal, or a logout's SIGTERM, closes the window the normal way, so the data
    file is closed and its lock released instead of the process simply vanishing."""

    def close(*_args) -> None:
        window.close()
        QTimer.singleShot(0, app.quit)  # also works when the signal comes before the event loop runs

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    # Python runs signal handlers only between bytecodes; an idle timer gives it the chance to.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
