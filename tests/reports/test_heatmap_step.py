"""A period slider's step redraws the contact heat map's figure with only its second panel changed; what it
draws is the figure made anew for that period, pixel for pixel."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from peerdesk.core.evaluation.contact_measures import contact_matrix
from peerdesk.core.evaluation.tables import ContactTable
from peerdesk.reports.charts.heatmap import contact_heatmap_figure, show_in_second_panel


def cohort(peers: int, weeks: int) -> ContactTable:
    generator = np.random.default_rng(11)
    rows = peers * weeks
    start = date(2026, 1, 5).toordinal()
    return ContactTable.from_columns(start + generator.integers(0, 7 * weeks, rows),
                                     generator.integers(1, peers + 1, rows), generator.integers(1, peers + 1, rows),
                                     generator.choice(["formal", "informal"], rows), [""] * rows)


def drawn(figure) -> bytes:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return bytes(canvas.buffer_rgba())


def test_a_step_draws_the_figure_made_anew():
    peers = list(range(1, 301))  # more than CELLS_UP_TO: drawn as images
    table = cohort(300, 6)
    first = contact_matrix(table, peers, date(2026, 1, 5), date(2026, 1, 18))
    kept = contact_heatmap_figure([("First", first), ("Chosen: 1", first)], [str(p) for p in peers])
    for week in (2, 4, 1, 3):
        start = date(2026, 1, 5) + timedelta(weeks=week)
        chosen = contact_matrix(table, peers, start, start + timedelta(days=13))
        assert show_in_second_panel(kept, f"Chosen: {week}", chosen)
        anew = contact_heatmap_figure([("First", first), (f"Chosen: {week}", chosen)], [str(p) for p in peers])
        assert drawn(kept) == drawn(anew)


def test_a_small_cohort_or_a_single_panel_is_made_anew():
    table = cohort(20, 4)
    small = contact_matrix(table, list(range(1, 21)))
    assert not show_in_second_panel(contact_heatmap_figure([("a", small), ("b", small)], list("abcdefghijklmnopqrst")),
                                    "c", small)
    big = contact_matrix(cohort(300, 2), list(range(1, 301)))
    assert not show_in_second_panel(contact_heatmap_figure([("a", big)], [str(p) for p in range(300)]), "b", big)
