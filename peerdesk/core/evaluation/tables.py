"""Contact reports and check-ins held as columns (numpy arrays), so the measures over a year of reports
(tens or hundreds of thousands of rows) are a few array operations instead of one Python object per row.

A table is also a read-only sequence of its records (:class:`ContactRecord`, :class:`CheckinRecord`),
built one at a time when asked for, so code that reads records one by one keeps working. Measures call
``ContactTable.of(records)``: a table is used as it is, a plain list of records is turned into one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Generic, TypeVar, overload

import numpy as np

from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.records import CheckinRecord

R = TypeVar("R")


def day_numbers(days: Iterable[date]) -> np.ndarray:
    """Dates as proleptic ordinals (``date.toordinal``), the form the tables keep them in."""
    return np.fromiter((day.toordinal() for day in days), dtype=np.int64)


class RecordTable(Sequence[R], Generic[R]):
    """The sequence part shared by the tables: length, items, slices, iteration and equality. A subclass
    gives ``__len__``, ``_take`` (rows by slice or mask, as a table) and ``_records`` (records of a range)."""

    def __len__(self) -> int:
        raise NotImplementedError

    def _take(self, rows: np.ndarray | slice):
        raise NotImplementedError

    def _records(self, start: int, stop: int) -> Iterator[R]:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self, index: slice) -> RecordTable[R]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._take(index)
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("table index out of range")
        return next(self._records(index, index + 1))

    def __iter__(self) -> Iterator[R]:
        return self._records(0, len(self))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} rows)"


class ContactTable(RecordTable[ContactRecord]):
    """Reported contacts as columns, oldest first (then by reporter and contact): ``day`` (ordinals),
    ``reporter`` and ``other`` (peer ids), ``kind`` and ``channel`` (texts) and ``informal`` (bool)."""

    __slots__ = ("day", "reporter", "other", "kind", "channel", "informal")

    def __init__(self, day: np.ndarray, reporter: np.ndarray, other: np.ndarray, kind: np.ndarray,
                 channel: np.ndarray, *, ordered: bool = False) -> None:
        columns = [np.asarray(day, dtype=np.int64), np.asarray(reporter, dtype=np.int64),
                   np.asarray(other, dtype=np.int64), np.asarray(kind, dtype=str), np.asarray(channel, dtype=str)]
        if not ordered and len(columns[0]) > 1:
            # oldest first, then by reporter and contact: the order the measures and the slider rely on
            order = np.lexsort((columns[2], columns[1], columns[0]))
            columns = [column[order] for column in columns]
        self.day, self.reporter, self.other, self.kind, self.channel = columns
        self.informal = self.kind == "informal"

    @classmethod
    def from_columns(cls, day: Sequence[int], reporter: Sequence[int], other: Sequence[int], kind: Sequence[str],
                     channel: Sequence[str]) -> ContactTable:
        """A table from plain columns (days as ordinals), in any order."""
        return cls(np.asarray(day, dtype=np.int64), np.asarray(reporter, dtype=np.int64),
                   np.asarray(other, dtype=np.int64), np.asarray(kind, dtype=str), np.asarray(channel, dtype=str))

    @classmethod
    def of(cls, records: Iterable[ContactRecord]) -> ContactTable:
        """``records`` as a table (a table is returned as it is)."""
        if isinstance(records, ContactTable):
            return records
        rows = list(records)
        return cls.from_columns([r.report_date.toordinal() for r in rows], [r.reporter_id for r in rows],
                                [r.other_id for r in rows], [r.kind for r in rows], [r.channel for r in rows])

    def __len__(self) -> int:
        return len(self.day)

    def _take(self, rows):
        return ContactTable(self.day[rows], self.reporter[rows], self.other[rows], self.kind[rows], self.channel[rows],
                            ordered=True)

    def _records(self, start: int, stop: int) -> Iterator[ContactRecord]:
        days: dict[int, date] = {}
        for day, reporter, other, kind, channel in zip(
                self.day[start:stop].tolist(), self.reporter[start:stop].tolist(), self.other[start:stop].tolist(),
                self.kind[start:stop].tolist(), self.channel[start:stop].tolist(), strict=True):
            when = days.get(day) or days.setdefault(day, date.fromordinal(day))
            yield ContactRecord(when, reporter, other, kind, channel)

    def within(self, start: date | None = None, end: date | None = None) -> ContactTable:
        """The reports dated within [start, end] (a slice: the table is in date order)."""
        low = 0 if start is None else int(np.searchsorted(self.day, start.toordinal(), side="left"))
        high = len(self) if end is None else int(np.searchsorted(self.day, end.toordinal(), side="right"))
        return self._take(slice(low, max(low, high)))

    def span(self) -> tuple[date, date] | None:
        """First and last report date, or None without reports."""
        if not len(self):
            return None
        return date.fromordinal(int(self.day[0])), date.fromordinal(int(self.day[-1]))


class CheckinTable(RecordTable[CheckinRecord]):
    """Weekly check-ins as columns: ``peer``, ``week`` (ordinals of the week's first day) and ``answer``
    (1 productive, 0 not, -1 unanswered), in week then peer order; notes are kept for the records."""

    __slots__ = ("peer", "week", "answer", "_notes")

    def __init__(self, peer: np.ndarray, week: np.ndarray, answer: np.ndarray, notes: Sequence[str],
                 *, ordered: bool = False) -> None:
        notes = list(notes)
        if not ordered and len(peer) > 1:
            order = np.lexsort((peer, week))
            peer, week, answer = peer[order], week[order], answer[order]
            notes = [notes[i] for i in order.tolist()]
        self.peer = np.asarray(peer, dtype=np.int64)
        self.week = np.asarray(week, dtype=np.int64)
        self.answer = np.asarray(answer, dtype=np.int8)
        self._notes = notes

    @classmethod
    def from_columns(cls, peer: Sequence[int], week: Sequence[int], productive: Sequence[bool | None],
                     notes: Sequence[str] | None = None) -> CheckinTable:
        answer = np.fromiter((-1 if value is None else int(bool(value)) for value in productive), dtype=np.int8,
                             count=len(productive))
        return cls(np.asarray(peer, dtype=np.int64), np.asarray(week, dtype=np.int64), answer,
                   notes if notes is not None else [""] * len(peer))

    @classmethod
    def of(cls, records: Iterable[CheckinRecord]) -> CheckinTable:
        if isinstance(records, CheckinTable):
            return records
        rows = list(records)
        return cls.from_columns([r.peer_id for r in rows], [r.week_start.toordinal() for r in rows],
                                [r.productive for r in rows], [r.note for r in rows])

    def __len__(self) -> int:
        return len(self.peer)

    def _take(self, rows):
        notes = self._notes[rows] if isinstance(rows, slice) else [self._notes[i] for i in np.flatnonzero(rows)]
        return CheckinTable(self.peer[rows], self.week[rows], self.answer[rows], notes, ordered=True)

    def _records(self, start: int, stop: int) -> Iterator[CheckinRecord]:
        weeks: dict[int, date] = {}
        for peer, week, answer, note in zip(self.peer[start:stop].tolist(), self.week[start:stop].tolist(),
                                            self.answer[start:stop].tolist(), self._notes[start:stop], strict=True):
            when = weeks.get(week) or weeks.setdefault(week, date.fromordinal(week))
            yield CheckinRecord(peer, when, None if answer < 0 else bool(answer), note)


def positions(ids: np.ndarray, peer_ids: Sequence[int]) -> np.ndarray:
    """Each id's position in ``peer_ids`` (the last, if listed twice), or -1 for an id not in it."""
    wanted = np.asarray(peer_ids, dtype=np.int64)
    if not len(wanted) or not len(ids):
        return np.full(len(ids), -1, dtype=np.int64)
    order = np.argsort(wanted, kind="stable")
    ordered = wanted[order]
    found = np.maximum(np.searchsorted(ordered, ids, side="right") - 1, 0)
    return np.where(ordered[found] == ids, order[found], -1)
