"""Contact reports and check-ins held as columns (numpy arrays), so the measures over a year of reports
(tens or hundreds of thousands of rows) are a few array operations instead of one Python object per row.

A table is also a read-only sequence of its records (:class:`ContactRecord`, :class:`CheckinRecord`),
built one at a time when asked for, so code that reads records one by one keeps working. Measures call
``ContactTable.of(records)``: a table is used as it is, a plain list of records is turned into one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Generic, TypeVar, overload

import numpy as np

from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.records import CheckinRecord, GainRecord

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


def codes_of(texts: Sequence[str] | np.ndarray) -> tuple[np.ndarray, tuple[str, ...]]:
    """Texts as small codes into their sorted distinct values: ``(codes, values)`` with
    ``values[codes[i]] == texts[i]`` (a column of a few distinct words is one byte a row, not dozens)."""
    values, codes = np.unique(np.asarray(texts, dtype=str), return_inverse=True)
    return codes.astype(_code_type(len(values))), tuple(values.tolist())


def _code_type(count: int) -> type:
    return np.int8 if count <= 127 else np.int16 if count <= 32_767 else np.int32


def _texts(codes: np.ndarray, values: tuple[str, ...]) -> np.ndarray:
    return np.asarray(values, dtype=str)[codes] if values else np.zeros(len(codes), dtype=str)


class ContactTable(RecordTable[ContactRecord]):
    """Reported contacts as columns, oldest first (then by reporter and contact): ``day`` (ordinals, int32),
    ``reporter`` and ``other`` (peer ids), ``informal`` (bool), and ``kind`` and ``channel`` (texts, kept as
    one-byte codes into ``kinds`` and ``channels``: ``kind_code``, ``channel_code``)."""

    __slots__ = ("day", "reporter", "other", "kind_code", "kinds", "channel_code", "channels", "informal")

    def __init__(self, day: np.ndarray, reporter: np.ndarray, other: np.ndarray, kind: np.ndarray,
                 channel: np.ndarray, *, ordered: bool = False) -> None:
        kind_code, kinds = codes_of(kind)
        channel_code, channels = codes_of(channel)
        self._set(day, reporter, other, kind_code, kinds, channel_code, channels, ordered)

    def _set(self, day, reporter, other, kind_code, kinds, channel_code, channels, ordered: bool) -> None:
        columns = [np.asarray(day, dtype=np.int32), np.asarray(reporter, dtype=np.int64),
                   np.asarray(other, dtype=np.int64), np.asarray(kind_code), np.asarray(channel_code)]
        if not ordered and len(columns[0]) > 1:
            # oldest first, then by reporter and contact: the order the measures and the slider rely on
            order = _contact_order(columns[0], columns[1], columns[2])
            if order is not None:
                columns = [column[order] for column in columns]
        self.day, self.reporter, self.other, self.kind_code, self.channel_code = columns
        self.kinds, self.channels = tuple(kinds), tuple(channels)
        informal = self.kinds.index("informal") if "informal" in self.kinds else -1
        self.informal = self.kind_code == informal

    @classmethod
    def from_codes(cls, day: np.ndarray, reporter: np.ndarray, other: np.ndarray, kind_code: np.ndarray,
                   kinds: Sequence[str], channel_code: np.ndarray, channels: Sequence[str],
                   *, ordered: bool = False) -> ContactTable:
        """A table from columns whose texts are already codes (``kinds[kind_code[i]]`` is row i's kind)."""
        table = cls.__new__(cls)
        table._set(day, reporter, other, np.asarray(kind_code).astype(_code_type(len(kinds)), copy=False), kinds,
                   np.asarray(channel_code).astype(_code_type(len(channels)), copy=False), channels, ordered)
        return table

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

    @property
    def kind(self) -> np.ndarray:
        """Each row's kind as text."""
        return _texts(self.kind_code, self.kinds)

    @property
    def channel(self) -> np.ndarray:
        """Each row's channel as text."""
        return _texts(self.channel_code, self.channels)

    def __len__(self) -> int:
        return len(self.day)

    def _take(self, rows):
        return ContactTable.from_codes(self.day[rows], self.reporter[rows], self.other[rows], self.kind_code[rows],
                                       self.kinds, self.channel_code[rows], self.channels, ordered=True)

    def _records(self, start: int, stop: int) -> Iterator[ContactRecord]:
        days: dict[int, date] = {}
        kinds, channels = self.kinds, self.channels
        for day, reporter, other, kind, channel in zip(
                self.day[start:stop].tolist(), self.reporter[start:stop].tolist(), self.other[start:stop].tolist(),
                self.kind_code[start:stop].tolist(), self.channel_code[start:stop].tolist(), strict=True):
            when = days.get(day) or days.setdefault(day, date.fromordinal(day))
            yield ContactRecord(when, reporter, other, kinds[kind], channels[channel])

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


def _contact_order(day: np.ndarray, reporter: np.ndarray, other: np.ndarray) -> np.ndarray | None:
    """The rows' order by day, reporter and contact (stable), or None when they are in it already. The three
    are packed into one number where they fit (a sort of one key, fast on rows nearly in order already)."""
    low, high = int(day.min()), int(day.max())
    smallest, largest = min(int(reporter.min()), int(other.min())), max(int(reporter.max()), int(other.max()))
    ids = largest - smallest + 1
    if smallest < 0 or (high - low + 1) * ids * ids >= 2**62:
        return np.lexsort((other, reporter, day))
    key = ((day.astype(np.int64) - low) * ids + (reporter - smallest)) * ids + (other - smallest)
    if (key[1:] >= key[:-1]).all():
        return None
    return np.argsort(key, kind="stable")


class CheckinTable(RecordTable[CheckinRecord]):
    """Weekly check-ins as columns: ``peer``, ``week`` (ordinals of the week's first day, int32) and ``answer``
    (1 productive, 0 not, -1 unanswered), in week then peer order. Notes are kept for the records, only the
    rows that have one (most check-ins have none)."""

    __slots__ = ("peer", "week", "answer", "_notes")

    def __init__(self, peer: np.ndarray, week: np.ndarray, answer: np.ndarray, notes: Sequence[str] | Mapping[int, str],
                 *, ordered: bool = False) -> None:
        peer, week, answer = np.asarray(peer), np.asarray(week), np.asarray(answer)
        # the notes as {row: note} for the rows that have one
        kept = dict(notes) if isinstance(notes, Mapping) else {i: note for i, note in enumerate(notes) if note}
        if not ordered and len(peer) > 1:
            order = np.lexsort((peer, week))
            peer, week, answer = peer[order], week[order], answer[order]
            if kept:
                new_row = np.empty(len(order), dtype=np.int64)
                new_row[order] = np.arange(len(order))
                kept = {int(new_row[row]): note for row, note in kept.items()}
        self.peer = peer.astype(np.int64, copy=False)
        self.week = week.astype(np.int32, copy=False)
        self.answer = answer.astype(np.int8, copy=False)
        self._notes: dict[int, str] = kept

    @classmethod
    def from_columns(cls, peer: Sequence[int], week: Sequence[int], productive: Sequence[bool | None],
                     notes: Sequence[str] | None = None) -> CheckinTable:
        answer = np.fromiter((-1 if value is None else int(bool(value)) for value in productive), dtype=np.int8,
                             count=len(productive))
        return cls(np.asarray(peer, dtype=np.int64), np.asarray(week, dtype=np.int64), answer,
                   notes if notes is not None else {})

    @classmethod
    def of(cls, records: Iterable[CheckinRecord]) -> CheckinTable:
        if isinstance(records, CheckinTable):
            return records
        rows = list(records)
        return cls.from_columns([r.peer_id for r in rows], [r.week_start.toordinal() for r in rows],
                                [r.productive for r in rows], [r.note for r in rows])

    def add_notes(self, peer: np.ndarray, week: np.ndarray, notes: Sequence[str]) -> None:
        """Put ``notes`` on the rows of their peer and week (one row per peer and week; others are ignored)."""
        if not len(self) or not len(peer):
            return
        base = int(max(self.peer.max(), np.max(peer))) + 1
        keys = self.week.astype(np.int64) * base + self.peer  # ascending: the table is in week then peer order
        wanted = np.asarray(week, dtype=np.int64) * base + np.asarray(peer, dtype=np.int64)
        rows = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        for row, found, note in zip(rows.tolist(), (keys[rows] == wanted).tolist(), notes, strict=True):
            if found and note:
                self._notes[row] = note

    def __len__(self) -> int:
        return len(self.peer)

    def _take(self, rows):
        kept = np.arange(len(self))[rows]
        notes = {}
        if self._notes:
            new_row = {int(old): new for new, old in enumerate(kept.tolist())}
            notes = {new_row[row]: note for row, note in self._notes.items() if row in new_row}
        return CheckinTable(self.peer[rows], self.week[rows], self.answer[rows], notes, ordered=True)

    def _records(self, start: int, stop: int) -> Iterator[CheckinRecord]:
        weeks: dict[int, date] = {}
        notes = self._notes
        for row, peer, week, answer in zip(range(start, stop), self.peer[start:stop].tolist(),
                                           self.week[start:stop].tolist(), self.answer[start:stop].tolist(),
                                           strict=True):
            when = weeks.get(week) or weeks.setdefault(week, date.fromordinal(week))
            yield CheckinRecord(peer, when, None if answer < 0 else bool(answer), notes.get(row, ""))


def distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` for a column of numbers, by a sort: numpy 2's own finds them by hashing, some
    forty times slower on a few hundred thousand rows (a whole second of the Evaluation tab's measures)."""
    ordered = np.sort(np.asarray(values))
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def positions(ids: np.ndarray, peer_ids: Sequence[int]) -> np.ndarray:
    """Each id's position in ``peer_ids`` (the last, if listed twice), or -1 for an id not in it."""
    wanted = np.asarray(peer_ids, dtype=np.int64)
    if not len(wanted) or not len(ids):
        return np.full(len(ids), -1, dtype=np.int64)
    order = np.argsort(wanted, kind="stable")
    ordered = wanted[order]
    found = np.maximum(np.searchsorted(ordered, ids, side="right") - 1, 0)
    return np.where(ordered[found] == ids, order[found], -1)


class GainTable(RecordTable[GainRecord]):
    """Learning-gain scores as columns, by date, then peer, then area: ``peer``, ``day`` (ordinals of the
    assessment date, int32), ``score`` (int8), and ``area`` and ``point`` as codes into ``areas`` and
    ``points`` (``area_code``, ``point_code``)."""

    __slots__ = ("peer", "day", "score", "area_code", "areas", "point_code", "points")

    def __init__(self, peer: np.ndarray, day: np.ndarray, score: np.ndarray, area_code: np.ndarray,
                 areas: Sequence[str], point_code: np.ndarray, points: Sequence[str], *, ordered: bool = False) -> None:
        columns = [np.asarray(peer, dtype=np.int64), np.asarray(day, dtype=np.int32), np.asarray(score),
                   np.asarray(area_code).astype(_code_type(len(areas))),
                   np.asarray(point_code).astype(_code_type(len(points)))]
        if not ordered and len(columns[0]) > 1:
            # the area codes follow the areas' sorted texts, so this is date, peer, area as texts
            order = _sorted_order(columns[3], areas, columns[0], columns[1])
            columns = [column[order] for column in columns]
        self.peer, self.day, self.score, self.area_code, self.point_code = columns
        self.score = self.score.astype(np.int8 if not len(self.score) or np.abs(self.score).max() < 128 else np.int64)
        self.areas, self.points = tuple(areas), tuple(points)

    @classmethod
    def of(cls, records: Iterable[GainRecord]) -> GainTable:
        """``records`` as a table (a table is returned as it is)."""
        if isinstance(records, GainTable):
            return records
        rows = list(records)
        area_code, areas = codes_of([r.area for r in rows])
        point_code, points = codes_of([r.point for r in rows])
        return cls(np.asarray([r.peer_id for r in rows], dtype=np.int64),
                   np.asarray([r.assessed_on.toordinal() for r in rows], dtype=np.int64),
                   np.asarray([r.score for r in rows], dtype=np.int64), area_code, areas, point_code, points,
                   ordered=True)

    def __len__(self) -> int:
        return len(self.peer)

    def _take(self, rows):
        return GainTable(self.peer[rows], self.day[rows], self.score[rows], self.area_code[rows], self.areas,
                         self.point_code[rows], self.points, ordered=True)

    def _records(self, start: int, stop: int) -> Iterator[GainRecord]:
        days: dict[int, date] = {}
        for peer, day, score, area, point in zip(
                self.peer[start:stop].tolist(), self.day[start:stop].tolist(), self.score[start:stop].tolist(),
                self.area_code[start:stop].tolist(), self.point_code[start:stop].tolist(), strict=True):
            when = days.get(day) or days.setdefault(day, date.fromordinal(day))
            yield GainRecord(peer, when, self.points[point], self.areas[area], score)


def _sorted_order(area_code: np.ndarray, areas: Sequence[str], peer: np.ndarray, day: np.ndarray) -> np.ndarray:
    rank = np.argsort(np.argsort(np.asarray(areas, dtype=str), kind="stable"), kind="stable")
    return np.lexsort((rank[area_code] if len(areas) else area_code, peer, day))
