"""The hourglass: four stages, wide-narrow-narrow-wide, each shaded by how much evidence it has."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from peerdesk.core.evaluation.hourglass import StageStatus
from peerdesk.reports.charts.palette import STATUS_STYLE

WIDTHS = (1.0, 0.45, 0.45, 1.0)


def hourglass_figure(
    stages: Sequence[StageStatus],
    stage_names: Mapping[str, str],
    status_names: Mapping[str, str],
    *,
    width: float = 7.5,
    height: float = 3.4,
) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    edges = [1.0, 0.55, 0.3, 0.55, 1.0]  # half-widths at the stage boundaries, top to bottom
    for index, stage in enumerate(stages):
        top, bottom = edges[index], edges[index + 1]
        colour, hatch = STATUS_STYLE[stage.status]
        axes.add_patch(Polygon([(-top, -index), (top, -index), (bottom, -index - 1), (-bottom, -index - 1)],
                               closed=True, facecolor=colour, hatch=hatch, edgecolor="black", linewidth=0.8))
        axes.text(1.15, -index - 0.5, f"{index + 1}. {stage_names.get(stage.code, stage.code)}\n"
                  f"{status_names.get(stage.status, stage.status)}", va="center", fontsize=9,
                  wrap=True)  # a long name (Russian, French) wraps inside the chart instead of running off it
    axes.set_xlim(-1.1, 3.4)
    axes.set_ylim(-len(stages) - 0.1, 0.1)
    axes.set_aspect("auto")
    axes.set_axis_off()
    return figure
