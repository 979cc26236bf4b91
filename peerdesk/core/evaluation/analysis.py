"""One analysis of an initiative's evidence, for the Evaluation tab and the evaluation summary PDF alike.

Pure (no Qt, no database, no figures): :func:`analyse` takes the loaded :class:`EvaluationData` and
computes every measure once, so the screen and the printed summary show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from peerdesk.core.catalogue import catalogue
from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.compare import BeforeAfter, GroupComparison, before_after, compare_groups, observations
from peerdesk.core.evaluation.contact_measures import (
    ContactMatrix,
    WeeklyDensity,
    contact_matrix,
    period_windows,
    report_span,
    weekly_density,
)
from peerdesk.core.evaluation.diffusion import DiffusionSummary, diffusion_summary
from peerdesk.core.evaluation.hourglass import (
    EngagementNumbers,
    StageStatus,
    engagement_numbers,
    stage_statuses,
    study_peers,
)
from peerdesk.core.evaluation.learning import GainSummary, LearningHeatMap, learning_gains, learning_heat_map
from peerdesk.core.evaluation.records import EvaluationData

#: The measures compared before and after the middle of the reports, and between the two groups.
MEASURES = ("contacts", "checkins", "scores")


@dataclass(frozen=True)
class MeasureComparison:
    measure: str
    before_after: BeforeAfter
    groups: GroupComparison


@dataclass(frozen=True)
class Analysis:
    data: EvaluationData
    today: date
    anonymiser: Anonymiser
    areas: tuple[str, ...]
    numbers: EngagementNumbers
    stages: tuple[StageStatus, ...]
    study_ids: tuple[int, ...]
    windows: tuple[tuple[date, date], ...]
    weekly: tuple[WeeklyDensity, ...]
    answering_ids: tuple[int, ...]
    heat: LearningHeatMap
    gains: GainSummary
    diffusion: DiffusionSummary
    cut: date
    comparisons: tuple[MeasureComparison, ...]

    def label(self, peer_id: int) -> str:
        return self.anonymiser.name(peer_id)

    def matrix(self, index: int) -> ContactMatrix | None:
        """The contact matrix of window ``index`` (negative counts from the end), None without reports."""
        if not self.windows:
            return None
        return contact_matrix(self.data.contacts, self.study_ids, *self.windows[index])

    @property
    def productive_peers(self) -> int:
        """Peers with at least one productive conversation among their check-ins."""
        return int(np.count_nonzero((self.heat.values == 1).any(axis=1))) if self.heat.values.size else 0

    @property
    def participant_ids(self) -> tuple[int, ...]:
        return tuple(p.id for p in self.data.participants)


def analyse(data: EvaluationData, anonymise: bool = False, weeks_per_window: int = 2,
            today: date | None = None) -> Analysis:
    """Every measure of the initiative, as of ``today`` (default: the data's day, else the real today)."""
    today = today or data.today or date.today()
    cat = catalogue()
    anonymiser = Anonymiser(data.people, [e.sharer_name for e in data.diffusion if e.sharer_peer_id is None],
                            enabled=anonymise, identifying=data.identifying)
    areas = tuple(a.code for a in cat.learning_areas if not a.is_other)
    study = study_peers(data)
    if anonymise:
        study = sorted(study, key=anonymiser.name)
    participants = [p.id for p in data.participants]
    heat = learning_heat_map(data.checkins, participants)
    answering = [pid for pid, answered in zip(heat.peer_ids, heat.answering().tolist(), strict=True) if answered]
    if anonymise:
        answering.sort(key=anonymiser.name)
    span = report_span(data.contacts)
    cut = span[0] + (span[1] - span[0]) / 2 if span else (data.start_date or today)
    comparison_ids = [p.id for p in data.comparison]
    comparisons = []
    for measure in MEASURES:
        values = observations(data, measure)
        comparisons.append(MeasureComparison(measure, before_after(values, cut, participants),
                                             compare_groups(values, participants, comparison_ids)))
    numbers = engagement_numbers(data, today)
    gains = learning_gains(data.gains, areas)
    diffusion = diffusion_summary(data.diffusion, participants)
    # the hourglass reads the first and last fortnight, whatever window the screen uses (as
    # hourglass.start_end_matrices; the order of the peers changes no count)
    fortnights = period_windows(data.contacts, 2)
    first, last = ((contact_matrix(data.contacts, study, *fortnights[0]),
                    contact_matrix(data.contacts, study, *fortnights[-1])) if fortnights else (None, None))
    return Analysis(
        data=data,
        today=today,
        anonymiser=anonymiser,
        areas=areas,
        numbers=numbers,
        stages=tuple(stage_statuses(data, numbers, first, last, gains, heat, diffusion)),
        study_ids=tuple(study),
        windows=tuple(period_windows(data.contacts, weeks_per_window)),
        weekly=tuple(weekly_density(data.contacts, study)),
        answering_ids=tuple(answering),
        heat=learning_heat_map(data.checkins, answering),
        gains=gains,
        diffusion=diffusion,
        cut=cut,
        comparisons=tuple(comparisons),
    )
