"""Evaluation tab: what the contact reports say about sustained contact between peers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from peerdesk.core.contacts import weekly_contacts
from peerdesk.db.services.evaluation import list_contact_records
from peerdesk.reports.charts.contacts import weekly_contacts_figure
from peerdesk.ui.generated.ui_evaluation_page import Ui_EvaluationPage
from peerdesk.ui.page import InitiativePage
from peerdesk.ui.widgets.chart import ChartView


class EvaluationPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        self.chart = ChartView(self.ui.chart_container)
        self.ui.chart_layout.addWidget(self.chart)

    def tab_title(self) -> str:
        return self.tr("Evaluation")

    def refresh(self) -> None:
        records = []
        if self.workspace is not None and self.initiative_id is not None:
            records = list_contact_records(self.workspace.factory, self.initiative_id)
        weeks = weekly_contacts(records)
        reporters = {record.reporter_id for record in records}
        informal = sum(1 for record in records if record.kind == "informal")
        if records:
            self.ui.summary_label.setText(
                self.tr("%1 contacts reported by %2 peers over %3 weeks; %4% of them informal.")
                .replace("%1", str(len(records)))
                .replace("%2", str(len(reporters)))
                .replace("%3", str(len(weeks)))
                .replace("%4", f"{100 * informal / len(records):.0f}")
            )
        else:
            self.ui.summary_label.setText(self.tr("No contact reports yet."))
        self.chart.show_figure(
            weekly_contacts_figure(
                weeks,
                title=self.tr("Reported contacts per week"),
                formal_label=self.tr("formal"),
                informal_label=self.tr("informal"),
                share_label=self.tr("informal share"),
                empty_label=self.tr("No contact reports yet"),
            )
        )
