"""The plan's timeline: one bar per activity over the initiative's months (matplotlib, no pyplot)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.dates import DateFormatter, MonthLocator, date2num
from matplotlib.figure import Figure
from matplotlib.patches import Patch

# Okabe-Ito colours by the challenge an activity's tool serves first.
CHALLENGE_COLOURS = {
    "interaction": "#0072B2",
    "knowledge": "#009E73",
    "sharing": "#E69F00",
    "reflection": "#CC79A7",
}
OTHER_COLOUR = "#999999"


@dataclass(frozen=True)
class TimelineBar:
    label: str
    start: date
    end: date
    challenge: str  # the first challenge its tool type serves; colours the bar


def _short(text: str, limit: int = 46) -> str:
    """Shortened for the axis, with ``$`` escaped so matplotlib never reads a title as mathtext."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")


def timeline_figure(
    bars: Sequence[TimelineBar],
    span: tuple[date | None, date | None] = (None, None),
    *,
    challenge_names: dict[str, str] | None = None,
    title: str = "Activities over the initiative",
    empty_label: str = "No activities planned yet",
    width: float = 7.5,
    height: float | None = None,
) -> Figure:
    """Horizontal bars from start to end (one-day activities as diamonds), months on the x axis.

    ``span`` (the initiative's start and end) sets the axis and is drawn as dashed lines.
    """
    height = height or max(2.6, 0.9 + 0.32 * len(bars))
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=10, loc="left")
    if not bars:
        axes.text(0.5, 0.5, empty_label, ha="center", va="center", transform=axes.transAxes, color="#5b6773")
        axes.set_axis_off()
        return figure
    ordered = sorted(bars, key=lambda b: (b.start, b.end, b.label))
    for row, bar in enumerate(ordered):
        colour = CHALLENGE_COLOURS.get(bar.challenge, OTHER_COLOUR)
        start = date2num(bar.start)
        length = date2num(bar.end + timedelta(days=1)) - start
        if (bar.end - bar.start).days < 3:
            axes.plot([start + length / 2], [row], marker="D", color=colour, markersize=7)
        else:
            axes.barh(row, length, left=start, height=0.6, color=colour)
    axes.set_yticks(range(len(ordered)), [_short(b.label) for b in ordered], fontsize=7.5)
    axes.invert_yaxis()
    first = span[0] or min(b.start for b in ordered)
    last = span[1] or max(b.end for b in ordered)
    axes.set_xlim(date2num(first) - 5, date2num(last) + 5)
    for edge in (span[0], span[1]):
        if edge:
            axes.axvline(date2num(edge), color="#5b6773", linestyle="--", linewidth=0.8)
    months = max(1, ((last - first).days // 30) // 12 + 1)
    axes.xaxis.set_major_locator(MonthLocator(interval=months))
    axes.xaxis.set_major_formatter(DateFormatter("%b %y"))
    axes.tick_params(axis="x", labelsize=7.5)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    axes.spines[["top", "right", "left"]].set_visible(False)
    names = challenge_names or {}
    used = [c for c in CHALLENGE_COLOURS if any(b.challenge == c for b in ordered)]
    axes.legend(
        handles=[Patch(color=CHALLENGE_COLOURS[c], label=names.get(c, c)) for c in used],
        loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=min(4, len(used)) or 1, fontsize=7, frameon=False,
    )
    return figure
