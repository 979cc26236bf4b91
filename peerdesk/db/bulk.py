"""Fast inserts of many rows inside the caller's transaction (imports, merges of large files).

The ORM's bulk insert spends most of its time per row in Python; here each column's defaults and
type conversions are resolved once and the rows go to the driver (SQLite's or psycopg) through one
``executemany``, still
inside the session's open transaction, so all-or-nothing holds.
"""

from __future__ import annotations

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


def fast_insert(session: Session, table: Table, rows: Iterable[dict], chunk: int = 2000) -> int:
    """Insert ``rows`` (column -> Python value) into ``table``; missing columns take their defaults."""
    connection = session.connection()
    dialect = connection.dialect
    columns = [column for column in table.columns if not (column.primary_key and column.autoincrement)]
    plans = []
    for column in columns:
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        default, is_callable = _default(column)
        if is_callable and default.__name__ != new_uuid.__name__:
            # One timestamp (or empty list) for the whole batch; only identities must differ per row.
            default, is_callable = default(None), False
        if not is_callable and default is not None and processor is not None:
            default = processor(default)
        plans.append((column.name, processor, default, is_callable))
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c.name + chr(34) for c in columns)}) '
        f"VALUES ({', '.join(placeholder(dialect) for _ in columns)})"
    )
    cursor = connection.connection.driver_connection.cursor()
    count = 0
    batch: list[tuple] = []
    try:
        for row in rows:
            values = []
            for name, processor, default, is_callable in plans:
                if name in row:
                    value = row[name]
                    if processor is not None and value is not None:
                        value = processor(value)
                elif is_callable:
                    value = default(None)
                else:
                    value = default
                values.append(value)
            batch.append(tuple(values))
            if len(batch) >= chunk:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    finally:
        cursor.close()
    return count


def fast_update(session: Session, table: Table, rows: Iterable[dict], chunk: int = 2000) -> int:
    """Update rows by ``id``; each dict holds ``id`` and the columns to set (key sets may differ)."""
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
            sql = f'UPDATE "{table.name}" SET {assignments} WHERE id = {mark}'
            for start in range(0, len(batch), chunk):
                cursor.executemany(sql, batch[start:start + chunk])
                count += len(batch[start:start + chunk])
    finally:
        cursor.close()
    return count
