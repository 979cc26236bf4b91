"""The long lists of the evaluation summary, grouped when an initiative is large.

A summary handed to a donor or a steering committee stays a summary at any size: up to
:data:`GROUP_ABOVE` rows a list (events held, contracts, peers who shared back home) is printed row by row
as before; above it, the rows are grouped (events by month, contracts by status) with their totals, and
only the rows a reader must act on or would look for are named (the contracts with commitments not kept,
the peers who reached the most people); a large initiative's interview answers are counted by value cycle
and a dozen are quoted, each cycle among them. Each grouped table is introduced by a sentence saying what was
grouped and where the full list is (the data file's export, File → Export).

The functions here take plain records and labels and return reportlab flowables; the sums they print are
the sums of the rows they replace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import KeepTogether

from peerdesk.core.contracts import CONTRACT_STATUSES
from peerdesk.core.evaluation.diffusion import PeerReach
from peerdesk.core.evaluation.records import ActivityRecord, ContractRecord, InterviewRecord
from peerdesk.i18n import _, format_date, format_number, ngettext
from peerdesk.reports.pdf import para, table

logger = logging.getLogger(__name__)

#: A list of more rows than this is grouped (a page holds about 40 table rows).
GROUP_ABOVE = 40
#: How many contracts needing attention, and how many sharers, are named when a list is grouped.
NAMED_ROWS = 15


def grouped(rows: Sequence) -> bool:
    """Whether a list of ``rows`` is printed grouped rather than row by row."""
    return len(rows) > GROUP_ABOVE


def open_items(contract: ContractRecord) -> int:
    """Commitments of a contract not reviewed yet."""
    return contract.items - contract.kept - contract.partly - contract.not_kept


def month_label(day: date) -> str:
    """``February 2026`` as a table cell starts it (capitalised in languages that write months in lower case)."""
    text = format_date(day.replace(day=1), "LLLL y")
    return text[:1].upper() + text[1:]


def _present(attended: int, invited: int) -> str:
    """``918 of 1056 invited (87%)``, as the row-by-row table prints one event."""
    from peerdesk.reports.evaluation_summary import of  # the summary's one way to print a share (imports us)

    return of(attended, invited, "invited", "invited") if invited else _("not marked")


def _bold(row: list[str]) -> list:
    """A totals line, set in bold so it reads apart from the lines it adds up."""
    return [para(cell, "cell_bold") for cell in row]


def _head_count(total: int, counted: int) -> str:
    if not counted:
        return "–"
    return ngettext("{total} at {count} event", "{total} at {count} events", counted).format(
        total=format_number(total), count=format_number(counted))


# --- events held


@dataclass(frozen=True)
class MonthOfEvents:
    month: date  # the first day of the month
    events: int
    head_counted: int  # events with a head count
    head_count: int
    invited: int
    attended: int


def events_by_month(held: Sequence[ActivityRecord]) -> list[MonthOfEvents]:
    """The events held, grouped by the month they started in, oldest first."""
    months: dict[date, list[ActivityRecord]] = {}
    for activity in held:
        months.setdefault(activity.start_date.replace(day=1), []).append(activity)
    return [MonthOfEvents(month, len(items), sum(a.attendance is not None for a in items),
                          sum(a.attendance or 0 for a in items), sum(a.invited for a in items),
                          sum(a.attended for a in items))
            for month, items in sorted(months.items())]


def events_table(held: Sequence[ActivityRecord], width: float) -> list:
    """The events held by month, with a line for all months, after a sentence saying so."""
    months = events_by_month(held)
    total = MonthOfEvents(months[0].month, *(sum(getattr(m, name) for m in months) for name in
                                              ("events", "head_counted", "head_count", "invited", "attended")))
    rows = [[_("Month"), _("Events held"), _("Head count"), _("Marked present")]]
    for m in months:
        rows.append([month_label(m.month), format_number(m.events), _head_count(m.head_count, m.head_counted),
                     _present(m.attended, m.invited)])
    rows.append(_bold([_("All months"), format_number(total.events), _head_count(total.head_count, total.head_counted),
                       _present(total.attended, total.invited)]))
    intro = ngettext("{count} event held, counted by the month it started in. Each event is listed in the data "
                     "file's export (File → Export).",
                     "{count} events held, counted by the month each started in. Each event is listed in the data "
                     "file's export (File → Export).", len(held)).format(count=format_number(len(held)))
    w = width
    return [para(_("Events held"), "h2"), para(intro),
            table(rows, [w * 0.24, w * 0.16, w * 0.26, w * 0.34])]


# --- contracts


def contracts_table(contracts: Sequence[ContractRecord], label: Callable[[int], str], width: float) -> list:
    """Contracts by status with their commitments, a line for all contracts, then the contracts with the
    most commitments not kept, by name."""
    order = {status: i for i, status in enumerate(CONTRACT_STATUSES)}
    statuses = sorted({c.status for c in contracts}, key=lambda s: (order.get(s, len(order)), s))
    header = [_("Contract"), _("Contracts"), _("Kept"), _("Partly"), _("Not kept"), _("Open")]

    def line(name: str, items: Sequence[ContractRecord]) -> list[str]:
        return [name, format_number(len(items)), format_number(sum(c.kept for c in items)),
                format_number(sum(c.partly for c in items)), format_number(sum(c.not_kept for c in items)),
                format_number(sum(open_items(c) for c in items))]

    rows = [header] + [line(_(status), [c for c in contracts if c.status == status]) for status in statuses]
    rows.append(_bold(line(_("All contracts"), contracts)))
    w = width
    story = [para(ngettext("{count} contract, counted by where it stands (draft, printed, signed, closed). Each "
                           "contract is listed in the data file's export (File → Export).",
                           "{count} contracts, counted by where each stands (draft, printed, signed, closed). "
                           "Each contract is listed in the data file's export (File → Export).",
                           len(contracts)).format(count=format_number(len(contracts)))),
             table(rows, [w * 0.3, w * 0.15] + [w * 0.1375] * 4)]
    attention = sorted((c for c in contracts if c.not_kept),
                       key=lambda c: (-c.not_kept, -open_items(c), label(c.peer_id)))
    story.append(para(_("Contracts that need attention"), "h2"))
    if not attention:
        return story + [para(_("No contract has a commitment marked as not kept."))]
    shown = attention[:NAMED_ROWS]
    if len(attention) > len(shown):
        intro = ngettext("{count} contract has at least one commitment not kept; the {shown} with the most are "
                         "named here.",
                         "{count} contracts have at least one commitment not kept; the {shown} with the most are "
                         "named here.", len(attention))
    else:
        intro = ngettext("{count} contract has at least one commitment not kept.",
                         "{count} contracts have at least one commitment not kept.", len(attention))
    rows = [[_("Peer"), _("Contract"), _("Kept"), _("Partly"), _("Not kept"), _("Open")]]
    rows += [[label(c.peer_id), _(c.status), str(c.kept), str(c.partly), str(c.not_kept), str(open_items(c))]
             for c in shown]
    return story + [para(intro.format(count=format_number(len(attention)), shown=len(shown))),
                    table(rows, [w * 0.3, w * 0.15] + [w * 0.1375] * 4)]


# --- diffusion


def sharers_table(by_peer: Sequence[PeerReach], label: Callable[[int], str], width: float) -> list:
    """The peers who reached the most people, by name, and the others on one line."""
    ranked = sorted(by_peer, key=lambda r: (-r.reached, -r.events, label(r.peer_id)))
    shown, rest = ranked[:NAMED_ROWS], ranked[NAMED_ROWS:]
    rows = [[_("Peer"), _("People reached (with the chain)"), _("Longest chain"), _("Events")]]
    rows += [[label(r.peer_id), str(r.reached), str(r.depth), str(r.events)] for r in shown]
    if rest:
        rows.append([ngettext("{count} other peer", "{count} other peers", len(rest)).format(count=len(rest)),
                     format_number(sum(r.reached for r in rest)), str(max(r.depth for r in rest)),
                     format_number(sum(r.events for r in rest))])
    intro = ngettext("{count} peer has shared back home; the {shown} who reached the most people are named and "
                     "the others are counted together on the last line (longest chain: the longest of theirs).",
                     "{count} peers have shared back home; the {shown} who reached the most people are named and "
                     "the others are counted together on the last line (longest chain: the longest of theirs).",
                     len(ranked)).format(count=format_number(len(ranked)), shown=len(shown))
    w = width
    return [para(intro), table(rows, [w * 0.4, w * 0.25, w * 0.17, w * 0.18])]


# --- value-creation interviews

#: How many answers are quoted when the interviews are grouped.
QUOTED_ANSWERS = 12


@dataclass(frozen=True)
class Answer:
    """One answer of a value-creation interview, with the value cycle the facilitator marked ("" if none)."""

    interview: InterviewRecord
    question: str
    text: str
    cycle: str


def interview_answers(interviews: Sequence[InterviewRecord]) -> list[Answer]:
    """Every answer of every interview, in the interviews' order."""
    return [Answer(interview, code, text, interview.cycles.get(code, ""))
            for interview in interviews for code, text in interview.answers.items()]


