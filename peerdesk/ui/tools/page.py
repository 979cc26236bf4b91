"""Tool selection tab: the initiative's planned activities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.activities import ActivityRow, list_activities
from peerdesk.ui.generated.ui_tools_page import Ui_ToolsPage
from peerdesk.ui.models import Column, RowsTableModel, sorted_filtered
from peerdesk.ui.page import InitiativePage


class ToolsPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ToolsPage()
        self.ui.setupUi(self)
        self.activities_model = RowsTableModel(self._columns(), self)
        self.activities_proxy = sorted_filtered(self.activities_model, self)
        self.ui.activities_view.setModel(self.activities_proxy)
        self.ui.activities_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.activities_view.verticalHeader().hide()
        self.ui.activities_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.activities_view.horizontalHeader().setStretchLastSection(True)

    def tab_title(self) -> str:
        return self.tr("Tool selection")

    def _columns(self) -> list[Column]:
        cat = catalogue()
        return [
            Column(self.tr("Starts"), lambda a: a.start_date.isoformat(), sort_key=lambda a: a.start_date.toordinal()),
            Column(self.tr("Ends"), lambda a: a.end_date.isoformat(), sort_key=lambda a: a.end_date.toordinal()),
            Column(self.tr("Activity"), lambda a: a.title),
            Column(self.tr("Tool type"), lambda a: a.tool_name),
            Column(self.tr("Mode"), lambda a: cat.name_of("activity_modes", a.mode)),
            Column(self.tr("Venue"), lambda a: a.venue),
            Column(
                self.tr("Participants"),
                lambda a: self.tr("all") if a.all_peers else a.participants,
                sort_key=lambda a: 10**6 if a.all_peers else a.participants,
                numeric=True,
            ),
            Column(
                self.tr("Cost"),
                lambda a: f"{a.cost:,.0f} {a.currency}" if a.cost is not None else "",
                sort_key=lambda a: a.cost or 0,
                numeric=True,
            ),
        ]

    def refresh(self) -> None:
        activities: list[ActivityRow] = []
        if self.workspace is not None and self.initiative_id is not None:
            activities = list_activities(self.workspace.factory, self.initiative_id)
        self.activities_model.set_rows(activities)
        self.ui.activities_view.resizeColumnsToContents()
        cat = catalogue()
        covered = {cell for activity in activities for cell in activity.cells}
        tool_types = {activity.tool_code for activity in activities}
        self.ui.summary_label.setText(
            self.tr("%1 planned activities using %2 of the %3 tool types.")
            .replace("%1", str(len(activities)))
            .replace("%2", str(len(tool_types)))
            .replace("%3", str(len(cat.tool_types)))
        )
        empty = [
            f"{cat.name_of('parts', part)} / {cat.name_of('challenges', challenge)}"
            for part, challenge in cat.cells()
            if (part, challenge) not in covered
        ]
        if empty:
            self.ui.detail_label.setText(self.tr("Parts of the hourglass this plan leaves empty: %s") % "; ".join(empty))
        else:
            self.ui.detail_label.setText(self.tr("Every part of the tool map has at least one planned activity."))
