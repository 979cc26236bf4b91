"""The evaluation's large tables (contact reports, check-ins, learning-gain scores) read straight into
columns (numpy arrays), without one Python object per row.

On SQLite, one aggregate query per table hands each column back as one text of comma-separated numbers
(``group_concat``), which numpy parses in C: dates come as day numbers (``date.toordinal``), words
(kind, channel, area, assessment point) as small codes into their few distinct values. A year of a
300-peer cohort's reports is some 50,000 rows; a 10,000-peer cohort's quarter, 400,000: read row by row,
those were as many tuples, dates and strings, briefly hundreds of megabytes.

On any other backend, and on SQLite should a value not be what the schema says (a date that is not a date,
a text where a number belongs, as a damaged or hand-edited file may hold), the rows are read through the
driver in slices instead and turned into the same columns; nothing is lost either way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from peerdesk.db.dialect import is_sqlite, placeholder

logger = logging.getLogger(__name__)

#: SQLite's Julian day number of a date minus this is the date's ordinal (``date.toordinal``)
_JULIAN_ORDINAL = 1721424.5
#: more distinct words than this in a coded column (not so in a sound file): read row by row
_MOST_CODES = 200


@dataclass(frozen=True)
class Column:
    """One column to read: ``sql`` the expression, ``kind`` "int" (a whole number), "day" (a date, read as
    its ordinal), "answer" (a yes/no that may be empty: 1, 0 or -1) or "code" (a text, read as a code into
    its values). ``expected``: a code column's usual values (the schema's or the app's words), which spare
    a first pass over the rows to find them; any other value found, and that pass is made."""

    sql: str
    kind: str = "int"
    expected: tuple[str, ...] = ()


@dataclass(frozen=True)
class Columns:
    """The columns read, in the order asked; the values a "code" column's codes point into (sorted; some may
    not occur) are in ``values``."""

    arrays: tuple[np.ndarray, ...]
    values: dict[int, tuple[str, ...]]


def read_columns(session, columns: Sequence[Column], source: str, params: Sequence, fast: bool = True) -> Columns:
    """``SELECT columns FROM source`` (``source``: the tables, joins and WHERE, with ``?`` markers for
    ``params``) as columns; ``fast=False`` takes the row-by-row path whatever the backend (for tests)."""
    connection = session.connection()
    if fast and is_sqlite(connection):
        read = _aggregated(connection, columns, source, params)
        if read is not None:
            return read
        logger.warning("unexpected values in %s; reading its rows one by one", source.split()[0])
    return _by_rows(connection, columns, source, params)


def _aggregated(connection, columns: Sequence[Column], source: str, params: Sequence) -> Columns | None:
    """SQLite: each column as one text of numbers; None when a value does not read as the schema says."""
    coded = [index for index, column in enumerate(columns) if column.kind == "code"]
    values = {index: tuple(sorted(set(columns[index].expected))) for index in coded}
    read = _aggregate(connection, columns, source, params, values) if all(values.values()) else None
    if read is None and coded:  # a word not expected (or none given): find the words first, in one pass
        found = _execute(connection, "SELECT DISTINCT " + ", ".join(columns[i].sql for i in coded)
                         + f" FROM {source}", params).fetchall()
        for place, index in enumerate(coded):
            distinct = {row[place] for row in found}
            if len(distinct) > _MOST_CODES or any(not isinstance(value, str) for value in distinct):
                return None
            values[index] = tuple(sorted(distinct))
        read = _aggregate(connection, columns, source, params, values)
    if read is None and any(column.kind == "day" for column in columns):
        # a date not written as PeerDesk writes it ("YYYY-MM-DD"): SQLite converts and checks each one
        read = _aggregate(connection, columns, source, params, values, day_texts=False)
    return read


def _aggregate(connection, columns: Sequence[Column], source: str, params: Sequence,
               values: dict[int, tuple[str, ...]], day_texts: bool = True) -> Columns | None:
    expressions, arguments = [], []
    for index, column in enumerate(columns):
        if column.kind == "code":
            # a value not among the words gives NULL, which group_concat leaves out: the count then differs
            cases = " ".join(f"WHEN ? THEN {code}" for code in range(len(values[index])))
            expressions.append(f"CASE {column.sql} {cases} END" if values[index] else "NULL")
            arguments.extend(values[index])
        elif column.kind == "day" and day_texts:
            # the dates as stored, checked and turned into ordinals by numpy (_days); SQLite's own date
            # functions, below, cost more than the rest of the read together
            expressions.append(column.sql)
        elif column.kind == "day":
            # a text that is not a date gives NULL, which group_concat leaves out: the count below then differs
            # (so does an impossible one such as 30 February, which SQLite would roll over to March)
            expressions.append(f"CASE WHEN date(julianday({column.sql})) = substr({column.sql}, 1, 10) THEN "
                               f"CAST(julianday({column.sql}) - {_JULIAN_ORDINAL} AS INTEGER) END")
        elif column.kind == "answer":
            expressions.append(f"CASE typeof({column.sql}) WHEN 'integer' THEN {column.sql} != 0 "
                               f"WHEN 'null' THEN -1 END")
        else:
            # a text or a fraction where a whole number belongs gives NULL too (never a silent 0)
            expressions.append(f"CASE typeof({column.sql}) WHEN 'integer' THEN {column.sql} END")
    sql = ("SELECT count(*), " + ", ".join(f"group_concat({e})" for e in expressions) + f" FROM {source}")
    count, *texts = _execute(connection, sql, [*arguments, *params]).fetchone()
    arrays = []
    for column, text in zip(columns, texts, strict=True):
        if column.kind == "day" and day_texts:
            array = _days(text or "", count)
        else:
            array = _numbers(text or "", count)
        if array is None:
            return None
        arrays.append(array)
    return Columns(tuple(arrays), values)


#: days before each month in a common year
_MONTH_STARTS = np.array([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], dtype=np.int64)
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _days(text: str, count: int) -> np.ndarray | None:
    """Dates stored as "YYYY-MM-DD" (what PeerDesk writes), comma-separated, as ordinals (``date.toordinal``);
    None if any is written otherwise or is no date (30 February), as SQLite's check would find."""
    if not count:
        return np.zeros(0, dtype=np.int64)
    if len(text) != 11 * count - 1 or not text.isascii():
        return None
    cells = np.frombuffer((text + ",").encode("ascii"), dtype=np.uint8).reshape(count, 11)
    if (cells[:, 4] != ord("-")).any() or (cells[:, 7] != ord("-")).any() or (cells[:, 10] != ord(",")).any():
        return None
    digits = cells[:, [0, 1, 2, 3, 5, 6, 8, 9]] - np.uint8(ord("0"))  # a character below "0" wraps above 9
    if (digits > 9).any():
        return None
    digits = digits.astype(np.int64)
    year = digits[:, 0] * 1000 + digits[:, 1] * 100 + digits[:, 2] * 10 + digits[:, 3]
    month = digits[:, 4] * 10 + digits[:, 5]
    day = digits[:, 6] * 10 + digits[:, 7]
    if (year < 1).any() or (month < 1).any() or (month > 12).any() or (day < 1).any():
        return None
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    february = leap & (month == 2)
    if (day > _MONTH_DAYS[month] + february).any():
        return None
    before = year - 1
    return (before * 365 + before // 4 - before // 100 + before // 400
            + _MONTH_STARTS[month] + (leap & (month > 2)) + day)


