"""What the Evaluation tab shows, computed off the GUI thread: the measures of the one core analysis
(:mod:`peerdesk.core.evaluation.analysis`, which the printed summary uses too) and, on request, each
matplotlib Figure.

Pure Python and matplotlib (no Qt): ``analyse`` runs inside ``run_task`` and returns the measures and the
sentences and rows the page puts on screen as they are, so the tab shows its figures as soon as the
measures are taken. Charts are not drawn here: ``EvaluationView.figure(name)`` builds one when its view
comes on screen (on a worker too), and the chart keeps only the image, not the Figure. ``texts`` carries
the page's translated titles into the worker.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.core.catalogue import catalogue
from peerdesk.core.collector import collector_paused
from peerdesk.core.evaluation.analysis import Analysis
from peerdesk.core.evaluation.analysis import analyse as analyse_data
from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.compare import ObservationTable, observations
from peerdesk.core.evaluation.contact_measures import ContactMatrix, WeeklyDensity, contact_matrix
from peerdesk.core.evaluation.diffusion import DiffusionSummary
from peerdesk.core.evaluation.hourglass import EngagementNumbers, StageStatus
from peerdesk.core.evaluation.learning import GainSummary, LearningHeatMap, outcome_family_counts
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.db.services.activities import ActivityRow
from peerdesk.db.services.evaluation import load_evaluation_data
from peerdesk.i18n import format_date_range

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.orm import sessionmaker

@dataclass(frozen=True)
class EntryChoices:
    """The entry forms' lists as (text, value) pairs, made on the worker (thousands of names for a large
    cohort); the forms add their own first choices (e.g. "none")."""

    people: tuple[tuple[str, int], ...] = ()  # everybody, by name (or code)
    participants: tuple[tuple[str, int], ...] = ()
    events: tuple[tuple[str, int], ...] = ()  # diffusion events, for "reached through"
    activities: tuple[tuple[str, int], ...] = ()


def entry_choices(data: EvaluationData, label: Callable[[int], str],
                  activities: Sequence[ActivityRow]) -> EntryChoices:
    labelled = sorted(((label(person.id), person.id, person.role) for person in data.people),
                      key=lambda item: item[0])
    events = []
    for event in data.diffusion:
        who = label(event.sharer_peer_id) if event.sharer_peer_id else event.sharer_name
        events.append((f"{event.event_date} {who}: {event.form} ({event.people_reached})", event.id))
    return EntryChoices(
        people=tuple((text, peer_id) for text, peer_id, _role in labelled),
        participants=tuple((text, peer_id) for text, peer_id, role in labelled if role == "participant"),
        events=tuple(events),
        activities=tuple((f"{activity.start_date} {activity.title}", activity.id) for activity in activities),
    )


#: the tab's charts besides the contact heat map (which follows the period slider: ``heatmap_for``)
FIGURES = ("hourglass", "trend", "learning", "gains", "diffusion")


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
    analysis: Analysis | None = None  # the core analysis the figures come from (shared with the PDF)
    #: the page's translated titles, for the figures drawn later
    texts: Mapping[str, str] = field(default_factory=dict)
    #: each compared measure's observations, taken the first time the measure is compared (a change of
    #: date on screen is then a few array operations)
    observations: dict[str, ObservationTable] = field(default_factory=dict)
    #: the people reached per peer, as the table shows them: (label, reached, depth, events)
    reach_rows: tuple[tuple[str, int, int, int], ...] = ()
    #: what a period slider's step keeps from the one before (the first period's matrix, the peers' labels,
    #: the two-panel figure): see ``heatmap_for``
    heatmap_parts: dict = field(default_factory=dict)
    #: the count per outcome family named in interviews
    outcome_counts: Mapping[str, int] = field(default_factory=dict)
    #: people reached back home, and the longest chain (each a walk over the diffusion trees)
    reached: int = 0
    depth: int = 0

    def label(self, peer_id: int) -> str:
        return self.anonymiser.name(peer_id)

    def observations_of(self, measure: str) -> ObservationTable:
        """The measure's observations (taken once, then kept: safe to call from several workers)."""
        table = self.observations.get(measure)
        if table is None:
            table = self.observations[measure] = observations(self.data, measure)
        return table

    def figure(self, name: str) -> Figure:
        """One of the ``FIGURES``, built now (on a worker thread: a large cohort's take a second)."""
        with collector_paused():
            return _MAKERS[name](self)

    # the figures by name, for code that reads them as attributes (benchmarks, tests)
    hourglass_figure = property(lambda self: self.figure("hourglass"))
    trend_figure = property(lambda self: self.figure("trend"))
    learning_figure = property(lambda self: self.figure("learning"))
    gains_figure = property(lambda self: self.figure("gains"))
    diffusion_figure = property(lambda self: self.figure("diffusion"))


