"""Learning evidence: the personal learning heat map (peers x weeks) and learning gains (5/3/1 scores).

A gain is the change of a peer's score in one learning area from their first to their last assessment
point; a peer assessed once has no gain yet (counted as "assessed once", not as zero).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np

from peerdesk.core.evaluation.records import CheckinRecord, GainRecord
from peerdesk.core.evaluation.tables import CheckinTable, positions
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


def _first_last(gains: Sequence[GainRecord]) -> dict[tuple[int, str], tuple[int, int]]:
    by_key: dict[tuple[int, str], list[GainRecord]] = defaultdict(list)
    for gain in gains:
        by_key[(gain.peer_id, gain.area)].append(gain)
    pairs = {}
    for key, rows in by_key.items():
        rows.sort(key=lambda row: row.assessed_on)
        if len(rows) >= 2 and rows[0].assessed_on != rows[-1].assessed_on:
            pairs[key] = (rows[0].score, rows[-1].score)
    return pairs


def learning_gains(gains: Sequence[GainRecord], areas: Sequence[str]) -> GainSummary:
    """Mean first and last score per area (in ``areas`` order) and mean gain per peer."""
    pairs = _first_last(gains)
    by_area = []
    for area in areas:
        values = [pair for (peer, a), pair in pairs.items() if a == area]
        if values:
            by_area.append(AreaGain(area, len(values), sum(v[0] for v in values) / len(values),
                                    sum(v[1] for v in values) / len(values)))
        else:
            by_area.append(AreaGain(area, 0, 0.0, 0.0))
    per_peer: dict[int, list[int]] = defaultdict(list)
    for (peer, _area), (first, last) in pairs.items():
        per_peer[peer].append(last - first)
    by_peer = tuple(
        PeerGain(peer, len(deltas), sum(deltas) / len(deltas), sum(1 for d in deltas if d > 0),
                 sum(1 for d in deltas if d < 0))
        for peer, deltas in sorted(per_peer.items())
    )
    assessed = {gain.peer_id for gain in gains}
    once = tuple(sorted(assessed - set(per_peer)))
    points = []
    for gain in sorted(gains, key=lambda g: g.assessed_on):
        label = gain.point or gain.assessed_on.isoformat()
        if label not in points:
            points.append(label)
    return GainSummary(tuple(by_area), by_peer, once, tuple(points))


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
