"""Is a stored value what the model says it is? For rows read raw from a file someone else made.

SQLite stores any value in any column, so a file edited by hand (or by a careless tool) can hold
``languages = '5'``, a number as a name, or a date of ``'soon'``. PeerDesk reads such a value only after
it passed :func:`value_problem`: ``check`` lists the rows that fail, and merge skips them (and says so)
instead of writing them in to crash a later command.
"""

from __future__ import annotations

import json
import typing
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON as JSONType
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Table, Text

from peerdesk.core.scans import ScanNameError, safe_scan_name
from peerdesk.db.models import Base
from peerdesk.i18n import _

#: Columns holding a scan's file name: only a safe base name with an allowed extension passes.
SCAN_NAME_COLUMNS = {("peer_contract", "scan_filename")}


@cache
def _json_shapes() -> dict[tuple[str, str], type]:
    """(table, column) -> list or dict, from the models' ``Mapped[...]`` annotations."""
    shapes: dict[tuple[str, str], type] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        try:
            hints = typing.get_type_hints(model)
        except Exception:  # noqa: BLE001 - an unresolvable hint: fall back to "any JSON"
            continue
        for column in model.__table__.columns:
            hint = hints.get(column.key)
            inner = typing.get_args(hint)[0] if hint is not None and typing.get_args(hint) else None
            origin = typing.get_origin(inner) or inner
            if origin in (list, dict):
                shapes[(model.__tablename__, column.name)] = origin
                if origin is list and typing.get_args(inner) == (str,):
                    shapes[(model.__tablename__, column.name + "[]")] = str
    return shapes


def value_problem(table: Table, column_name: str, value: Any) -> str | None:
    """Why ``value`` (as SQLite returned it) cannot stand in ``table.column_name``; None if it can."""
    column = table.c[column_name]
    if value is None:
        return None if column.nullable or column.primary_key else _("is empty")
    kind = column.type
    if isinstance(kind, Boolean):
        return None if isinstance(value, int) and value in (0, 1) else _("is not yes/no")
    if isinstance(kind, Integer):
        return None if isinstance(value, int) and not isinstance(value, bool) else _("is not a whole number")
    if isinstance(kind, Float):
        return None if isinstance(value, (int, float)) else _("is not a number")
    if isinstance(kind, DateTime):
        if not isinstance(value, str):
            return _("is not a date and time")
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return _("is not a date and time")
        return None
    if isinstance(kind, Date):
        if not isinstance(value, str):
            return _("is not a date")
        try:
            date.fromisoformat(value)
        except ValueError:
            return _("is not a date")
        return None
    if isinstance(kind, JSONType):
        if not isinstance(value, str):
            return _("is not a list or record")
        try:
            loaded = json.loads(value)
        except ValueError:
            return _("is not a list or record")
        shape = _json_shapes().get((table.name, column_name))
        if shape is not None and not isinstance(loaded, shape):
            return _("should be a list") if shape is list else _("should be a record")
        if _json_shapes().get((table.name, column_name + "[]")) is str and not all(
                isinstance(item, str) for item in loaded):
            return _("should be a list of texts")
        return None
    if isinstance(kind, LargeBinary):
        return None if isinstance(value, bytes) else _("is not a file")
    if isinstance(kind, (String, Text)):
        if not isinstance(value, str):
            return _("is not text")
        if getattr(kind, "length", None) and len(value) > kind.length:
            return _("is longer than {limit} characters").format(limit=kind.length)
        if (table.name, column_name) in SCAN_NAME_COLUMNS and value:
            try:
                safe_scan_name(value)
            except ScanNameError as exc:
                return str(exc)
        return None
    return None


def row_problems(table: Table, row: dict[str, Any]) -> list[str]:
    """Every column of ``row`` that does not hold what the model says, as "column: problem"."""
    problems = []
    for column in table.columns:
        if column.name not in row:
            continue
        problem = value_problem(table, column.name, row[column.name])
        if problem is not None:
            problems.append(f"{column.name} {problem}")
    return problems
