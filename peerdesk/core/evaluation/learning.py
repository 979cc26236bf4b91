"""Learning evidence: the personal learning heat map (peers x weeks) and learning gains (5/3/1 scores).

A gain is the change of a peer's score in one learning area from their first to their last assessment
point; a peer assessed once has no gain yet (counted as "assessed once", not as zero).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from peerdesk.core.evaluation.records import CheckinRecord, GainRecord
from peerdesk.i18n import N_, _

VALID_SCORES = (1, 3, 5)


@dataclass(frozen=True)
class LearningHeatMap:
    """``cells[i][j]``: True (productive), False (not) or None (no check-in) for peer i in week j."""

    peer_ids: tuple[int, ...]
    weeks: tuple[date, ...]
    cells: tuple[tuple[bool | None, ...], ...]

    @property
    def answered(self) -> int:
        return sum(1 for row in self.cells for cell in row if cell is not None)

    @property
    def productive(self) -> int:
        return sum(1 for row in self.cells for cell in row if cell)

    @property
    def productive_share(self) -> float:
        return self.productive / self.answered if self.answered else 0.0

    def weekly_share(self) -> list[float | None]:
        """Share of answering peers who had a productive conversation, week by week."""
        shares: list[float | None] = []
        for j in range(len(self.weeks)):
            column = [row[j] for row in self.cells if row[j] is not None]
            shares.append(sum(1 for cell in column if cell) / len(column) if column else None)
        return shares


def learning_heat_map(checkins: Sequence[CheckinRecord], peer_ids: Sequence[int]) -> LearningHeatMap:
    """Peers (in ``peer_ids`` order) by every week from the first to the last check-in."""
    if not checkins:
        return LearningHeatMap(tuple(peer_ids), (), tuple(() for _ in peer_ids))
    answers = {(c.peer_id, c.week_start): c.productive for c in checkins}
    first = min(c.week_start for c in checkins)
    last = max(c.week_start for c in checkins)
    weeks = []
    current = first
    while current <= last:
        weeks.append(current)
        current += timedelta(days=7)
    cells = tuple(tuple(answers.get((peer_id, week)) for week in weeks) for peer_id in peer_ids)
    return LearningHeatMap(tuple(peer_ids), tuple(weeks), cells)


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
