"""Reading the other laptop's file for a merge, trusting nothing in it.

The other file passes the same checks as a file being opened (header, integrity, revision, schema:
no triggers or views of its own). Then every row is read raw and checked against the model before it
is turned into Python values: a row with a wrong type, an over-long text or a bad list is skipped and
listed; a scan that is not a PDF or image is dropped (the contract itself comes in) and listed; a time
later than now (plus :data:`CLOCK_SKEW`) is clamped to now and listed, and such a row wins no
conflict (key :data:`CLAMPED` on the row), so a row dated 9999 cannot overwrite edits made here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Table
from sqlalchemy.dialects import sqlite as sqlite_dialect

from peerdesk.core.scans import ScanNameError, safe_scan_name
from peerdesk.db.models import Base, Tombstone, WorkspaceSetting, utcnow
from peerdesk.db.validation import row_problems
from peerdesk.db.workspace import inspect_data_file, readonly_sqlite
from peerdesk.i18n import _

#: Laptops' clocks disagree a little; a time up to this far ahead is taken as it is.
CLOCK_SKEW = timedelta(hours=1)
#: What a person would call a row, in lists.
LABEL_COLUMNS = ("full_name", "name", "title", "label", "code", "key", "item_code", "report_date", "week_start")


#: Set on a row whose times were clamped: its date cannot be trusted, so it loses every conflict.
CLAMPED = "__clamped__"


class OlderSchema(Exception):
    """The other file needs an upgrade first."""


@dataclass(frozen=True)
class RowNote:
    """A row of the other file that was skipped, or changed on the way in, and why."""

    table: str
    what: str
    reason: str

    def describe(self) -> str:
        return f"{self.table} {self.what}: {self.reason}"


@dataclass
class OtherFile:
    tables: dict[str, list[dict]] = field(default_factory=dict)
    tombstones: list[dict] = field(default_factory=list)
    skipped: list[RowNote] = field(default_factory=list)
    clamped: list[RowNote] = field(default_factory=list)
    refused_scans: list[RowNote] = field(default_factory=list)


def label(row: dict) -> str:
    for column in LABEL_COLUMNS:
        if row.get(column):
            return repr(f"{row[column]!s}"[:60])
    uuid = row.get("uuid")
    return str(uuid)[:8] if uuid else "?"


def _processors(table: Table) -> dict[str, Any]:
    dialect = sqlite_dialect.dialect()
    found = {}
    for column in table.columns:
        processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
        if processor is not None:
            found[column.name] = processor
    return found


def _clamp(table: Table, row: dict, now: datetime, other: OtherFile) -> bool:
    limit = now + CLOCK_SKEW
    clamped = False
    for column in table.columns:
        if not isinstance(column.type, DateTime) or not isinstance(row.get(column.name), str):
            continue
        when = datetime.fromisoformat(row[column.name])
        if when.tzinfo is not None:
            when = when.replace(tzinfo=None)
        if when > limit:
            reason = _("{column} {when} is in the future; taken as now").format(
                column=column.name, when=row[column.name][:19])
            other.clamped.append(RowNote(table.name, label(row), reason))
            row[column.name] = now.isoformat(" ")
            clamped = True
    return clamped


def read_other_file(path: Path) -> OtherFile:
    """Every valid row of every table of the file at ``path`` (only read), typed as the models type them."""
    inspection = inspect_data_file(path)
    if inspection.needs_upgrade:
        raise OlderSchema(path)
    other = OtherFile()
    now = utcnow()
    with readonly_sqlite(Path(path)) as connection:
        for table in Base.metadata.sorted_tables:
            _keep(other, table, _read_table(connection, table, now, other))
    _skip_local_settings(other)
    return other


def _keep(other: OtherFile, table, rows: list[dict]) -> None:
    """The valid rows read of ``table``, filed where the merge looks for them."""
    if table.name == Tombstone.__tablename__:
        other.tombstones = rows
    else:
        other.tables[table.name] = rows


def _read_table(connection: sqlite3.Connection, table: Table, now: datetime, other: OtherFile) -> list[dict]:
    names = [column.name for column in table.columns]
    quoted = ", ".join(f'"{name}"' for name in names)
    processors = _processors(table)
    rows = []
    for values in connection.execute(f'SELECT {quoted} FROM "{table.name}"'):
        row = dict(zip(names, values, strict=True))
        if table.name == "peer_contract" and row.get("scan_filename"):
            try:
                safe_scan_name(row["scan_filename"])
            except ScanNameError as exc:
                other.refused_scans.append(RowNote(table.name, label(row), _("{reason}; the scan was left out").format(
                    reason=exc)))
                row["scan"], row["scan_filename"] = None, ""
        problems = row_problems(table, row)
        if problems:
            other.skipped.append(RowNote(table.name, label(row), "; ".join(problems)))
            continue
        clamped = _clamp(table, row, now, other)
        try:
            rows.append({name: processors[name](value) if name in processors and value is not None else value
                         for name, value in row.items()})
            if clamped:
                rows[-1][CLAMPED] = True
        except (ValueError, TypeError) as exc:  # belt and braces: validation should have caught it
            other.skipped.append(RowNote(table.name, label(row), str(exc)))
    return rows


# -- the other side as a server database (or any open workspace) ------------------------------------------


def _typed_problems(table: Table, row: dict) -> list[str]:
    """What a database with real column types cannot rule out by itself: the shape of JSON values, text
    lengths (a server may have wider columns than the model), a scan's file name."""
    from peerdesk.db.validation import _json_shapes

    shapes = _json_shapes()
    problems = []
    for column in table.columns:
        value = row.get(column.name)
        if value is None:
            continue
        shape = shapes.get((table.name, column.name))
        if shape is not None and not isinstance(value, shape):
            problems.append(f"{column.name} " + (_("should be a list") if shape is list else _("should be a record")))
        length = getattr(column.type, "length", None)
        if isinstance(value, str) and length and len(value) > length:
            problems.append(f"{column.name} " + _("is longer than {limit} characters").format(limit=length))
    return problems


