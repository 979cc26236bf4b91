"""File → Connect to Server…: host, port, database and user; the password asked each time unless the
user lets the system keyring remember it. A refused connection is said inside the dialog, fields kept.

Connecting runs on a worker: an unreachable server takes up to the driver's timeout to say so, and the
window keeps painting meanwhile; Cancel gives up at once (a connection that arrives later is closed)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
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
from shiboken6 import isValid

from peerdesk.db import server_secrets
from peerdesk.db.server import DEFAULT_PORT, BadServerAddress, ServerAddress, open_server
from peerdesk.db.workspace import DataFileError, ServerPasswordNeeded, Workspace, WrongServerPassword
from peerdesk.ui.tasks import run_task

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
        self._attempt = 0  # which connection attempt is awaited; 0: none (a late answer is closed)
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
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)
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

    @property
    def busy(self) -> bool:
        """True while a connection attempt runs."""
        return self._attempt != 0

    def accept(self) -> None:
        """Connect on a worker; on success keep (or forget) the password as asked and close, else say why
        and stay."""
        if self.busy:
            return
        try:
            address = self.address()
        except BadServerAddress as exc:
            self.show_error(str(exc))
            return
        self.start(address, self.password_edit.text() or None)

    def start(self, address: ServerAddress, password: str | None, *, quiet_if_asked: bool = False) -> None:
        """Connect to ``address``; ``quiet_if_asked``: a password that is simply missing (not refused) is
        asked without an error line, as when the window reconnects to the server used last."""
        self.show_error("")
        self._attempt += 1
        attempt = self._attempt
        self._set_busy(True, address)

        def done(workspace: Workspace) -> None:
            if not isValid(self) or self._attempt != attempt:  # cancelled, or the dialog is gone
                workspace.close()
                return
            self._connected(address, password, workspace)

        def failed(error: BaseException) -> None:
            if isValid(self) and self._attempt == attempt:
                self._refused(address, error, quiet_if_asked)

        run_task(lambda: open_server(address, password=password), done, failed)

    def _set_busy(self, busy: bool, address: ServerAddress | None = None) -> None:
        for widget in (self.host_edit, self.port_spin, self.database_edit, self.user_edit, self.password_edit,
                       self.remember_check, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(not busy and (widget is not self.remember_check or server_secrets.keyring_available()))
        self.status_label.setText(tr("Connecting to {where}…").format(where=address.display) if busy and address
                                  else "")
        self.status_label.setVisible(busy)
        if busy:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _connected(self, address: ServerAddress, password: str | None, workspace: Workspace) -> None:
        self._attempt = 0
        self._set_busy(False)
        self.workspace = workspace
        if self.remember_check.isChecked() and password is not None:
            if not server_secrets.remember(address, password):
                self.keyring_note = tr("The password could not be kept: this computer has no usable keyring.")
        elif not self.remember_check.isChecked() and self.remember_check.isEnabled():
            server_secrets.forget(address)
        super().accept()

    def _refused(self, address: ServerAddress, error: BaseException, quiet_if_asked: bool) -> None:
        self._attempt = 0
        self._set_busy(False)
        if not isinstance(error, DataFileError):
            logger.error("connecting to %s failed unexpectedly: %s", address.display, error)
            self.show_error(tr("Could not connect to {where}: {problem}").format(where=address.display,
                                                                                 problem=error))
        elif quiet_if_asked and isinstance(error, ServerPasswordNeeded) and \
                not isinstance(error, WrongServerPassword):
            pass  # nothing went wrong: the password is simply asked
        else:
            logger.info("connecting to %s failed: %s", address.display, error)
            self.show_error(str(error))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Cancel, also while connecting: the attempt is abandoned (its connection closed if it comes)."""
        self._attempt = 0
        super().reject()


def connect_interactive(parent: QWidget | None, address: ServerAddress | None = None) -> Workspace | None:
    """Connect to ``address`` at once when its password is known (keyring, ``~/.pgpass``), showing the
    dialog with Cancel while it connects; else ask with the dialog (which also explains any refusal). None
    when the user gave up."""
    dialog = ConnectDialog(parent, address)
    if address is not None:
        dialog.start(address, None, quiet_if_asked=True)
        if dialog.result() == QDialog.DialogCode.Accepted:  # answered already (tasks run inline)
            return dialog.workspace
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace


def _label_name(label: str) -> str:
    """A field label as a word in a sentence: "&Hôte :" -> "hôte"."""
    return label.replace("&", "").rstrip(":\u00a0 ").strip().lower()
