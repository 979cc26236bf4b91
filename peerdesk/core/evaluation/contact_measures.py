"""The contact heat map: who was in touch with whom in a period, how dense and how informal.

A contact between two peers counts for the pair whoever reported it: the matrix is symmetric. A pair is
*informal* in a period if any report in it called their contact informal, *formal* if all did say
formal, and *none* without a report. Density is the share of possible pairs with any contact; informal
share is the share of contacted pairs whose contact was informal. The paper's aim: a full, informal matrix.

The measures run over the reports as columns (:class:`~peerdesk.core.evaluation.tables.ContactTable`):
a year of a 300-peer cohort's reports is tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

import numpy as np

from peerdesk.core.contacts import ContactRecord, week_start
from peerdesk.core.evaluation.tables import ContactTable, distinct, positions

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
    #: the pairs as columns (i, j, kind), as ``contact_matrix`` found them (for charts and counts; None
    #: for a matrix made otherwise, whose ``pairs`` are then read)
    columns: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, compare=False, repr=False)

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
        if self.columns is not None:
            informal = int(np.count_nonzero(self.columns[2] == INFORMAL))
        else:
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


def _strongest(keys: np.ndarray, kinds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct key once, with the strongest kind reported for it (INFORMAL over FORMAL)."""
    if not len(keys):
        return keys, kinds
    combined = distinct(keys * 4 + kinds)  # sorted: a key's strongest kind comes last among its own
    keys, kinds = combined // 4, combined % 4
    last = np.ones(len(keys), dtype=bool)
    last[:-1] = keys[1:] != keys[:-1]
    return keys[last], kinds[last]


def _kinds(table: ContactTable) -> np.ndarray:
    return np.where(table.informal, INFORMAL, FORMAL).astype(np.int64)


def pair_kinds(records: Iterable[ContactRecord], start: date | None = None,
               end: date | None = None) -> dict[tuple[int, int], int]:
    """The strongest kind reported for each unordered pair (smaller id first) within [start, end]."""
    table = ContactTable.of(records).within(start, end)
    apart = table.reporter != table.other
    low = np.minimum(table.reporter, table.other)[apart]
    high = np.maximum(table.reporter, table.other)[apart]
    if not len(low):
        return {}
    base = int(high.max()) + 1
    keys, kinds = _strongest(low * base + high, _kinds(table)[apart])
    return dict(zip(zip((keys // base).tolist(), (keys % base).tolist(), strict=True), kinds.tolist(), strict=True))


def _member_pairs(table: ContactTable, peer_ids: Sequence[int]) -> tuple[np.ndarray, ...]:
    """(rows kept, i, j, kinds) with i < j positions in ``peer_ids`` of the reports between two of them
    (self-contacts and anybody else left out); a pair may appear several times."""
    a = positions(table.reporter, peer_ids)
    b = positions(table.other, peer_ids)
    keep = (a >= 0) & (b >= 0) & (table.reporter != table.other)
    a, b = a[keep], b[keep]
    return keep, np.minimum(a, b), np.maximum(a, b), _kinds(table)[keep]


def contact_matrix(records: Iterable[ContactRecord], peer_ids: Sequence[int], start: date | None = None,
                   end: date | None = None) -> ContactMatrix:
    """The N x N matrix for ``peer_ids`` (in that order) over reports dated within [start, end]."""
    _keep, i, j, kinds = _member_pairs(ContactTable.of(records).within(start, end), peer_ids)
    size = max(len(peer_ids), 1)
    keys, kinds = _strongest(i * size + j, kinds)
    i, j = keys // size, keys % size
    pairs = dict(zip(zip(i.tolist(), j.tolist(), strict=True), kinds.tolist(), strict=True))
    return ContactMatrix(tuple(peer_ids), start, end, pairs, (i, j, kinds))


@dataclass(frozen=True)
class WeeklyDensity:
    week_start: date
    density: float
    informal_share: float
    pairs: int


def weekly_density(records: Sequence[ContactRecord], peer_ids: Sequence[int]) -> list[WeeklyDensity]:
    """Density and informal share of each week's matrix, from the first to the last reported week."""
    table = ContactTable.of(records)
    members = list(dict.fromkeys(peer_ids))
    if not len(table) or len(members) < 2:
        return []
    possible = len(members) * (len(members) - 1) // 2
    first_day, last_day = table.span()
    first, last = week_start(first_day).toordinal(), week_start(last_day).toordinal()
    count = (last - first) // 7 + 1
    weeks = (table.day - first) // 7
    keep, i, j, kinds = _member_pairs(table, members)
    size = len(members)
    keys, kinds = _strongest((weeks[keep] * size + i) * size + j, kinds)
    week_of = keys // (size * size)
    pairs = np.bincount(week_of, minlength=count).tolist()
    informal = np.bincount(week_of, weights=kinds == INFORMAL, minlength=count).astype(np.int64).tolist()
    return [WeeklyDensity(date.fromordinal(first + 7 * w), pairs[w] / possible,
                          informal[w] / pairs[w] if pairs[w] else 0.0, pairs[w]) for w in range(count)]


def report_span(records: Sequence[ContactRecord]) -> tuple[date, date] | None:
    """First and last report date, or None without reports."""
    return ContactTable.of(records).span()


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
    table = ContactTable.of(records)
    seen = set(distinct(np.concatenate((table.reporter, table.other))).tolist())
    return [peer_id for peer_id in peer_ids if peer_id in seen]
