"""The printable match sheet: every unit with its members, score, explanation in words and warnings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from peerdesk.core.matching.sheet import SheetUnit
from peerdesk.reports.pdf import MARGIN, MUTED, PAGE_SIZE, new_document, para, styles


def build_match_sheet(
    initiative: str,
    round_name: str,
    held_on: date | None,
    mode: str,
    units: Sequence[SheetUnit],
    criteria_lines: Sequence[str] = (),
    notes: Sequence[str] = (),
    unmatched: Sequence[str] = (),
) -> bytes:
    """A PDF (bytes) of the matching; every user value goes through ``para`` and prints as typed."""
    buffer = BytesIO()
    doc = new_document(buffer, f"Match sheet — {initiative}")
    kind = {"pairs": "Pairs", "groups": "Small groups", "mentors": "Mentors and mentees"}.get(mode, mode)
    story = [para(f"Match sheet: {round_name}", "title"), para(initiative, "h2"),
             para(f"{kind} · {len(units)} units" + (f" · {held_on.isoformat()}" if held_on else ""), "small")]
    if criteria_lines:
        story += [para("Criteria used", "h3")] + [para(line, "small") for line in criteria_lines]
    for note in notes:
        story.append(para(note, "warning"))
    story.append(Spacer(1, 6))
    width = PAGE_SIZE[0] - 2 * MARGIN
    for unit in units:
        people = [[para(name, "cell_bold"), para(role if role != "member" else "", "cell"), para(country, "cell"),
                   para(organisation, "cell")] for name, role, country, organisation in unit.members]
        head = f"Unit {unit.number} · score {unit.score:.1f} of 100" + (" · locked" if unit.locked else "")
        table = Table(people, colWidths=[width * 0.32, width * 0.12, width * 0.18, width * 0.38])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, -1), (-1, -1), 0.3, MUTED),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        block = [para(head, "h3"), table, para(unit.explanation, "body")]
        block += [para(f"⚠ {warning}", "warning") for warning in unit.warnings]
        block.append(Spacer(1, 6))
        story.append(KeepTogether(block))
    if unmatched:
        story += [para("Not matched", "h2")] + [para(reason, "body") for reason in unmatched]
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buffer.getvalue()


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(styles()["small"].fontName, 7.5)
    canvas.setFillColor(colors.HexColor("#5b6773"))
    canvas.drawRightString(PAGE_SIZE[0] - MARGIN, MARGIN / 2, f"PeerDesk match sheet · page {doc.page}")
    canvas.restoreState()
