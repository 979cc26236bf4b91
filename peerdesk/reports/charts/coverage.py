"""The coverage map: the plan's 2 x 4 grid beside the field's usual pattern (matplotlib, no pyplot)."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure

from peerdesk.reports.charts import grid

Cell = tuple[str, str]
GAP_COLOUR = "#D55E00"  # Okabe-Ito vermilion
TEXT_DARK = "#1d2733"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _grid(axes, values, parts, challenges, *, cmap, vmax, fmt, gaps=frozenset(), gap_label="gap") -> None:
    matrix = [[values.get((p, c), 0) for c, _ in challenges] for p, _ in parts]
    grid(axes, matrix, cmap, 0, max(vmax, 1e-9))
    for row, (part, _) in enumerate(parts):
        for col, (challenge, _) in enumerate(challenges):
            value = values.get((part, challenge), 0)
            dark = value > 0.55 * vmax
            colour = "white" if dark else TEXT_DARK
            if (part, challenge) in gaps:
                axes.add_patch(
                    _hatched(col, row)
                )
                axes.text(col, row, gap_label, ha="center", va="center", color=GAP_COLOUR, fontsize=10,
                          fontweight="bold")
            else:
                axes.text(col, row, fmt(value), ha="center", va="center", color=colour, fontsize=11)
    axes.set_xticks(range(len(challenges)), [_wrap(name, 14) for _, name in challenges], fontsize=7.5)
    axes.set_yticks(range(len(parts)), [_wrap(name, 14) for _, name in parts], fontsize=7.5)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_xticks([x - 0.5 for x in range(1, len(challenges))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(parts))], minor=True)
    axes.grid(which="minor", color="white", linewidth=2)


def _hatched(col: int, row: int):
    from matplotlib.patches import Rectangle

    return Rectangle((col - 0.5, row - 0.5), 1, 1, fill=False, hatch="//", edgecolor=GAP_COLOUR, linewidth=0)


def coverage_figure(
    plan_counts: Mapping[Cell, int],
    field_pattern: Mapping[Cell, float],
    parts: Sequence[tuple[str, str]],
    challenges: Sequence[tuple[str, str]],
    *,
    plan_title: str = "This plan: activities per cell",
    field_title: str = "The field: tool uses per initiative",
    gap_label: str = "gap",
    width: float = 7.5,
    height: float = 4.6,
) -> Figure:
    """Two heat grids, parts as rows and challenges as columns: planned activities per cell (empty cells
    hatched and labelled as gaps) and, for comparison, how often the 52 mapped initiatives used tools there.

    ``parts`` and ``challenges`` are (code, display name) pairs in grid order.
    """
    figure = Figure(figsize=(width, height), layout="constrained")
    plan_axes, field_axes = figure.subplots(2, 1)
    gaps = frozenset(cell for cell, count in plan_counts.items() if count == 0)
    _grid(plan_axes, plan_counts, parts, challenges, cmap="Blues", vmax=max(plan_counts.values(), default=1) or 1,
          fmt=lambda v: str(int(v)), gaps=gaps, gap_label=gap_label)
    plan_axes.set_title(plan_title, fontsize=10, loc="left")
    _grid(field_axes, field_pattern, parts, challenges, cmap="Greys", vmax=max(field_pattern.values(), default=1),
          fmt=lambda v: f"{v:.2f}")
    field_axes.set_title(field_title, fontsize=10, loc="left")
    return figure
