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
from peerdesk.db.models import Base, Tombstone, utcnow
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
            rows = _read_table(connection, table, now, other)
            if table.name == Tombstone.__tablename__:
                other.tombstones = rows
            else:
                other.tables[table.name] = rows
    return other


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
