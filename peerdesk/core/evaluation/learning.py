"""Learning evidence: the personal learning heat map (peers x weeks) and learning gains (5/3/1 scores).

A gain is the change of a peer's score in one learning area from their first to their last assessment
point; a peer assessed once has no gain yet (counted as "assessed once", not as zero).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np

from peerdesk.core.evaluation.records import CheckinRecord, GainRecord
from peerdesk.core.evaluation.tables import CheckinTable, GainTable, distinct, positions
from peerdesk.i18n import N_, _

VALID_SCORES = (1, 3, 5)


@dataclass(frozen=True, eq=False)
class LearningHeatMap:
    """``values[i, j]``: 1 (productive), 0 (not) or -1 (no check-in) for peer i in week j; ``cells`` gives
    the same as True, False and None."""

    peer_ids: tuple[int, ...]
    weeks: tuple[date, ...]
    values: np.ndarray

    @cached_property
    def cells(self) -> tuple[tuple[bool | None, ...], ...]:
        names = (None, False, True)
        return tuple(tuple(names[value + 1] for value in row) for row in self.values.tolist())

    @property
    def answered(self) -> int:
        return int(np.count_nonzero(self.values >= 0))

    @property
    def productive(self) -> int:
        return int(np.count_nonzero(self.values == 1))

    @property
    def productive_share(self) -> float:
        return self.productive / self.answered if self.answered else 0.0

    def answering(self) -> np.ndarray:
        """Whether each peer (row) sent any check-in."""
        return (self.values >= 0).any(axis=1) if self.values.size else np.zeros(len(self.peer_ids), dtype=bool)

    def weekly_share(self) -> list[float | None]:
        """Share of answering peers who had a productive conversation, week by week."""
        answered = np.count_nonzero(self.values >= 0, axis=0).tolist()
        productive = np.count_nonzero(self.values == 1, axis=0).tolist()
        return [p / a if a else None for p, a in zip(productive, answered, strict=True)]


def learning_heat_map(checkins: Sequence[CheckinRecord], peer_ids: Sequence[int]) -> LearningHeatMap:
    """Peers (in ``peer_ids`` order) by every week from the first to the last check-in."""
    table = CheckinTable.of(checkins)
    if not len(table):
        return LearningHeatMap(tuple(peer_ids), (), np.zeros((len(peer_ids), 0), dtype=np.int8))
    first, last = int(table.week.min()), int(table.week.max())
    count = (last - first) // 7 + 1
    weeks = tuple(date.fromordinal(first + 7 * j) for j in range(count))
    values = np.full((len(peer_ids), count), -1, dtype=np.int8)
    rows = positions(table.peer, peer_ids)
    # only check-ins on a listed week (a week's first day, seven days apart from the first) have a cell
    offset = table.week - first
    keep = (rows >= 0) & (offset % 7 == 0)
    values[rows[keep], offset[keep] // 7] = table.answer[keep]
    if len(set(peer_ids)) != len(peer_ids):  # a peer listed twice gets the same row twice
        index = {peer_id: i for i, peer_id in enumerate(peer_ids)}
        values = values[[index[peer_id] for peer_id in peer_ids]]
    return LearningHeatMap(tuple(peer_ids), weeks, values)


@dataclass(frozen=True)
class AreaGain:
    area: str
    peers: int  # peers with at least two assessment points in this area
    mean_first: float
    mean_last: float

    @property
    def mean_gain(self) -> float:
        return self.mean_last - self.mean_first


@dataclass(frozen=True)
class PeerGain:
    peer_id: int
    areas: int
    mean_gain: float
    improved: int
    declined: int


@dataclass(frozen=True)
class GainSummary:
    by_area: tuple[AreaGain, ...]
    by_peer: tuple[PeerGain, ...]
    assessed_once: tuple[int, ...]  # peers with a single assessment point so far
    points: tuple[str, ...]  # assessment point labels, in date order


def _first_last(table: GainTable) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(peer, area code, first score, last score) of each peer's area scored on two dates or more: first
    and last by date (rows of one date in the order given)."""
    size = len(table)
    order = np.lexsort((np.arange(size), table.day, table.area_code, table.peer))
    peer, area, day, score = (column[order] for column in (table.peer, table.area_code, table.day, table.score))
    starts = np.ones(size, dtype=bool)
    starts[1:] = (peer[1:] != peer[:-1]) | (area[1:] != area[:-1])
    first = np.flatnonzero(starts)
    last = np.append(first[1:] - 1, size - 1)
    keep = day[first] != day[last]  # scored on two dates at least (one date: no gain yet)
    first, last = first[keep], last[keep]
    return peer[first], area[first], score[first].astype(np.int64), score[last].astype(np.int64)


