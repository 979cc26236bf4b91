"""File → Connect to Server…: host, port, database and user; the password asked each time unless the
user lets the system keyring remember it. A refused connection is said inside the dialog, fields kept."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db import server_secrets
from peerdesk.db.server import DEFAULT_PORT, BadServerAddress, ServerAddress, open_server
from peerdesk.db.workspace import DataFileError, ServerPasswordNeeded, Workspace, WrongServerPassword

logger = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("connect_dialog", text)


class ConnectDialog(QDialog):
    """Ask for a server's address and password and connect; ``workspace`` is the open server database
    once the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, address: ServerAddress | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to Server"))
        self.workspace: Workspace | None = None
        self.keyring_note = ""
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Work on your team's shared PeerDesk database (PostgreSQL). Whoever runs the server "
                          "gives you these details; the password is never written into PeerDesk's settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("host_edit")
        self.host_edit.setPlaceholderText(tr("for example peerdesk.ministry.example"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("port_spin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("database_edit")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("user_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for text, widget in ((tr("&Host:"), self.host_edit), (tr("&Port:"), self.port_spin),
                             (tr("&Database:"), self.database_edit), (tr("&User:"), self.user_edit),
                             (tr("Pass&word:"), self.password_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.remember_check = QCheckBox(tr("&Remember the password in this computer's keyring"), self)
        self.remember_check.setObjectName("remember_check")
        layout.addWidget(self.remember_check)
        self.keyring_label = QLabel(self)
        self.keyring_label.setWordWrap(True)
        layout.addWidget(self.keyring_label)
        if not server_secrets.keyring_available():
            self.remember_check.setEnabled(False)
            self.keyring_label.setText(tr("This computer has no keyring PeerDesk can use, so the password cannot "
                                          "be remembered: it is asked each time you connect."))
        else:
            self.keyring_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if address is not None:
            self.set_address(address)
        self.show_error(message)
        self.setMinimumWidth(460)

    def set_address(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        if server_secrets.remembered_password(address) is not None:
            self.password_edit.setPlaceholderText(tr("remembered in the keyring"))
            self.remember_check.setChecked(True)
        self.password_edit.setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def address(self) -> ServerAddress:
        """The address typed in (without a password); :class:`BadServerAddress` when a field is missing."""
        host, database, user = (self.host_edit.text().strip(), self.database_edit.text().strip(),
                                self.user_edit.text().strip())
        # named as their labels say them ("host" alone is already a site visit's host in the catalogue)
        missing = [_label_name(tr(label)) for label, value in (("&Host:", host), ("&Database:", database),
                                                               ("&User:", user)) if not value]
        if missing:
            raise BadServerAddress(tr("Fill in the {fields}.").format(fields=", ".join(missing)))
        return ServerAddress(host=host, database=database, user=user, port=self.port_spin.value())

    def accept(self) -> None:
        """Connect; on success keep (or forget) the password as asked and close, else say why and stay."""
        try:
            address = self.address()
        except BadServerAddress as exc:
            self.show_error(str(exc))
            return
        password = self.password_edit.text() or None
        self.show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = open_server(address, password=password)
        except DataFileError as exc:
            logger.info("connecting to %s failed: %s", address.display, exc)
            self.show_error(str(exc))
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.remember_check.isChecked() and password is not None:
            if not server_secrets.remember(address, password):
                self.keyring_note = tr("The password could not be kept: this computer has no usable keyring.")
        elif not self.remember_check.isChecked() and self.remember_check.isEnabled():
            server_secrets.forget(address)
        super().accept()


def connect_interactive(parent: QWidget | None, address: ServerAddress | None = None) -> Workspace | None:
    """Connect to ``address`` at once when its password is known (keyring, ``~/.pgpass``), else ask with
    the dialog (which also explains any refusal). None when the user gave up."""
    message = ""
    if address is not None:
        try:
            return open_server(address)
        except ServerPasswordNeeded as exc:  # a refused password is said; a missing one is simply asked
            message = str(exc) if isinstance(exc, WrongServerPassword) else ""
        except DataFileError as exc:
            message = str(exc)
    dialog = ConnectDialog(parent, address, message)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace


def _label_name(label: str) -> str:
    """A field label as a word in a sentence: "&Hôte :" -> "hôte"."""
    return label.replace("&", "").rstrip(":\u00a0 ").strip().lower()
