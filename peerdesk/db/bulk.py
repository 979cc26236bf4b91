"""Fast inserts of many rows inside the caller's transaction (imports, merges of large files).

The ORM's bulk insert spends most of its time per row in Python; here each column's defaults and
type conversions are resolved once and the rows go to the driver (SQLite's or psycopg) through one
``executemany``, still
inside the session's open transaction, so all-or-nothing holds.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from sqlalchemy import Table
from sqlalchemy.orm import Session

from peerdesk.db.dialect import is_sqlite, placeholder
from peerdesk.db.models import new_uuid

#: SQLite inserts up to this many rows in one statement, within the bound parameters every build allows
#: (999 before SQLite 3.32, which SQLCipher builds may still have).
_ROWS_PER_STATEMENT = 100
_MAX_PARAMETERS = 999


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
    the system's random source for the whole batch instead of one ``uuid.UUID`` object per row.

    The batch comes sorted: rows given them in this order land in each table's unique index on ``uuid``
    one after another instead of at random places (a third less work for the index on 50,000 rows);
    the values are as random as before, only handed out in order."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_RFC_4122_VARIANT)
    hexed = raw.hex().encode("ascii")
    # Laid out as "8-4-4-4-12" digits and a line break per UUID, one digit position at a time for the
    # whole batch (36 slice copies instead of five slices and a format per UUID).
    out = bytearray(b"-" * (37 * count))
    digit = 0
    for position in range(36):
        if position not in (8, 13, 18, 23):
            out[position::37] = hexed[digit::32]
            digit += 1
    out[36::37] = b"\n" * count
    made = out.decode("ascii").split("\n")
    made.pop()
    made.sort()
    return made


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` fresh primary keys for rows the caller is about to insert into ``table`` in the same
    transaction, so it knows each new row's id without reading the rows back.

    PostgreSQL hands them out from the column's sequence (unique even with other writers at work). On an
    SQLite file they follow the largest id, as SQLite itself would number the rows: the transaction
    writes before it commits, and SQLite refuses a write whose snapshot another writer has replaced,
    so two imports cannot both take the same ids."""
    if count <= 0:
        return []
    connection = session.connection()
    name = table.name
    if is_sqlite(connection):
        last = connection.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{name}"').scalar_one()
        return list(range(last + 1, last + 1 + count))
    mark = placeholder(connection)
    rows = connection.exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence({mark}, 'id')) FROM generate_series(1, {mark})", (name, count))
    return [row[0] for row in rows]


def _literal(value: object) -> str | None:
    """``value`` as an SQLite literal, for text, whole numbers and NULL (None for anything else)."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _one_or_none(given: tuple[str, ...]):
    """A row's one given value as a 1-tuple (``itemgetter`` of a single key gives the bare value)."""
    if not given:
        return lambda row: ()
    name = given[0]
    return lambda row: (row[name],)


