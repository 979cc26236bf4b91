"""File menu actions for a team's server: Connect to Server…, Take a Copy for Offline Work…, and Sync with
Server… (an offline copy sends its changes back and learns the server's, with the merge preview first)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from peerdesk.db.server import BadServerAddress, ServerAddress, is_server_url
from peerdesk.db.workspace import DataFileError, Workspace

logger = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("server_actions", text)


class ServerActions:
    """The server's actions in ``window``'s File menu (the window has ``workspace``, ``set_opened``,
    ``initiatives``, ``current_initiative_id`` and ``reload_initiatives``)."""

    def __init__(self, window) -> None:
        self.window = window
        menu = window.ui.menu_file
        self.connect_action = QAction(tr("Connect to &Server…"), window)
        self.connect_action.setObjectName("action_connect_server")
        self.connect_action.setStatusTip(tr("Work on your team's shared PeerDesk database"))
        self.copy_action = QAction(tr("&Take a Copy for Offline Work…"), window)
        self.copy_action.setObjectName("action_offline_copy")
        self.copy_action.setStatusTip(tr("Write a data file holding some initiatives, to work without a connection"))
        self.sync_action = QAction(tr("S&ync with Server…"), window)
        self.sync_action.setObjectName("action_sync")
        self.sync_action.setStatusTip(tr("Send this offline copy's changes back and bring the server's changes in"))
        menu.insertAction(window.ui.action_save_copy, self.connect_action)
        menu.insertActions(window.ui.action_import_peers, [self.copy_action, self.sync_action])
        menu.insertSeparator(window.ui.action_import_peers)
        menu.aboutToShow.connect(self.update)
        self.connect_action.triggered.connect(lambda: self.connect())
        self.copy_action.triggered.connect(self.take_copy)
        self.sync_action.triggered.connect(self.sync)
        self.update()

    def update(self) -> None:
        workspace = self.window.workspace
        self.copy_action.setEnabled(workspace is not None)
        self.sync_action.setEnabled(self._source() is not None)

    def _source(self) -> str | None:
        workspace = self.window.workspace
        if workspace is None or workspace.path is None:
            return None
        from peerdesk.db.offline import offline_source

        try:
            return offline_source(workspace.factory)
        except Exception:  # noqa: BLE001 - a file being closed: no sync offered
            return None

    def connect(self, location: str | None = None) -> bool:
        """Connect (to ``location``, a server URL, without asking when its password is known) and work there."""
        from peerdesk.ui.opening import OpenedFile
        from peerdesk.ui.server.connect_dialog import connect_interactive

        try:
            address = ServerAddress.from_url(location) if location else self._last_server()
        except BadServerAddress as exc:
            QMessageBox.warning(self.window, tr("Connect to Server"), str(exc))
            return False
        workspace = connect_interactive(self.window, address) if location else self._ask(address)
        if workspace is None:
            return False
        self.window.set_opened(OpenedFile(workspace, workspace.lock))
        return True

    def _ask(self, address: ServerAddress | None) -> Workspace | None:
        from peerdesk.ui.server.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window, address)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return None
        if dialog.keyring_note:
            QMessageBox.information(self.window, tr("Connect to Server"), dialog.keyring_note)
        return dialog.workspace

    def _last_server(self) -> ServerAddress | None:
        current = self.window.workspace
        if current is not None and current.server is not None:
            return current.server
        entry = next((item for item in self.window.recent.entries() if is_server_url(item)), None)
        return ServerAddress.from_url(entry) if entry else None

    # --- an offline copy ----------------------------------------------------------------------

    def take_copy(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        from peerdesk.ui.server.offline_dialog import OfflineCopyDialog

        names = [item.name for item in self.window.initiatives]
        current = next((item.name for item in self.window.initiatives
                        if item.id == self.window.current_initiative_id()), None)
        dialog = OfflineCopyDialog(self.window, workspace, names, current)
        if dialog.exec() == OfflineCopyDialog.DialogCode.Accepted and dialog.made is not None:
            QMessageBox.information(self.window, tr("Take a Copy for Offline Work"), tr(
                "Wrote {path} with {initiatives} ({count} people).\n\nOpen it on the laptop with File → Open; "
                "back in the office, choose File → Sync with Server… there.").format(
                path=dialog.made.path, initiatives=", ".join(dialog.made.initiatives), count=dialog.made.peers))

    def sync(self) -> None:
        """Preview both directions, then send the copy's changes to the server (one transaction) and bring
        the server's changes into the copy (after a backup of the copy)."""
        from peerdesk.db.backups import take_backup
        from peerdesk.db.merge import MergeError, merge_locations
        from peerdesk.ui.importing.file_actions import confirm_merge, describe_report
        from peerdesk.ui.server.connect_dialog import connect_interactive

        copy, source = self.window.workspace, self._source()
        if copy is None or source is None:
            return
        if is_server_url(source):
            server = connect_interactive(self.window, ServerAddress.from_url(source))
        else:
            from peerdesk.ui.opening import open_interactive

            opened = open_interactive(self.window, Path(source))
            server = opened.workspace if opened is not None else None
        if server is None:
            return
        title = tr("Sync with Server")
        try:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                up = merge_locations(server, copy, dry_run=True)
                down = merge_locations(copy, server, dry_run=True)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if up.changes == 0 and down.changes == 0:
                QMessageBox.information(self.window, title, tr("{copy} and {server} are in step: nothing to sync.")
                                        .format(copy=copy.display_name, server=server.display_name))
                return
            extra = "\n\n" + tr("Then {copy} would learn from {server}:").format(
                copy=copy.display_name, server=server.display_name) + "\n" + describe_report(down)
            heading = tr("Syncing would change {server}:").format(server=server.display_name)
            if not confirm_merge(self.window, copy.display_name, up, title=title, heading=heading, extra=extra,
                                 verb=tr("Sync")):
                return
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                sent = merge_locations(server, copy, allow_deletions=True)  # the user saw the counts
                take_backup(copy.path, reason="before-merge")
                learned = merge_locations(copy, server, allow_deletions=True)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except (MergeError, DataFileError, OSError) as exc:
            QMessageBox.warning(self.window, title, tr("The sync stopped: {error}").format(error=exc))
            return
        finally:
            server.close()
        self.window.reload_initiatives()
        QMessageBox.information(self.window, title, tr("Sent to {server}: {sent}\n\nBrought into {copy}: {learned}")
                                .format(server=server.display_name, sent=sent.summary(), copy=copy.display_name,
                                        learned=learned.summary()))
