"""Keep the never-pair and must-pair lists (PairRule rows) of an initiative."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from peerdesk.core.matching.criteria import MatchingError
from peerdesk.core.profiles import PeerProfile
from peerdesk.db.services.matching import add_pair_rule, delete_pair_rule, list_pair_rules
from peerdesk.ui.generated.ui_pair_rules_dialog import Ui_PairRulesDialog
from peerdesk.ui.models import ROW_ROLE, Column, RowsTableModel


class PairRulesDialog(QDialog):
    def __init__(self, factory, initiative_id: int, peers: list[PeerProfile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PairRulesDialog()
        self.ui.setupUi(self)
        self.factory, self.initiative_id = factory, initiative_id
        rules = {"never": self.tr("never pair"), "must": self.tr("must pair")}
        self.model = RowsTableModel([
            Column(self.tr("Peer"), lambda r: r.peer_a),
            Column(self.tr("Rule"), lambda r: rules.get(r.rule, r.rule)),
            Column(self.tr("Peer"), lambda r: r.peer_b),
            Column(self.tr("Why"), lambda r: r.reason, tooltip=lambda r: r.reason),
        ], self)
        self.ui.rules_view.setModel(self.model)
        self.ui.rules_view.verticalHeader().hide()
        self.ui.rules_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.rules_view.horizontalHeader().setStretchLastSection(True)
        for peer in sorted(peers, key=lambda p: p.full_name.casefold()):
            self.ui.first_peer_combo.addItem(peer.full_name, peer.id)
            self.ui.second_peer_combo.addItem(peer.full_name, peer.id)
        for code, label in rules.items():
            self.ui.rule_combo.addItem(label, code)
        self.ui.add_rule_button.clicked.connect(self.on_add_rule_button_clicked)
        self.ui.remove_rule_button.clicked.connect(self.on_remove_rule_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_pair_rules(self.factory, self.initiative_id))
        self.ui.rules_view.resizeColumnsToContents()
        self.ui.remove_rule_button.setEnabled(self.model.rowCount() > 0)

    def on_add_rule_button_clicked(self) -> None:
        try:
            add_pair_rule(self.factory, self.initiative_id, self.ui.first_peer_combo.currentData(),
                          self.ui.second_peer_combo.currentData(), self.ui.rule_combo.currentData(),
                          self.ui.reason_edit.text().strip())
        except MatchingError as exc:
            QMessageBox.information(self, self.windowTitle(), str(exc))
            return
        self.ui.reason_edit.clear()
        self.reload()

    def on_remove_rule_button_clicked(self) -> None:
        rows = self.ui.rules_view.selectionModel().selectedRows()
        if rows:
            delete_pair_rule(self.factory, self.model.data(rows[0], ROW_ROLE).id)
            self.reload()
