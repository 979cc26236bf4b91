"""The Initiative menu: New Initiative, Properties, Duplicate (next cohort), Delete, and Add Peer.

The main window builds this once and hands it itself; every action calls a service in
``db.services.initiatives`` and asks the window to reload its initiative list. The services and the
dialog are imported when an action runs, so building the menu does not pull in SQLAlchemy's models
before the window's first paint.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

logger = logging.getLogger(__name__)


class InitiativeActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Initiative"), window)
        self.menu.setObjectName("menu_initiative")
        self.new_action = self._action(self.tr("&New Initiative…"), self.new_initiative, "Ctrl+Shift+N",
                                       self.tr("Start an initiative: name, dates, facilitating organisation…"))
        self.properties_action = self._action(self.tr("&Properties…"), self.edit_properties, "Ctrl+Shift+P",
                                              self.tr("Change the initiative's name, dates and other properties"))
        self.duplicate_action = self._action(self.tr("&Duplicate as Next Cohort…"), self.duplicate, None,
                                             self.tr("A new initiative with this one's plan, commitments and "
                                                     "settings, with or without its people"))
        self.menu.addSeparator()
        self.add_peer_action = self._action(self.tr("&Add Peer…"), self.add_peer, "Ctrl+Shift+A",
                                            self.tr("Add a person to this initiative by hand"))
        self.menu.addSeparator()
        self.archive_action = self._action(self.tr("A&rchive / Bring Back"), self.toggle_archive, None,
                                           self.tr("Archive a finished initiative (kept whole, listed last), "
                                                   "or bring an archived one back"))
        self.delete_action = self._action(self.tr("De&lete Initiative…"), self.delete, None,
                                          self.tr("Delete this initiative and everything recorded under it"))

    def _action(self, text: str, slot, shortcut: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def update_enabled(self) -> None:
        has_file = self.window.workspace is not None
        has_initiative = has_file and self.window.current_initiative_id() is not None
        self.new_action.setEnabled(has_file)
        for action in (self.properties_action, self.duplicate_action, self.add_peer_action, self.archive_action,
                       self.delete_action):
            action.setEnabled(has_initiative)

    # --- the actions ----------------------------------------------------------------------------

    def new_initiative(self) -> int | None:
        """Ask for a new initiative's properties and create it (with the standard commitments)."""
        from peerdesk.db.services.initiatives import InitiativeInput, create_initiative
        from peerdesk.ui.initiatives.dialog import InitiativeDialog

        workspace = self.window.workspace
        if workspace is None:
            return None
        dialog = InitiativeDialog(InitiativeInput(name=""), lambda data: create_initiative(workspace.factory, data),
                                  title=self.tr("New initiative"), parent=self.window)
        if not dialog.exec():
            return None
        new_id = dialog.result_value
        self.window.reload_initiatives(select_id=new_id)
        self.window.statusBar().showMessage(self.tr(
            "Initiative created, with the standard commitments (change them under Commitment contracts → "
            "Default commitments…). Next: add its peers."), 10000)
        return new_id

    def edit_properties(self) -> None:
        from peerdesk.db.services.initiatives import get_initiative, input_of, update_initiative
        from peerdesk.ui.initiatives.dialog import InitiativeDialog

        workspace, initiative_id = self.window.workspace, self.window.current_initiative_id()
        if workspace is None or initiative_id is None:
            return
        from peerdesk.ui import conflict

        detail = get_initiative(workspace.factory, initiative_id)
        save = conflict.guarded(self.window, lambda new, version: update_initiative(
            workspace.factory, initiative_id, new, expected_version=version), detail.version)
        dialog = InitiativeDialog(input_of(detail), save, title=self.tr("Initiative properties"), parent=self.window)
        if dialog.exec() or save.reloaded:
            self.window.reload_initiatives(select_id=initiative_id)

    def duplicate(self) -> None:
        from peerdesk.db.services.initiatives import InitiativeInvalid, copy_initiative, get_initiative

        workspace, initiative_id = self.window.workspace, self.window.current_initiative_id()
        if workspace is None or initiative_id is None:
            return
        source = get_initiative(workspace.factory, initiative_id)
        name, ok = QInputDialog.getText(
            self.window, self.tr("Duplicate as next cohort"),
            self.tr("Name of the new initiative (it gets this one's plan, default commitments and settings):"),
            QLineEdit.EchoMode.Normal, self.tr("{name} (next cohort)").format(name=source.name))
        if not ok or not name.strip():
            return
        answer = QMessageBox.question(
            self.window, self.tr("Duplicate as next cohort"),
            self.tr("Bring the same people into the new initiative?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        peers = None if answer == QMessageBox.StandardButton.Yes else ()
        try:
            new_id = copy_initiative(workspace.factory, initiative_id, name, peer_ids=peers)
        except InitiativeInvalid as exc:
            QMessageBox.warning(self.window, self.tr("Duplicate as next cohort"), str(exc))
            return
        self.window.reload_initiatives(select_id=new_id)

    def toggle_archive(self) -> None:
        from peerdesk.db.services.initiatives import archive_initiative

        workspace, initiative_id = self.window.workspace, self.window.current_initiative_id()
        if workspace is None or initiative_id is None:
            return
        summary = next(item for item in self.window.initiatives if item.id == initiative_id)
        archive_initiative(workspace.factory, initiative_id, archived=not summary.archived)
        self.window.reload_initiatives(select_id=initiative_id)

    def delete(self) -> None:
        from peerdesk.db.services.initiatives import delete_initiative

        workspace, initiative_id = self.window.workspace, self.window.current_initiative_id()
        if workspace is None or initiative_id is None:
            return
        summary = next(item for item in self.window.initiatives if item.id == initiative_id)
        answer = QMessageBox.warning(
            self.window, self.tr("Delete initiative"),
            self.tr("Delete “{name}” with its {activities} activities, {contracts} contracts and {reports} "
                    "contact reports? Its people stay in the data file. This cannot be undone here (a backup "
                    "copy was taken when the file was opened).").format(
                name=summary.name, activities=summary.activities, contracts=summary.contracts,
                reports=summary.contact_reports),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_initiative(workspace.factory, initiative_id)
        self.window.reload_initiatives()

    def add_peer(self) -> None:
        if self.window.current_initiative_id() is None:
            return
        self.window.ui.main_tabs.setCurrentIndex(0)
        self.window.page("matching").people.add_peer()
