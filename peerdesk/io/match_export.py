"""A matching as a spreadsheet (CSV or XLSX): one row per peer per unit, formula-looking text neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font

from peerdesk.io.formulas import as_text_cells, neutralise_csv

HEADERS = ("Unit", "Score", "Locked", "Name", "Role", "Country", "Organisation", "Explanation", "Warnings")


@dataclass(frozen=True)
class SheetUnit:
    """One unit as printed or exported: names and words, no ids."""

    number: int
    score: float
    locked: bool
    members: tuple[tuple[str, str, str, str], ...]  # name, role, country, organisation
    explanation: str
    warnings: tuple[str, ...]


def safe_cell(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    return neutralise_csv(value) if isinstance(value, str) else value


def rows(units: Sequence[SheetUnit]) -> list[list[object]]:
    out: list[list[object]] = []
    for unit in units:
        for name, role, country, organisation in unit.members:
            out.append([unit.number, unit.score, "yes" if unit.locked else "", name, role, country, organisation,
                        unit.explanation, " | ".join(unit.warnings)])
    return [[safe_cell(v) for v in row] for row in out]


def to_csv(units: Sequence[SheetUnit]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows(units))
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read accents right


def to_xlsx(units: Sequence[SheetUnit], title: str = "Matching") -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Matching"
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(units):
        as_text_cells(sheet, row)  # peer names and notes are text, never formulas
    for column, width in zip("ABCDEFGHI", (6, 7, 7, 28, 9, 14, 28, 70, 50), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_units(units, profiles) -> list[SheetUnit]:
    """Units of a matching (``engine.UnitResult``) with the names and places of their members."""
    by_id = {p.id: p for p in profiles}
    result = []
    for number, unit in enumerate(units, start=1):
        members = tuple(
            (by_id[m].full_name, role, by_id[m].country, by_id[m].organisation)
            if m in by_id else (f"#{m}", role, "", "")
            for m, role in zip(unit.members, unit.roles, strict=True)
        )
        result.append(SheetUnit(number, unit.score, unit.locked, members, unit.explanation, tuple(unit.warnings)))
    return result
