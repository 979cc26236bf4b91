"""Cells a spreadsheet would run as formulas (``=``, ``+``, ``-``, ``@`` first): a name typed as
``=HYPERLINK(...)`` must come out of PeerDesk as text, never as something Excel executes."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return isinstance(text, str) and text.startswith(FORMULA_STARTS)


def neutralise_csv(text: str) -> str:
    """Prefix a formula-looking text with an apostrophe, which spreadsheets show as plain text."""
    return "'" + text if looks_like_formula(text) else text


def restore_csv(text: str) -> str:
    """Undo :func:`neutralise_csv` on the way back in."""
    if text.startswith("'") and looks_like_formula(text[1:]):
        return text[1:]
    return text
