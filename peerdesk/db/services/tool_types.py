"""Tool types in the data file: the 18 built-in ones (mirrors of the catalogue) and facilitators' own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.db.models import Activity, Initiative, Tombstone, ToolType
from peerdesk.i18n import _


@dataclass(frozen=True)
class ToolTypeRow:
    id: int
    code: str
    name: str
    description: str
    cells: tuple[tuple[str, str], ...]
    supports_goals: tuple[str, ...]
    logistics: tuple[str, ...]
    builtin: bool
    activities: int  # planned activities using it, across all initiatives


class ToolTypeInvalid(ValueError):
    """Not saved; ``errors`` maps a field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = dict(errors)


class ToolTypeInUse(ValueError):
    """Refused: the tool type is built in, or activities still use it. The message gives the reason."""


def tool_display_name(tool: ToolType) -> str:
    """A tool type's name as shown: built-in ones in the current language, the user's own as typed."""
    return _(tool.name) if tool.builtin and tool.name else tool.name


def list_tool_types(factory: sessionmaker) -> list[ToolTypeRow]:
    """Built-in tool types in catalogue order, then custom ones by name, each with its usage count."""
    order = {t.code: i for i, t in enumerate(catalogue().tool_types)}
    with factory.begin() as session:
        used = dict(session.execute(select(Activity.tool_type_id, func.count()).group_by(Activity.tool_type_id)).all())
        rows = [
            ToolTypeRow(
                id=t.id,
                code=t.code,
                name=tool_display_name(t),
                description=_(t.description) if t.builtin and t.description else t.description,
                cells=tuple((str(c[0]), str(c[1])) for c in t.cells or () if len(c) == 2),
                supports_goals=tuple(t.supports_goals or ()),
                logistics=tuple(t.logistics or ()),
                builtin=t.builtin,
                activities=used.get(t.id, 0),
            )
            for t in session.scalars(select(ToolType))
        ]
    return sorted(rows, key=lambda r: (order.get(r.code, len(order)), r.name.casefold()))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:50] or "tool"


def create_tool_type(
    factory: sessionmaker,
    *,
    name: str,
    description: str = "",
    cells: Sequence[tuple[str, str]],
    supports_goals: Sequence[str] = (),
    logistics: Sequence[str] = (),
) -> int:
    """Add a facilitator's own tool type; it needs a unique name and at least one cell of the map."""
    cat = catalogue()
    errors: dict[str, str] = {}
    name = name.strip()
    if not name:
        errors["name"] = "Give the tool type a name."
    known_cells = set(cat.cells())
    if not cells:
        errors["cells"] = "Tick at least one cell of the map that this tool serves."
    elif any(tuple(cell) not in known_cells for cell in cells):
        errors["cells"] = "A cell is not part of the 2 x 4 map."
    goals = {g.code for g in cat.learning_goals}
    if any(goal not in goals for goal in supports_goals):
        errors["supports_goals"] = "Unknown learning goal."
    if any(item not in {lg.code for lg in cat.logistics} for item in logistics):
        errors["logistics"] = "Unknown logistics need."
    with factory.begin() as session:
        if name and session.scalar(select(ToolType.id).where(func.lower(ToolType.name) == name.casefold())):
            errors["name"] = f"There is already a tool type called {name!r}."
        if errors:
            raise ToolTypeInvalid(errors)
        codes = set(session.scalars(select(ToolType.code)))
        code, n = f"custom_{_slug(name)}", 2
        while code in codes:
            code, n = f"custom_{_slug(name)}_{n}", n + 1
        tool = ToolType(
            code=code,
            name=name,
            description=description.strip(),
            cells=[list(cell) for cell in cells],
            supports_goals=list(supports_goals),
            logistics=list(logistics),
            builtin=False,
        )
        session.add(tool)
        session.flush()
        return tool.id


def delete_tool_type(factory: sessionmaker, tool_type_id: int) -> None:
    """Delete a custom tool type. Refused, with the reason, for built-in ones and ones activities use."""
    with factory.begin() as session:
        tool = session.get(ToolType, tool_type_id)
        if tool is None:
            return
        if tool.builtin:
            raise ToolTypeInUse(f"'{tool.name}' is one of the built-in tool types and cannot be deleted.")
        uses = session.execute(
            select(Initiative.name, func.count())
            .join(Activity, Activity.initiative_id == Initiative.id)
            .where(Activity.tool_type_id == tool_type_id)
            .group_by(Initiative.name)
            .order_by(Initiative.name)
        ).all()
        if uses:
            total = sum(count for _, count in uses)
            where = "; ".join(f"{name} ({count})" for name, count in uses)
            raise ToolTypeInUse(
                f"'{tool.name}' is used by {total} planned activit{'y' if total == 1 else 'ies'} ({where}). "
                "Change or delete those activities first."
            )
        session.add(Tombstone(table_name="tool_type", row_uuid=tool.uuid))
        session.delete(tool)
