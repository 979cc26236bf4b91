"""Tool selection tab: the initiative's activity plan with its goals and cadence, the coverage map and its
warnings, the timeline with each peer's load, the facilitator's checklist and the tool catalogue."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from peerdesk.core import toolplan as tp
from peerdesk.core.atomic import write_bytes_atomic
from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.activities import (
    ActivityInput,
    ActivityNotFound,
    PlanActivityRow,
    PlanData,
    PlanSettingsInvalid,
    create_activity,
    delete_activity,
    get_activity,
    load_plan,
    update_activity,
    update_plan_settings,
)
from peerdesk.db.services.checklist import ChecklistRow, list_checklist
from peerdesk.db.services.plan_overview import PeerLoad, load_plan_overview, participant_count
from peerdesk.db.services.tool_types import ToolTypeRow, list_tool_types
from peerdesk.i18n import format_date
from peerdesk.ui import conflict
from peerdesk.ui.generated.ui_tools_page import Ui_ToolsPage
from peerdesk.ui.models import ROW_ROLE, Column, SortedRows, fit_columns, show_rows
from peerdesk.ui.page import InitiativePage, scrolled
from peerdesk.ui.tasks import run_task
from peerdesk.ui.tools.activity_dialog import ActivityDialog
from peerdesk.ui.tools.catalogue_browser import CatalogueBrowser, catalogue_entries
from peerdesk.ui.tools.checklist_panel import ChecklistPanel

if TYPE_CHECKING:
    from peerdesk.ui.widgets.chart import ChartView

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedPlan:
    """What the tab shows, read and checked off the GUI thread."""

    plan: PlanData
    tool_types: tuple[ToolTypeRow, ...]
    gaps: tuple
    warnings: tuple
    peer_loads: tuple[PeerLoad, ...]
    usage: tuple[tuple[str, int], ...]
    checklist: tuple[ChecklistRow, ...] = ()


def load_checked_plan(factory, initiative_id: int) -> LoadedPlan:
    """The plan with its coverage gaps, warnings, each peer's load and each tool's use (no Qt: a worker runs it).
    Read from totals (who takes part is read only by the activity dialog and the printed plan)."""
    cat = catalogue()
    overview = load_plan_overview(factory, initiative_id)
    plan, tool_plan = overview.plan, overview.tool_plan()
    return LoadedPlan(
        plan=plan,
        tool_types=tuple(list_tool_types(factory)),
        gaps=tuple(tp.coverage_gaps(tool_plan, plan.tool_options, cat)),
        warnings=tuple(tp.plan_warnings(tool_plan, plan.tool_options, cat)),
        peer_loads=overview.peer_loads,
        usage=tuple(dict(tp.tool_usage(tool_plan.activities)).items()),
        checklist=tuple(list_checklist(factory, initiative_id)),
    )


def _chart_in(host: QWidget) -> ChartView:
    from peerdesk.ui.widgets.chart import ChartView  # matplotlib: once a chart's sub-tab is opened

    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    chart = ChartView(host)
    layout.addWidget(chart)
    return chart


class ToolsPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ToolsPage()
        self.ui.setupUi(self)
        self.plan: PlanData | None = None
        self.tool_types: list[ToolTypeRow] = []
        self.deleted: ActivityInput | None = None
        self._loading = False
        self._generation = 0
        self._drawn: set[tuple[str, int]] = set()
        self._loads = 0  # each reload's number: a slow read of an initiative left since is dropped
        self.activities_model, self.activities_proxy = show_rows(self.ui.activities_view, self._columns(), self,
                                                                batched=True)
        load_columns = [
            Column(self.tr("Peer"), lambda r: r.full_name, tooltip=lambda r: r.organisation),
            Column(self.tr("Activities"), lambda r: r.activities, numeric=True),
        ]
        self.peer_load_model, _ = show_rows(
            self.ui.peer_load_view, load_columns, self, sort_column=1, order=Qt.SortOrder.DescendingOrder, batched=True
        )
        self._charts: dict[str, ChartView] = {}  # made on first use: the tab opens without matplotlib
        cat = catalogue()
        for cadence in cat.cadences:
            self.ui.cadence_combo.addItem(cadence.name, cadence.code)
        for goal in cat.learning_goals:
            item = QListWidgetItem(goal.name)
            item.setData(Qt.ItemDataRole.UserRole, goal.code)
            share = self.tr("Pursued by {share} of the mapped initiatives.").format(share=goal.share_label)
            item.setToolTip(f"{goal.description}\n{share}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.goals_list.addItem(item)
        self._fit_small_screens()
        self.catalogue_browser = CatalogueBrowser(self, self.refresh)
        self.checklist_panel = ChecklistPanel(self)
        self.ui.undo_delete_button.setVisible(False)
        self.ui.add_activity_button.clicked.connect(self.on_add_activity_button_clicked)
        self.ui.edit_activity_button.clicked.connect(self.on_edit_activity_button_clicked)
        self.ui.activities_view.doubleClicked.connect(self.on_edit_activity_button_clicked)
        self.ui.delete_activity_button.clicked.connect(self.on_delete_activity_button_clicked)
        self.ui.undo_delete_button.clicked.connect(self.on_undo_delete_button_clicked)
        self.ui.print_plan_button.clicked.connect(self.on_print_plan_button_clicked)
        self.ui.cadence_combo.currentIndexChanged.connect(self.on_settings_changed)
        self.ui.goals_list.itemChanged.connect(self.on_settings_changed)
        self.ui.activities_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.ui.sections_tabs.currentChanged.connect(self.render_charts)

    def tab_title(self) -> str:
        return self.tr("Tool selection")

    def _fit_small_screens(self) -> None:
        """At 1024x600: the goals and cadence box scrolls inside its column (its wrapped description and checks
        overlapped the goals list when squeezed), and the goals list keeps room for a few goals."""
        ui = self.ui
        box = ui.settings_box
        index = ui.plan_layout.indexOf(box)
        ui.plan_layout.removeWidget(box)
        area = scrolled(box, ui.plan_tab)
        area.setObjectName("settings_area")
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumWidth(box.minimumWidth() + area.verticalScrollBar().sizeHint().width())
        area.setMaximumWidth(box.maximumWidth() + area.verticalScrollBar().sizeHint().width())
        ui.plan_layout.insertWidget(index, area, 1)
        rows = ui.goals_list.sizeHintForRow(0) if ui.goals_list.count() else self.fontMetrics().height()
        ui.goals_list.setMinimumHeight(min(4 * rows + 2 * ui.goals_list.frameWidth(), ui.goals_list.maximumHeight()))

    def _chart(self, key: str) -> ChartView:
        if key not in self._charts:
            host = self.ui.coverage_chart_host if key == "coverage" else self.ui.timeline_chart_host
            self._charts[key] = _chart_in(host)
        return self._charts[key]

    @property
    def coverage_chart(self) -> ChartView:
        return self._chart("coverage")

    @property
    def timeline_chart(self) -> ChartView:
        return self._chart("timeline")

    def _columns(self) -> list[Column]:
        cat = catalogue()

        def participants(a: PlanActivityRow) -> object:
            return self.tr("all") if a.all_peers else participant_count(a)

        @lru_cache(maxsize=2048)  # a table of 5,000 activities has a few hundred distinct days; Babel is slow
        def day(value: date) -> str:
            return format_date(value, "medium")

        return [
            Column(self.tr("Starts"), lambda a: day(a.start_date), sort_key=lambda a: a.start_date.toordinal()),
            Column(self.tr("Ends"), lambda a: day(a.end_date), sort_key=lambda a: a.end_date.toordinal()),
            Column(self.tr("Activity"), lambda a: a.title, tooltip=lambda a: a.title),
            Column(self.tr("Tool type"), lambda a: a.tool_name),
            Column(self.tr("Mode"), lambda a: cat.name_of("activity_modes", a.mode)),
            Column(self.tr("Venue"), lambda a: a.venue),
            Column(self.tr("Participants"), participants,
                   sort_key=lambda a: 10**6 if a.all_peers else participant_count(a), numeric=True),
            Column(self.tr("Logistics done"),
                   lambda a: f"{sum(i.done for i in a.logistics)}/{len(a.logistics)}" if a.logistics else "",
                   sort_key=lambda a: sum(not i.done for i in a.logistics)),
            Column(self.tr("Cost"), lambda a: f"{a.cost:,.0f} {a.currency}" if a.cost is not None else "",
                   sort_key=lambda a: a.cost or 0, numeric=True),
        ]

    # ------------------------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the plan. It is read and checked on a worker thread (a plan of 10,000 peers takes a few
        tenths of a second); meanwhile the page says it is loading and keeps what it showed."""
        self._loads += 1
        generation = self._loads
        if self.workspace is None or self.initiative_id is None:
            self._show(None)
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id
        self.ui.summary_label.setText(self.tr("Loading the plan…"))

        def show(loaded: LoadedPlan, activities: SortedRows, peer_loads: SortedRows) -> None:
            if generation == self._loads:  # not the plan of an initiative left since
                self._show(loaded, activities, peer_loads)

        def failed(exc: BaseException) -> None:
            if generation == self._loads:
                logger.error("loading the plan failed: %s", exc)
                self.ui.summary_label.setText(self.tr("The plan could not be read: {error}").format(error=exc))

        def load() -> tuple[LoadedPlan, SortedRows, SortedRows]:
            loaded = load_checked_plan(factory, initiative_id)
            return (loaded, self.activities_model.sorted_rows(loaded.plan.activities),
                    self.peer_load_model.sorted_rows(loaded.peer_loads))

        run_task(load, lambda loaded: show(*loaded), failed)

    def _show(self, loaded: LoadedPlan | None, activities: SortedRows | None = None,
              peer_loads: SortedRows | None = None) -> None:
        """Show ``loaded`` (the rows of its tables already sorted on the worker when given)."""
        self.plan = plan = loaded.plan if loaded else None
        self.tool_types = list(loaded.tool_types) if loaded else []
        self.activities_model.set_rows(activities or (list(plan.activities) if plan else []))
        fit_columns(self.ui.activities_view, self.activities_model, widest={2: 300, 3: 190, 5: 160})
        for column in (0, 1):  # the dates' non-breaking spaces measure a little short: no "30 сент. 2026…"
            self.ui.activities_view.setColumnWidth(column, self.ui.activities_view.columnWidth(column) + 8)
        self._load_settings(plan)
        self._show_checks(loaded)
        self.peer_load_model.set_rows(peer_loads or (list(loaded.peer_loads) if loaded else []))
        fit_columns(self.ui.peer_load_view, self.peer_load_model)
        self.catalogue_browser.set_entries(catalogue_entries(self.tool_types, dict(loaded.usage) if loaded else {}))
        self.checklist_panel.show(list(loaded.checklist) if loaded else [])
        self._update_buttons()
        self._generation += 1
        self.render_charts()

    def _load_settings(self, plan: PlanData | None) -> None:
        self._loading = True
        try:
            self.ui.settings_box.setEnabled(plan is not None)
            index = self.ui.cadence_combo.findData(plan.cadence) if plan else -1
            self.ui.cadence_combo.setCurrentIndex(max(index, 0))
            self._show_cadence_description()
            goals = set(plan.learning_goals) if plan else set()
            for row in range(self.ui.goals_list.count()):
                item = self.ui.goals_list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in goals
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.ui.settings_error_label.setVisible(False)
        finally:
            self._loading = False

    def _show_cadence_description(self) -> None:
        code = self.ui.cadence_combo.currentData()
        cadence = next((c for c in catalogue().cadences if c.code == code), None)
        self.ui.cadence_description_label.setText(cadence.description if cadence else "")

    def _show_checks(self, loaded: LoadedPlan | None) -> None:
        cat = catalogue()
        if loaded is None:
            self.ui.summary_label.setText(self.tr("Open a data file and choose an initiative to plan its tools."))
            self.ui.coverage_browser.clear()
            self.ui.plan_checks_label.clear()
            return
        plan, gaps, warnings = loaded.plan, loaded.gaps, loaded.warnings
        distinct = len({a.tool_code for a in plan.activities})
        self.ui.summary_label.setText(
            self.tr("{activities} planned activities using {used} of the {types} tool types · empty cells of the map: "
                    "{gaps} · warnings: {warnings}")
            .format(activities=len(plan.activities), used=distinct, types=len(self.tool_types) or len(cat.tool_types),
                    gaps=len(gaps), warnings=len(warnings))
        )
        html = [f"<h3>{escape(self.tr('Warnings'))}</h3>"]
        if not warnings:
            html.append(f"<p>{escape(self.tr('The checks found nothing to warn about.'))}</p>")
        for warning in warnings:
            html.append(f"<p style='color:#8a3b00'>⚠ {escape(warning.message)}")
            if warning.suggestions:
                would = self.tr("Would help:")
                html.append(f"<br/><i>{escape(would)} {escape(', '.join(warning.suggestions))}</i>")
            html.append("</p>")
        html.append(f"<h3>{escape(self.tr('Empty cells of the map'))}</h3>")
        if not gaps:
            html.append(f"<p>{escape(self.tr('Every cell has at least one planned activity.'))}</p>")
        for gap in gaps:
            cell = f"{cat.name_of('parts', gap.part)} / {cat.name_of('challenges', gap.challenge)}"
            fill = ", ".join(o.name for o in gap.suggestions) or self.tr("no tool type serves it")
            html.append(f"<p><b>{escape(cell)}</b><br/>{escape(self.tr('Would fill it:'))} {escape(fill)}</p>")
        self.ui.coverage_browser.setHtml("".join(html))
        lines = [f"⚠ {w.message}" for w in warnings]
        if gaps:
            cells = "; ".join(
                f"{cat.name_of('parts', g.part)} / {cat.name_of('challenges', g.challenge)}" for g in gaps
            )
            lines.append(self.tr("Empty cells: {cells} (see Coverage for what would fill them).").format(cells=cells))
        self.ui.plan_checks_label.setText("\n\n".join(lines) or self.tr("Nothing to warn about."))

    def render_charts(self, *_args) -> None:
        """Draw the coverage map and the timeline, but only once their sub-tab is on screen: building the
        figures is the slow part of a refresh, and most edits happen on the Plan sub-tab."""
        current = self.ui.sections_tabs.currentWidget()
        plan = self.plan
        if plan is None:
            for chart in self._charts.values():
                if chart.figure is not None:  # no stale picture of another file's plan
                    from matplotlib.figure import Figure

                    chart.show_figure(Figure())
            return
        if current not in (self.ui.coverage_tab, self.ui.timeline_tab):
            return
        key = (current.objectName(), self._generation)
        if key in self._drawn:
            return
        self._drawn.add(key)
        cat = catalogue()
        if current is self.ui.coverage_tab:
            from peerdesk.reports.charts.coverage import coverage_figure

            self.coverage_chart.show_figure(
                coverage_figure(
                    tp.coverage_counts(plan.tool_plan().activities, cat),
                    tp.field_pattern(cat),
                    [(p.code, p.name) for p in cat.parts],
                    [(c.code, c.name) for c in cat.challenges],
                    plan_title=self.tr("This plan: activities per cell"),
                    field_title=self.tr("The field: tool uses per mapped initiative"),
                    gap_label=self.tr("gap"),
                )
            )
        else:
            from peerdesk.reports.charts.timeline import timeline_figure
            from peerdesk.reports.plan import timeline_bars

            self.timeline_chart.show_figure(
                timeline_figure(
                    timeline_bars(plan),
                    (plan.start_date, plan.end_date),
                    challenge_names={c.code: c.name for c in cat.challenges},
                    title=self.tr("Activities over the initiative"),
                    empty_label=self.tr("No activities planned yet"),
                )
            )

    def _update_buttons(self, *_args) -> None:
        has_plan = self.plan is not None
        selected = self.selected_activity() is not None
        self.ui.add_activity_button.setEnabled(has_plan and bool(self.tool_types))
        self.ui.edit_activity_button.setEnabled(selected)
        self.ui.delete_activity_button.setEnabled(selected)
        self.ui.print_plan_button.setEnabled(has_plan)

    def selected_activity(self) -> PlanActivityRow | None:
        index = self.ui.activities_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # ------------------------------------------------------------------------------------ slots

    def on_settings_changed(self, *_args) -> None:
        self._show_cadence_description()
        if self._loading or self.workspace is None or self.initiative_id is None:
            return
        goals = [
            self.ui.goals_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.ui.goals_list.count())
            if self.ui.goals_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        try:
            update_plan_settings(
                self.workspace.factory, self.initiative_id, cadence=self.ui.cadence_combo.currentData(),
                learning_goals=goals,
            )
        except PlanSettingsInvalid as exc:
            self.ui.settings_error_label.setText(str(exc))
            self.ui.settings_error_label.setVisible(True)
            return
        self.refresh()

    def open_activity_dialog(self, activity_id: int | None = None) -> ActivityDialog | None:
        """The add (``activity_id`` None) or edit dialog, not yet shown; None without a plan."""
        if self.plan is None or self.workspace is None:
            return None
        factory, initiative_id = self.workspace.factory, self.plan.initiative_id
        if activity_id is None:
            return ActivityDialog(
                self.plan, self.tool_types, lambda data: create_activity(factory, initiative_id, data), parent=self
            )
        detail = get_activity(factory, activity_id)
        save = conflict.guarded(self, lambda data, version: update_activity(
            factory, activity_id, data, expected_version=version), detail.version)
        return ActivityDialog(self.plan, self.tool_types, save, detail, parent=self)

    def on_add_activity_button_clicked(self) -> None:
        dialog = self.open_activity_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.ui.plan_status_label.setText(self.tr("Activity added."))

    def on_edit_activity_button_clicked(self, *_args) -> None:
        row = self.selected_activity()
        if row is None:
            return
        try:
            dialog = self.open_activity_dialog(row.id)
        except ActivityNotFound:
            self.refresh()
            return
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.ui.plan_status_label.setText(self.tr("Activity saved."))
        elif dialog is not None and getattr(dialog._save, "reloaded", False):
            self.refresh()  # someone else's newer version, as the person chose

    def on_delete_activity_button_clicked(self) -> None:
        row = self.selected_activity()
        if row is None or self.workspace is None:
            return
        try:
            detail = delete_activity(self.workspace.factory, row.id)
        except ActivityNotFound:
            self.refresh()
            return
        self.deleted = detail.data
        self.refresh()
        self.ui.undo_delete_button.setVisible(True)
        self.ui.plan_status_label.setText(self.tr("Deleted '{title}'. Undo puts it back.").format(title=row.title))

    def on_undo_delete_button_clicked(self) -> None:
        if self.deleted is None or self.workspace is None or self.initiative_id is None:
            return
        create_activity(self.workspace.factory, self.initiative_id, self.deleted)
        self.deleted = None
        self.ui.undo_delete_button.setVisible(False)
        self.refresh()
        self.ui.plan_status_label.setText(self.tr("Activity put back."))

    def choose_pdf_path(self) -> Path | None:
        name = f"Engagement plan - {self.plan.initiative_name}.pdf" if self.plan else "plan.pdf"
        name = "".join(ch for ch in name if ch not in '\\/:*?"<>|')
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the engagement plan"), str(Path(QDir.homePath()) / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")

    def on_print_plan_button_clicked(self) -> None:
        if self.plan is None or self.workspace is None:
            return
        target = self.choose_pdf_path()
        if target is None:
            return
        factory, initiative_id = self.workspace.factory, self.plan.initiative_id

        def build() -> Path:
            from peerdesk.reports.plan import build_plan_pdf

            pdf = build_plan_pdf(load_plan(factory, initiative_id), list_checklist(factory, initiative_id))
            write_bytes_atomic(target, pdf)
            return target

        self.ui.print_plan_button.setEnabled(False)
        self.ui.plan_status_label.setText(self.tr("Writing the engagement plan…"))
        run_task(build, self._on_plan_written, self._on_plan_failed)

    def _on_plan_written(self, path: Path) -> None:
        self.ui.print_plan_button.setEnabled(self.plan is not None)
        self.ui.plan_status_label.setText(self.tr("Engagement plan saved to {path}").format(path=path))

    def _on_plan_failed(self, exc: BaseException) -> None:
        self.ui.print_plan_button.setEnabled(self.plan is not None)
        self.ui.plan_status_label.setText("")
        logger.error("engagement plan failed: %s", exc)
        QMessageBox.warning(self, self.tr("Engagement plan"),
                            self.tr("The plan could not be written: {error}").format(error=exc))
