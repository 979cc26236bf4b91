"""Peer matching tab: the initiative's peers and their matching profiles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.core.profiles import PeerProfile, completeness, missing_fields
from peerdesk.db.services.peers import list_peers
from peerdesk.ui.generated.ui_matching_page import Ui_MatchingPage
from peerdesk.ui.labels import language_names, level_name
from peerdesk.ui.models import ROW_ROLE, Column, RowsTableModel, sorted_filtered
from peerdesk.ui.page import InitiativePage


class MatchingPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchingPage()
        self.ui.setupUi(self)
        self.peers_model = RowsTableModel(self._columns(), self)
        self.peers_proxy = sorted_filtered(self.peers_model, self)
        self.ui.peers_view.setModel(self.peers_proxy)
        self.ui.peers_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.peers_view.verticalHeader().hide()
        header = self.ui.peers_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.ui.peers_splitter.setStretchFactor(0, 3)
        self.ui.peers_splitter.setStretchFactor(1, 2)
        self.ui.peer_search_edit.textChanged.connect(self.on_peer_search_edit_textChanged)
        self.ui.peers_view.selectionModel().selectionChanged.connect(self.on_peers_view_selectionChanged)

    def tab_title(self) -> str:
        return self.tr("Peer matching")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda p: p.full_name),
            Column(self.tr("Country"), lambda p: p.country),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Position"), lambda p: p.position),
            Column(
                self.tr("Career level"),
                lambda p: level_name("career_levels", p.career_level),
                sort_key=lambda p: _rank("career_levels", p.career_level),
            ),
            Column(self.tr("Languages"), lambda p: ", ".join(p.languages)),
            Column(
                self.tr("Problems"),
                lambda p: "; ".join(p.problems),
                tooltip=lambda p: "\n".join(p.problems),
            ),
            Column(
                self.tr("Profile"),
                lambda p: f"{completeness(p):.0%}",
                sort_key=completeness,
                tooltip=lambda p: self.tr("Missing: %s") % ", ".join(missing_fields(p)) if missing_fields(p) else "",
                numeric=True,
            ),
        ]

    def refresh(self) -> None:
        peers = []
        if self.workspace is not None and self.initiative_id is not None:
            peers = list_peers(self.workspace.factory, self.initiative_id)
        self.peers_model.set_rows(peers)
        self.ui.peers_view.resizeColumnsToContents()
        for column in range(self.peers_model.columnCount()):
            self.ui.peers_view.setColumnWidth(column, min(self.ui.peers_view.columnWidth(column), 220))
        self._update_count()
        if peers:
            self.ui.peers_view.selectRow(0)
        else:
            self.ui.profile_browser.setPlainText(self.tr("No peers in this initiative yet."))

    def _update_count(self) -> None:
        shown, total = self.peers_proxy.rowCount(), self.peers_model.rowCount()
        if shown == total:
            text = self.tr("1 peer") if total == 1 else self.tr("%1 peers").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 peers").replace("%1", str(shown)).replace("%2", str(total))
        self.ui.peer_count_label.setText(text)

    def on_peer_search_edit_textChanged(self, text: str) -> None:
        self.peers_proxy.setFilterFixedString(text.strip())
        self._update_count()

    def on_peers_view_selectionChanged(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        profile = self.peers_proxy.data(indexes[0], ROW_ROLE)
        self.ui.profile_browser.setHtml(self._profile_html(profile))

    def _profile_html(self, peer: PeerProfile) -> str:
        cat = catalogue()
        rows = [
            (self.tr("Organisation"), peer.organisation),
            (self.tr("Country"), peer.country),
            (self.tr("Position"), peer.position),
            (self.tr("Professional affiliation"), peer.professional_affiliation),
            (self.tr("Career level"), level_name("career_levels", peer.career_level)),
            (self.tr("Education"), level_name("education_levels", peer.education_level)),
            (self.tr("Influence over the reform"), level_name("influence_levels", peer.influence)),
            (self.tr("Working languages"), language_names(peer.languages)),
            (self.tr("Problems and challenges"), "; ".join(peer.problems)),
            (self.tr("Goals"), "; ".join(peer.goals)),
            (self.tr("Tasks"), "; ".join(peer.tasks)),
            (self.tr("Risks"), "; ".join(cat.name_of("risks", code) for code in peer.risks)),
            (self.tr("Consent to hold data"), self.tr("yes") if peer.consent_given else self.tr("not recorded")),
        ]
        body = "".join(
            f"<tr><td style='color:#5b6773;padding-right:12px'>{escape(label)}</td>"
            f"<td>{escape(value) if value else '<span style=color:#a33>—</span>'}</td></tr>"
            for label, value in rows
        )
        missing = missing_fields(peer)
        note = (
            f"<p style='color:#8a3b00'>{escape(self.tr('Profile incomplete; missing:'))} {escape(', '.join(missing))}</p>"
            if missing
            else ""
        )
        return (
            f"<h2>{escape(peer.full_name)}</h2>"
            f"<p>{escape(peer.email)}</p>{note}<table cellspacing='4'>{body}</table>"
        )


def _rank(kind: str, code: str) -> int:
    for level in getattr(catalogue(), kind):
        if level.code == code:
            return level.rank
    return 0
