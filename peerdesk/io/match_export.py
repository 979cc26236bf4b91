"""A matching as a spreadsheet (CSV or XLSX): one row per peer per unit, formula-looking text neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from peerdesk.io.formulas import as_text_cells, neutralise_csv
from peerdesk.core.matching.sheet import SheetUnit, sheet_units  # noqa: F401 - re-exported for callers

HEADERS = ("Unit", "Score", "Locked", "Name", "Role", "Country", "Organisation", "Explanation", "Warnings")


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
