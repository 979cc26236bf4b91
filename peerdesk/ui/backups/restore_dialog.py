"""The restore dialog: the open file's backups, newest first; restore one (the current state is backed up
first, so a restore can be undone) or take a backup now. Also the automatic backups of the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from peerdesk.db.backups import Backup, backup_if_due, list_backups, restore_backup, take_backup
from peerdesk.ui.generated.ui_restore_backup_dialog import Ui_RestoreBackupDialog
from peerdesk.ui.models import ROW_ROLE, Column, RowsTableModel

logger = logging.getLogger(__name__)
DAILY_CHECK_MS = 60 * 60 * 1000  # look once an hour whether a day has passed since the last backup

REASONS = {
    "opened": "when the file was opened",
    "daily": "daily",
    "manual": "taken by hand",
    "before-merge": "before a merge",
    "before-restore": "before a restore",
}


class RestoreBackupDialog(QDialog):
    """Lists the backups of ``data_file``; ``chosen`` is the backup to restore after ``exec()`` accepts."""

    def __init__(self, data_file: Path, parent: QWidget | None = None, root: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.data_file = Path(data_file)
        self.root = root
        self.chosen: Path | None = None
        self.model = RowsTableModel([
            Column(self.tr("Taken"), lambda b: f"{b.taken_at:%Y-%m-%d %H:%M:%S}", sort_key=lambda b: b.taken_at),
            Column(self.tr("Why"), lambda b: self.tr(REASONS.get(b.reason, b.reason))),
            Column(self.tr("Size"), lambda b: f"{max(1, b.size // 1024)} KB", numeric=True),
        ], self)
        self.ui.backups_view.setModel(self.model)
        self.ui.backups_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.backups_view.selectionModel().selectionChanged.connect(self.on_backups_view_selectionChanged)
        self.ui.backups_view.doubleClicked.connect(lambda _index: self.on_restore_button_clicked())
        self.ui.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.ui.backup_now_button.clicked.connect(self.on_backup_now_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        backups = list_backups(self.data_file, self.root)
        self.model.set_rows(backups)
        if backups:
            self.ui.intro_label.setText(self.tr(
                "Backups of {name}, newest first. Restoring replaces the file with the backup; the file as it is "
                "now is backed up first, so you can come back to it."
            ).format(name=self.data_file.name))
            self.ui.backups_view.selectRow(0)
        else:
            self.ui.intro_label.setText(self.tr("{name} has no backups yet.").format(name=self.data_file.name))
        self.ui.restore_button.setEnabled(bool(backups))

    def selected(self) -> Backup | None:
        indexes = self.ui.backups_view.selectionModel().selectedRows()
        return self.model.data(indexes[0], ROW_ROLE) if indexes else None

    def on_backups_view_selectionChanged(self, *_args) -> None:
        self.ui.restore_button.setEnabled(self.selected() is not None)

    def on_backup_now_button_clicked(self) -> None:
        try:
            take_backup(self.data_file, reason="manual", root=self.root)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing changed
            QMessageBox.warning(self, self.tr("Back up now"), self.tr("The backup failed: {error}").format(error=exc))
        self.refresh()

    def on_restore_button_clicked(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace {name} with the backup taken {when}?\n\nThe file as it is now is backed up first.")
            .format(name=self.data_file.name, when=f"{backup.taken_at:%Y-%m-%d %H:%M}"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup.path
            self.accept()


def restore_interactive(window) -> bool:
    """Show the restore dialog for the window's open file; on a choice, close the file, restore the
    backup and open it again. Returns True when the file was restored."""
    path = window.workspace.path
    dialog = RestoreBackupDialog(path, window)
    if not dialog.exec() or dialog.chosen is None:
        return False
    window.opened.close()
    window.opened = None
    window._show_no_file()
    restored = True
    try:
        restore_backup(dialog.chosen, path)
    except Exception as exc:  # noqa: BLE001 - told to the user; the file was left as it was
        restored = False
        QMessageBox.warning(window, dialog.tr("Restore"), dialog.tr("The restore failed: {error}").format(error=exc))
    window.open_path(path)
    return restored


class DailyBackups(QObject):
    """Checks once an hour whether the open file is due its daily backup."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> Path | None:
        workspace = getattr(self.window, "workspace", None)
        if workspace is None or workspace.path is None:  # a server database is backed up on the server
            return None
        try:
            return backup_if_due(workspace.path)
        except Exception:  # noqa: BLE001
            logger.exception("daily backup failed")
            return None
