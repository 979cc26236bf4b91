"""File menu actions for a team's server: Connect to Server…, Take a Copy for Offline Work…, and Sync with
Server… (an offline copy sends its changes back and learns the server's, with the merge preview first)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
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
        the server's changes into the copy (after a backup of the copy). The work runs off the GUI thread,
        in a modal progress dialog; cancelling between the two directions leaves both sides whole."""
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
        _Sync(self.window, copy, server).start()


class _Sync:
    """One Sync with Server…: a dry run of both directions, the preview, then both merges."""

    def __init__(self, window, copy: Workspace, server: Workspace) -> None:
        self.window, self.copy, self.server = window, copy, server
        self.title = tr("Sync with Server")

    def start(self) -> None:
        from peerdesk.ui.progress import run_with_progress

        run_with_progress(self.window, tr("Comparing {copy} with {server}…").format(
            copy=self.copy.display_name, server=self.server.display_name), self._preview, self._confirm,
            self._failed, self._close)

    def _preview(self):
        from peerdesk.db.merge import merge_locations

        yield 0, 2, tr("Reading {copy}…").format(copy=self.copy.display_name)
        up = merge_locations(self.server, self.copy, dry_run=True)
        yield 1, 2, tr("Reading {server}…").format(server=self.server.display_name)
        return up, merge_locations(self.copy, self.server, dry_run=True)

    def _confirm(self, previews) -> None:
        from peerdesk.ui.importing.file_actions import confirm_merge, describe_report
        from peerdesk.ui.progress import run_with_progress

        up, down = previews
        if up.changes == 0 and down.changes == 0:
            self._close()
            QMessageBox.information(self.window, self.title, tr("{copy} and {server} are in step: nothing to sync.")
                                    .format(copy=self.copy.display_name, server=self.server.display_name))
            return
        extra = "\n\n" + tr("Then {copy} would learn from {server}:").format(
            copy=self.copy.display_name, server=self.server.display_name) + "\n" + describe_report(down)
        heading = tr("Syncing would change {server}:").format(server=self.server.display_name)
        if not confirm_merge(self.window, self.copy.display_name, up, title=self.title, heading=heading,
                             extra=extra, verb=tr("Sync")):
            self._close()
            return
        run_with_progress(self.window, tr("Syncing…"), self._sync, self._done, self._failed, self._close)

    def _sync(self):
        from peerdesk.db.backups import take_backup
        from peerdesk.db.merge import merge_locations

        yield 0, 2, tr("Sending the changes to {server}…").format(server=self.server.display_name)
        sent = merge_locations(self.server, self.copy, allow_deletions=True)  # the user saw the counts
        yield 1, 2, tr("Bringing {server}'s changes into {copy}…").format(
            server=self.server.display_name, copy=self.copy.display_name)
        take_backup(self.copy.path, reason="before-merge")
        return sent, merge_locations(self.copy, self.server, allow_deletions=True)

    def _done(self, reports) -> None:
        sent, learned = reports
        self._close()
        self.window.reload_initiatives()
        QMessageBox.information(self.window, self.title, tr("Sent to {server}: {sent}\n\nBrought into {copy}: "
                                                            "{learned}").format(
            server=self.server.display_name, sent=sent.summary(), copy=self.copy.display_name,
            learned=learned.summary()))

    def _failed(self, error: BaseException) -> None:
        from peerdesk.db.merge import MergeError

        self._close()
        self.window.reload_initiatives()
        if isinstance(error, (MergeError, DataFileError, OSError)):
            QMessageBox.warning(self.window, self.title, tr("The sync stopped: {error}").format(error=error))
        else:
            raise error

    def _close(self) -> None:
        self.server.close()
