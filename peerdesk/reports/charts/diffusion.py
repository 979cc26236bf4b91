"""The share-forward network drawn as trees, from each peer outwards (depth runs left to right)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.figure import Figure

from peerdesk.core.evaluation.diffusion import DiffusionNode

PEER_COLOUR = "#0072B2"
COLLEAGUE_COLOUR = "#E69F00"
MAX_TREES = 40


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


def diffusion_figure(
    trees: Sequence[DiffusionNode],
    sharer_label: Callable[[DiffusionNode], str],
    *,
    title: str = "Who shared with whom back home",
    reached_label: str = "{n} reached",
    chain_label: str = "{n} reached, {total} with those they told",
    empty_label: str = "No diffusion recorded yet",
    width: float = 7.5,
) -> Figure:
    """Each node is a sharing event by its sharer, with the people it reached; lines join an event to the
    events of the colleagues it reached. Peers are dark boxes, colleagues reached back home light boxes."""
    shown = list(trees)[:MAX_TREES]
    placed, rows = place_trees(shown)
    depth_span = max((depth for _, depth, _ in placed), default=0) + 1
    figure = Figure(figsize=(min(width, 1.5 + 2.4 * depth_span), min(9.0, 1.0 + 0.55 * rows)), layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=10, loc="left")
    if not shown:
        axes.text(0.5, 0.5, empty_label, ha="center", va="center", transform=axes.transAxes, color="#5b6773")
        axes.set_axis_off()
        return figure
    where = {id(node): (depth, row) for node, depth, row in placed}
    for node, depth, row in placed:
        for child in node.children:
            cdepth, crow = where[id(child)]
            axes.plot([depth, cdepth], [row, crow], color="#555555", linewidth=1.0, zorder=1)
    max_depth = max(depth for _, depth, _ in placed)
    for node, depth, row in placed:
        is_peer = node.event.sharer_peer_id is not None
        # a node with a chain behind it shows the same total as the table ("people reached" counts the chain)
        reached = (chain_label.format(n=node.event.people_reached, total=node.reached) if node.children
                   else reached_label.format(n=node.event.people_reached))
        axes.text(depth, row, f"{sharer_label(node)}\n{reached}",
                  ha="center", va="center", fontsize=8, zorder=2,
                  color="white" if is_peer else "black",
                  bbox={"boxstyle": "round,pad=0.3", "facecolor": PEER_COLOUR if is_peer else COLLEAGUE_COLOUR,
                        "edgecolor": "black", "linewidth": 0.5, "linestyle": "-" if is_peer else "--"})
    axes.set_xlim(-0.6, max_depth + 0.6)
    axes.set_ylim(rows, -0.8)
    axes.set_axis_off()
    return figure