def learning_gains(gains: Sequence[GainRecord], areas: Sequence[str]) -> GainSummary:
    """Mean first and last score per area (in ``areas`` order) and mean gain per peer."""
    table = GainTable.of(gains)
    if not len(table):
        return GainSummary(tuple(AreaGain(area, 0, 0.0, 0.0) for area in areas), (), (), ())
    peers, area_codes, firsts, lasts = _first_last(table)
    by_area = []
    for area in areas:
        chosen = area_codes == table.areas.index(area) if area in table.areas else np.zeros(len(peers), dtype=bool)
        count = int(np.count_nonzero(chosen))
        # sums of whole scores: exact, so the means are those of the scores one by one
        by_area.append(AreaGain(area, count, int(firsts[chosen].sum()) / count, int(lasts[chosen].sum()) / count)
                       if count else AreaGain(area, 0, 0.0, 0.0))
    gained, row = np.unique(peers, return_inverse=True)
    deltas = lasts - firsts
    counts = np.bincount(row, minlength=len(gained)).tolist()
    sums = np.bincount(row, weights=deltas, minlength=len(gained)).astype(np.int64).tolist()
    improved = np.bincount(row, weights=deltas > 0, minlength=len(gained)).astype(np.int64).tolist()
    declined = np.bincount(row, weights=deltas < 0, minlength=len(gained)).astype(np.int64).tolist()
    by_peer = tuple(PeerGain(peer, counts[i], sums[i] / counts[i], improved[i], declined[i])
                    for i, peer in enumerate(gained.tolist()))
    once = tuple(np.setdiff1d(distinct(table.peer), gained, assume_unique=True).tolist())
    return GainSummary(tuple(by_area), by_peer, once, _points(table))


def _points(table: GainTable) -> tuple[str, ...]:
    """The assessment points' labels in date order (a row without a label is named by its date)."""
    order = np.lexsort((np.arange(len(table)), table.day))
    days, codes = table.day[order].astype(np.int64), table.point_code[order].astype(np.int64)
    _keys, firsts = np.unique(days * (len(table.points) + 1) + codes, return_index=True)
    points: list[str] = []
    for at in np.sort(firsts).tolist():
        label = table.points[codes[at]] or date.fromordinal(int(days[at])).isoformat()
        if label not in points:
            points.append(label)
    return tuple(points)


def outcome_family_counts(families: Sequence[Sequence[str]], codes: Sequence[str]) -> dict[str, int]:
    """How many interviews named each practical-learning outcome family (in ``codes`` order)."""
    counts = dict.fromkeys(codes, 0)
    for named in families:
        for code in set(named):
            if code in counts:
                counts[code] += 1
    return counts


#: Assessment points most initiatives use, so that they print in the reader's language; any other label
#: (a facilitator's own, "after the study tour") prints as typed.
POINT_NAMES = {"baseline": N_("baseline"), "midpoint": N_("midpoint"), "endline": N_("endline"),
               "final": N_("final")}


def point_label(label: str) -> str:
    """An assessment point as the reader says it ("midpoint" -> "mi-parcours" in French)."""
    known = POINT_NAMES.get(label.strip().lower())
    return _(known) if known else label
