"""Passphrase protection in the window: asked for when an encrypted file opens (five tries, nothing is
changed by a wrong one), and File → Protect with Passphrase… / Change Passphrase… / Remove Protection.
The work is done by ``db/workspace.py`` (``set_protection``); this module only asks and tells."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db import crypto
from peerdesk.db.workspace import DataFileError, PassphraseNeeded, Workspace, WrongPassphrase, open_workspace
from peerdesk.i18n import ngettext

logger = logging.getLogger(__name__)

#: Wrong passphrases allowed in one go before the window gives up (nothing is changed by any of them).
MAX_TRIES = 5


def tr(text: str) -> str:
    return QCoreApplication.translate("protection", text)


class PassphraseDialog(QDialog):
    """Asks for a passphrase; with ``new``, twice, and at least :data:`crypto.MIN_PASSPHRASE` characters."""

    def __init__(self, parent: QWidget | None, title: str, message: str, *, new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.new = new
        layout = QVBoxLayout(self)
        text = QLabel(message, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("passphrase_edit")
        form.addRow(tr("&Passphrase:"), self.passphrase_edit)
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setObjectName("again_edit")
        if new:
            form.addRow(tr("&Again:"), self.again_edit)
        else:
            self.again_edit.hide()
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def accept(self) -> None:
        problem = ""
        if not self.passphrase():
            problem = tr("Type the passphrase.")
        elif self.new and len(self.passphrase()) < crypto.MIN_PASSPHRASE:
            problem = tr("A passphrase needs at least {count} characters; a few words are easier to remember "
                         "and harder to guess.").format(count=crypto.MIN_PASSPHRASE)
        elif self.new and self.passphrase() != self.again_edit.text():
            problem = tr("The two passphrases differ.")
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()


def ask_passphrase(parent: QWidget | None, path: Path, *, wrong: bool = False, left: int = MAX_TRIES) -> str | None:
    """The passphrase of the encrypted ``path``, or None if the user cancels."""
    message = tr("{name} is protected with a passphrase. Type it to open the file.").format(name=Path(path).name)
    if wrong:
        message = tr("That passphrase does not open {name}; nothing was changed. "
                     "Try again ({left} tries left).").format(name=Path(path).name, left=left)
    dialog = PassphraseDialog(parent, tr("Passphrase"), message)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def open_asking_passphrase(parent: QWidget | None, path: Path, *, create: bool = False) -> Workspace | None:
    """:func:`open_workspace`, asking for the passphrase of an encrypted file (at most :data:`MAX_TRIES`
    wrong ones; the last wrong one is raised). None if the user cancels."""
    wrong = False
    for attempt in range(MAX_TRIES + 1):
        try:
            return open_workspace(path, create=create, wait=0)
        except PassphraseNeeded as exc:
            if attempt == MAX_TRIES:
                raise
            wrong = isinstance(exc, WrongPassphrase) and attempt > 0
            passphrase = ask_passphrase(parent, path, wrong=wrong, left=MAX_TRIES - attempt)
            if passphrase is None:
                return None
            if attempt:
                for earlier in crypto.candidates(path):
                    crypto.drop_passphrase(earlier)  # wrong ones are not tried again
            crypto.remember_passphrase(passphrase, path)
    return None


def unlock_other_file(parent: QWidget | None, path: Path) -> bool:
    """Before reading another data file (a merge): if it is encrypted with a passphrase not known yet, ask
    for it (at most :data:`MAX_TRIES` times). False if the user gives up."""
    from peerdesk.db.workspace import passphrase_for

    for attempt in range(MAX_TRIES):
        try:
            passphrase_for(path)
            return True
        except PassphraseNeeded:
            passphrase = ask_passphrase(parent, path, wrong=attempt > 0, left=MAX_TRIES - attempt)
            if passphrase is None:
                return False
            crypto.remember_passphrase(passphrase, path)
            try:
                passphrase_for(path)
                return True
            except PassphraseNeeded:
                crypto.drop_passphrase(passphrase)
    return False


def confirm_plain_export(parent: QWidget | None, workspace: Workspace) -> bool:
    """An export of an encrypted file is not encrypted: say so before writing it."""
    if not workspace.encrypted:
        return True
    answer = QMessageBox.warning(parent, tr("The export is not encrypted"), tr(
        "{name} is protected with a passphrase, but the export will be an ordinary spreadsheet that anyone "
        "holding it can read. Export anyway?").format(name=workspace.path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class ProtectionActions:
    """File → Protect with Passphrase… / Change Passphrase… / Remove Protection, for ``window`` (which has
    ``workspace`` and ``ui.menu_file``)."""

    def __init__(self, window) -> None:
        self.window = window
        menu = window.ui.menu_file
        self.protect_action = QAction(tr("Protect with &Passphrase…"), window)
        self.protect_action.setObjectName("action_protect")
        self.protect_action.setStatusTip(tr("Encrypt the data file: without the passphrase it cannot be read"))
        self.change_action = QAction(tr("C&hange Passphrase…"), window)
        self.change_action.setObjectName("action_change_passphrase")
        self.remove_action = QAction(tr("Remove Protection…"), window)
        self.remove_action.setObjectName("action_remove_protection")
        anchor = window.ui.action_merge if hasattr(window.ui, "action_merge") else None
        menu.insertActions(anchor, [self.protect_action, self.change_action, self.remove_action])
        menu.insertSeparator(anchor)
        menu.aboutToShow.connect(self.update)
        self.protect_action.triggered.connect(self.protect)
        self.change_action.triggered.connect(self.protect)
        self.remove_action.triggered.connect(self.remove)
        self.update()

    def update(self) -> None:
        workspace = self.window.workspace
        encrypted = workspace is not None and workspace.encrypted
        self.protect_action.setVisible(not encrypted)
        # a server database is protected by the server (roles, TLS); passphrases are for data files
        self.protect_action.setEnabled(workspace is not None and workspace.path is not None and crypto.available())
        self.change_action.setVisible(encrypted)
        self.remove_action.setEnabled(encrypted)

    def protect(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        changing = workspace.encrypted
        dialog = PassphraseDialog(self.window, tr("Change passphrase") if changing else tr("Protect with passphrase"),
                                  tr("Choose a passphrase for {name}. Write it down somewhere safe: if it is lost, "
                                     "nobody, PeerDesk included, can read the file again.").format(
                                      name=workspace.path.name), new=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self._apply(workspace, dialog.passphrase()):
            return
        plain = self._plain_backups(workspace)
        message = tr("{name} is now encrypted; its backups and copies will be encrypted too.").format(
            name=workspace.path.name)
        if plain:
            answer = QMessageBox.question(self.window, tr("Protected"), message + "\n\n" + ngettext(
                "{count} older backup is not encrypted. Delete it now?",
                "{count} older backups are not encrypted. Delete them now?", len(plain)).format(count=len(plain)))
            if answer == QMessageBox.StandardButton.Yes:
                for path in plain:
                    path.unlink(missing_ok=True)
        else:
            QMessageBox.information(self.window, tr("Protected"), message)

    def remove(self) -> None:
        workspace = self.window.workspace
        if workspace is None or not workspace.encrypted:
            return
        answer = QMessageBox.warning(self.window, tr("Remove protection"), tr(
            "Without the passphrase, anyone holding {name} or one of its new backups can read every name, "
            "e-mail and answer in it. Remove the protection?").format(name=workspace.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes and self._apply(workspace, None):
            QMessageBox.information(self.window, tr("Protection removed"),
                                    tr("{name} is no longer encrypted.").format(name=workspace.path.name))

    def _apply(self, workspace: Workspace, passphrase: str | None) -> bool:
        try:
            workspace.set_passphrase(passphrase)
        except (DataFileError, OSError) as exc:
            QMessageBox.critical(self.window, tr("Passphrase"), tr(
                "The protection could not be changed: {error}\n\nThe data file is as it was.").format(error=exc))
            return False
        self.update()
        return True

    @staticmethod
    def _plain_backups(workspace: Workspace) -> list[Path]:
        from peerdesk.db.backups import list_backups

        return [backup.path for backup in list_backups(workspace.path) if not crypto.looks_encrypted(backup.path)]
