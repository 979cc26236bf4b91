"""File → Take a Copy for Offline Work…: choose the initiatives, where the laptop's data file goes, and
whether a passphrase protects it (a laptop carried to a workshop can be lost with everyone's data on it)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import FILE_SUFFIX
from peerdesk.db import crypto
from peerdesk.db.workspace import Workspace, suggested_name
from peerdesk.ui import tasks

logger = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("offline_dialog", text)


class OfflineCopyDialog(QDialog):
    """The initiatives to take (the current one ticked) and the new file; ``made`` once it is written."""

    def __init__(self, parent: QWidget | None, workspace: Workspace, names: list[str], current: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Take a Copy for Offline Work"))
        self.workspace = workspace
        self.made = None
        self.passphrase: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Write a data file holding the initiatives you tick, with their people, plan, contracts "
                          "and evaluation data, to work on a laptop without a connection. Later, File → Sync "
                          "with Server… in that file sends its changes back (the newer edit wins; conflicts are "
                          "listed first)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(tr("&Initiatives:"), self)
        self.initiative_list = QListWidget(self)
        self.initiative_list.setObjectName("initiative_list")
        label.setBuddy(self.initiative_list)
        for name in names:
            item = QListWidgetItem(name, self.initiative_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name == current or len(names) == 1 else Qt.CheckState.Unchecked)
        self.initiative_list.setMaximumHeight(180)
        layout.addWidget(label)
        layout.addWidget(self.initiative_list)
        row = QHBoxLayout()
        file_label = QLabel(tr("&File:"), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path_edit")
        file_label.setBuddy(self.path_edit)
        self.path_edit.setText(str(Path.home() / suggested_name(_file_name(current or workspace.display_name))))
        browse = QPushButton(tr("&Browse…"), self)
        browse.clicked.connect(self.on_browse_clicked)
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.protect_check = QCheckBox(tr("&Protect the copy with a passphrase"), self)
        self.protect_check.setObjectName("protect_check")
        if crypto.available():
            self.protect_check.setToolTip(tr("Without the passphrase, nobody who finds the laptop can read the copy"))
        else:
            self.protect_check.setEnabled(False)
            self.protect_check.setToolTip(tr("Encryption is not available in this installation"))
        layout.addWidget(self.protect_check)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Write the Copy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def chosen(self) -> list[str]:
        return [self.initiative_list.item(row).text() for row in range(self.initiative_list.count())
                if self.initiative_list.item(row).checkState() == Qt.CheckState.Checked]

    def on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Offline copy"), self.path_edit.text(),
            tr("PeerDesk data files (*{suffix})").format(suffix=FILE_SUFFIX))
        if path:
            self.path_edit.setText(suggested_name(path))

    def _say(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        from peerdesk.db.offline import take_offline_copy

        names = self.chosen()
        if not names:
            self._say(tr("Tick at least one initiative."))
            return
        text = self.path_edit.text().strip()
        if not text:
            self._say(tr("Choose where the copy goes."))
            return
        destination = Path(suggested_name(text))
        if destination.exists():
            self._say(tr("{name} already exists; PeerDesk never overwrites a data file. Choose another name.")
                      .format(name=destination.name))
            return
        if self.protect_check.isChecked():
            from peerdesk.ui.protection import PassphraseDialog

            asked = PassphraseDialog(self, tr("Protect the copy"), tr(
                "Choose a passphrase for {name}. You will type it each time you open the copy; if it is lost, "
                "nobody can read the copy again (the server keeps its own data).").format(name=destination.name),
                new=True)
            if asked.exec() != QDialog.DialogCode.Accepted:
                return
            self.passphrase = asked.passphrase()
        passphrase = self.passphrase if self.protect_check.isChecked() else None
        self._say(tr("Writing the copy…"))
        self.buttons.setEnabled(False)
        tasks.run_task(lambda: take_offline_copy(self.workspace, destination, names, passphrase=passphrase),
                       on_done=self._done, on_error=self._failed)

    def _done(self, made) -> None:
        self.made = made
        self.buttons.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._say(tr("The copy was not written: {error}").format(error=error))


def _file_name(name: str) -> str:
    """A file name from an initiative's name (letters, digits and dashes kept)."""
    cleaned = "".join(char if char.isalnum() or char in "-_ " else " " for char in name).split()
    return "-".join(cleaned)[:60] or "offline-copy"
