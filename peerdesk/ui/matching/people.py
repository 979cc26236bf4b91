"""The people of an initiative, by hand: Add peer, bring in people from other initiatives, make someone a
comparison colleague, take someone out. Buttons beside the peers list; the services do the work."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.profiles import PeerProfile
from peerdesk.db.services.matching import tag_vocabulary
from peerdesk.db.services.peers import (
    NewPeer,
    PeerInvalid,
    PeerNotFound,
    add_members,
    add_peer,
    people_outside,
    remove_peer,
    set_role,
)
from peerdesk.ui.matching.privacy_actions import PrivacyActions
from peerdesk.ui.matching.profile_dialog import ProfileEditorDialog, blank_profile

logger = logging.getLogger(__name__)


class PeoplePanel(QObject):
    """Adds the people buttons to the matching page's search bar and handles them."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        bar = page.ui.peers_search_bar
        self.add_button = QPushButton(self.tr("&Add peer…"), page)
        self.add_button.setObjectName("add_peer_button")
        self.add_button.setToolTip(self.tr("Add a person by hand: name and e-mail first, then their profile"))
        self.more_button = QPushButton(self.tr("Peo&ple"), page)
        self.more_button.setObjectName("people_menu_button")
        self.more_button.setToolTip(self.tr("Bring in people from other initiatives, change a role, remove"))
        menu = QMenu(self.more_button)
        self.from_other_action = menu.addAction(self.tr("Add people from other initiatives…"))
        self.comparison_action = menu.addAction(self.tr("Make the selected peer a comparison colleague"))
        self.remove_action = menu.addAction(self.tr("Remove the selected peer from this initiative…"))
        self.more_button.setMenu(menu)
        self.privacy = PrivacyActions(page, menu)  # consent, access and erasure on request
        self.import_button = QPushButton(self.tr("&Import participants…"), page)
        self.import_button.setObjectName("import_participants_button")
        self.import_button.setToolTip(self.tr("Read a participant list from Excel, CSV or KoboToolbox"))
        self.import_button.hide()
        index = bar.indexOf(page.ui.edit_profile_button)
        bar.insertWidget(index + 1, self.add_button)
        bar.insertWidget(index + 2, self.more_button)
        bar.insertWidget(index + 3, self.import_button)
        self.add_button.clicked.connect(self.add_peer)
        self.import_button.clicked.connect(page.import_requested.emit)
        self.from_other_action.triggered.connect(self.add_from_other)
        self.comparison_action.triggered.connect(self.make_comparison)
        self.remove_action.triggered.connect(self.remove_selected)

    def show_empty(self, empty: bool) -> None:
        self.import_button.setVisible(empty)
        self.page.ui.edit_profile_button.setEnabled(not empty)

    def _ready(self) -> bool:
        return self.page.workspace is not None and self.page.initiative_id is not None

    def add_peer(self) -> int | None:
        """Open Add peer; returns the new peer's id when one was added."""
        if not self._ready():
            return None
        factory, initiative_id = self.page.workspace.factory, self.page.initiative_id
        dialog = ProfileEditorDialog(blank_profile(), tag_vocabulary(factory, initiative_id), self.page, adding=True)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            changes = dialog.changes()
            data = NewPeer(full_name=changes["full_name"], email=changes["email"])
            try:
                peer_id = add_peer(factory, initiative_id, data, profile=changes)
            except PeerInvalid as exc:
                QMessageBox.warning(self.page, self.tr("Add peer"), str(exc))
                continue
            self.page.peers_changed(select=peer_id)
            return peer_id
        return None

    def add_from_other(self) -> None:
        if not self._ready():
            return
        factory, initiative_id = self.page.workspace.factory, self.page.initiative_id
        people = people_outside(factory, initiative_id)
        if not people:
            QMessageBox.information(self.page, self.tr("Add people"),
                                    self.tr("Everyone in this data file is already in this initiative."))
            return
        dialog = PeopleChooser(people, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            add_members(factory, initiative_id, dialog.chosen())
            self.page.peers_changed()

    def _selected(self) -> PeerProfile | None:
        peer = self.page.selected_peer()
        if peer is None:
            QMessageBox.information(self.page, self.tr("Peers"), self.tr("Select a peer in the list first."))
        return peer

    def make_comparison(self) -> None:
        peer = self._selected()
        if peer is None:
            return
        set_role(self.page.workspace.factory, self.page.initiative_id, peer.id, "comparison")
        self.page.peers_changed()
        self.page.window().statusBar().showMessage(
            self.tr("{name} is now a comparison colleague (add them again from Peo&ple to make them a "
                    "participant).").format(name=peer.full_name).replace("&", ""), 8000)

    def remove_selected(self) -> None:
        peer = self._selected()
        if peer is None:
            return
        answer = QMessageBox.question(
            self.page, self.tr("Remove peer"),
            self.tr("Take {name} out of this initiative? Their contract and activity places in it are deleted; "
                    "they stay in the data file and in other initiatives.").format(name=peer.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_peer(self.page.workspace.factory, self.page.initiative_id, peer.id)
        except PeerNotFound as exc:
            QMessageBox.warning(self.page, self.tr("Remove peer"), str(exc))
        self.page.peers_changed()


class PeopleChooser(QDialog):
    """Tick people already in the file (from other initiatives, or comparison colleagues here)."""

    def __init__(self, people: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add people from other initiatives"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Tick the people who take part in this initiative:"))
        self.people_list = QListWidget()
        self.people_list.setObjectName("people_list")
        label.setBuddy(self.people_list)
        for peer_id, name, email in people:
            item = QListWidgetItem(f"{name} <{email}>" if email else name)
            item.setData(Qt.ItemDataRole.UserRole, peer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.people_list)
        layout.addWidget(buttons)
        self.resize(420, 420)

    def chosen(self) -> list[int]:
        return [self.people_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.people_list.count())
                if self.people_list.item(row).checkState() == Qt.CheckState.Checked]
