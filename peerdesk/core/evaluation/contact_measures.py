"""The contact heat map: who was in touch with whom in a period, how dense and how informal.

A contact between two peers counts for the pair whoever reported it: the matrix is symmetric. A pair is
*informal* in a period if any report in it called their contact informal, *formal* if all did say
formal, and *none* without a report. Density is the share of possible pairs with any contact; informal
share is the share of contacted pairs whose contact was informal. The paper's aim: a full, informal matrix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from peerdesk.core.contacts import ContactRecord, week_start

NONE, FORMAL, INFORMAL = 0, 1, 2


@dataclass(frozen=True)
class ContactMatrix:
    """Who was in touch in a period: ``pairs[(i, j)]`` (i < j, positions in ``peer_ids``) is FORMAL or
    INFORMAL; pairs without contact are absent. ``cells`` gives the full N x N matrix of NONE, FORMAL and
    INFORMAL when asked for (a 2,000-peer cohort's is four million cells, so it is not built otherwise)."""

    peer_ids: tuple[int, ...]
    start: date | None
    end: date | None
    pairs: Mapping[tuple[int, int], int]

    @property
    def size(self) -> int:
        return len(self.peer_ids)

    @property
    def possible_pairs(self) -> int:
        return self.size * (self.size - 1) // 2

    @cached_property
    def cells(self) -> tuple[tuple[int, ...], ...]:
        cells = [[NONE] * self.size for _ in range(self.size)]
        for (i, j), kind in self.pairs.items():
            cells[i][j] = cells[j][i] = kind
        return tuple(tuple(row) for row in cells)

    def pair_counts(self) -> tuple[int, int]:
        """(formal pairs, informal pairs) above the diagonal."""
        informal = sum(1 for kind in self.pairs.values() if kind == INFORMAL)
        return len(self.pairs) - informal, informal

    @property
    def density(self) -> float:
        """Share of possible pairs that had any contact (0 when fewer than two peers)."""
        formal, informal = self.pair_counts()
        return (formal + informal) / self.possible_pairs if self.possible_pairs else 0.0

    @property
    def informal_share(self) -> float:
        """Share of contacted pairs whose contact was informal (0 when nobody was in touch)."""
        formal, informal = self.pair_counts()
        return informal / (formal + informal) if formal + informal else 0.0


def pair_kinds(records: Iterable[ContactRecord], start: date | None = None,
               end: date | None = None) -> dict[tuple[int, int], int]:
    """The strongest kind reported for each unordered pair (smaller id first) within [start, end]."""
    kinds: dict[tuple[int, int], int] = {}
    for record in records:
        if start is not None and record.report_date < start:
            continue
        if end is not None and record.report_date > end:
            continue
        if record.reporter_id == record.other_id:
            continue
        pair = (min(record.reporter_id, record.other_id), max(record.reporter_id, record.other_id))
        kind = INFORMAL if record.kind == "informal" else FORMAL
        if kinds.get(pair, NONE) < kind:
            kinds[pair] = kind
    return kinds


def contact_matrix(records: Iterable[ContactRecord], peer_ids: Sequence[int], start: date | None = None,
                   end: date | None = None) -> ContactMatrix:
    """The N x N matrix for ``peer_ids`` (in that order) over reports dated within [start, end]."""
    index = {peer_id: i for i, peer_id in enumerate(peer_ids)}
    pairs = {}
    for (a, b), kind in pair_kinds(records, start, end).items():
        if a in index and b in index:
            i, j = index[a], index[b]
            pairs[(i, j) if i < j else (j, i)] = kind
    return ContactMatrix(tuple(peer_ids), start, end, pairs)


@dataclass(frozen=True)
class WeeklyDensity:
    week_start: date
    density: float
    informal_share: float
    pairs: int


def weekly_density(records: Sequence[ContactRecord], peer_ids: Sequence[int]) -> list[WeeklyDensity]:
    """Density and informal share of each week's matrix, from the first to the last reported week."""
    if not records or len(peer_ids) < 2:
        return []
    members = set(peer_ids)
    possible = len(members) * (len(members) - 1) // 2
    by_week: dict[date, list[ContactRecord]] = {}
    for record in records:
        by_week.setdefault(week_start(record.report_date), []).append(record)
    first, last = min(by_week), max(by_week)
    weeks = []
    current = first
    while current <= last:
        kinds = {pair: kind for pair, kind in pair_kinds(by_week.get(current, ())).items()
                 if pair[0] in members and pair[1] in members}
        informal = sum(1 for kind in kinds.values() if kind == INFORMAL)
        weeks.append(WeeklyDensity(current, len(kinds) / possible, informal / len(kinds) if kinds else 0.0,
                                   len(kinds)))
        current += timedelta(days=7)
    return weeks


def report_span(records: Sequence[ContactRecord]) -> tuple[date, date] | None:
    """First and last report date, or None without reports."""
    if not records:
        return None
    return min(r.report_date for r in records), max(r.report_date for r in records)


def period_windows(records: Sequence[ContactRecord], weeks_per_window: int = 2) -> list[tuple[date, date]]:
    """Consecutive windows of ``weeks_per_window`` weeks covering the reports (for a slider or multiples)."""
    span = report_span(records)
    if span is None:
        return []
    windows = []
    current = week_start(span[0])
    while current <= span[1]:
        end = current + timedelta(days=7 * weeks_per_window - 1)
        windows.append((current, end))
        current = end + timedelta(days=1)
    return windows


def reporters_ordered(records: Sequence[ContactRecord], peer_ids: Sequence[int]) -> list[int]:
    """The peers who appear in any report (as reporter or contact), kept in ``peer_ids`` order."""
    seen = {r.reporter_id for r in records} | {r.other_id for r in records}
    return [peer_id for peer_id in peer_ids if peer_id in seen]
