"""What the Evaluation tab shows, computed off the GUI thread: the measures of the one core analysis
(:mod:`peerdesk.core.evaluation.analysis`, which the printed summary uses too) and matplotlib Figures.

Pure Python and matplotlib (no Qt): ``analyse`` runs inside ``run_task``; the page only puts the
finished figures into canvases. ``texts`` carries the page's translated titles into the worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from matplotlib.figure import Figure
from sqlalchemy.orm import sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.core.evaluation.analysis import Analysis
from peerdesk.core.evaluation.analysis import analyse as analyse_data
from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.compare import MEASURES, ObservationTable, observations
from peerdesk.core.evaluation.contact_measures import ContactMatrix, WeeklyDensity, contact_matrix
from peerdesk.core.evaluation.diffusion import DiffusionSummary
from peerdesk.core.evaluation.hourglass import EngagementNumbers, StageStatus
from peerdesk.core.evaluation.learning import GainSummary, LearningHeatMap
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.db.services.activities import ActivityRow, list_activities
from peerdesk.db.services.evaluation import collector_paused, load_evaluation_data
from peerdesk.i18n import format_date_range
from peerdesk.reports.charts.diffusion import diffusion_figure
from peerdesk.reports.charts.heatmap import contact_heatmap_figure, density_trend_figure
from peerdesk.reports.charts.hourglass import hourglass_figure
from peerdesk.reports.charts.learning import gains_figure, learning_heatmap_figure


@dataclass(frozen=True)
class EvaluationView:
    data: EvaluationData
    anonymiser: Anonymiser
    numbers: EngagementNumbers
    stages: tuple[StageStatus, ...]
    study_ids: tuple[int, ...]
    windows: tuple[tuple[date, date], ...]
    weekly: tuple[WeeklyDensity, ...]
    heat: LearningHeatMap
    gains: GainSummary
    diffusion: DiffusionSummary
    hourglass_figure: Figure
    trend_figure: Figure
    learning_figure: Figure
    gains_figure: Figure
    diffusion_figure: Figure
    analysis: Analysis | None = None  # the core analysis the figures come from (shared with the PDF)
    #: each compared measure's observations, taken here so a change of measure or date on screen is a
    #: few array operations
    observations: Mapping[str, ObservationTable] = field(default_factory=dict)
    #: the initiative's activities, for the attendance entry form
    activities: tuple[ActivityRow, ...] = ()

    def label(self, peer_id: int) -> str:
        return self.anonymiser.name(peer_id)


def window_matrices(view: EvaluationView, index: int) -> tuple[ContactMatrix, ContactMatrix] | None:
    """The first window's matrix and the chosen one's (a slider step reads one period's rows of the
    reports, found by bisection in the date-ordered columns)."""
    if not view.windows:
        return None
    index = max(0, min(index, len(view.windows) - 1))
    first = contact_matrix(view.data.contacts, view.study_ids, *view.windows[0])
    chosen = contact_matrix(view.data.contacts, view.study_ids, *view.windows[index])
    return first, chosen


def heatmap_for(view: EvaluationView, index: int, texts: Mapping[str, str]) -> Figure:
    """The first period beside the chosen one (small multiples), as one figure."""
    matrices = window_matrices(view, index)
    labels = [view.label(peer_id) for peer_id in view.study_ids]
    if matrices is None:
        return contact_heatmap_figure([], labels, empty_label=texts["no_reports"])
    first, chosen = matrices
    panels = [(texts["first"].format(period=format_date_range(first.start, first.end)), first)]
    if index > 0:
        panels.append((texts["chosen"].format(period=format_date_range(chosen.start, chosen.end)), chosen))
    return contact_heatmap_figure(panels, labels, formal_label=texts["formal"], informal_label=texts["informal"],
                                  none_label=texts["none"], density_label=texts["density"], width=9, height=5)


def analyse(factory: sessionmaker, initiative_id: int, texts: Mapping[str, str], anonymise: bool = False,
            weeks_per_window: int = 2, today: date | None = None) -> EvaluationView:
    """Load the initiative's evidence, take its measures from the one core analysis (the one the printed
    summary uses too), and draw the tab's figures."""
    with collector_paused():  # see there: the window stays responsive while this runs on a worker thread
        return _analyse(factory, initiative_id, texts, anonymise, weeks_per_window, today)


def _analyse(factory: sessionmaker, initiative_id: int, texts: Mapping[str, str], anonymise: bool,
             weeks_per_window: int, today: date | None) -> EvaluationView:
    data = load_evaluation_data(factory, initiative_id, today=today)
    analysis = analyse_data(data, anonymise=anonymise, weeks_per_window=weeks_per_window, today=today)
    cat = catalogue()
    anonymiser = analysis.anonymiser
    label = anonymiser.name
    stages, heat, gains, diffusion = analysis.stages, analysis.heat, analysis.gains, analysis.diffusion

    def sharer(node) -> str:
        event = node.event
        return label(event.sharer_peer_id) if event.sharer_peer_id is not None else anonymiser.other(event.sharer_name)

    return EvaluationView(
        data=data,
        anonymiser=anonymiser,
        numbers=analysis.numbers,
        stages=stages,
        study_ids=analysis.study_ids,
        windows=analysis.windows,
        weekly=analysis.weekly,
        heat=heat,
        gains=gains,
        diffusion=diffusion,
        hourglass_figure=hourglass_figure(stages, {s.code: s.name for s in cat.hourglass_stages},
                                          {"evidence": texts["evidence"], "partial": texts["partial"],
                                           "missing": texts["missing"]}, width=5.5, height=4),
        trend_figure=density_trend_figure(analysis.weekly, title=texts["trend"], density_label=texts["density_line"],
                                          share_label=texts["share_line"], empty_label=texts["no_reports"]),
        learning_figure=learning_heatmap_figure(heat, [label(i) for i in analysis.answering_ids],
                                                title=texts["learning"], yes_label=texts["yes"],
                                                no_label=texts["no"], missing_label=texts["no_checkin"],
                                                empty_label=texts["no_checkins"], height=4),
        gains_figure=gains_figure(gains, {a.code: a.name for a in cat.learning_areas},
                                  {p.id: label(p.id) for p in data.people}, empty_label=texts["no_gains"],
                                  **({"peers_label": texts["gain_peers"]} if "gain_peers" in texts else {})),
        diffusion_figure=diffusion_figure(diffusion.trees, sharer, title=texts["diffusion"],
                                          empty_label=texts["no_diffusion"]),
        analysis=analysis,
        observations={measure: observations(data, measure) for measure in MEASURES},
        activities=tuple(list_activities(factory, initiative_id)),
    )
