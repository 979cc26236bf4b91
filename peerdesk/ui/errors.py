"""The global exception hook: an error dialog with a copyable report, and a log file.

Every write goes through a service that runs one transaction, so an unexpected error leaves the data
file as it was before the failed action; the dialog says so.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk import __version__, paths

logger = logging.getLogger(__name__)


def log_file() -> Path:
    return paths.user_log_dir() / "peerdesk.log"


def setup_logging() -> Path | None:
    """Log warnings and errors to a rotating file in the user's log folder."""
    try:
        target = log_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    for existing in root.handlers:  # the console keeps showing warnings only; the details go to the file
        if existing.level == logging.NOTSET:
            existing.setLevel(logging.WARNING)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def error_report(exc_type, exc_value, exc_traceback) -> str:
    lines = traceback.format_exception(exc_type, exc_value, exc_traceback)
    return f"PeerDesk {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def show_error(title: str, message: str, details: str = "", parent=None) -> None:
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.exec()


def _hook(exc_type, exc_value, exc_traceback) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    report = error_report(exc_type, exc_value, exc_traceback)
    logger.error("unexpected error\n%s", report)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    app = QApplication.instance()
    from peerdesk.db.concurrency import describe_refusal

    refusal = describe_refusal(exc_value)  # a save the server's roles refused, or someone else's newer edit
    if refusal is not None:
        QMessageBox.warning(QApplication.activeWindow(), app.translate("errors", "Not saved"), refusal)
        return
    show_error(
        app.translate("errors", "PeerDesk: unexpected error"),
        app.translate(
            "errors",
            "Something went wrong: {error}\n\nYour data file is as it was before this action. "
            "The details below are also in the log file {log}.",
        ).format(error=exc_value, log=log_file()),
        report,
    )


def install_exception_hook() -> None:
    sys.excepthook = _hook