def _clamp_typed(table: Table, row: dict, now: datetime, other: OtherFile) -> bool:
    clamped = False
    for column in table.columns:
        when = row.get(column.name)
        if isinstance(column.type, DateTime) and isinstance(when, datetime):
            naive = when.replace(tzinfo=None)
            if naive > now + CLOCK_SKEW:
                other.clamped.append(RowNote(table.name, label(row), _(
                    "{column} {when} is in the future; taken as now").format(column=column.name, when=str(naive)[:19])))
                row[column.name] = now
                clamped = True
    return clamped


def read_other_workspace(engine) -> OtherFile:
    """Every valid row of every table behind ``engine`` (a server database), in one read-only snapshot."""
    from sqlalchemy import select

    other = OtherFile()
    now = utcnow()
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":  # one consistent picture while others keep writing
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for table in Base.metadata.sorted_tables:
            rows = []
            for found in connection.execute(select(table)):
                row = dict(found._mapping)
                if table.name == "peer_contract" and row.get("scan_filename"):
                    try:
                        safe_scan_name(row["scan_filename"])
                    except ScanNameError as exc:
                        other.refused_scans.append(RowNote(table.name, label(row), _(
                            "{reason}; the scan was left out").format(reason=exc)))
                        row["scan"], row["scan_filename"] = None, ""
                if isinstance(row.get("scan"), memoryview):
                    row["scan"] = bytes(row["scan"])
                problems = _typed_problems(table, row)
                if problems:
                    other.skipped.append(RowNote(table.name, label(row), "; ".join(problems)))
                    continue
                if _clamp_typed(table, row, now, other):
                    row[CLAMPED] = True
                rows.append(row)
            _keep(other, table, rows)
    _skip_local_settings(other)
    return other


# -- an offline copy: which initiatives it holds, and only those coming in ----------------------------------

#: Settings that describe one copy and never travel in a merge (where it came from, what it holds).
OFFLINE_SOURCE = "offline_copy.source"
OFFLINE_INITIATIVES = "offline_copy.initiatives"
LOCAL_SETTINGS = frozenset({OFFLINE_SOURCE, OFFLINE_INITIATIVES})
#: Reference data an offline copy takes whole (a custom tool type may be used later, offline).
REFERENCE_TABLES = frozenset({"tool_type"})


def _skip_local_settings(other: OtherFile) -> None:
    rows = other.tables.get(WorkspaceSetting.__tablename__)
    if rows:
        other.tables[WorkspaceSetting.__tablename__] = [row for row in rows if row["key"] not in LOCAL_SETTINGS]


def restrict_to_initiatives(other: OtherFile, initiative_uuids: set[str]) -> OtherFile:
    """Only what belongs to the initiatives with these uuids: the rows hanging from them (found by following
    foreign keys, whatever the tables are), the people and organisations those rows name, reference data
    (tool types), the file's settings and every tombstone (so deletions still travel)."""
    initiative = Base.metadata.tables["initiative"]
    kept_ids: dict[str, set[int]] = {}
    scoped: set[str] = set()
    restricted = OtherFile(tombstones=list(other.tombstones), skipped=other.skipped, clamped=other.clamped,
                           refused_scans=other.refused_scans)
    for table in Base.metadata.sorted_tables:  # parents first: an initiative's rows, then their children
        rows = other.tables.get(table.name, [])
        if table is initiative:
            scoped.add(table.name)
            kept = [row for row in rows if row["uuid"] in initiative_uuids]
        else:
            owners = [fk for fk in table.foreign_keys
                      if fk.column.table is not table and fk.column.table.name in scoped]
            if not owners:
                continue
            scoped.add(table.name)
            kept = [row for row in rows if all(row.get(fk.parent.name) is None
                                               or row[fk.parent.name] in kept_ids[fk.column.table.name]
                                               for fk in owners)]
        restricted.tables[table.name] = kept
        kept_ids[table.name] = {row["id"] for row in kept}
    for table in reversed(Base.metadata.sorted_tables):  # then the people (and organisations) they name
        if table.name in scoped or table.name == Tombstone.__tablename__:
            continue
        rows = other.tables.get(table.name, [])
        if table.name in REFERENCE_TABLES or "id" not in table.c:
            restricted.tables[table.name] = list(rows)
            continue
        named: set[int] = set()
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is table and child is not table:
                    named |= {row[fk.parent.name] for row in restricted.tables.get(child.name, [])
                              if row.get(fk.parent.name) is not None}
        restricted.tables[table.name] = [row for row in rows if row["id"] in named]
    return restricted
