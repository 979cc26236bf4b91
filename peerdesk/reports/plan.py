"""The engagement plan PDF: goals and cadence, the activity table, the coverage map with its warnings,
the timeline with each peer's load, and the facilitator's checklist.

Data in (a :class:`~peerdesk.db.services.activities.PlanData` and the checklist rows), PDF bytes out.
Every user value goes through :func:`~peerdesk.reports.pdf.para` / :func:`plain`, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk import i18n
from peerdesk.core import toolplan as tp
from peerdesk.core.catalogue import catalogue
from peerdesk.core.countries import country_display
from peerdesk.core.plan_data import STATUS_NAMES, ChecklistRow, PlanActivityRow, PlanData, checklist_progress
from peerdesk.i18n import _, format_date, format_date_range, format_number, label_value
from peerdesk.reports.charts.coverage import coverage_figure
from peerdesk.reports.charts.timeline import TimelineBar, timeline_figure
from peerdesk.reports.pdf import (
    MARGIN,
    PAGE_SIZE,
    DocumentMark,
    figure_drawing,
    markup_para,
    new_document,
    para,
    plain,
)

GRID = colors.HexColor("#c9d1d9")
HEADER_BG = colors.HexColor("#e8eef3")
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


def _table(rows, widths, *, header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BG))
    table.setStyle(TableStyle(commands))
    return table


def _image(figure, width: float):
    """A chart as a vector drawing, at most ``width`` wide."""
    return figure_drawing(figure, width)


def _dates(row: PlanActivityRow) -> str:
    if row.start_date == row.end_date:
        return format_date(row.start_date)
    return format_date_range(row.start_date, row.end_date)


def _participants(plan: PlanData, row: PlanActivityRow) -> str:
    if row.all_peers:
        return _("All peers")
    if not row.participants:
        return _("None named yet")
    hosts = [plan.peer_name(pid) for pid, role in row.participants if role == "host"]
    visitors = [plan.peer_name(pid) for pid, role in row.participants if role == "visitor"]
    others = [plan.peer_name(pid) for pid, role in row.participants if role == "participant"]
    parts = []
    if hosts:
        parts.append(label_value(_("Hosts"), ", ".join(hosts)))
    if visitors:
        parts.append(label_value(_("Visitors"), ", ".join(visitors)))
    if others:
        parts.append(", ".join(others))
    return "\n".join(parts)


def _details(row: PlanActivityRow) -> str:
    cat = catalogue()
    lines = [cat.name_of("activity_modes", row.mode)]
    if row.venue:
        lines.append(row.venue)
    if row.duration_hours:
        lines.append(_("{hours} h").format(hours=format_number(row.duration_hours)))
    if row.tool_code == "site_visits" or row.host:
        if row.host:
            lines.append(label_value(_("Host"), row.host))
        lines.append(_("Reciprocal visit") if row.reciprocal else _("One-sided visit"))
    return "\n".join(lines)


def _logistics(row: PlanActivityRow) -> str:
    return "\n".join(f"{'☑' if item.done else '☐'} {item.item}" for item in row.logistics)


def _cost(row: PlanActivityRow) -> str:
    return f"{format_number(row.cost, digits=0)} {row.currency}" if row.cost is not None else ""


def _goals_section(plan: PlanData, tool_plan: tp.ToolPlan) -> list:
    cat = catalogue()
    story = [para(_("Goals and cadence"), "h1")]
    cadence = next((c for c in cat.cadences if c.code == plan.cadence), None)
    if cadence:
        story.append(markup_para(f"<b>{plain(label_value(_('Cadence'), '').rstrip())}</b> {plain(cadence.name)}. "
                                 f"{plain(cadence.description)}"))
    story.append(Spacer(1, 4))
    support = tp.goal_support(tool_plan)
    rows = [[para(_("Learning goal"), "cell_bold"), para(_("Planned activities that serve it"), "cell_bold")]]
    for goal in plan.learning_goals:
        titles = support.get(goal, ())
        rows.append(
            [
                para(cat.name_of("learning_goals", goal), "cell"),
                para("; ".join(titles), "cell") if titles else para(_("none: see the warnings"), "cell_bold"),
            ]
        )
    if len(rows) == 1:
        story.append(para(_("No learning goals chosen yet."), "small"))
    else:
        story.append(_table(rows, [55 * mm, CONTENT_WIDTH - 55 * mm]))
    return story


def _activities_section(plan: PlanData) -> list:
    story = [para(_("Activities"), "h1")]
    if not plan.activities:
        return [*story, para(_("No activities planned yet."), "small")]
    header = [_("Dates"), _("Activity and tool type"), _("Mode, venue"), _("Participants"), _("Logistics"), _("Cost")]
    rows = [[para(text, "cell_bold") for text in header]]
    for row in plan.activities:
        rows.append(
            [
                para(_dates(row), "cell"),
                [para(row.title, "cell_bold"), para(row.tool_name, "cell")],
                para(_details(row), "cell"),
                para(_participants(plan, row), "cell"),
                para(_logistics(row), "cell"),
                para(_cost(row), "cell"),
            ]
        )
    widths = [22 * mm, 40 * mm, 28 * mm, 34 * mm, 34 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    story.append(_table(rows, widths))
    totals: dict[str, float] = {}
    for row in plan.activities:
        if row.cost:
            totals[row.currency] = totals.get(row.currency, 0.0) + row.cost
    if totals:
        total_text = ", ".join(f"{format_number(amount, digits=0)} {currency}"
                               for currency, amount in sorted(totals.items()))
        story.append(Spacer(1, 3))
        story.append(para(label_value(_("Rough total cost"), total_text), "small"))
    return story


def _coverage_section(plan: PlanData, tool_plan: tp.ToolPlan) -> list:
    cat = catalogue()
    counts = tp.coverage_counts(tool_plan.activities, cat)
    figure = coverage_figure(
        counts,
        tp.field_pattern(cat),
        [(p.code, p.name) for p in cat.parts],
        [(c.code, c.name) for c in cat.challenges],
        width=CONTENT_WIDTH / 72,  # drawn at the size it prints: its 7.5 pt labels stay 7.5 pt
        height=4.2,
        plan_title=_("This plan: activities per cell"),
        field_title=_("The field: tool uses per mapped initiative"),
        gap_label=_("gap"),
    )
    story = [CondPageBreak(110 * mm), para(_("Coverage of the tool map"), "h1")]
    story.append(
        para(
            _("Rows are the two parts of the process, columns the four facilitation challenges. The upper grid "
              "counts the planned activities serving each cell; the lower one shows how often the 52 mapped "
              "initiatives used tools there (tool types whose use the research did not report count as none), a "
              "reminder of where plans usually stay thin."),
            "small",
        )
    )
    story.append(_image(figure, CONTENT_WIDTH))
    warnings = tp.plan_warnings(tool_plan, plan.tool_options, cat)
    story.append(para(_("Warnings"), "h2"))
    if not warnings:
        story.append(para(_("The checks found nothing to warn about."), "body"))
    for warning in warnings:
        text = f"⚠ {plain(warning.message)}"
        if warning.suggestions:
            text += f" <i>{plain(label_value(_('Would help'), ', '.join(warning.suggestions)))}.</i>"
        story.append(markup_para(text, "warning"))
        story.append(Spacer(1, 3))
    gaps = tp.coverage_gaps(tool_plan, plan.tool_options, cat)
    story.append(para(_("Empty cells"), "h2"))
    if not gaps:
        story.append(para(_("Every cell of the map has at least one planned activity."), "body"))
    else:
        rows = [[para(_("Cell"), "cell_bold"), para(_("Tool types that would fill it"), "cell_bold")]]
        for gap in gaps:
            rows.append(
                [
                    para(f"{cat.name_of('parts', gap.part)} / {cat.name_of('challenges', gap.challenge)}", "cell"),
                    para(", ".join(o.name for o in gap.suggestions) or _("no tool type serves it"), "cell"),
                ]
            )
        story.append(_table(rows, [70 * mm, CONTENT_WIDTH - 70 * mm]))
    return story


def timeline_bars(plan: PlanData) -> list[TimelineBar]:
    """The plan's activities as timeline bars, coloured by the first challenge their tool serves."""
    options = {o.code: o for o in plan.tool_options}
    bars = []
    for row in plan.activities:
        cells = options[row.tool_code].cells if row.tool_code in options else ()
        bars.append(TimelineBar(row.title, row.start_date, row.end_date, cells[0][1] if cells else ""))
    return bars


