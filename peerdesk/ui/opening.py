"""Opening a data file from the window: clear messages for bad files, a warning for a file in use."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.db.lock import WorkspaceLock
from peerdesk.db.workspace import DataFileError, Workspace, open_workspace

logger = logging.getLogger(__name__)
MAX_RECENT = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


@dataclass
class OpenedFile:
    workspace: Workspace
    lock: WorkspaceLock

    def close(self) -> None:
        self.workspace.close()
        self.lock.release()


def open_interactive(parent: QWidget | None, path: Path, *, create: bool = False) -> OpenedFile | None:
    """Open ``path``, or tell the user plainly why not. Returns None when nothing was opened."""
    path = Path(path)
    lock = WorkspaceLock(path)
    holder = lock.holder() if path.exists() else None
    if holder is not None:
        answer = QMessageBox.warning(
            parent,
            tr("Data file already open"),
            tr(
                "{name} is already open in another PeerDesk ({holder}).\n\n"
                "If both windows change it, one of them will overwrite the other's edits. "
                "Open it here anyway?"
            ).format(name=path.name, holder=holder.describe()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
    try:
        workspace = open_workspace(path, create=create)
    except DataFileError as exc:
        QMessageBox.critical(
            parent,
            tr("Cannot open data file"),
            tr("{message}\n\nThe file has not been changed.").format(message=exc),
        )
        return None
    lock.acquire(force=True)
    from peerdesk.ui.backups.restore_dialog import backup_on_open

    backup_on_open(workspace.path)
    return OpenedFile(workspace, lock)


class RecentFiles:
    """The most recently opened data files, newest first, kept in the user's settings."""

    KEY = "recent_files"

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    def paths(self) -> list[Path]:
        value = self.settings.value(self.KEY, [])
        if isinstance(value, str):
            value = [value]
        return [Path(item) for item in value or []]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [path] + [item for item in self.paths() if item != path]
        self.settings.setValue(self.KEY, [str(item) for item in paths[:MAX_RECENT]])

    def remove(self, path: Path) -> None:
        self.settings.setValue(self.KEY, [str(item) for item in self.paths() if item != Path(path)])
