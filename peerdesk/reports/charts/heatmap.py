"""The contact heat map (N x N, small multiples) and the density / informal-share trend.

Colours are Okabe-Ito blue (formal) and orange (informal) on pale grey (none), told apart by readers
with common colour-vision deficiencies and in greyscale (dark vs light); small matrices also carry a
dot in informal cells and the legend hatches informal, so nothing rests on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from peerdesk.core.evaluation.contact_measures import INFORMAL, ContactMatrix, WeeklyDensity
from peerdesk.i18n import format_day_month
from peerdesk.reports.charts import grid
from peerdesk.reports.charts.layout import CELLS_UP_TO, LABELLED_UP_TO, matrix_array
from peerdesk.reports.charts.palette import DENSITY_COLOUR, FORMAL_COLOUR, INFORMAL_COLOUR, NONE_COLOUR, SHARE_COLOUR

CMAP = ListedColormap([NONE_COLOUR, FORMAL_COLOUR, INFORMAL_COLOUR])


def _empty(figure: Figure, message: str) -> Figure:
    axes = figure.add_subplot()
    axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes, color="#5b6773")
    axes.set_axis_off()
    return figure


def contact_heatmap_figure(
    panels: Sequence[tuple[str, ContactMatrix]],
    labels: Sequence[str],
    *,
    formal_label: str = "formal",
    informal_label: str = "informal",
    none_label: str = "no contact",
    density_label: str = "density {density:.0%}, informal {informal:.0%}",
    empty_label: str = "No contact reports yet",
    width: float = 7.5,
    height: float = 4.2,
) -> Figure:
    """One matrix per panel (e.g. the first and last fortnight), peers in ``labels`` order on both axes."""
    figure = Figure(figsize=(width, height), layout="constrained")
    if not panels or not labels:
        return _empty(figure, empty_label)
    axes_list = figure.subplots(1, len(panels), squeeze=False)[0]
    size = len(labels)
    for axes, (title, matrix) in zip(axes_list, panels, strict=True):
        cells = matrix_array(matrix)
        if size <= CELLS_UP_TO:
            grid(axes, cells, CMAP, 0, 2, aspect="equal")
        else:
            axes.imshow(cells, cmap=CMAP, vmin=0, vmax=2, interpolation="nearest", aspect="equal")
        axes.set_title(title, fontsize=9, loc="left")
        axes.set_xlabel(density_label.format(density=matrix.density, informal=matrix.informal_share), fontsize=8)
        if size <= LABELLED_UP_TO:
            ys, xs = np.nonzero(cells == INFORMAL)
            axes.scatter(xs, ys, s=max(2, 60 / max(size, 1)), c="black", marker="o", linewidths=0)
            axes.set_xticks(range(size), labels, rotation=90, fontsize=max(7, 8 - size // 8))
            axes.set_yticks(range(size), labels if axes is axes_list[0] else [], fontsize=max(7, 8 - size // 8))
        else:
            axes.set_xticks([])
            axes.set_yticks([])
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_visible(False)
    figure.legend(
        handles=[Patch(facecolor=FORMAL_COLOUR, label=formal_label),
                 Patch(facecolor=INFORMAL_COLOUR, hatch="..", edgecolor="black", label=informal_label),
                 Patch(facecolor=NONE_COLOUR, edgecolor="#999999", label=none_label)],
        loc="outside lower center", ncol=3, fontsize=8, frameon=False,
    )
    return figure


def show_in_second_panel(figure: Figure, title: str, matrix: ContactMatrix,
                         density_label: str = "density {density:.0%}, informal {informal:.0%}") -> bool:
    """Put ``matrix`` (and its title and density) in the second panel of a figure that
    :func:`contact_heatmap_figure` made with two panels of more than ``CELLS_UP_TO`` peers (images, no
    names), as if the figure were made anew with it: a period slider's step then draws the figure again
    without building it. False, leaving the figure alone, for any other figure."""
    if len(figure.axes) != 2 or matrix.size <= CELLS_UP_TO or len(figure.axes[1].images) != 1:
        return False
    axes = figure.axes[1]
    image = axes.images[0]
    cells = matrix_array(matrix)
    if image.get_array().shape != cells.shape:
        return False
    image.set_data(cells)
    axes.set_title(title, fontsize=9, loc="left")
    axes.set_xlabel(density_label.format(density=matrix.density, informal=matrix.informal_share), fontsize=8)
    for each in figure.axes:  # back where a new figure's panels start, so the layout places them as it would
        each.set_subplotspec(each.get_subplotspec())
    return True


def density_trend_figure(
    weeks: Sequence[WeeklyDensity],
    *,
    title: str = "Contact density and informal share per week",
    density_label: str = "density",
    share_label: str = "informal share",
    empty_label: str = "No contact reports yet",
    percent_label: str = "%",
    week_label: str = "week starting",
    week_format=None,
    width: float = 7.5,
    height: float = 2.8,
) -> Figure:
    """Two lines over the weeks (solid with dots, dashed with squares): density and informal share, in %."""
    figure = Figure(figsize=(width, height), layout="constrained")
    if not weeks:
        return _empty(figure, empty_label)
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=10, loc="left")
    positions = list(range(len(weeks)))
    axes.plot(positions, [w.density * 100 for w in weeks], color=DENSITY_COLOUR, marker="o", markersize=3,
              label=density_label)
    axes.plot(positions, [w.informal_share * 100 for w in weeks], color=SHARE_COLOUR, linestyle="--",
              marker="s", markersize=3, label=share_label)
    axes.set_ylim(0, 100)
    axes.set_ylabel(percent_label, fontsize=7.5)
    axes.set_xlabel(week_label, fontsize=7.5)
    step = max(1, len(weeks) // 16)
    ticks = [(week_format or (lambda day: format_day_month(day)))(w.week_start) for w in weeks]
    axes.set_xticks(positions[::step], ticks[::step], rotation=45,
                    ha="right", fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    return figure