def _numbers(text: str, count: int) -> np.ndarray | None:
    """The column's text parsed; every item is a whole number (the query lets only those through, and a
    NULL in their place is left out), so a column with a row missing is one number short."""
    if not count:
        return np.zeros(0, dtype=np.int64)
    try:
        array = np.fromstring(text, dtype=np.int64, sep=",")
    except ValueError:
        return None
    return array if len(array) == count else None


def found_codes(codes: np.ndarray, values: tuple[str, ...]) -> tuple[np.ndarray, tuple[str, ...]]:
    """A code column's codes and values narrowed to the values that occur (those given as expected may not)."""
    if not len(values):
        return codes, values
    used = np.bincount(codes, minlength=len(values)) > 0
    if used.all():
        return codes, values
    renumber = np.cumsum(used) - 1
    return renumber[codes], tuple(value for value, kept in zip(values, used.tolist(), strict=True) if kept)


def _by_rows(connection, columns: Sequence[Column], source: str, params: Sequence) -> Columns:
    """Any backend: the rows through the driver in slices, each slice turned into columns at once."""
    cursor = _execute(connection, "SELECT " + ", ".join(c.sql for c in columns) + f" FROM {source}", params)
    codes: list[dict[str, int]] = [{} for _ in columns]
    days: dict = {}
    parts: list[list[np.ndarray]] = [[] for _ in columns]
    try:
        # in slices, so that the GUI thread gets its turn between them and no list of every row is built
        while chunk := cursor.fetchmany(4000):
            for index, (column, cells) in enumerate(zip(columns, zip(*chunk, strict=True), strict=True)):
                if column.kind == "day":
                    cells = [days[cell] if cell in days else days.setdefault(cell, _ordinal(cell)) for cell in cells]
                elif column.kind == "answer":
                    cells = [-1 if cell is None else int(bool(cell)) for cell in cells]
                elif column.kind == "code":
                    known = codes[index]
                    cells = [known.setdefault(cell, len(known)) for cell in cells]
                parts[index].append(np.asarray(cells, dtype=np.int64))
    finally:
        cursor.close()
    arrays, values = [], {}
    for index, column in enumerate(columns):
        array = np.concatenate(parts[index]) if parts[index] else np.zeros(0, dtype=np.int64)
        if column.kind == "code":  # codes into the sorted distinct values, as the SQLite path gives them
            found = list(codes[index])
            order = sorted(range(len(found)), key=found.__getitem__)
            values[index] = tuple(found[i] for i in order)
            renumber = np.zeros(len(found), dtype=np.int64)
            renumber[order] = np.arange(len(found))
            array = renumber[array] if len(array) else array
        arrays.append(array)
    return Columns(tuple(arrays), values)


def _ordinal(value) -> int:
    return (value if isinstance(value, date) else date.fromisoformat(str(value)[:10])).toordinal()


def _execute(connection, sql: str, params: Sequence):
    cursor = connection.connection.cursor()
    cursor.execute(sql.replace("?", placeholder(connection)), tuple(params))
    return cursor