def answers_by_cycle(answers: Sequence[Answer], cycles: Sequence[str]) -> list[tuple[str, int]]:
    """``(cycle, answers)`` for each of ``cycles`` in their order, then ``""`` for the answers marked with
    no cycle (or one not in ``cycles``) if there are any."""
    counts = {cycle: 0 for cycle in cycles}
    unmarked = 0
    for answer in answers:
        if answer.cycle in counts:
            counts[answer.cycle] += 1
        else:
            unmarked += 1
    return list(counts.items()) + ([("", unmarked)] if unmarked else [])


def quoted_answers(answers: Sequence[Answer], cycles: Sequence[str], limit: int = QUOTED_ANSWERS) -> list[Answer]:
    """At most ``limit`` answers, the most recent first, chosen so that each value cycle with answers is
    quoted: the most recent answer of each cycle (in the order of ``cycles``), then the most recent of the
    others."""
    recent = sorted(range(len(answers)), key=lambda i: (-answers[i].interview.interviewed_on.toordinal(), i))
    chosen: list[int] = []
    for cycle in cycles:
        first = next((i for i in recent if answers[i].cycle == cycle), None)
        if first is not None and len(chosen) < limit:
            chosen.append(first)
    taken = set(chosen)
    chosen += [i for i in recent if i not in taken][:max(0, limit - len(chosen))]
    return [answers[i] for i in sorted(chosen, key=recent.index)]


