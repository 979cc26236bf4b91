"""A matching as a person reads it on the match sheet, in the tab and in the spreadsheet export: names,
roles, countries and words, no ids. Qt-free, so the screen, the PDF and the export share it."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.core.countries import country_display


@dataclass(frozen=True)
class SheetUnit:
    """One unit as printed or exported: names and words, no ids."""

    number: int
    score: float
    locked: bool
    members: tuple[tuple[str, str, str, str], ...]  # name, role, country, organisation
    explanation: str
    warnings: tuple[str, ...]


def sheet_units(units, profiles) -> list[SheetUnit]:
    """Units of a matching (``engine.UnitResult``) with the names and places of their members
    (countries by name in the current language)."""
    by_id = {p.id: p for p in profiles}
    result = []
    for number, unit in enumerate(units, start=1):
        members = tuple(
            (by_id[m].full_name, role, country_display(by_id[m].country), by_id[m].organisation)
            if m in by_id else (f"#{m}", role, "", "")
            for m, role in zip(unit.members, unit.roles, strict=True)
        )
        result.append(SheetUnit(number, unit.score, unit.locked, members, unit.explanation, tuple(unit.warnings)))
    return result
