"""The share-forward network drawn as trees, from each peer outwards (depth runs left to right)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.figure import Figure

from peerdesk.core.evaluation.diffusion import DiffusionNode
from peerdesk.reports.charts.layout import MAX_TREES, place_trees
from peerdesk.reports.charts.palette import COLLEAGUE_COLOUR, PEER_COLOUR


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