def _hourglass(view: EvaluationView) -> Figure:
    from peerdesk.reports.charts.hourglass import hourglass_figure

    texts = view.texts
    return hourglass_figure(view.stages, {s.code: s.name for s in catalogue().hourglass_stages},
                            {"evidence": texts["evidence"], "partial": texts["partial"],
                             "missing": texts["missing"]}, width=5.5, height=4)


def _trend(view: EvaluationView) -> Figure:
    from peerdesk.reports.charts.heatmap import density_trend_figure

    texts = view.texts
    return density_trend_figure(view.weekly, title=texts["trend"], density_label=texts["density_line"],
                                share_label=texts["share_line"], empty_label=texts["no_reports"],
                                percent_label=texts["percent"], week_label=texts["week"])


def _learning(view: EvaluationView) -> Figure:
    from peerdesk.reports.charts.learning import learning_heatmap_figure

    texts, ids = view.texts, view.analysis.answering_ids if view.analysis else ()
    return learning_heatmap_figure(view.heat, [view.label(i) for i in ids], title=texts["learning"],
                                   yes_label=texts["yes"], no_label=texts["no"], missing_label=texts["no_checkin"],
                                   empty_label=texts["no_checkins"], height=4,
                                   **({"groups_label": texts["learning_groups"]} if "learning_groups" in texts else {}))


def _gains(view: EvaluationView) -> Figure:
    from peerdesk.reports.charts.learning import gains_figure

    texts = view.texts
    return gains_figure(view.gains, {a.code: a.name for a in catalogue().learning_areas},
                        {p.id: view.label(p.id) for p in view.data.people}, empty_label=texts["no_gains"],
                        title_areas=texts["gain_areas"], title_peers=texts["gain_each"],
                        first_label=texts["gain_first"], last_label=texts["gain_latest"],
                        scale_label=texts["gain_scale"], gain_label=texts["gain_change"],
                        **({"peers_label": texts["gain_peers"]} if "gain_peers" in texts else {}))


def _diffusion(view: EvaluationView) -> Figure:
    from peerdesk.reports.charts.diffusion import diffusion_figure

    anonymiser = view.anonymiser

    def sharer(node) -> str:
        event = node.event
        return (anonymiser.name(event.sharer_peer_id) if event.sharer_peer_id is not None
                else anonymiser.other(event.sharer_name))

    return diffusion_figure(view.diffusion.trees, sharer, title=view.texts["diffusion"],
                            empty_label=view.texts["no_diffusion"], reached_label=view.texts["reached"],
                            chain_label=view.texts["chain"])


_MAKERS: dict[str, Callable[[EvaluationView], Figure]] = {
    "hourglass": _hourglass, "trend": _trend, "learning": _learning, "gains": _gains, "diffusion": _diffusion}


def window_matrices(view: EvaluationView, index: int) -> tuple[ContactMatrix, ContactMatrix] | None:
    """The first window's matrix and the chosen one's (a slider step reads one period's rows of the
    reports, found by bisection in the date-ordered columns)."""
    if not view.windows:
        return None
    index = max(0, min(index, len(view.windows) - 1))
    first = contact_matrix(view.data.contacts, view.study_ids, *view.windows[0])
    chosen = contact_matrix(view.data.contacts, view.study_ids, *view.windows[index])
    return first, chosen


