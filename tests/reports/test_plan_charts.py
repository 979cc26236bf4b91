"""The coverage map and timeline figures: what they show, and user text drawn as typed."""

from __future__ import annotations

from datetime import date

from peerdesk.core import toolplan as tp
from peerdesk.core.catalogue import catalogue
from peerdesk.reports.charts.coverage import coverage_figure
from peerdesk.reports.charts.timeline import TimelineBar, timeline_figure


def test_coverage_figure_marks_empty_cells_as_gaps() -> None:
    cat = catalogue()
    counts = {cell: 0 for cell in cat.cells()}
    counts[("foundational", "interaction")] = 3
    figure = coverage_figure(counts, tp.field_pattern(cat), [(p.code, p.name) for p in cat.parts],
                             [(c.code, c.name) for c in cat.challenges], gap_label="gap")
    plan_axes, field_axes = figure.axes
    texts = [t.get_text() for t in plan_axes.texts]
    assert texts.count("gap") == 7 and "3" in texts
    assert "0.10" in [t.get_text() for t in field_axes.texts]  # reflection in the field: about 5 of 52


def test_timeline_draws_titles_as_typed_and_handles_no_activities() -> None:
    bars = [
        TimelineBar("Costing $5m vs $3m options", date(2026, 3, 1), date(2026, 3, 31), "knowledge"),
        TimelineBar("One-day clinic", date(2026, 4, 2), date(2026, 4, 2), "reflection"),
    ]
    figure = timeline_figure(bars, (date(2026, 1, 1), date(2026, 12, 31)))
    figure.canvas.draw()
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels[0] == r"Costing \$5m vs \$3m options"  # escaped: drawn with its dollar signs, not as maths
    empty = timeline_figure([], (None, None), empty_label="Nothing yet")
    assert [t.get_text() for t in empty.axes[0].texts] == ["Nothing yet"]
