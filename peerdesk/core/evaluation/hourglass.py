"""The hourglass dashboard: the four stages of an initiative, the evidence for each, and what is missing.

Each stage gets a status: ``evidence`` (the measure is there and looks healthy), ``partial`` (some of it
is there, or it points the wrong way) or ``missing`` (nothing collected). Messages are plain English
sentences built from the figures; the GUI and the PDF show them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from peerdesk.core.evaluation.contact_measures import ContactMatrix, contact_matrix, period_windows, reporters_ordered
from peerdesk.core.evaluation.diffusion import DiffusionSummary, diffusion_summary
from peerdesk.core.evaluation.learning import GainSummary, LearningHeatMap, learning_gains, learning_heat_map
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.core.evaluation.tables import ContactTable, distinct
from peerdesk.i18n import _, format_percent, ngettext

STAGES = ("foundational", "sustained_contact", "practical_learning", "change_at_scale")
CHANGE_CYCLES = frozenset({"applied", "realized"})


@dataclass(frozen=True)
class StageStatus:
    code: str
    status: str  # evidence | partial | missing
    evidence: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class EngagementNumbers:
    events_held: int
    events_planned: int
    attendance_total: int
    attendance_recorded: int  # events with a head count
    participants: int
    comparison: int
    reporters: int
    contact_reports: int  # distinct (reporter, date)
    contacts: int
    checkins: int
    interviews: int
    diffusion_events: int


def engagement_numbers(data: EvaluationData, today: date | None = None) -> EngagementNumbers:
    today = today or data.today or date.today()
    held = [a for a in data.activities if a.end_date <= today]
    counted = [a for a in held if a.attendance is not None]
    contacts = ContactTable.of(data.contacts)
    # a report is one reporter on one day; the table is in day then reporter order, so a report's rows are
    # consecutive and each report starts where the day or the reporter changes
    reports = np.count_nonzero(np.diff(contacts.day, prepend=-1) | np.diff(contacts.reporter, prepend=-1))
    return EngagementNumbers(
        events_held=len(held),
        events_planned=len(data.activities),
        attendance_total=sum(a.attendance or 0 for a in counted),
        attendance_recorded=len(counted),
        participants=len(data.participants),
        comparison=len(data.comparison),
        reporters=len(distinct(contacts.reporter)),
        contact_reports=int(reports),
        contacts=len(contacts),
        checkins=len(data.checkins),
        interviews=len(data.interviews),
        diffusion_events=len(data.diffusion),
    )


def study_peers(data: EvaluationData) -> list[int]:
    """The participants in the contact study: those who report or are named in a report."""
    return reporters_ordered(data.contacts, [p.id for p in data.participants])


def start_end_matrices(data: EvaluationData, weeks: int = 2):
    """The contact matrices of the first and the last window of reports (None, None without reports)."""
    windows = period_windows(data.contacts, weeks)
    if not windows:
        return None, None
    ids = study_peers(data)
    first = contact_matrix(data.contacts, ids, *windows[0])
    last = contact_matrix(data.contacts, ids, *windows[-1])
    return first, last


def _status(evidence: list[str], missing: list[str]) -> str:
    if not evidence:
        return "missing"
    return "partial" if missing else "evidence"


def hourglass_status(data: EvaluationData, areas: tuple[str, ...], today: date | None = None) -> list[StageStatus]:
    """The four stages in order, each with its evidence and gaps."""
    first, last = start_end_matrices(data)
    participants = [p.id for p in data.participants]
    return stage_statuses(data, engagement_numbers(data, today), first, last, learning_gains(data.gains, areas),
                          learning_heat_map(data.checkins, participants),
                          diffusion_summary(data.diffusion, participants))


def stage_statuses(data: EvaluationData, numbers: EngagementNumbers, first: ContactMatrix | None,
                   last: ContactMatrix | None, gains: GainSummary, heat: LearningHeatMap,
                   diffusion: DiffusionSummary) -> list[StageStatus]:
    """:func:`hourglass_status` from measures already taken (the analysis takes each once): the first and
    last windows' contact matrices, the gains, the participants' learning heat map and the diffusion."""
    stages = []

    evidence, missing = [], []
    if not numbers.participants:
        missing.append(_("No participants in the initiative yet."))
    if numbers.events_held:
        text = ngettext("{held} of {planned} planned event held.", "{held} of {planned} planned events held.",
                        numbers.events_planned)
        evidence.append(text.format(held=numbers.events_held, planned=numbers.events_planned))
    else:
        missing.append(_("No event of the plan has taken place yet."))
    if numbers.attendance_recorded:
        text = ngettext("{attendances} attendances counted at {events} event.",
                        "{attendances} attendances counted at {events} events.", numbers.attendance_recorded)
        evidence.append(text.format(attendances=numbers.attendance_total, events=numbers.attendance_recorded))
    if numbers.events_held > numbers.attendance_recorded:
        gap = numbers.events_held - numbers.attendance_recorded
        missing.append(ngettext("Attendance not recorded for {count} event held.",
                                "Attendance not recorded for {count} events held.", gap).format(count=gap))
    stages.append(StageStatus("foundational", _status(evidence, missing), tuple(evidence), tuple(missing)))

    evidence, missing = [], []
    if first is None or last is None:
        missing.append(_("No contact reports: sustained contact cannot be shown."))
    else:
        text = ngettext("{reports} contact reports from {count} peer.",
                        "{reports} contact reports from {count} peers.", numbers.reporters)
        evidence.append(text.format(reports=numbers.contact_reports, count=numbers.reporters))
        f_formal, f_informal = first.pair_counts()
        l_formal, l_informal = last.pair_counts()
        evidence.append(_("Pairs in contact went from {first} to {last} of the {pairs} possible pairs "
                          "({first_share} to {last_share}); informal contact from {first_informal} to "
                          "{last_informal} of the pairs in contact.").format(
            first=f_formal + f_informal, last=l_formal + l_informal, pairs=last.possible_pairs,
            first_share=format_percent(first.density), last_share=format_percent(last.density),
            first_informal=f_informal, last_informal=l_informal))
        if numbers.reporters < 6:
            missing.append(_("Fewer than six peers report their contacts; the heat map needs at least six."))
        if last.density < first.density:
            missing.append(_("Contact density fell between the first and the last weeks of reports."))
    stages.append(StageStatus("sustained_contact", _status(evidence, missing), tuple(evidence), tuple(missing)))

    evidence, missing = [], []
    if gains.by_peer:
        improved = sum(1 for peer in gains.by_peer if peer.mean_gain > 0)
        evidence.append(ngettext("Learning gains measured for {count} peer; {improved} improved on average.",
                                 "Learning gains measured for {count} peers; {improved} improved on average.",
                                 len(gains.by_peer)).format(count=len(gains.by_peer), improved=improved))
    elif data.gains:
        missing.append(_("Learning gains scored once only: a second assessment point is needed."))
    else:
        missing.append(_("No learning-gain scores."))
    if heat.answered:
        evidence.append(_("{productive} of {answered} weekly check-ins ({share}) report a productive "
                          "conversation.").format(productive=heat.productive, answered=heat.answered,
                                                  share=format_percent(heat.productive_share)))
    else:
        missing.append(_("No weekly learning check-ins."))
    if data.interviews:
        evidence.append(ngettext("{count} value-creation interview.", "{count} value-creation interviews.",
                                 len(data.interviews)).format(count=len(data.interviews)))
    else:
        missing.append(_("No value-creation interviews."))
    stages.append(StageStatus("practical_learning", _status(evidence, missing), tuple(evidence), tuple(missing)))

    evidence, missing = [], []
    if data.diffusion:
        text = ngettext("{people} people reached back home through {count} sharing event, up to {depth} steps "
                        "deep.",
                        "{people} people reached back home through {count} sharing events, up to {depth} steps "
                        "deep.", len(data.diffusion))
        evidence.append(text.format(people=diffusion.reached, count=len(data.diffusion), depth=diffusion.depth))
        if diffusion.silent_share > 0.5:
            missing.append(_("{silent} of {peers} peers ({share}) have shared nothing yet.").format(
                silent=len(diffusion.silent_peers), peers=diffusion.participants,
                share=format_percent(diffusion.silent_share)))
    else:
        missing.append(_("No diffusion recorded: who shared what with whom back home."))
    changed = sum(1 for i in data.interviews if CHANGE_CYCLES & set(i.cycles.values()))
    if changed:
        text = ngettext("{count} interview reports applied or realised change.",
                        "{count} interviews report applied or realised change.", changed)
        evidence.append(text.format(count=changed))
    else:
        missing.append(_("No reported change in practice (interviews coded applied or realised)."))
    stages.append(StageStatus("change_at_scale", _status(evidence, missing), tuple(evidence), tuple(missing)))
    return stages


def next_steps(stages: list[StageStatus]) -> list[str]:
    """Suggested next steps, one per gap, in stage order."""
    advice = {
        "foundational": _("Record attendance for every event held, so engagement can be shown."),
        "sustained_contact": _("Ask at least six peers for a two-minute contact report twice a week."),
        "practical_learning": _("Score the eight learning areas again, and keep the weekly check-in going."),
        "change_at_scale": _("Ask each peer who they shared with back home, and log it as diffusion."),
    }
    return [advice[stage.code] for stage in stages if stage.missing]