def heatmap_for(view: EvaluationView, index: int, texts: Mapping[str, str] | None = None) -> Figure:
    """The first period beside the chosen one (small multiples), as one figure.

    With the view's own titles, a slider step keeps what does not change from the step before: the first
    period's matrix and the peers' labels, and, for a cohort drawn as images (more than a few hundred
    peers), the figure itself, whose second panel alone is given the chosen period
    (``show_in_second_panel``: the same figure as one made anew, in a fraction of the time). Steps are
    drawn one at a time (the chart view renders one figure at a time), so the kept figure is never
    changed while it is drawn."""
    from peerdesk.reports.charts.heatmap import contact_heatmap_figure, show_in_second_panel

    kept = view.heatmap_parts if texts is None else {}
    texts = texts or view.texts
    with collector_paused():
        if not view.windows:
            labels = [view.label(peer_id) for peer_id in view.study_ids]
            return contact_heatmap_figure([], labels, empty_label=texts["no_reports"])
        index = max(0, min(index, len(view.windows) - 1))
        if "first" not in kept:
            kept["first"] = contact_matrix(view.data.contacts, view.study_ids, *view.windows[0])
            kept["labels"] = [view.label(peer_id) for peer_id in view.study_ids]
        first, labels = kept["first"], kept["labels"]
        chosen = contact_matrix(view.data.contacts, view.study_ids, *view.windows[index])
        panels = [(texts["first"].format(period=format_date_range(first.start, first.end)), first)]
        if index > 0:
            panels.append((texts["chosen"].format(period=format_date_range(chosen.start, chosen.end)), chosen))
            figure = kept.get("figure")
            if figure is not None and show_in_second_panel(figure, *panels[1], density_label=texts["density"]):
                return figure
        figure = contact_heatmap_figure(panels, labels, formal_label=texts["formal"],
                                        informal_label=texts["informal"], none_label=texts["none"],
                                        density_label=texts["density"], width=9, height=5)
        kept["figure"] = figure if index > 0 else None
        return figure


def analyse(factory: sessionmaker, initiative_id: int, texts: Mapping[str, str], anonymise: bool = False,
            weeks_per_window: int = 2, today: date | None = None,
            data: EvaluationData | None = None) -> EvaluationView:
    """Load the initiative's evidence and take its measures from the one core analysis (the one the
    printed summary uses too); the figures are drawn later, each when it comes on screen. ``data``: the
    evidence already read (a shown view's), when only the names or the window length change: the
    measures are taken again from it, without reading the file (the same view as a fresh read gives)."""
    with collector_paused():  # see there: the window stays responsive while this runs on a worker thread
        if data is None:
            data = load_evaluation_data(factory, initiative_id, today=today)
        analysis = analyse_data(data, anonymise=anonymise, weeks_per_window=weeks_per_window, today=today)
        label = analysis.anonymiser.name
        cat = catalogue()
        view = EvaluationView(
            data=data,
            anonymiser=analysis.anonymiser,
            numbers=analysis.numbers,
            stages=analysis.stages,
            study_ids=analysis.study_ids,
            windows=analysis.windows,
            weekly=analysis.weekly,
            heat=analysis.heat,
            gains=analysis.gains,
            diffusion=analysis.diffusion,
            analysis=analysis,
            texts=dict(texts),
            reached=analysis.diffusion.reached,
            depth=analysis.diffusion.depth,
            reach_rows=tuple((label(r.peer_id), r.reached, r.depth, r.events) for r in analysis.diffusion.by_peer),
            outcome_counts=outcome_family_counts([i.outcome_families for i in data.interviews],
                                                 [f.code for f in cat.outcome_families]),
        )
        # The view is hundreds of thousands of small objects for a large cohort (a record per learning
        # score, per interview, per person), all made with the collector paused. Left to it, the next
        # full collection would walk them all while holding Python's lock, on whichever thread it falls
        # (the GUI thread, typically), freezing the window for a third of a second at 2,000 peers and a
        # second at 10,000, again and again. Frozen (as the start-up objects are, see ui/app.py), they are
        # never walked; they hold no reference cycles and are freed by reference counting when the next
        # view replaces this one. (Constant time: it moves the collector's lists, it does not walk them.)
        gc.freeze()
        return view
