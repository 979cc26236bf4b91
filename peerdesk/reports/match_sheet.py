"""The printable match sheet: every unit with its members, score, explanation in words and warnings,
best-scored unit first, under the round's own name and date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from peerdesk import i18n
from peerdesk.i18n import _, format_date, ngettext
from peerdesk.core.matching.sheet import SheetUnit
from peerdesk.reports.pdf import FONT, MUTED, DocumentMark, new_document, para


def build_match_sheet(
    initiative: str,
    round_name: str,
    held_on: date | None,
    mode: str,
    units: Sequence[SheetUnit],
    criteria_lines: Sequence[str] = (),
    notes: Sequence[str] = (),
    unmatched: Sequence[str] = (),
    *,
    paper: str | None = None,
    lang: str | None = None,
) -> bytes:
    """A PDF (bytes) of the matching; every user value goes through ``para`` and prints as typed."""
    buffer = BytesIO()
    with i18n.language(lang):
        title = _("Match sheet: {round}").format(round=round_name)
        doc = new_document(buffer, f"{title} — {initiative}", paper=paper)
        kind = {"pairs": _("Pairs"), "groups": _("Small groups"), "mentors": _("Mentors and mentees")}.get(mode, mode)
        line = [kind, ngettext("{count} unit", "{count} units", len(units)).format(count=len(units))]
        if held_on:
            line.append(format_date(held_on))
        reference = " · ".join([initiative] + ([format_date(held_on)] if held_on else []))
        story = [DocumentMark("match-sheet", title, reference), para(title, "title"), para(initiative, "h2"),
                 para(" · ".join(line), "small")]
        if criteria_lines:
            story += [para(_("Criteria used"), "h3")] + [para(text, "small") for text in criteria_lines]
        for note in notes:
            story.append(para(note, "warning"))
        story.append(Spacer(1, 6))
        width = doc.width
        # best-scored first, so the sheet reads in the order the matching rates the units
        for unit in sorted(units, key=lambda u: (-u.score, u.number)):
            people = [[para(name, "cell_bold"), para(role if role != "member" else "", "cell"), para(country, "cell"),
                       para(organisation, "cell")] for name, role, country, organisation in unit.members]
            head = _("Unit {number} · score {score} of 100").format(number=unit.number, score=f"{unit.score:.1f}")
            if unit.locked:
                head += " · " + _("locked")
            table = Table(people, colWidths=[width * 0.32, width * 0.12, width * 0.18, width * 0.38], hAlign="LEFT")
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (0, -1), 0),
                                       ("LINEBELOW", (0, -1), (-1, -1), 0.3, MUTED),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
            block = [para(head, "h3"), table, para(unit.explanation, "body")]
            block += [para(f"⚠ {warning}", "warning") for warning in unit.warnings]
            block.append(Spacer(1, 6))
            story.append(KeepTogether(block))
        if unmatched:
            story += [para(_("Not matched"), "h2")] + [para(reason, "body") for reason in unmatched]
        doc.build(story)
    return buffer.getvalue()