def _timeline_section(plan: PlanData, tool_plan: tp.ToolPlan) -> list:
    cat = catalogue()
    figure = timeline_figure(
        timeline_bars(plan),
        (plan.start_date, plan.end_date),
        challenge_names={c.code: c.name for c in cat.challenges},
        width=CONTENT_WIDTH / 72,
        title=_("Activities over the initiative"),
        empty_label=_("No activities planned yet"),
    )
    story = [CondPageBreak(110 * mm), para(_("Timeline"), "h1"), _image(figure, CONTENT_WIDTH)]
    loads = tp.peer_loads(tool_plan.activities, [p.id for p in plan.peers])
    story.append(para(_("Each peer's load"), "h2"))
    if not plan.peers:
        return [*story, para(_("No participants yet."), "small")]
    ranked = sorted(plan.peers, key=lambda p: (-loads.get(p.id, 0), p.full_name.casefold()))
    half = (len(ranked) + 1) // 2
    header = [para(h, "cell_bold") for h in (_("Peer"), _("Country"), _("Activities"))]
    rows = [header + header]
    for left, right in zip(ranked[:half], [*ranked[half:], None], strict=False):
        cells = []
        for peer in (left, right):
            if peer is None:
                cells += ["", "", ""]
            else:
                cells += [para(peer.full_name, "cell"), para(country_display(peer.country), "cell"),
                          para(loads.get(peer.id, 0), "cell")]
        rows.append(cells)
    quarter = CONTENT_WIDTH / 2
    story.append(_table(rows, [quarter - 44 * mm, 26 * mm, 18 * mm] * 2))
    return story


