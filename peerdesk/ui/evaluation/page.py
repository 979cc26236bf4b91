"""Evaluation tab: the hourglass dashboard, contact and learning heat maps, gains, diffusion, before/after,
fast capture of contact reports and other entries, and the PDF evaluation summary.

Measures and charts are computed off the GUI thread (``run_task``), and so are the imports they need
(numpy, matplotlib, reportlab: a second or more on a slow laptop, which the window would otherwise spend
frozen when the tab is first opened). The measures' sentences and tables come on screen first; each chart
is built and drawn when its sub-tab is shown, so 2,000 peers and a year of reports do not freeze the window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QFrame, QHeaderView, QScrollArea, QVBoxLayout, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.i18n import format_date_range
from peerdesk.ui import tasks
from peerdesk.ui.errors import show_error
from peerdesk.ui.evaluation.capture import ContactCapture
from peerdesk.ui.evaluation.chart_image import ImageChartView
from peerdesk.ui.evaluation.entries import EvaluationEntries
from peerdesk.ui.generated.ui_evaluation_page import Ui_EvaluationPage
from peerdesk.ui.models import Column, RowsTableModel
from peerdesk.ui.page import InitiativePage
from peerdesk.ui.progress import run_with_progress

if TYPE_CHECKING:  # the measures, charts and printout (numpy, matplotlib, reportlab) are imported on workers
    from peerdesk.core.evaluation.records import EvaluationData
    from peerdesk.ui.evaluation.analysis import EvaluationView

logger = logging.getLogger(__name__)


_charts_imported = False


def _import_charts() -> None:
    """Import matplotlib's figures and the tab's charts (most of a second on a laptop, the first time), on
    a worker while the measures are taken, so the first chart is drawn as soon as they are."""
    global _charts_imported
    import peerdesk.reports.charts.diffusion
    import peerdesk.reports.charts.heatmap
    import peerdesk.reports.charts.hourglass
    import peerdesk.reports.charts.learning  # noqa: F401

    _charts_imported = True


def _scroll_inside(tab: QWidget) -> None:
    """The sub-tab's content in a scroll area of its own: its charts keep the height a cohort's names need
    (``EvaluationPage._room_for_names``) and, on a small screen, scroll within the sub-tab, while the other
    sub-tabs keep to the window's size."""
    outer = tab.layout()
    inner = QWidget(tab)
    inner.setObjectName(f"{tab.objectName()}_content")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(outer.spacing())
    while outer.count():
        stretch = outer.stretch(0)
        item = outer.takeAt(0)
        if item.widget() is not None:
            layout.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            layout.addLayout(item.layout(), stretch)
        else:
            layout.addItem(item)
    area = QScrollArea(tab)
    area.setObjectName(f"{tab.objectName()}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    outer.addWidget(area)


@dataclass(frozen=True)
class FigureRow:
    """One row of the before/after or comparison table."""

    group: str
    observations: int
    peers: int
    mean: float | None


class EvaluationPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        self.view: EvaluationView | None = None
        #: the evidence read by the last full refresh (kept while its measures are taken again)
        self._evidence: EvaluationData | None = None
        self._generation = 0
        self._comparison_generation = 0
        self._comparison_waiting = False  # the comparison is computed when its sub-tab is shown
        self._charts: list[ImageChartView] = []
        self.ui.top_row.setStretch(0, 1)
        self.ui.stages_layout.addStretch(1)
        self.ui.dashboard_layout.setStretch(0, 2)
        self.ui.dashboard_layout.setStretch(1, 3)
        self.hourglass_chart = self._chart(self.ui.hourglass_container)
        for tab in (self.ui.contacts_tab, self.ui.learning_tab):
            _scroll_inside(tab)
        self.heatmap_chart = self._chart(self.ui.heatmap_container)
        self.chart = self.trend_chart = self._chart(self.ui.trend_container)
        self.learning_chart = self._chart(self.ui.learning_container)
        self.gains_chart = self._chart(self.ui.gains_container)
        self.diffusion_chart = self._chart(self.ui.diffusion_container)
        for weeks in (1, 2, 4):
            self.ui.window_combo.addItem(self.tr("%n week(s)", "", weeks), weeks)
        self.ui.window_combo.setCurrentIndex(1)
        self.reach_model = RowsTableModel([
            Column(self.tr("Peer"), lambda r: r[0]),
            Column(self.tr("People reached"), lambda r: r[1], numeric=True),
            Column(self.tr("Depth"), lambda r: r[2], numeric=True),
            Column(self.tr("Events"), lambda r: r[3], numeric=True),
        ], self)
        self.ui.reach_view.setModel(self.reach_model)
        self.compare_model = RowsTableModel([
            Column(self.tr("Group"), lambda r: r.group),
            Column(self.tr("Observations"), lambda r: r.observations, numeric=True),
            Column(self.tr("Peers"), lambda r: r.peers, numeric=True),
            Column(self.tr("Mean"), lambda r: "–" if r.mean is None else f"{r.mean:.2f}", numeric=True),
        ], self)
        self.ui.compare_view.setModel(self.compare_model)
        for view in (self.ui.reach_view, self.ui.compare_view):
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for code, name in self.measure_names().items():
            self.ui.measure_combo.addItem(name, code)
        self.capture = ContactCapture(self, self.ui)
        self.capture.saved.connect(self.refresh)
        self.entries = EvaluationEntries(self.ui.entries_tab)
        self.ui.entries_tab_layout.addWidget(self.entries)
        self.entries.saved.connect(self.refresh)
        self.ui.period_slider.valueChanged.connect(self.on_period_slider_valueChanged)
        self.ui.window_combo.currentIndexChanged.connect(self.on_window_combo_currentIndexChanged)
        self.ui.measure_combo.currentIndexChanged.connect(self.update_comparison)
        self.ui.cut_date.dateChanged.connect(self.update_comparison)
        self.ui.anonymise_check.toggled.connect(self.measure_again)
        self.ui.export_button.clicked.connect(self.on_export_button_clicked)
        self.ui.evaluation_tabs.currentChanged.connect(self._sub_tab_shown)

    def _room_for_names(self, view: EvaluationView) -> None:
        """Charts that name each peer on a row get the height those rows need to be read (on a small screen
        the page scrolls instead of squeezing a 24-peer heat map into a strip of overlapping names)."""
        from peerdesk.reports.charts.layout import LABELLED_UP_TO, NAMED_BARS_UP_TO

        def rows_high(rows: int, named_up_to: int, per_row: int, around: int, floor: int) -> int:
            return max(floor, min(rows, named_up_to) * per_row + around) if rows <= named_up_to else floor

        answering = len(view.analysis.answering_ids) if view.analysis else 0
        for chart, height in (
            # the contact map also names the peers under each panel, turned on their side
            (self.heatmap_chart, rows_high(len(view.study_ids), LABELLED_UP_TO, 10, 200, 300)),
            (self.learning_chart, rows_high(answering, 60, 11, 110, 220)),
            (self.gains_chart, rows_high(len(view.gains.by_peer), NAMED_BARS_UP_TO, 11, 90, 220)),
        ):
            # on the chart's container: the form gives each a minimum size, which a layout takes over the
            # minimum of what the container holds
            chart.parentWidget().setMinimumHeight(height)

    def _chart(self, container: QWidget) -> ImageChartView:
        chart = ImageChartView(container, self.tr("Drawing the chart…"))
        container.layout().addWidget(chart)
        self._charts.append(chart)
        return chart

    def measure_names(self) -> dict[str, str]:
        """The compared measures (``core.evaluation.compare.MEASURES``, named here so that building the
        page does not import numpy on the GUI thread)."""
        return {"contacts": self.tr("Contacts named per report"),
                "checkins": self.tr("Weeks with a productive conversation (share)"),
                "scores": self.tr("Learning-area score (1-5)")}

    def tab_title(self) -> str:
        return self.tr("Evaluation")

    def texts(self) -> dict[str, str]:
        """Translated titles for the figures, handed to the worker thread."""
        return {
            "no_reports": self.tr("No contact reports yet"), "first": self.tr("First: {period}"),
            "chosen": self.tr("Chosen: {period}"), "formal": self.tr("formal"),
            "informal": self.tr("informal"), "none": self.tr("no contact"),
            "density": self.tr("density {density:.0%}, informal {informal:.0%}"),
            "evidence": self.tr("Evidenced"), "partial": self.tr("Partly evidenced"), "missing": self.tr("No evidence"),
            "trend": self.tr("Contact density and informal share per week"), "density_line": self.tr("density"),
            "share_line": self.tr("informal share"),
            "learning": self.tr("Productive conversations about a reform challenge, week by week"),
            "yes": self.tr("yes"), "no": self.tr("no"), "no_checkin": self.tr("no check-in"),
            "no_checkins": self.tr("No learning check-ins yet"),
            "learning_groups": self.tr("{count} peers, {size} to a row"),
            "no_gains": self.tr("No learning gains yet: score the areas at two points"),
            "gain_peers": self.tr("{count} peers, largest gain first"),
            "diffusion": self.tr("Who shared with whom back home"),
            "no_diffusion": self.tr("No diffusion recorded yet"),
            "reached": self.tr("{n} reached"), "chain": self.tr("{n} reached, {total} with those they told"),
            "gain_areas": self.tr("Mean score per area, first and latest"), "gain_each": self.tr("Mean gain per peer"),
            "gain_first": self.tr("first"), "gain_latest": self.tr("latest"),
            "gain_scale": self.tr("mean score, 1 (not important) to 5 (very important)"),
            "gain_change": self.tr("change in mean score (points on the 1–5 scale)"),
            "percent": self.tr("% of pairs"), "week": self.tr("week starting"),
        }

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the initiative's evidence again and take its measures."""
        self._evidence = None
        self._compute(None)

    def measure_again(self, *_args) -> None:
        """The names (anonymised or not) or the window length changed: the measures are taken again from
        the evidence the shown view holds, without reading the file again (nothing in the file changed:
        every change the window makes refreshes the tab). Without a view yet, a full refresh."""
        if self._evidence is None or self._evidence.initiative_id != self.initiative_id:
            self.refresh()
        else:
            self._compute(self._evidence)

    def _compute(self, data: EvaluationData | None) -> None:
        self._generation += 1
        generation = self._generation
        if self.workspace is None or self.initiative_id is None:
            self.view = None
            self.ui.summary_label.setText(self.tr("Open a data file and choose an initiative."))
            self.capture.set_context(None, None, {})
            self.entries.set_context(None, None, None)
            return
        self.ui.summary_label.setText(self.tr("Computing the evaluation measures…"))
        self._let_go_of_view()
        factory, initiative_id = self.workspace.factory, self.initiative_id
        texts, anonymise = self.texts(), self.ui.anonymise_check.isChecked()
        weeks = self.ui.window_combo.currentData() or 2
        def work() -> EvaluationView:
            from peerdesk.ui.evaluation.analysis import analyse

            return analyse(factory, initiative_id, texts, anonymise, weeks, data=data)

        if not _charts_imported:
            tasks.run_task(_import_charts)  # alongside the measures, not after them
        tasks.run_task(work,
                       on_done=lambda view: self._show(view, generation),
                       on_error=lambda exc: self._failed(exc, generation))

    def forget(self) -> None:
        """Out of date while hidden (read ahead, then an edit or another initiative): drop the view and any
        read on its way; the next ``set_context`` reads again."""
        self._generation += 1
        self._evidence = None
        self._let_go_of_view()

    def _let_go_of_view(self) -> None:
        """Drop the shown view while the next one is computed (a large cohort's is a few hundred MB, and
        two at once would double that); the charts keep their images, the tables and forms their rows."""
        self.view = None
        for chart in self._charts:
            chart.keep_image_only()

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.ui.summary_label.setText(self.tr("The evaluation could not be computed: {error}").format(error=exc))
            logger.error("evaluation analysis failed: %s", getattr(exc, "__peerdesk_traceback__", exc))

    def _show(self, view: EvaluationView, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.view = view
        self._evidence = view.data
        numbers = view.numbers
        self.ui.summary_label.setText(
            self.tr("{participants} participants, {comparison} comparison colleagues; {reports} contact reports "
                    "from {reporters} peers, {checkins} check-ins, {interviews} interviews, {reached} people "
                    "reached back home.")
            .format(participants=numbers.participants, comparison=numbers.comparison,
                    reports=numbers.contact_reports, reporters=numbers.reporters,
                    checkins=numbers.checkins, interviews=numbers.interviews, reached=view.reached))
        self._show_dashboard(view)
        self._room_for_names(view)
        for chart, name in ((self.trend_chart, "trend"), (self.learning_chart, "learning"),
                            (self.gains_chart, "gains"), (self.diffusion_chart, "diffusion")):
            chart.show_maker(lambda name=name: view.figure(name))
        self.ui.learning_label.setText(
            self.tr("{checkins} weekly check-ins, {productive} with a productive conversation. "
                    "Gains for {peers} peers; {once} scored once only.")
            .format(checkins=view.heat.answered, productive=f"{view.heat.productive_share:.0%}",
                    peers=len(view.gains.by_peer), once=len(view.gains.assessed_once)))
        self.ui.learning_label.setText(self.ui.learning_label.text() + "\n" + self._goals_and_outcomes(view))
        diffusion = view.diffusion
        self.ui.diffusion_label.setText(
            self.tr("{reached} people reached through {events} sharing events; longest chain {depth} steps; "
                    "{silent} of peers shared nothing.")
            .format(reached=view.reached, events=len(view.data.diffusion),
                    depth=view.depth, silent=f"{diffusion.silent_share:.0%}"))
        self.reach_model.set_rows(list(view.reach_rows))
        self.ui.period_slider.blockSignals(True)
        self.ui.period_slider.setRange(0, max(0, len(view.windows) - 1))
        self.ui.period_slider.setValue(max(0, len(view.windows) - 1))
        self.ui.period_slider.blockSignals(False)
        self.ui.period_slider.setEnabled(len(view.windows) > 1)
        self.on_period_slider_valueChanged(self.ui.period_slider.value())
        if view.data.contacts:
            first, last = view.data.contacts[0].report_date, view.data.contacts[-1].report_date
            middle = first + (last - first) / 2
            self.ui.cut_date.blockSignals(True)
            self.ui.cut_date.setDate(QDate(middle.year, middle.month, middle.day))
            self.ui.cut_date.blockSignals(False)
        self.update_comparison()
        people = {p.id: p.name for p in view.data.participants}
        self.capture.set_context(self.workspace.factory, self.initiative_id, people)
        # the forms' lists (thousands of names, the activities read from the file) are made on a worker when
        # the "Other entries" sub-tab is first shown
        self.entries.set_context(self.workspace.factory, self.initiative_id, view.data, view.label)

    def _goals_and_outcomes(self, view: EvaluationView) -> str:
        """The chosen learning goals beside the largest gains, and the outcome families interviews named."""
        cat = catalogue()
        goals = "; ".join(cat.goal(code).name for code in view.data.learning_goals
                          if code in {g.code for g in cat.learning_goals}) or self.tr("none recorded")
        areas = {a.code: a.name for a in cat.learning_areas}
        top = sorted((a for a in view.gains.by_area if a.peers), key=lambda a: -a.mean_gain)[:3]
        gains = "; ".join(f"{areas.get(a.area, a.area)} ({a.mean_gain:+.1f})" for a in top) or "–"
        counts = view.outcome_counts
        outcomes = "; ".join(f"{f.name}: {counts[f.code]}" for f in cat.outcome_families)
        return (self.tr("Chosen learning goals: {goals}. Largest gains: {gains}. "
                        "Outcomes named in interviews: {outcomes}.")
                .format(goals=goals, gains=gains, outcomes=outcomes))

    def _show_dashboard(self, view: EvaluationView) -> None:
        self.hourglass_chart.show_maker(lambda: view.figure("hourglass"))
        names = {s.code: s.name for s in catalogue().hourglass_stages}
        status = {"evidence": self.tr("evidence"), "partial": self.tr("partly evidenced"),
                  "missing": self.tr("no evidence")}
        lines = []
        for number, stage in enumerate(view.stages, start=1):
            lines.append(f"{number}. {names.get(stage.code, stage.code)} — {status[stage.status]}")
            lines += [f"   ✓ {line}" for line in stage.evidence]
            lines += [f"   ✗ {self.tr('Missing:')} {line}" for line in stage.missing]
            lines.append("")
        self.ui.stages_label.setText("\n".join(lines))
        n = view.numbers
        self.ui.numbers_label.setText(
            self.tr("Events held: {held} of {planned} planned; {attendances} attendances counted at {recorded} events.")
            .format(held=n.events_held, planned=n.events_planned,
                    attendances=n.attendance_total, recorded=n.attendance_recorded))

    # --- contact heat map ------------------------------------------------------------------------

    def on_window_combo_currentIndexChanged(self, _index: int) -> None:
        self.measure_again()

    def on_period_slider_valueChanged(self, index: int) -> None:
        view = self.view
        if view is None:
            return
        if view.windows:
            start, end = view.windows[min(index, len(view.windows) - 1)]
            self.ui.period_label.setText(format_date_range(start, end))
        else:
            self.ui.period_label.setText(self.tr("no reports"))

        def heatmap():
            from peerdesk.ui.evaluation.analysis import heatmap_for

            return heatmap_for(view, index)

        self.heatmap_chart.show_maker(heatmap)  # built and drawn on a worker once the sub-tab is shown

    # --- before/after and comparison ---------------------------------------------------------------

    def _sub_tab_shown(self, _index: int) -> None:
        if self._comparison_waiting and self.ui.evaluation_tabs.currentWidget() is self.ui.compare_tab:
            self.update_comparison()

    def update_comparison(self, *_args) -> None:
        """Before/after the chosen date and participants against the comparison group, computed by a
        background task (a large cohort's reports are hundreds of thousands of observations) when the
        sub-tab is on screen, or once it comes."""
        view = self.view
        self._comparison_generation += 1
        if view is None:
            self.compare_model.set_rows([])
            return
        self._comparison_waiting = self.ui.evaluation_tabs.currentWidget() is not self.ui.compare_tab
        if self._comparison_waiting:
            return
        generation = self._comparison_generation
        measure = self.ui.measure_combo.currentData()
        qdate = self.ui.cut_date.date()
        cut = date(qdate.year(), qdate.month(), qdate.day())
        self.ui.compare_note.setText(self.tr("Computing…"))

        def compute():
            from peerdesk.core.evaluation.compare import before_after, compare_groups

            values = view.observations_of(measure)
            participants = [p.id for p in view.data.participants]
            comparison = [p.id for p in view.data.comparison]
            return before_after(values, cut, participants), compare_groups(values, participants, comparison), \
                len(comparison)

        tasks.run_task(compute, on_done=lambda result: self._show_comparison(result, cut, generation))

    def _show_comparison(self, result, cut: date, generation: int) -> None:
        if generation != self._comparison_generation:
            return  # the date or the measure changed meanwhile
        change, groups, comparison = result
        rows = [
            FigureRow(self.tr("Participants before {date}").format(date=cut), change.before.observations,
                      change.before.peers, change.before.mean),
            FigureRow(self.tr("Participants from {date} on").format(date=cut), change.after.observations,
                      change.after.peers, change.after.mean),
            FigureRow(self.tr("Participants, whole period"), groups.participants.observations,
                      groups.participants.peers, groups.participants.mean),
            FigureRow(self.tr("Comparison group ({count} people)").format(count=comparison),
                      groups.comparison.observations, groups.comparison.peers, groups.comparison.mean),
        ]
        self.compare_model.set_rows(rows)
        note = self.tr("Change after the date: {change}.").format(
            change="–" if change.change is None else f"{change.change:+.2f}")
        if groups.comparison.observations == 0:
            note += " " + self.tr("The comparison group has no observations of this measure yet.")
        self.ui.compare_note.setText(note)

    # --- PDF ---------------------------------------------------------------------------------------

    def on_export_button_clicked(self) -> None:
        if self.workspace is None or self.initiative_id is None:
            return
        anonymise = self.ui.anonymise_check.isChecked()
        name = "evaluation-summary-anonymised.pdf" if anonymise else "evaluation-summary.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export evaluation summary"), name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.export_summary(Path(path), anonymise)

    def export_summary(self, path: Path, anonymise: bool) -> None:
        factory, initiative_id = self.workspace.factory, self.initiative_id
        reading, drawing = self.tr("Reading the evidence…"), self.tr("Drawing the figures and pages…")

        def work():
            from peerdesk import i18n
            from peerdesk.core.atomic import write_bytes_atomic
            from peerdesk.core.evaluation.analysis import analyse as analyse_data
            from peerdesk.db.services.evaluation import load_evaluation_data
            from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary
            from peerdesk.settings import print_language

            yield 0, 3, reading
            data = load_evaluation_data(factory, initiative_id)
            yield 1, 3, drawing
            language = print_language()
            with i18n.language(language):  # the analysis writes sentences the summary prints
                analysis = analyse_data(data, anonymise=anonymise)
            pdf = build_evaluation_summary(data, SummaryOptions(anonymise=anonymise, lang=language), analysis)
            yield 2, 3, drawing
            write_bytes_atomic(path, pdf)
            return path, sorted(analysis.anonymiser.replaced)

        def done(result) -> None:
            written, replaced = result
            message = self.tr("Wrote {path}").format(path=written)
            if anonymise:
                if replaced:
                    message += " " + self.tr("Replaced in quoted text: {names}.").format(names=", ".join(replaced))
                message += " " + self.tr("Free text can still identify people: read the excerpts before sharing.")
            self.ui.summary_label.setText(message)

        def failed(exc: BaseException) -> None:
            show_error(self.tr("Export failed"), self.tr("The summary could not be written: {error}")
                       .format(error=exc), parent=self)

        run_with_progress(self, self.tr("Writing the evaluation summary…"), work, done, failed)
