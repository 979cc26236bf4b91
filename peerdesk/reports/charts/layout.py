"""What the screen's matplotlib figures and the summary's reportlab drawings share besides colours
(:mod:`peerdesk.reports.charts.palette`): when peers are named or grouped, how a large matrix is grouped,
how diffusion trees are placed, and where an axis puts its ticks. No Qt and no matplotlib here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from peerdesk.core.evaluation.contact_measures import ContactMatrix
from peerdesk.core.evaluation.diffusion import DiffusionNode

#: Peers; above this a contact matrix carries no names (they would not be legible).
LABELLED_UP_TO = 30
#: Peers; above this the per-peer bars of learning gains carry no names.
NAMED_BARS_UP_TO = 40
#: Peers; above this a heat map (contact, or check-ins week by week) is drawn as an image of groups of
#: consecutive peers, since a printed panel or a window has room for about this many rows, and millions
#: of vector cells would take minutes to draw.
CELLS_UP_TO = 250
#: Diffusion trees drawn at most (the largest ones).
MAX_TREES = 40


def group_size(count: int, most: int = CELLS_UP_TO) -> int:
    """How many consecutive peers share a row so that ``count`` peers take at most ``most`` rows."""
    return max(1, -(-count // most))


def matrix_array(matrix: ContactMatrix, most: int = CELLS_UP_TO) -> np.ndarray:
    """The matrix as an int8 array of NONE / FORMAL / INFORMAL, grouped into at most ``most`` rows and
    columns (each group of consecutive peers keeps the strongest contact among its members)."""
    group = group_size(matrix.size, most)
    side = -(-matrix.size // group)
    cells = np.zeros((side, side), dtype=np.int8)
    if matrix.columns is not None and len(matrix.columns[0]):  # the pairs as contact_matrix found them
        i, j, kinds = matrix.columns
        pairs = np.stack((i, j), axis=1).astype(np.int64) // group
        kinds = kinds.astype(np.int8)
        np.maximum.at(cells, (pairs[:, 0], pairs[:, 1]), kinds)
        np.maximum.at(cells, (pairs[:, 1], pairs[:, 0]), kinds)
    elif matrix.pairs:
        pairs = np.fromiter((v for pair in matrix.pairs for v in pair), dtype=np.int64,
                            count=2 * len(matrix.pairs)).reshape(-1, 2) // group
        kinds = np.fromiter(matrix.pairs.values(), dtype=np.int8, count=len(matrix.pairs))
        np.maximum.at(cells, (pairs[:, 0], pairs[:, 1]), kinds)
        np.maximum.at(cells, (pairs[:, 1], pairs[:, 0]), kinds)
    return cells


def checkin_rows(values: np.ndarray, most: int = CELLS_UP_TO) -> np.ndarray:
    """Check-ins (peers x weeks of -1 no check-in, 0 no, 1 yes) grouped as :func:`matrix_array` groups a
    contact matrix: at most ``most`` rows of consecutive peers. A group's week reads "yes" when at least
    half of the group's check-ins that week said yes, "no" when fewer did, "no check-in" when nobody in
    the group checked in. Ungrouped (``most`` or fewer peers) the values come back as they are."""
    values = np.asarray(values, dtype=np.int8)
    group = group_size(values.shape[0], most)
    if group == 1:
        return values
    starts = np.arange(0, values.shape[0], group)
    yes = np.add.reduceat((values == 1).astype(np.int32), starts, axis=0)
    answered = np.add.reduceat((values >= 0).astype(np.int32), starts, axis=0)
    grouped = np.where(2 * yes >= answered, 1, 0).astype(np.int8)
    grouped[answered == 0] = -1
    return grouped


def _layout(node: DiffusionNode, depth: int, next_row: list[float], out: list) -> float:
    """Place leaves on successive rows and parents at the middle of their children; returns node's row."""
    if node.children:
        rows = [_layout(child, depth + 1, next_row, out) for child in node.children]
        row = sum(rows) / len(rows)
    else:
        row = next_row[0]
        next_row[0] += 1
    out.append((node, depth, row))
    return row


def place_trees(trees: Sequence[DiffusionNode]) -> tuple[list[tuple[DiffusionNode, int, float]], float]:
    """(node, depth, row) of every event of ``trees``, one tree under the other with half a row between
    them, and the rows they take (at least 1)."""
    placed: list = []
    next_row = [0.0]
    for tree in trees:
        _layout(tree, 0, next_row, placed)
        next_row[0] += 0.5  # a gap between trees
    return placed, max(next_row[0], 1)


def nice_ticks(low: float, high: float, bins: int, *, integer: bool = False,
               steps: Sequence[float] = (1, 2, 2.5, 5, 10)) -> list[float]:
    """Round tick values from ``low`` to ``high`` (both included when they fall on a step), at most about
    ``bins`` intervals, each a step of 1, 2, 2.5 or 5 times a power of ten (as matplotlib's MaxNLocator
    picks them; whole numbers only when ``integer``)."""
    if not high > low:
        return [low]
    raw = (high - low) / bins
    power = 10.0 ** math.floor(math.log10(raw))
    candidates = sorted({s * power * scale for s in steps for scale in (0.1, 1, 10)})
    if integer:
        candidates = [c for c in candidates if c >= 1 and abs(c - round(c)) < 1e-9] or [1.0]
    larger = [c for c in candidates if c >= raw * (1 - 1e-9)]
    for step in reversed([c for c in candidates if c <= (larger[0] if larger else candidates[-1])]):
        first = math.ceil(low / step - 1e-9)
        last = math.floor(high / step + 1e-9)
        if last - first + 1 >= 2:
            return [round(i * step, 12) + 0.0 for i in range(first, last + 1)]
    return [low, high]


def _leaves(node: DiffusionNode) -> int:
    return sum(_leaves(child) for child in node.children) if node.children else 1


def largest_trees(trees: Sequence[DiffusionNode], most_rows: float) -> tuple[list[DiffusionNode], int]:
    """The trees that reached most people (with their chains), largest first, as many as fit in
    ``most_rows`` rows placed by :func:`place_trees` (at least one), and how many are left out."""
    ranked = sorted(trees, key=lambda tree: (-tree.reached, -tree.events))
    shown: list[DiffusionNode] = []
    rows = 0.0
    for tree in ranked:
        need = _leaves(tree) + 0.5  # its rows and the gap after it
        if shown and rows + need > most_rows + 0.5:
            continue  # a smaller tree further down may still fit
        shown.append(tree)
        rows += need
    return shown, len(ranked) - len(shown)