def _status(code: str) -> str:
    return _(STATUS_NAMES[code]) if code in STATUS_NAMES else code


def _checklist_section(checklist: Sequence[ChecklistRow]) -> list:
    story = [CondPageBreak(80 * mm), para(_("Facilitator's checklist"), "h1")]
    counts = checklist_progress(list(checklist))
    story.append(
        para(
            _("{done} of {total} items done, {in_progress} in progress, {not_applicable} not applicable, "
              "{not_started} not started.").format(done=counts["done"], total=len(checklist), **{
                  key: counts[key] for key in ("in_progress", "not_applicable", "not_started")}),
            "small",
        )
    )
    stages: dict[int, list[ChecklistRow]] = {}
    for row in checklist:
        stages.setdefault(row.stage_number, []).append(row)
    for number, rows in sorted(stages.items()):
        table_rows = [[para(h, "cell_bold") for h in (_("Item"), _("Status"), _("Note"))]]
        for row in rows:
            table_rows.append(
                [para(row.text, "cell"), para(_status(row.status), "cell"), para(row.note, "cell")]
            )
        story.append(CondPageBreak(40 * mm))
        story.append(KeepTogether([para(f"{number}. {rows[0].stage_name}", "h2")]))
        story.append(_table(table_rows, [95 * mm, 24 * mm, CONTENT_WIDTH - 119 * mm]))
    return story


def build_plan_pdf(plan: PlanData, checklist: Sequence[ChecklistRow], *, today: date | None = None,
                   paper: str | None = None, lang: str | None = None) -> bytes:
    """The engagement plan of one initiative as PDF bytes, on ``paper`` (A4 or Letter) in ``lang``."""
    with i18n.language(lang):
        return _build(plan, checklist, today or date.today(), paper)


def _build(plan: PlanData, checklist: Sequence[ChecklistRow], today: date, paper: str | None) -> bytes:
    tool_plan = plan.tool_plan()
    buffer = BytesIO()
    doc = new_document(buffer, label_value(_("Engagement plan"), plan.initiative_name),
                       plan.facilitator_name or "PeerDesk", paper=paper)
    span = format_date_range(plan.start_date, plan.end_date)
    meta = [x for x in (plan.facilitating_organisation, plan.facilitator_name
                        and _("Facilitator: {name}").format(name=plan.facilitator_name), span) if x]
    printed = _("Printed {day}").format(day=format_date(today))
    story: list = [DocumentMark("plan", _("Engagement plan · {initiative}").format(initiative=plan.initiative_name),
                                printed),
                   para(_("Engagement plan"), "title"), para(plan.initiative_name, "h2")]
    story += [para(" · ".join(meta), "small"), para(printed, "small")]
    story += _goals_section(plan, tool_plan)
    story += _activities_section(plan)
    story += _coverage_section(plan, tool_plan)
    story += _timeline_section(plan, tool_plan)
    story += _checklist_section(checklist)

    doc.build(story)
    return buffer.getvalue()
