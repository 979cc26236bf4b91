"""The evaluation summary PDF a donor or steering committee reads without help: data in, PDF bytes out.

Figures come from :func:`peerdesk.core.evaluation.analysis.analyse`, the same analysis the Evaluation tab
shows. Every percentage is printed with its base ("21 of 24 peers, 88%"), scales are drawn on their own
range with axis labels, every chart has a caption saying what it counts over which period, shares are
always percentages and their changes percentage points, and the sections are listed once
(:data:`SECTIONS` builds both the contents and the headings). Charts are drawn straight with reportlab
(``reports/charts/*_drawing.py``: the same pictures as the screen's matplotlib figures, in milliseconds
instead of seconds through SVG), vectors with text kept as text; a heat map of more than 2,500 cells is
one image.

With ``anonymise=True`` every name is a stable code, and organisations, countries and places named in
the initiative are replaced in free text; the cover says that free text can still identify people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from peerdesk import i18n
from peerdesk.core.catalogue import catalogue
from peerdesk.core.evaluation.analysis import Analysis, analyse
from peerdesk.core.evaluation.hourglass import next_steps
from peerdesk.core.evaluation.learning import outcome_family_counts, point_label
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.i18n import N_, _, format_date, format_date_range, format_number, format_percent, ngettext
from peerdesk.reports.charts.diffusion_drawing import MOST_ROWS, diffusion_drawing
from peerdesk.reports.charts.gains_drawing import gains_drawing, outcome_families_drawing
from peerdesk.reports.charts.heatmap_drawing import contact_heatmap_drawing, learning_heatmap_drawing
from peerdesk.reports.charts.hourglass_drawing import hourglass_drawing
from peerdesk.reports.charts.layout import group_size, largest_trees
from peerdesk.reports.charts.trend_drawing import density_trend_drawing
from peerdesk.reports.pdf import (
    DocumentMark,
    bullets,
    markup_para,
    new_document,
    para,
    plain,
    table,
    with_heading,
)
from peerdesk.reports.summary_tables import (
    Answer,
    contracts_table,
    cycles_table,
    events_table,
    grouped,
    interview_answers,
    open_items,
    quoted_answers,
    quoted_intro,
    sharers_table,
)

EXCERPT_CHARS = 320
#: The sections in print order: (key, title). The contents and the headings both come from this list.
SECTIONS = (
    ("hourglass", N_("Hourglass status")),
    ("engagement", N_("Engagement")),
    ("contact", N_("Sustained contact")),
    ("learning", N_("Learning")),
    ("interviews", N_("Value-creation interviews")),
    ("diffusion", N_("Diffusion")),
    ("contracts", N_("Contract fulfilment")),
    ("compare", N_("Before and after; comparison group")),
    ("gaps", N_("Gaps and next steps")),
    ("glossary", N_("Terms used")),
)
GLOSSARY = (
    (N_("Density"), N_("Of all possible pairs of peers in the contact study, the share that reported any "
                       "contact in the period.")),
    (N_("Informal share"), N_("Of the pairs in contact, the share whose contact went beyond scheduled "
                              "meetings (calls, messages, visits they arranged themselves).")),
    (N_("Check-in"), N_("A peer's short weekly answer: did they have a productive conversation about a "
                        "reform challenge this week?")),
    (N_("Learning-area score"), N_("A peer's own rating of how important an area of learning is to them, "
                                   "from 1 (not important) to 5 (very important), asked at set points.")),
    (N_("Value cycle"), N_("The kind of value an interview answer describes, from immediate value (an "
                           "activity that was useful) to realised value (a change in results at work) and "
                           "reframing value (a new way of seeing the work).")),
    (N_("Diffusion"), N_("Sharing back home: each time a peer, or a colleague they told, passes what was "
                         "learned on to others.")),
    (N_("Percentage point"), N_("The difference between two percentages: from 40% to 55% is 15 points.")),
)
STATUS_NAMES = {"evidence": N_("Evidence"), "partial": N_("Partly evidenced"), "missing": N_("No evidence")}


@dataclass(frozen=True)
class SummaryOptions:
    anonymise: bool = False
    today: date | None = None
    weeks_per_window: int = 2
    lang: str | None = None
    paper: str | None = None


def of(part: int, whole: int, singular: str, plural: str) -> str:
    """``876 of 1,781 peers (49%)``: a share always printed with its base, both numbers with the language's
    separators. ``singular``/``plural`` are untranslated nouns for ``ngettext`` (e.g. "peer"/"peers")."""
    noun = ngettext(singular, plural, whole)
    if not whole:
        return _("{part} of {whole} {noun}").format(part=format_number(part), whole=format_number(whole), noun=noun)
    return _("{part} of {whole} {noun} ({percent})").format(
        part=format_number(part), whole=format_number(whole), noun=noun, percent=format_percent(part / whole))


def _points(change: float) -> str:
    points = round(change * 100)
    return ngettext("{sign}{points} percentage point", "{sign}{points} percentage points", abs(points)).format(
        sign="+" if points > 0 else "−" if points < 0 else "±", points=abs(points))


class _Summary:
    """Builds the flowables of each section from one analysis."""

    def __init__(self, analysis: Analysis, options: SummaryOptions, width: float) -> None:
        self.a = analysis
        self.data = analysis.data
        self.options = options
        self.width = width
        self.cat = catalogue()
        self.area_names = {a.code: a.name for a in self.cat.learning_areas}
        self.gaps_extra: list[str] = []
        self.steps_extra: list[str] = []

    # --- helpers
    @staticmethod
    def chart(drawing, caption: str) -> KeepTogether:
        return KeepTogether([drawing, para(caption, "caption")])

    def period(self) -> str:
        return format_date_range(self.data.start_date, self.data.end_date) or _("dates not set")

    def label(self, peer_id: int) -> str:
        return self.a.label(peer_id)

    # --- sections
    def hourglass(self) -> list:
        stage_names = {s.code: s.name for s in self.cat.hourglass_stages}
        statuses = {key: _(value) for key, value in STATUS_NAMES.items()}
        rows = [[_("Stage"), _("Status"), _("Evidence"), _("Missing")]]
        for stage in self.a.stages:
            rows.append([stage_names.get(stage.code, stage.code), statuses[stage.status],
                         " ".join(stage.evidence) or "–", " ".join(stage.missing) or "–"])
        w = self.width
        return [para(_("The four stages of the initiative, from the convened group to change at scale, with the "
                       "evidence collected for each and what is still missing.")),
                self.chart(hourglass_drawing(self.a.stages, stage_names, statuses, width=self.width * 0.8,
                                             height=2.6 * 72),
                            _("Status of each stage as of {day}.").format(day=format_date(self.a.today))),
                table(rows, [w * 0.2, w * 0.14, w * 0.33, w * 0.33])]

    def engagement(self) -> list:
        n = self.a.numbers
        rows = [[_("Measure"), _("Number")],
                [_("Participants"), format_number(n.participants)],
                [_("Comparison colleagues"), format_number(n.comparison)],
                [_("Events held"), of(n.events_held, n.events_planned, "planned event", "planned events")],
                [_("Attendances counted"), _("{count} at the {events} events with a head count").format(
                    count=n.attendance_total, events=n.attendance_recorded)],
                [_("Peers filing contact reports"), of(n.reporters, n.participants, "participant", "participants")],
                [_("Contact reports (contacts named)"), f"{n.contact_reports} ({n.contacts})"],
                [_("Weekly learning check-ins"), format_number(n.checkins)],
                [_("Value-creation interviews"), format_number(n.interviews)],
                [_("Sharing events back home"), format_number(n.diffusion_events)]]
        story = [table(rows, [self.width * 0.55, self.width * 0.45])]
        held = [a for a in self.data.activities if a.end_date <= self.a.today]
        if grouped(held):  # a large initiative: events by month, so the summary stays a summary
            story += events_table(held, self.width)
        elif held:
            rows = [[_("Event"), _("Dates"), _("Head count"), _("Marked present")]]
            for activity in held:
                rows.append([activity.title, format_date_range(activity.start_date, activity.end_date),
                             "–" if activity.attendance is None else str(activity.attendance),
                             of(activity.attended, activity.invited, "invited", "invited") if activity.invited
                             else _("not marked")])
            w = self.width
            story += [para(_("Events held"), "h2"), table(rows, [w * 0.42, w * 0.25, w * 0.12, w * 0.21])]
        return story

    def contact(self) -> list:
        first, last = self.a.matrix(0), self.a.matrix(-1)
        if first is None or last is None:
            return [para(_("No contact reports yet."))]
        ids = self.a.study_ids
        start, end = self.a.windows[0][0], self.a.windows[-1][1]
        story = [para(_("{count} peers are in the contact study (those who report contacts or are named in a "
                        "report). Each cell shows whether two peers reported contact in the period: formal, "
                        "informal or none; the aim is a full matrix of informal contact. Contact reports run "
                        "from {start} to {end}; the initiative runs {period}.").format(
                            count=len(ids), start=format_date(start), end=format_date(end), period=self.period()))]
        density = _("density {density:.0%}, informal {informal:.0%}")
        panels = [(format_date_range(first.start, first.end), first), (format_date_range(last.start, last.end), last)]
        labels = [self.label(i) for i in ids]
        f_formal, f_informal = first.pair_counts()
        l_formal, l_informal = last.pair_counts()
        caption = _("Contact between pairs of peers in the first and the last fortnight of reports. First: pairs in "
                    "contact {first}; last: {last}.").format(
            first=of(f_formal + f_informal, first.possible_pairs, "possible pair", "possible pairs"),
            last=of(l_formal + l_informal, last.possible_pairs, "possible pair", "possible pairs"))
        # drawn straight with reportlab, as is the trend below: the same chart as contact_heatmap_figure
        story.append(self.chart(contact_heatmap_drawing(
            panels, labels, formal_label=_("formal"), informal_label=_("informal"), none_label=_("no contact"),
            density_label=density, width=self.width), caption))
        # drawn straight with reportlab: the same chart as density_trend_figure, a second and a half sooner
        trend = density_trend_drawing(
            self.a.weekly, title=_("Contact density and informal share per week"), density_label=_("density"),
            share_label=_("informal share"), percent_label=_("% of pairs"), week_label=_("week starting"),
            week_format=lambda day: format_date(day, "d MMM"), width=self.width, height=2.6 * 72 - 4)
        story.append(KeepTogether([trend, para(
            _("Density: share of the {pairs} possible pairs of the {count} peers in contact that week. Informal "
              "share: share of the pairs in contact whose contact was informal. Weeks from {start} to {end}.")
            .format(pairs=first.possible_pairs, count=len(ids), start=format_date(self.a.weekly[0].week_start),
                    end=format_date(self.a.weekly[-1].week_start)), "caption")]))
        return story

    def learning(self) -> list:
        story: list = []
        heat = self.a.heat
        answering = self.a.answering_ids
        participants = len(self.data.participants)
        if heat.weeks:
            story.append(para(_("{answering} sent weekly check-ins. {peers} reported at least one productive "
                                "conversation, and {checkins} reported one.").format(
                answering=of(len(answering), participants, "participant", "participants"),
                peers=of(self.a.productive_peers, len(answering), "peer checking in", "peers checking in"),
                checkins=of(heat.productive, heat.answered, "weekly check-in", "weekly check-ins"))))
            size = group_size(len(answering))  # peers to a row: grouped above CELLS_UP_TO, as on screen
            grouped = size > 1
            story.append(self.chart(
                learning_heatmap_drawing(heat, [self.label(i) for i in answering],
                                         title=_("Productive conversations about a reform challenge, week by week"),
                                         yes_label=_("yes"), no_label=_("no"), missing_label=_("no check-in"),
                                         groups_label=_("{count} peers, {size} to a row"), width=self.width),
                (ngettext("One row per group of {size} consecutive peer (a week reads yes when at least half of "
                          "the group's check-ins said yes), one column per week from {start} to {end}.",
                          "One row per group of {size} consecutive peers (a week reads yes when at least half of "
                          "the group's check-ins said yes), one column per week from {start} to {end}.", size)
                 if grouped else _("One row per peer, one column per week from {start} to {end}.")).format(
                    size=size, start=format_date(heat.weeks[0]),
                    end=format_date(heat.weeks[-1]))))
        else:
            story.append(para(_("No weekly learning check-ins yet.")))
        gains = self.a.gains
        story.append(para(_("Learning gains"), "h2"))
        if gains.by_peer:
            story.append(para(_("Scores at {points}; a gain compares a peer's first and latest score in an area. "
                                "{once} have been scored once only.").format(
                points=", ".join(point_label(point) for point in gains.points),
                once=of(len(gains.assessed_once), participants, "participant", "participants"))))
            story.append(self.chart(
                gains_drawing(gains, self.area_names, {p.id: self.label(p.id) for p in self.data.people},
                              title_areas=_("Mean score per area, first and latest"),
                              title_peers=_("Mean gain per peer"), first_label=_("first"), last_label=_("latest"),
                              scale_label=_("mean score, 1 (not important) to 5 (very important)"),
                              gain_label=_("change in mean score (points on the 1–5 scale)"),
                              peers_label=_("{count} peers, largest gain first"), width=self.width),
                _("Left: n is the number of peers scored at two points in the area. Right: each peer's mean "
                  "change over the areas scored twice.")))
        else:
            story.append(para(_("No learning gains yet: the areas need scores at two points.")))
        goal_names = {g.code: g.name for g in self.cat.learning_goals}
        top = sorted((a for a in gains.by_area if a.peers), key=lambda a: -a.mean_gain)[:3]
        rows = [[_("The initiative's chosen learning goals"), _("Largest gains observed")],
                ["; ".join(goal_names.get(g, g) for g in self.data.learning_goals) or _("None recorded"),
                  "; ".join(_("{area} ({change} points, {peers} peers)").format(
                     area=self.area_names.get(a.area, a.area), change=format_number(a.mean_gain, digits=1, sign=True),
                     peers=a.peers) for a in top)
                 or "–"]]
        story.append(table(rows, [self.width / 2] * 2))
        if self.data.interviews:
            names = {f.code: f.name for f in self.cat.outcome_families}
            counts = outcome_family_counts([i.outcome_families for i in self.data.interviews], list(names))
            story.append(self.chart(
                outcome_families_drawing(counts, names, title=_("Practical-learning outcomes named in interviews"),
                                         width=self.width),
                ngettext("Number of interviews naming each outcome, out of {count} interview.",
                         "Number of interviews naming each outcome, out of {count} interviews.",
                         len(self.data.interviews)).format(count=len(self.data.interviews))))
        return story

    def interviews(self) -> list:
        if not self.data.interviews:
            return [para(_("No interviews yet."))]
        questions = {q.code: q.text for q in self.cat.interview_questions}
        cycles = {c.code: c.name for c in self.cat.value_cycles}
        note = para(_("Excerpts, cut at about {chars} characters. The value cycle each answer describes "
                      "is shown in brackets (see Terms used).").format(chars=EXCERPT_CHARS), "small")

        def blocks(answers: list[Answer]) -> list:
            """One block per interview: its heading, then each answer's question [cycle] and excerpt."""
            story: list = []
            for _interview, items in groupby(answers, key=lambda answer: id(answer.interview)):
                items = list(items)
                interview = items[0].interview
                block = [para(f"{self.label(interview.peer_id)}, {format_date(interview.interviewed_on)}", "h3")]
                for answer in items:
                    excerpt = self.a.anonymiser.text(answer.text)
                    if len(excerpt) > EXCERPT_CHARS:
                        excerpt = excerpt[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
                    cycle = cycles.get(answer.cycle, "")
                    block.append(markup_para(f"<i>{plain(questions.get(answer.question, answer.question))}</i>"
                                             + (f" [{plain(cycle)}]" if cycle else ""), "small"))
                    block.append(para(excerpt))
                story.append(KeepTogether(block))
            return story

        answers = interview_answers(self.data.interviews)
        if not grouped(answers):  # every answer of every interview, as the interviews were held
            return [note] + blocks(answers)
        # a large initiative: the answers counted by value cycle, then a few quoted with each cycle among them
        quoted = quoted_answers(answers, list(cycles))
        return (cycles_table(self.data.interviews, answers, cycles, self.width)
                + [Spacer(1, 3 * mm), para(quoted_intro(len(quoted))), note] + blocks(quoted))

    def diffusion(self) -> list:
        d = self.a.diffusion
        story = [para(_("{reached} people reached back home through {events} sharing events; the longest chain "
                        "is {depth} steps. {silent} have shared nothing yet.").format(
            reached=d.reached, events=len(self.data.diffusion), depth=d.depth,
            silent=of(len(d.silent_peers), d.participants, "participant", "participants")))]
        anon = self.a.anonymiser

        def sharer(node) -> str:
            event = node.event
            if event.sharer_peer_id is not None:
                return self.label(event.sharer_peer_id)
            return anon.other(event.sharer_name)

        if d.trees:
            shown, left_out = largest_trees(d.trees, MOST_ROWS)
            caption = _("Each box is a sharing event by the person named, with the people it reached; a line leads "
                        "to the events of colleagues who passed it on. Dark boxes: peers; light boxes: colleagues.")
            if left_out:
                caption += " " + ngettext(
                    "The {shown} chains that reached most people are shown; {count} smaller chain is left out "
                    "(the table below counts every peer).",
                    "The {shown} chains that reached most people are shown; {count} smaller chains are left out "
                    "(the table below counts every peer).", left_out).format(shown=len(shown), count=left_out)
            story.append(self.chart(
                diffusion_drawing(shown, sharer, title=_("Who shared with whom back home"),
                                  reached_label=_("{n} reached"),
                                  chain_label=_("{n} reached, {total} with those they told"), width=self.width),
                caption))
            if grouped(d.by_peer):  # the peers who reached the most by name, the others on one line
                story += sharers_table(d.by_peer, self.label, self.width)
            else:
                rows = [[_("Peer"), _("People reached (with the chain)"), _("Longest chain"), _("Events")]]
                rows += [[self.label(r.peer_id), str(r.reached), str(r.depth), str(r.events)] for r in d.by_peer]
                w = self.width
                story.append(table(rows, [w * 0.4, w * 0.25, w * 0.17, w * 0.18]))
        else:
            story.append(para(_("No diffusion recorded yet.")))
        return story

    def contracts(self) -> list:
        contracts = self.data.contracts
        if not contracts:
            return [para(_("No commitment contracts in this initiative."))]
        kept = sum(c.kept for c in contracts)
        reviewed = sum(c.kept + c.partly + c.not_kept for c in contracts)
        summary = para(_("{contracts}; {kept} kept.").format(
            contracts=of(len(contracts), len(self.data.participants), "participant has a contract",
                         "participants have a contract"),
            kept=of(kept, reviewed, "reviewed commitment", "reviewed commitments")))
        if grouped(contracts):  # by status with totals, and the contracts that need attention by name
            return [summary] + contracts_table(contracts, self.label, self.width)
        rows = [[_("Peer"), _("Contract"), _("Kept"), _("Partly"), _("Not kept"), _("Open")]]
        for c in sorted(contracts, key=lambda c: self.label(c.peer_id)):
            rows.append([self.label(c.peer_id), _(c.status), str(c.kept), str(c.partly), str(c.not_kept),
                         str(open_items(c))])
        w = self.width
        return [summary, table(rows, [w * 0.35, w * 0.17, w * 0.12, w * 0.12, w * 0.12, w * 0.12])]

    def compare(self) -> list:
        names = {"contacts": _("Contacts named per report"),
                 "checkins": _("Share of weeks with a productive conversation"),
                 "scores": _("Learning-area score (1–5)")}

        def value(measure: str, figure) -> str:
            if figure.mean is None:
                return _("no observations")
            mean = format_percent(figure.mean) if measure == "checkins" else format_number(figure.mean, digits=1)
            return ngettext("{mean} ({observations} obs., {peers} peer)", "{mean} ({observations} obs., {peers} peers)",
                            figure.peers).format(mean=mean, observations=figure.observations, peers=figure.peers)

        def change(measure: str, result) -> str:
            if result.change is None:
                return "–"
            if measure == "checkins":
                return _points(result.change)
            return format_number(result.change, digits=1, sign=True)

        rows = [[_("Measure"), _("Before"), _("After"), _("Change")]]
        group_rows = [[_("Measure"), _("Participants"), _("Comparison colleagues")]]
        for item in self.a.comparisons:
            ba, groups = item.before_after, item.groups
            rows.append([names[item.measure], value(item.measure, ba.before), value(item.measure, ba.after),
                         change(item.measure, ba)])
            group_rows.append([names[item.measure], value(item.measure, groups.participants),
                               value(item.measure, groups.comparison)])
        w = self.width
        story = [para(_("Each measure before and after {cut} (the middle of the contact reports), for the "
                        "participants; then participants against comparison colleagues. A mean of a handful of "
                        "observations is a hint, not a finding.").format(cut=format_date(self.a.cut))),
                 table(rows, [w * 0.31, w * 0.27, w * 0.27, w * 0.15])]
        comparison = len(self.data.comparison)
        if comparison and all(item.groups.comparison.mean is None for item in self.a.comparisons):
            story.append(para(ngettext("The comparison colleague has no measures yet, so there is nothing to "
                                       "compare the participants with.",
                                       "The {count} comparison colleagues have no measures yet, so there is "
                                       "nothing to compare the participants with.", comparison)
                              .format(count=comparison)))
            self.gaps_extra.append(_("The comparison colleagues have no measures yet."))
            self.steps_extra.append(_("Ask the comparison colleagues the short questionnaire, so participants can "
                                      "be compared with colleagues who did not take part."))
        elif not comparison:
            story.append(para(_("There is no comparison group in this initiative.")))
            self.gaps_extra.append(_("No comparison group."))
            self.steps_extra.append(_("Mark a few colleagues in similar posts who did not take part as a "
                                      "comparison group."))
        else:
            story += [Spacer(1, 3 * mm), table(group_rows, [w * 0.36, w * 0.32, w * 0.32])]
        return story

    def gaps(self) -> list:
        gaps = [gap for stage in self.a.stages for gap in stage.missing] + self.gaps_extra
        steps = next_steps(list(self.a.stages)) + self.steps_extra
        return ([para(_("Gaps"), "h2")] + bullets(gaps or [_("No gaps found in the evidence collected.")])
                + [para(_("Suggested next steps"), "h2")]
                + bullets(steps or [_("Keep the measures going until the end of the initiative.")]))

    def glossary(self) -> list:
        return [table([[_(term), _(meaning)] for term, meaning in GLOSSARY], [self.width * 0.25, self.width * 0.75],
                      header=False)]

    def cover(self, title: str) -> list:
        lines = [_("Initiative period: {period}").format(period=self.period()),
                 _("Summary as of {day}").format(day=format_date(self.a.today))]
        if self.data.facilitator and not self.options.anonymise:
            lines.append(_("Facilitator: {name}").format(name=self.data.facilitator))
        story: list = [Spacer(1, 20 * mm), para(_("Evaluation summary"), "title"), para(self.data.name, "h1")]
        story += [para(line) for line in lines]
        if self.options.anonymise:
            story += [Spacer(1, 4 * mm), para(
                _("Anonymised: every person is shown by a code (P = participant, C = comparison colleague, X = "
                  "colleague reached back home), the same from one summary to the next. Organisations, countries "
                  "and places named in the initiative are replaced in quoted text. Free text can still identify "
                  "people (a post, a reform, an event they describe): read the excerpts before sharing."),
                "warning")]
        story += [Spacer(1, 8 * mm), para(_("Contents"), "h2")]
        story += [para(f"{number}. {_(title)}") for number, (_key, title) in enumerate(SECTIONS, start=1)]
        return story


def build_evaluation_summary(data: EvaluationData, options: SummaryOptions = SummaryOptions(),
                             analysis: Analysis | None = None) -> bytes:
    """The summary as PDF bytes, in ``options.lang`` on ``options.paper``."""
    buffer = BytesIO()
    with i18n.language(options.lang):
        analysis = analysis or analyse(data, anonymise=options.anonymise, weeks_per_window=options.weeks_per_window,
                                       today=options.today)
        title = _("Evaluation summary") + ("" if options.anonymise else f": {data.name}")
        document = new_document(buffer, title, paper=options.paper)
        summary = _Summary(analysis, options, document.width)
        reference = _("Summary as of {day}").format(day=format_date(analysis.today))
        if options.anonymise:
            reference += " · " + _("anonymised")
        story: list = [DocumentMark("summary", title, reference)]
        story += summary.cover(title)
        story.append(PageBreak())
        builders: dict[str, Callable[[], list]] = {key: getattr(summary, key) for key, _title in SECTIONS}
        for number, (key, section_title) in enumerate(SECTIONS, start=1):
            story += with_heading(para(f"{number}. {_(section_title)}", "h1"), builders[key]())
        document.build(story)
    return buffer.getvalue()
