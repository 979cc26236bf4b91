"""Charts of contact reports, built as matplotlib Figures (no pyplot): shown in Qt and printed alike."""

from __future__ import annotations

from matplotlib.figure import Figure

from peerdesk.core.contacts import WeeklyContacts
from peerdesk.i18n import format_day_month

# Okabe-Ito colours: told apart by readers with any common colour-vision deficiency.
FORMAL_COLOUR = "#0072B2"
INFORMAL_COLOUR = "#E69F00"
SHARE_COLOUR = "#000000"


def weekly_contacts_figure(
    weeks: list[WeeklyContacts],
    *,
    title: str = "Reported contacts per week",
    formal_label: str = "formal",
    informal_label: str = "informal",
    share_label: str = "informal share",
    empty_label: str = "No contact reports yet",
    width: float = 7.5,
    height: float = 3.6,
) -> Figure:
    """Stacked weekly bars of formal and informal contacts, with the informal share as a line."""
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=11, loc="left")
    if not weeks:
        axes.text(0.5, 0.5, empty_label, ha="center", va="center", transform=axes.transAxes, color="#5b6773")
        axes.set_axis_off()
        return figure
    positions = list(range(len(weeks)))
    formal = [week.formal for week in weeks]
    informal = [week.informal for week in weeks]
    axes.bar(positions, formal, color=FORMAL_COLOUR, label=formal_label, hatch="")
    axes.bar(positions, informal, bottom=formal, color=INFORMAL_COLOUR, label=informal_label, hatch="//",
             edgecolor="white", linewidth=0)
    axes.set_ylabel("contacts")
    axes.set_xticks(positions, [format_day_month(week.week_start) for week in weeks], rotation=45,
                    ha="right", fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    share_axes = axes.twinx()
    share_axes.plot(positions, [week.informal_share * 100 for week in weeks], color=SHARE_COLOUR,
                    marker="o", markersize=3, linewidth=1.2, label=share_label)
    share_axes.set_ylim(0, 100)
    share_axes.set_ylabel("% informal")
    share_axes.spines[["top"]].set_visible(False)
    handles = axes.get_legend_handles_labels()[0] + share_axes.get_legend_handles_labels()[0]
    labels = [formal_label, informal_label, share_label]
    axes.legend(handles, labels, loc="upper left", fontsize=8, frameon=False)
    return figure
