"""Cells a spreadsheet would run as formulas (``=``, ``+``, ``-``, ``@`` first, also after leading
spaces or line breaks, or a tab or carriage return first): a name typed as ``=HYPERLINK(...)`` must come
out of PeerDesk as text, never as something Excel executes. Every XLSX and CSV that PeerDesk writes
(export, match export, XLSForm questionnaires, the CSV zip) goes through these helpers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TRIGGERS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    if not isinstance(text, str) or not text:
        return False
    if text.startswith(FORMULA_STARTS):
        return True
    return text.lstrip().startswith(_TRIGGERS)  # " =cmd|..." and "\n=HYPERLINK(...)" count too


def neutralise_csv(text: str) -> str:
    """Prefix a formula-looking text with an apostrophe, which spreadsheets show as plain text."""
    return "'" + text if looks_like_formula(text) else text


def restore_csv(text: str) -> str:
    """Undo :func:`neutralise_csv` on the way back in."""
    if text.startswith("'") and looks_like_formula(text[1:]):
        return text[1:]
    return text


def as_text_cells(sheet, row: Iterable[Any]) -> None:
    """Append ``row`` to an openpyxl worksheet with every text stored as a text cell (type "s"), which no
    spreadsheet evaluates, however it starts."""
    sheet.append(list(row))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
