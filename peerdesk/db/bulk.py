"""Fast inserts of many rows inside the caller's transaction (imports, merges of large files).

The ORM's bulk insert spends most of its time per row in Python; here each column's defaults and
type conversions are resolved once and the rows go to the driver (SQLite's or psycopg) through one
``executemany``, still
inside the session's open transaction, so all-or-nothing holds.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from sqlalchemy import Table
from sqlalchemy.orm import Session

from peerdesk.db.dialect import placeholder
from peerdesk.db.models import new_uuid


def _default(column):
    default = column.default
    if default is None:
        return None, False
    if default.is_callable:
        return default.arg, True
    if default.is_scalar:
        return default.arg, False
    return None, False


_VERSION_4 = bytes(byte & 0x0F | 0x40 for byte in range(256))
_RFC_4122_VARIANT = bytes(byte & 0x3F | 0x80 for byte in range(256))


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, like :func:`new_uuid` gives one at a time: one read of
    the system's random source for the whole batch instead of one ``uuid.UUID`` object per row."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_RFC_4122_VARIANT)
    text = raw.hex()
    return [f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
            for h in (text[start:start + 32] for start in range(0, len(text), 32))]


def fast_insert(session: Session, table: Table, rows: Iterable[dict], chunk: int = 2000) -> int:
    """Insert ``rows`` (column -> Python value) into ``table``; missing columns take their defaults."""
    connection = session.connection()
    dialect = connection.dialect
    columns = [column for column in table.columns if not (column.primary_key and column.autoincrement)]
    processors: dict[str, object] = {}
    template: list = []  # each column's value when a row does not give it
    identities: list[int] = []  # positions of columns whose default is a new UUID per row
    for position, column in enumerate(columns):
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        processors[column.name] = processor
        default, is_callable = _default(column)
        if is_callable and default.__name__ == new_uuid.__name__:
            identities.append(position)
            default = None
        elif is_callable:
            # One timestamp (or empty list) for the whole batch; only identities must differ per row.
            default = default(None)
        if default is not None and processor is not None:
            default = processor(default)
        template.append(default)
    position_of = {column.name: position for position, column in enumerate(columns)}
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c.name + chr(34) for c in columns)}) '
        f"VALUES ({', '.join(placeholder(dialect) for _ in columns)})"
    )
    # Rows mostly share one set of keys: the positions to fill (and the identities they leave to
    # defaults) are worked out once per key set.
    plans: dict[tuple[str, ...], tuple[list[tuple[int, str, object]], list[int]]] = {}
    cursor = connection.connection.driver_connection.cursor()
    count = 0
    batch: list[list] = []
    pending: list[tuple[list, list[int]]] = []  # rows still waiting for their identities

    def flush() -> None:
        nonlocal count, batch, pending
        wanted = sum(len(missing) for _values, missing in pending)
        if wanted:
            fresh = iter(new_uuids(wanted))
            for values, missing in pending:
                for position in missing:
                    values[position] = next(fresh)
        cursor.executemany(sql, batch)
        count += len(batch)
        batch, pending = [], []

    try:
        for row in rows:
            keys = tuple(row)
            plan = plans.get(keys)
            if plan is None:
                filled = [(position_of[name], name, processors[name]) for name in keys if name in position_of]
                given = {position for position, _name, _processor in filled}
                plan = plans[keys] = (filled, [position for position in identities if position not in given])
            filled, missing = plan
            values = template.copy()
            for position, name, processor in filled:
                value = row[name]
                values[position] = processor(value) if processor is not None and value is not None else value
            if missing:
                pending.append((values, missing))
            batch.append(values)
            if len(batch) >= chunk:
                flush()
        if batch:
            flush()
    finally:
        cursor.close()
    return count


def fast_update(session: Session, table: Table, rows: Iterable[dict], chunk: int = 2000) -> int:
    """Update rows by ``id``; each dict holds ``id`` and the columns to set (key sets may differ). An edited
    row's version rises, as it does through the ORM (``db/concurrency.py``)."""
    connection = session.connection()
    dialect = connection.dialect
    processors = {
        column.name: column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns
    }
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for row in rows:
        names = tuple(sorted(name for name in row if name != "id"))
        values = []
        for name in names:
            value = row[name]
            processor = processors[name]
            values.append(processor(value) if processor is not None and value is not None else value)
        values.append(row["id"])
        groups.setdefault(names, []).append(tuple(values))
    cursor = connection.connection.driver_connection.cursor()
    count = 0
    try:
        for names, batch in groups.items():
            if not names:
                continue
            mark = placeholder(dialect)
            assignments = ", ".join(f'"{name}" = {mark}' for name in names)
            if "version" in table.c and "version" not in names:  # an editor open on these rows must reload
                assignments += ', "version" = "version" + 1'
            sql = f'UPDATE "{table.name}" SET {assignments} WHERE id = {mark}'
            for start in range(0, len(batch), chunk):
                cursor.executemany(sql, batch[start:start + chunk])
                count += len(batch[start:start + chunk])
    finally:
        cursor.close()
    return count