def cycles_table(interviews: Sequence[InterviewRecord], answers: Sequence[Answer], cycle_names: dict[str, str],
                 width: float) -> list:
    """A sentence on the interviews, then their answers counted by the value cycle each describes."""
    from peerdesk.reports.evaluation_summary import of  # the summary's one way to print a share (imports us)

    total = len(answers)
    rows = [[_("Value cycle"), _("Answers")]]
    for cycle, count in answers_by_cycle(answers, list(cycle_names)):
        name = cycle_names[cycle] if cycle else _("No value cycle marked")
        rows.append([name, of(count, total, "answer", "answers")])
    rows.append(_bold([_("All answers"), format_number(total)]))
    intro = ngettext("{count} value-creation interview was held; its answers are counted here by the value cycle "
                     "each describes (see Terms used).",
                     "{count} value-creation interviews were held; their answers are counted here by the value "
                     "cycle each describes (see Terms used).", len(interviews)).format(
        count=format_number(len(interviews)))
    return [KeepTogether([para(intro), table(rows, [width * 0.5, width * 0.5])])]


def quoted_intro(quoted: int) -> str:
    """The sentence before the answers quoted from a large initiative's interviews."""
    return ngettext("{count} answer is quoted below, the most recent first, chosen so that each value cycle with "
                    "answers appears at least once. Every answer of every interview is in the data file's export "
                    "(File → Export).",
                    "{count} answers are quoted below, the most recent first, chosen so that each value cycle with "
                    "answers appears at least once. Every answer of every interview is in the data file's export "
                    "(File → Export).", quoted).format(count=format_number(quoted))
