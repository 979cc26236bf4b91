"""Commitment contracts tab: the initiative's contracts and how many commitments were kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.contracts import ContractRow, list_contracts
from peerdesk.ui.generated.ui_contracts_page import Ui_ContractsPage
from peerdesk.ui.models import Column, RowsTableModel, sorted_filtered
from peerdesk.ui.page import InitiativePage


class ContractsPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractsPage()
        self.ui.setupUi(self)
        self.contracts_model = RowsTableModel(self._columns(), self)
        self.contracts_proxy = sorted_filtered(self.contracts_model, self)
        self.ui.contracts_view.setModel(self.contracts_proxy)
        self.ui.contracts_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.contracts_view.verticalHeader().hide()
        self.ui.contracts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.contracts_view.horizontalHeader().setStretchLastSection(True)

    def tab_title(self) -> str:
        return self.tr("Commitment contracts")

    def _status_names(self) -> dict[str, str]:
        return {
            "draft": self.tr("draft"),
            "printed": self.tr("printed"),
            "signed": self.tr("signed"),
            "closed": self.tr("closed"),
        }

    def _columns(self) -> list[Column]:
        statuses = self._status_names()
        return [
            Column(self.tr("Peer"), lambda c: c.peer_name),
            Column(self.tr("Language"), lambda c: catalogue().language_name(c.language)),
            Column(self.tr("Status"), lambda c: statuses.get(c.status, c.status)),
            Column(self.tr("Signed on"), lambda c: c.signed_on.isoformat() if c.signed_on else ""),
            Column(self.tr("Authoriser"), lambda c: c.authoriser_name),
            Column(
                self.tr("Kept"),
                lambda c: f"{c.kept} / {c.items}",
                sort_key=lambda c: c.kept / c.items if c.items else 0,
                numeric=True,
            ),
            Column(self.tr("Partly"), lambda c: c.partly, numeric=True),
            Column(self.tr("Not kept"), lambda c: c.not_kept, numeric=True),
            Column(self.tr("Next due"), lambda c: c.next_due.isoformat() if c.next_due else ""),
        ]

    def refresh(self) -> None:
        contracts: list[ContractRow] = []
        if self.workspace is not None and self.initiative_id is not None:
            contracts = list_contracts(self.workspace.factory, self.initiative_id)
        self.contracts_model.set_rows(contracts)
        self.ui.contracts_view.resizeColumnsToContents()
        signed = sum(1 for c in contracts if c.status in ("signed", "closed"))
        items = sum(c.items for c in contracts)
        kept = sum(c.kept for c in contracts)
        self.ui.summary_label.setText(
            self.tr("%1 contracts, %2 signed; %3 of %4 commitments kept so far.")
            .replace("%1", str(len(contracts)))
            .replace("%2", str(signed))
            .replace("%3", str(kept))
            .replace("%4", str(items))
        )
        self.ui.detail_label.setText("")
