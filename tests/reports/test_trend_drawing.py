"""The weekly density trend of the summary, drawn straight with reportlab: every text a reader needs is there."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.core.evaluation.contact_measures import WeeklyDensity
from peerdesk.reports.charts.trend_drawing import density_trend_drawing
from tests.reports.drawing_text import strings


def drawing(weeks: int):
    data = [WeeklyDensity(date(2026, 1, 5) + timedelta(weeks=i), 0.1 * (i % 10), 0.5, 10) for i in range(weeks)]
    return density_trend_drawing(data, title="Плотность по неделям", density_label="density",
                                 share_label="informal share", percent_label="% of pairs",
                                 week_label="week starting", week_format=lambda day: day.strftime("%d %b"),
                                 width=490, height=183)


def test_trend_names_its_axes_lines_and_weeks():
    texts = strings(drawing(52))
    for text in ("Плотность по неделям", "density", "informal share", "% of pairs", "week starting", "0", "100"):
        assert text in texts
    assert "05 Jan" in texts and "28 Dec" in texts  # the first and the last week are named
    assert sum(text[:2].isdigit() and text[3:].isalpha() for text in texts) <= 18  # no more than ~16 week labels


def test_a_single_week_draws():
    result = drawing(1)
    assert "05 Jan" in strings(result) and result.width == 490