def fast_insert(session: Session, table: Table, rows: Iterable[dict] | Iterable[tuple], chunk: int = 2000,
                columns: tuple[str, ...] | None = None) -> int:
    """Insert ``rows`` (column -> Python value) into ``table``; missing columns take their defaults.
    With ``columns``, each row is instead a tuple of those columns' values, in that order (no dict per
    row for tables of many small rows, such as links between peers and tags).

    Rows mostly share one set of keys: for each run of rows with the same keys the statement lists the
    given columns first, then the identities to make, then the defaults, so a row's parameters are its
    own values plus fresh UUIDs plus one shared tuple (rows keep their order, hence their ids). A row may
    give its ``id`` (from :func:`reserve_ids`); otherwise the database numbers it."""
    connection = session.connection()
    dialect = connection.dialect
    # the database numbers these unless a row gives one
    numbered = {column.name for column in table.columns if column.primary_key and column.autoincrement}
    processors: dict[str, object] = {}
    defaults: dict[str, object] = {}  # each column's value when a row does not give it
    identities: set[str] = set()  # columns whose default is a new UUID per row
    for column in table.columns:
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        processors[column.name] = processor
        if column.name in numbered:
            continue
        default, is_callable = _default(column)
        if is_callable and default.__name__ == new_uuid.__name__:
            identities.add(column.name)
            continue
        if is_callable:
            # One timestamp (or empty list) for the whole batch; only identities must differ per row.
            default = default(None)
        if default is not None and processor is not None:
            default = processor(default)
        defaults[column.name] = default
    mark = placeholder(dialect)
    inline = is_sqlite(dialect)
    plans: dict[tuple[str, ...], tuple] = {}

    def plan_for(keys: tuple[str, ...]) -> tuple:
        given = tuple(name for name in keys if name in processors)
        made = [name for name in sorted(identities) if name not in given]
        rest = [name for name in processors if name not in given and name not in identities and name not in numbered]
        # On SQLite the shared defaults are written into the statement: binding the same twenty values
        # again for every row is a third of the insert.
        inlined = [name for name in rest if inline and _literal(defaults[name]) is not None]
        bound = [name for name in rest if name not in inlined]
        order = [*given, *made, *bound, *inlined]
        marks = [mark] * (len(given) + len(made) + len(bound)) + [_literal(defaults[name]) for name in inlined]
        head = f'INSERT INTO "{table.name}" ({", ".join(chr(34) + name + chr(34) for name in order)}) VALUES '
        group = f"({', '.join(marks)})"
        return (head + group, given, [processors[name] for name in given], len(made),
                tuple(defaults[name] for name in bound), head, group)

    cursor = connection.connection.driver_connection.cursor()
    count = 0
    current: tuple[str, ...] | None = None
    batch: list[tuple] = []

    def flush() -> None:
        nonlocal count, batch
        if not batch:
            return
        sql, _given, _processors, made, tail, head, group = plans[current]
        if made:
            fresh = new_uuids(made * len(batch))
            if made == 1:
                batch = [values + (uuid,) + tail for values, uuid in zip(batch, fresh, strict=True)]
            else:
                batch = [values + tuple(fresh[n * made:(n + 1) * made]) + tail for n, values in enumerate(batch)]
        elif tail:
            batch = [values + tail for values in batch]
        width = len(batch[0])
        per = min(_ROWS_PER_STATEMENT, _MAX_PARAMETERS // width) if inline and width else 1
        whole = len(batch) - len(batch) % per if per > 1 else 0
        if whole:  # (SQLite) many rows per statement: a fifth of the rows' cost is stepping through them one by one
            cursor.executemany(head + ", ".join([group] * per),
                               [tuple(chain.from_iterable(batch[start:start + per])) for start in range(0, whole, per)])
        if whole < len(batch):
            cursor.executemany(sql, batch[whole:] if whole else batch)
        count += len(batch)
        batch = []

    try:
        if columns is not None:
            current = tuple(columns)
            plans[current] = plan_for(current)
            _sql, given, given_processors, *_rest = plans[current]
            if given != current:
                raise ValueError(f"{table.name} has no column(s) {sorted(set(current) - set(given))}")
            converting = [(position, processor) for position, processor in enumerate(given_processors)
                          if processor is not None]
            if not converting:  # the rows go as they are, a chunk at a time
                rows = rows if isinstance(rows, list) else list(rows)
                for start in range(0, len(rows), chunk):
                    batch = rows[start:start + chunk]
                    flush()
                return count
            for row in rows:
                if converting:
                    row = list(row)
                    for position, processor in converting:
                        if row[position] is not None:
                            row[position] = processor(row[position])
                    row = tuple(row)
                batch.append(row)
                if len(batch) >= chunk:
                    flush()
            flush()
            return count
        for row in rows:
            keys = tuple(row)
            if keys != current:
                flush()
                current = keys
                if keys not in plans:
                    plans[keys] = plan_for(keys)
                _sql, given, given_processors, *_rest = plans[keys]
                converting = any(processor is not None for processor in given_processors)
                pick = itemgetter(*given) if len(given) > 1 else _one_or_none(given)
            if converting:
                batch.append(tuple(
                    row[name] if processor is None or row[name] is None else processor(row[name])
                    for name, processor in zip(given, given_processors, strict=True)))
            else:
                batch.append(pick(row))
            if len(batch) >= chunk:
                flush()
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
