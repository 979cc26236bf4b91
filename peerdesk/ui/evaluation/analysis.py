"""What the Evaluation tab shows, computed off the GUI thread: measures and matplotlib Figures.

Pure Python and matplotlib (no Qt): ``analyse`` runs inside ``run_task``; the page only puts the
finished figures into canvases. ``texts`` carries the page's translated titles into the worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from matplotlib.figure import Figure
from sqlalchemy.orm import sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.contact_measures import (
    ContactMatrix,
    WeeklyDensity,
    contact_matrix,
    period_windows,
    weekly_density,
)
from peerdesk.core.evaluation.diffusion import DiffusionSummary, diffusion_summary
from peerdesk.core.evaluation.hourglass import (
    EngagementNumbers,
    StageStatus,
    engagement_numbers,
    hourglass_status,
    study_peers,
)
from peerdesk.core.evaluation.learning import GainSummary, LearningHeatMap, learning_gains, learning_heat_map
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.db.services.evaluation import load_evaluation_data
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

    def label(self, peer_id: int) -> str:
        return self.anonymiser.name(peer_id)


def window_matrices(view: EvaluationView, index: int) -> tuple[ContactMatrix, ContactMatrix] | None:
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
    """Load the initiative's evidence and compute every measure and figure of the tab."""
    data = load_evaluation_data(factory, initiative_id, today=today)
    cat = catalogue()
    anonymiser = Anonymiser(data.people, [e.sharer_name for e in data.diffusion if e.sharer_peer_id is None],
                            enabled=anonymise)
    areas = tuple(a.code for a in cat.learning_areas if not a.is_other)
    stages = tuple(hourglass_status(data, areas, today))
    study = tuple(sorted(study_peers(data), key=anonymiser.name) if anonymise else study_peers(data))
    weekly = tuple(weekly_density(data.contacts, study))
    participants = [p.id for p in data.participants]
    heat = learning_heat_map(data.checkins, participants)
    answering = [pid for pid, row in zip(heat.peer_ids, heat.cells, strict=True) if any(c is not None for c in row)]
    if anonymise:
        answering.sort(key=anonymiser.name)
    heat = learning_heat_map(data.checkins, answering)
    gains = learning_gains(data.gains, areas)
    diffusion = diffusion_summary(data.diffusion, participants)
    label = anonymiser.name

    def sharer(node) -> str:
        event = node.event
        return label(event.sharer_peer_id) if event.sharer_peer_id is not None else anonymiser.other(event.sharer_name)

    return EvaluationView(
        data=data,
        anonymiser=anonymiser,
        numbers=engagement_numbers(data, today),
        stages=stages,
        study_ids=study,
        windows=tuple(period_windows(data.contacts, weeks_per_window)),
        weekly=weekly,
        heat=heat,
        gains=gains,
        diffusion=diffusion,
        hourglass_figure=hourglass_figure(stages, {s.code: s.name for s in cat.hourglass_stages},
                                          {"evidence": texts["evidence"], "partial": texts["partial"],
                                           "missing": texts["missing"]}, width=5.5, height=4),
        trend_figure=density_trend_figure(weekly, title=texts["trend"], density_label=texts["density_line"],
                                          share_label=texts["share_line"], empty_label=texts["no_reports"]),
        learning_figure=learning_heatmap_figure(heat, [label(i) for i in answering], title=texts["learning"],
                                                yes_label=texts["yes"], no_label=texts["no"],
                                                missing_label=texts["no_checkin"], empty_label=texts["no_checkins"],
                                                height=4),
        gains_figure=gains_figure(gains, {a.code: a.name for a in cat.learning_areas},
                                  {p.id: label(p.id) for p in data.people}, empty_label=texts["no_gains"]),
        diffusion_figure=diffusion_figure(diffusion.trees, sharer, title=texts["diffusion"],
                                          empty_label=texts["no_diffusion"]),
    )
