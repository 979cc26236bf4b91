"""Charts of learning: the personal learning heat map (peers x weeks) and learning gains."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from peerdesk.core.evaluation.learning import GainSummary, LearningHeatMap
from peerdesk.i18n import format_day_month
from peerdesk.reports.charts import VECTOR_CELLS_UP_TO, grid
from peerdesk.reports.charts.layout import NAMED_BARS_UP_TO, checkin_rows, group_size
from peerdesk.reports.charts.palette import (
    DOWN_COLOUR,
    FIRST_COLOUR,
    LAST_COLOUR,
    MISSING_COLOUR,
    NO_COLOUR,
    UP_COLOUR,
    YES_COLOUR,
)


def _empty(figure: Figure, message: str) -> Figure:
    axes = figure.add_subplot()
    axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes, color="#5b6773")
    axes.set_axis_off()
    return figure


def learning_heatmap_figure(
    heat: LearningHeatMap,
    labels: Sequence[str],
    *,
    title: str = "Productive conversations about a reform challenge, week by week",
    yes_label: str = "yes",
    no_label: str = "no",
    missing_label: str = "no check-in",
    empty_label: str = "No learning check-ins yet",
    groups_label: str = "{count} peers, {size} to a row",
    width: float = 7.5,
    height: float | None = None,
) -> Figure:
    """Peers (rows) by weeks (columns); 'no' cells carry a cross so they read without colour too. Above
    ``CELLS_UP_TO`` peers the rows are groups of consecutive peers (:func:`checkin_rows`, the contact heat
    map's rule) and the axis says so; a grid of more than ``VECTOR_CELLS_UP_TO`` cells is one image."""
    rows = len(labels)
    figure = Figure(figsize=(width, height or min(9.0, 1.4 + 0.16 * max(rows, 6))), layout="constrained")
    if not heat.weeks or not rows:
        return _empty(figure, empty_label)
    values = checkin_rows(heat.values)
    axes = figure.add_subplot()
    cmap = ListedColormap([MISSING_COLOUR, NO_COLOUR, YES_COLOUR])
    if values.size <= VECTOR_CELLS_UP_TO:
        grid(axes, values, cmap, -1, 1)
    else:  # one image: a vector cell per peer per week held the window a tenth of a second and more
        axes.imshow(values, cmap=cmap, vmin=-1, vmax=1, interpolation="nearest", aspect="auto")
    if rows <= 60:
        ys, xs = np.nonzero(values == 0)
        axes.scatter(xs, ys, s=10, c="black", marker="x", linewidths=0.6)
        axes.set_yticks(range(rows), labels, fontsize=max(7, 8 - rows // 12))
    else:
        axes.set_yticks([])
        if values.shape[0] < rows:
            axes.set_ylabel(groups_label.format(count=rows, size=group_size(rows)), fontsize=7)
    step = max(1, len(heat.weeks) // 16)
    axes.set_xticks(range(0, len(heat.weeks), step), [format_day_month(w) for w in heat.weeks][::step],
                    rotation=45, ha="right", fontsize=7)
    axes.set_title(title, fontsize=10, loc="left")
    axes.tick_params(length=0)
    figure.legend(handles=[Patch(facecolor=YES_COLOUR, label=yes_label),
                           Patch(facecolor=NO_COLOUR, hatch="xx", edgecolor="black", label=no_label),
                           Patch(facecolor=MISSING_COLOUR, edgecolor="#999999", label=missing_label)],
                  loc="outside lower center", ncol=3, fontsize=8, frameon=False)
    return figure


def gains_figure(
    gains: GainSummary,
    area_names: Mapping[str, str],
    peer_labels: Mapping[int, str],
    *,
    title_areas: str = "Mean score by learning area",
    title_peers: str = "Mean gain per peer",
    scale_label: str = "mean score, 1 (not important) to 5 (very important)",
    gain_label: str = "change in mean score (points)",
    first_label: str = "first",
    last_label: str = "latest",
    empty_label: str = "No learning gains yet: score the areas at two points",
    peers_label: str = "{count} peers, largest gain first",
    width: float = 7.5,
    height: float = 4.2,
) -> Figure:
    """Left: first and latest mean score per area. Right: each peer's mean gain (up or down); the bars
    carry the peers' names up to ``NAMED_BARS_UP_TO`` peers, an axis label counting them above that."""
    figure = Figure(figsize=(width, height), layout="constrained")
    measured = [area for area in gains.by_area if area.peers]
    if not measured:
        return _empty(figure, empty_label)
    left, right = figure.subplots(1, 2, width_ratios=(3, 2))
    positions = np.arange(len(measured))
    left.barh(positions - 0.2, [a.mean_first - 1 for a in measured], left=1, height=0.4, color=FIRST_COLOUR,
              label=first_label)
    latest = [a.mean_last - 1 for a in measured]
    left.barh(positions + 0.2, latest, left=1, height=0.4, color=LAST_COLOUR, label=last_label)
    # the hatch on its own layer: a PDF's vector conversion drops hatched fills, which took the bars with them
    left.barh(positions + 0.2, latest, left=1, height=0.4, facecolor="none", hatch="//", edgecolor="white",
              linewidth=0)
    left.set_yticks(positions, [f"{area_names.get(a.area, a.area)} (n={a.peers})" for a in measured], fontsize=7.5)
    left.invert_yaxis()
    left.set_xlim(1, 5)  # the scale's own range: a 1-5 score drawn from 0 overstates every bar
    left.set_xticks([1, 2, 3, 4, 5])
    left.set_xlabel(scale_label, fontsize=7)
    left.set_title(title_areas, fontsize=9, loc="left")
    left.legend(fontsize=7, frameon=False, loc="lower right")
    left.spines[["top", "right"]].set_visible(False)
    peers = sorted(gains.by_peer, key=lambda p: -p.mean_gain)
    values = [p.mean_gain for p in peers]
    colours = [UP_COLOUR if v > 0 else DOWN_COLOUR if v < 0 else FIRST_COLOUR for v in values]
    ppos = np.arange(len(peers))
    if len(peers) <= NAMED_BARS_UP_TO:
        right.barh(ppos, values, color=colours)
    else:  # the same bars as one collection: hundreds of separate patches take a second to lay out
        bars = right.add_collection(PolyCollection(
            [((0, y - 0.4), (v, y - 0.4), (v, y + 0.4), (0, y + 0.4)) for y, v in zip(ppos, values, strict=True)],
            facecolors=colours, edgecolors="none"))
        # bars thinner than a printed line go into a PDF as one image (axes and text stay vectors): hundreds
        # of clipped vector shapes take seconds to convert
        bars.set_rasterized(True)
        right.set_ylim(-0.5 - 0.1, len(peers) - 0.5 + 0.1)
        right.autoscale_view(scaley=False)
    if len(peers) <= NAMED_BARS_UP_TO:
        right.set_yticks(ppos, [peer_labels.get(p.peer_id, str(p.peer_id)) for p in peers],
                         fontsize=max(7, 7 - len(peers) // 15))
    else:  # hundreds of 7-pt names on a 4-inch axis overprint each other (and cost seconds to lay out)
        right.set_yticks([])
        right.set_ylabel(peers_label.format(count=len(peers)), fontsize=7)
    right.invert_yaxis()
    right.axvline(0, color="black", linewidth=0.6)
    right.set_title(title_peers, fontsize=9, loc="left")
    right.set_xlabel(gain_label, fontsize=7)
    right.spines[["top", "right"]].set_visible(False)
    return figure


def outcome_families_figure(counts: Mapping[str, int], names: Mapping[str, str], *,
                            title: str = "Practical-learning outcomes named in interviews",
                            width: float = 7.5, height: float = 1.9) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    codes = list(counts)
    axes.barh(range(len(codes)), [counts[c] for c in codes], color=LAST_COLOUR)
    axes.set_yticks(range(len(codes)), [names.get(c, c) for c in codes], fontsize=8)
    axes.invert_yaxis()
    axes.set_title(title, fontsize=9, loc="left")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    return figure
