"""The evaluation summary PDF a donor or steering committee reads: data in, PDF bytes out.

Sections: cover, hourglass status, engagement numbers, contact heat maps at the start and the end,
the learning heat map, learning gains beside the chosen goals, interview excerpts, diffusion reach,
contract fulfilment (where contracts exist), before/after and comparison group, gaps and next steps.
With ``anonymise=True`` every name (peers, comparison colleagues, colleagues reached back home) is a
stable code, in tables, figures and quoted text alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.catalogue import catalogue
from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.compare import before_after, compare_groups, observations
from peerdesk.core.evaluation.contact_measures import report_span, weekly_density
from peerdesk.core.evaluation.diffusion import diffusion_summary
from peerdesk.core.evaluation.hourglass import (
    engagement_numbers,
    hourglass_status,
    next_steps,
    start_end_matrices,
    study_peers,
)
from peerdesk.core.evaluation.learning import learning_gains, learning_heat_map, outcome_family_counts
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.reports.charts.diffusion import diffusion_figure
from peerdesk.reports.charts.heatmap import contact_heatmap_figure, density_trend_figure
from peerdesk.reports.charts.hourglass import hourglass_figure
from peerdesk.reports.charts.learning import gains_figure, learning_heatmap_figure, outcome_families_figure
from peerdesk.reports.pdf import (
    FONT,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    figure_png,
    markup_para,
    new_document,
    para,
    plain,
    styles,
)

STATUS_NAMES = {"evidence": "Evidence", "partial": "Partly evidenced", "missing": "No evidence"}
EXCERPT_CHARS = 320
FIGURE_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


@dataclass(frozen=True)
class SummaryOptions:
    anonymise: bool = False
    today: date | None = None
    weeks_per_window: int = 2


def _image(figure) -> Image:
    """A figure scaled to the text width, keeping its proportions."""
    width, height = figure.get_size_inches()
    png = figure_png(figure, dpi=130)
    scale = min(1.0, FIGURE_WIDTH / (width * 72))
    return Image(png, width=width * 72 * scale, height=height * 72 * scale)


def _table(rows: list[list], widths: list[float] | None = None, header: bool = True) -> Table:
    cells = [[cell if not isinstance(cell, str) else para(cell, "cell_bold" if header and i == 0 else "cell")
              for cell in row] for i, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    table.setStyle(TableStyle(style))
    return table


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def build_evaluation_summary(data: EvaluationData, options: SummaryOptions = SummaryOptions()) -> bytes:
    """The summary as PDF bytes."""
    cat = catalogue()
    today = options.today or data.today or date.today()
    anon = Anonymiser(data.people, [e.sharer_name for e in data.diffusion if e.sharer_peer_id is None],
                      enabled=options.anonymise)
    label: Callable[[int], str] = anon.name
    areas = tuple(a.code for a in cat.learning_areas if not a.is_other)
    area_names = {a.code: a.name for a in cat.learning_areas}
    stage_names = {s.code: s.name for s in cat.hourglass_stages}
    stages = hourglass_status(data, areas, today)
    numbers = engagement_numbers(data, today)
    story: list = []

    # --- cover
    story.append(Spacer(1, 30 * mm))
    story.append(para("Evaluation summary", "title"))
    story.append(para(data.name, "h1"))
    period = f"{data.start_date or '…'} to {data.end_date or '…'}"
    lines = [f"Initiative period: {period}", f"Summary produced on {today}"]
    if data.facilitator and not options.anonymise:
        lines.append(f"Facilitator: {data.facilitator}")
    if options.anonymise:
        lines.append("Anonymised: every person is shown by a code (P = participant, C = comparison colleague, "
                     "X = colleague reached back home). Codes stay the same from one summary to the next.")
    for line in lines:
        story.append(para(line))
    story.append(Spacer(1, 8 * mm))
    story.append(para("Contents", "h2"))
    for number, title in enumerate(("Hourglass status", "Engagement", "Sustained contact", "Learning",
                                    "Value-creation interviews", "Diffusion", "Contract fulfilment",
                                    "Before and after; comparison group", "Gaps and next steps"), start=1):
        story.append(para(f"{number}. {title}"))
    story.append(PageBreak())

    # --- 1 hourglass
    story.append(para("1. Hourglass status", "h1"))
    story.append(para("The four stages of the initiative, from the convened group to change at scale, with "
                      "the evidence collected for each and what is still missing."))
    story.append(_image(hourglass_figure(stages, stage_names, STATUS_NAMES)))
    rows = [["Stage", "Status", "Evidence", "Missing"]]
    for stage in stages:
        rows.append([stage_names.get(stage.code, stage.code), STATUS_NAMES[stage.status],
                     " ".join(stage.evidence) or "–", " ".join(stage.missing) or "–"])
    story.append(_table(rows, [35 * mm, 25 * mm, 57 * mm, 57 * mm]))

    # --- 2 engagement
    story.append(para("2. Engagement", "h1"))
    rows = [["Measure", "Number"],
            ["Participants (comparison colleagues)", f"{numbers.participants} ({numbers.comparison})"],
            ["Events held / planned", f"{numbers.events_held} / {numbers.events_planned}"],
            ["Attendances counted (events with a head count)",
             f"{numbers.attendance_total} ({numbers.attendance_recorded})"],
            ["Peers filing contact reports", str(numbers.reporters)],
            ["Contact reports / contacts named", f"{numbers.contact_reports} / {numbers.contacts}"],
            ["Weekly learning check-ins", str(numbers.checkins)],
            ["Value-creation interviews", str(numbers.interviews)],
            ["Diffusion events", str(numbers.diffusion_events)]]
    story.append(_table(rows, [110 * mm, 40 * mm]))
    held = [a for a in data.activities if a.end_date <= today]
    if held:
        story.append(para("Events held", "h2"))
        rows = [["Event", "Dates", "Head count", "Marked present"]]
        for activity in held:
            rows.append([activity.title, f"{activity.start_date} – {activity.end_date}",
                         "–" if activity.attendance is None else str(activity.attendance),
                         f"{activity.attended} of {activity.invited}" if activity.invited else "not marked"])
        story.append(_table(rows, [85 * mm, 45 * mm, 20 * mm, 24 * mm]))
    story.append(PageBreak())

    # --- 3 contact
    story.append(para("3. Sustained contact", "h1"))
    first, last = start_end_matrices(data, options.weeks_per_window)
    if first is None:
        story.append(para("No contact reports yet."))
    else:
        ids = sorted(study_peers(data), key=label) if options.anonymise else study_peers(data)
        story.append(para(
            f"{len(ids)} peers in the contact study. Each cell shows whether two peers reported contact in the "
            f"period: formal, informal or none. The aim is a full matrix of informal contact. Density is the "
            f"share of possible pairs in contact; informal share is the share of those pairs whose contact "
            f"was informal."))
        panels = [(f"Start: {first.start:%d %b} – {first.end:%d %b %Y}", first),
                  (f"End: {last.start:%d %b} – {last.end:%d %b %Y}", last)]
        story.append(_image(contact_heatmap_figure(panels, [label(i) for i in ids])))
        story.append(_image(density_trend_figure(weekly_density(data.contacts, ids))))

    # --- 4 learning
    story.append(PageBreak())
    story.append(para("4. Learning", "h1"))
    participants = [p.id for p in data.participants]
    heat = learning_heat_map(data.checkins, participants)
    answering = [pid for pid, row in zip(heat.peer_ids, heat.cells, strict=True) if any(c is not None for c in row)]
    if options.anonymise:
        answering.sort(key=label)
    if heat.weeks:
        heat = learning_heat_map(data.checkins, answering)
        story.append(para(f"Personal learning heat map: {heat.answered} weekly check-ins from {len(answering)} "
                          f"peers; {heat.productive_share:.0%} report a productive conversation."))
        story.append(_image(learning_heatmap_figure(heat, [label(i) for i in answering])))
    else:
        story.append(para("No weekly learning check-ins yet."))
    gains = learning_gains(data.gains, areas)
    story.append(para("Learning gains", "h2"))
    if gains.by_peer:
        story.append(para(f"Scores at {', '.join(gains.points)}; gains compare each peer's first and latest "
                          f"score in an area. {len(gains.assessed_once)} peers were scored once only."))
        story.append(_image(gains_figure(gains, area_names, {p.id: label(p.id) for p in data.people})))
    else:
        story.append(para("No learning gains yet: the eight areas need scores at two points."))
    goal_names = {g.code: g.name for g in cat.learning_goals}
    top_areas = sorted((a for a in gains.by_area if a.peers), key=lambda a: -a.mean_gain)[:3]
    rows = [["The initiative's chosen learning goals", "Largest gains observed"]]
    rows.append(["; ".join(goal_names.get(g, g) for g in data.learning_goals) or "None recorded",
                 "; ".join(f"{area_names.get(a.area, a.area)} ({a.mean_gain:+.1f})" for a in top_areas) or "–"])
    story.append(_table(rows, [87 * mm, 87 * mm]))
    family_names = {f.code: f.name for f in cat.outcome_families}
    families = outcome_family_counts([i.outcome_families for i in data.interviews], list(family_names))
    if data.interviews:
        story.append(_image(outcome_families_figure(families, family_names)))

    # --- 5 interviews
    story.append(para("5. Value-creation interviews", "h1"))
    questions = {q.code: q.text for q in cat.interview_questions}
    cycle_names = {c.code: c.name for c in cat.value_cycles}
    if not data.interviews:
        story.append(para("No interviews yet."))
    for interview in data.interviews:
        block = [para(f"{label(interview.peer_id)}, {interview.interviewed_on}", "h3")]
        for code, text in interview.answers.items():
            excerpt = anon.text(text)
            if len(excerpt) > EXCERPT_CHARS:
                excerpt = excerpt[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
            cycle = cycle_names.get(interview.cycles.get(code, ""), "")
            block.append(markup_para(f"<i>{plain(questions.get(code, code))}</i>"
                                     + (f" <font color='#5b6773'>[{plain(cycle)}]</font>" if cycle else ""), "small"))
            block.append(para(excerpt, "body"))
        story.append(KeepTogether(block))

    # --- 6 diffusion
    story.append(PageBreak())
    story.append(para("6. Diffusion", "h1"))
    diffusion = diffusion_summary(data.diffusion, participants)
    story.append(para(f"{diffusion.reached} people reached back home through {len(data.diffusion)} sharing "
                      f"events; the longest chain is {diffusion.depth} steps. {len(diffusion.silent_peers)} of "
                      f"{diffusion.participants} peers ({diffusion.silent_share:.0%}) have shared nothing yet."))

    def sharer(node) -> str:
        event = node.event
        return label(event.sharer_peer_id) if event.sharer_peer_id is not None else anon.other(event.sharer_name)

    story.append(_image(diffusion_figure(diffusion.trees, sharer)))
    if diffusion.by_peer:
        rows = [["Peer", "People reached", "Depth", "Events"]]
        rows += [[label(r.peer_id), str(r.reached), str(r.depth), str(r.events)] for r in diffusion.by_peer]
        story.append(_table(rows, [80 * mm, 30 * mm, 20 * mm, 20 * mm]))

    # --- 7 contracts
    story.append(para("7. Contract fulfilment", "h1"))
    if not data.contracts:
        story.append(para("No commitment contracts in this initiative."))
    else:
        rows = [["Peer", "Contract", "Kept", "Partly", "Not kept", "Open"]]
        for c in sorted(data.contracts, key=lambda c: label(c.peer_id)):
            rows.append([label(c.peer_id), c.status, str(c.kept), str(c.partly), str(c.not_kept),
                         str(c.items - c.kept - c.partly - c.not_kept)])
        kept = sum(c.kept for c in data.contracts)
        reviewed = sum(c.kept + c.partly + c.not_kept for c in data.contracts)
        story.append(para(f"{len(data.contracts)} contracts; {kept} of {reviewed} reviewed commitments kept."))
        story.append(_table(rows, [60 * mm, 25 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm]))

    # --- 8 before/after
    story.append(para("8. Before and after; comparison group", "h1"))
    gaps_extra: list[str] = []
    steps_extra: list[str] = []
    span = report_span(data.contacts)
    cut = span[0] + (span[1] - span[0]) / 2 if span else (data.start_date or today)
    story.append(para(f"Each measure before and after {cut} (the middle of the contact reports), for the "
                      "participants; then participants against comparison colleagues. Counts are shown with every "
                      "mean: a mean of a handful of observations is a hint, not a finding."))
    measure_names = {"contacts": "Contacts named per report", "checkins": "Share of weeks with a productive "
                     "conversation", "scores": "Learning-area score (1–5)"}
    rows = [["Measure", "Before: mean (obs., peers)", "After: mean (obs., peers)", "Change"]]
    group_rows = [["Measure", "Participants: mean (obs., peers)", "Comparison: mean (obs., peers)"]]
    comparison_ids = [p.id for p in data.comparison]
    for measure, name in measure_names.items():
        values = observations(data, measure)
        result = before_after(values, cut, participants)
        change = "–" if result.change is None else f"{result.change:+.2f}"
        rows.append([name, f"{_mean(result.before.mean)} ({result.before.observations}, {result.before.peers})",
                     f"{_mean(result.after.mean)} ({result.after.observations}, {result.after.peers})", change])
        groups = compare_groups(values, participants, comparison_ids)
        group_rows.append([name, f"{_mean(groups.participants.mean)} ({groups.participants.observations}, "
                                 f"{groups.participants.peers})",
                           f"{_mean(groups.comparison.mean)} ({groups.comparison.observations}, "
                           f"{groups.comparison.peers})"])
    story.append(_table(rows, [60 * mm, 42 * mm, 42 * mm, 24 * mm]))
    story.append(Spacer(1, 4 * mm))
    story.append(_table(group_rows, [60 * mm, 57 * mm, 57 * mm]))
    if comparison_ids and all(r[2].startswith("–") for r in group_rows[1:]):
        gaps_extra.append(f"The {len(comparison_ids)} comparison colleagues have no measures yet.")
        steps_extra.append("Ask the comparison colleagues the short questionnaire, so participants can be compared "
                           "with colleagues who did not take part.")
    elif not comparison_ids:
        gaps_extra.append("No comparison group.")
        steps_extra.append("Mark a few colleagues in similar posts who did not take part as a comparison group.")

    # --- 9 gaps
    story.append(para("9. Gaps and next steps", "h1"))
    gaps = [gap for stage in stages for gap in stage.missing] + gaps_extra
    story.append(para("Gaps", "h2"))
    for gap in gaps or ["No gaps found in the evidence collected."]:
        story.append(para(f"• {gap}"))
    story.append(para("Suggested next steps", "h2"))
    steps = next_steps(stages) + steps_extra
    for step in steps or ["Keep the measures going until the end of the initiative."]:
        story.append(para(f"• {step}"))

    buffer = BytesIO()
    title = "Evaluation summary" + ("" if options.anonymise else f": {data.name}")

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, title[:110])
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    styles()
    document = new_document(buffer, title)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
