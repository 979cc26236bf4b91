"""What the screen's charts and the summary's drawings share: the grouping of a large cohort's heat maps
(one rule for contacts and check-ins), the learning heat map drawn as one image of groups, and a summary
PDF that is built without importing matplotlib."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import numpy as np
import pytest

from peerdesk.core.evaluation.learning import LearningHeatMap
from peerdesk.reports.charts.layout import CELLS_UP_TO, checkin_rows, group_size, nice_ticks


def test_checkins_of_a_large_cohort_are_grouped_like_the_contact_matrix():
    assert group_size(CELLS_UP_TO) == 1
    assert group_size(CELLS_UP_TO + 1) == 2
    assert group_size(2000) == 8
    values = np.array([[1, -1, 0, -1],   # group 1: yes+no -> yes (half said yes)
                       [0, -1, 0, -1],   # group 1: no+no in week 3 -> no; nobody in week 4 -> no check-in
                       [1, 0, 0, 1],     # group 2: one peer alone
                       ], dtype=np.int8)
    assert checkin_rows(values, most=2).tolist() == [[1, -1, 0, -1], [1, 0, 0, 1]]
    assert checkin_rows(values, most=3) is not None and checkin_rows(values, most=3).tolist() == values.tolist()


def _heat(peers: int, weeks: int) -> LearningHeatMap:
    rng = np.random.default_rng(5)
    values = rng.choice(np.array([-1, 0, 1], dtype=np.int8), size=(peers, weeks))
    start = date(2026, 1, 5)
    return LearningHeatMap(tuple(range(1, peers + 1)), tuple(start + timedelta(weeks=w) for w in range(weeks)),
                           values)


def test_learning_heat_map_of_two_thousand_peers_is_one_image_of_groups_and_says_so():
    from matplotlib.collections import QuadMesh

    from peerdesk.reports.charts.learning import learning_heatmap_figure

    figure = learning_heatmap_figure(_heat(2000, 52), [f"P{i}" for i in range(2000)], height=4)
    axes = figure.axes[0]
    images = axes.get_images()
    assert len(images) == 1 and images[0].get_array().shape == (250, 52)
    assert not [c for c in axes.collections if isinstance(c, QuadMesh)]
    assert axes.get_ylabel() == "2000 peers, 8 to a row"


def test_small_learning_heat_map_keeps_its_named_rows():
    from peerdesk.reports.charts.learning import learning_heatmap_figure

    figure = learning_heatmap_figure(_heat(12, 10), [f"P{i}" for i in range(12)], height=4)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == [f"P{i}" for i in range(12)]
    assert axes.get_ylabel() == ""


def test_ticks_are_round_numbers_inside_the_range():
    assert nice_ticks(-1.5, 2.0, 4) == [-1.0, 0.0, 1.0, 2.0]
    assert nice_ticks(0, 38.85, 9, integer=True) == [0, 5, 10, 15, 20, 25, 30, 35]
    assert nice_ticks(0, 1.05, 9, integer=True) == [0, 1]


def test_summary_pdf_is_built_without_matplotlib():
    code = (
        "import sys\n"
        "from tests.reports.test_summary_charts import summary\n"
        "reader = summary(40, 12)\n"
        "assert len(reader.pages) > 2\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout


def test_table_columns_are_widened_so_no_word_is_cut():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from peerdesk.reports.pdf import FONT, fitted_widths, para, table

    rows = [["Этап", "Статус", "Подтверждение"], ["Базовое взаимодействие", "Подтверждение", "Проведено 142 из 160"]]
    widths = fitted_widths(rows, [100.0, 60.0, 300.0])
    assert widths[1] >= stringWidth("Подтверждение", FONT, 8.5) + 6
    assert sum(widths) == pytest.approx(460.0)
    assert widths[2] < 300.0  # the room came from the column that had some to spare
    laid = table(rows, [100.0, 60.0, 300.0])
    status = para("Подтверждение", "cell")
    status.wrap(laid._colWidths[1] - 6, 1000)
    assert len(status.blPara.lines) == 1  # on one line, not "Подтвержден" over "ие"
    # where nothing can fit, the widths are left as given
    assert fitted_widths([["Подтверждение" * 5, "Подтверждение" * 5]], [40.0, 40.0], header=False) == [40.0, 40.0]


def test_russian_summary_keeps_the_hourglass_statuses_whole():
    from tests.reports.test_summary_charts import summary

    text = summary(12, 8, lang="ru").pages[1].extract_text()
    assert "Подтверждение" in text or "Частично" in text
    assert "Подтвержден\n" not in text and "Подтвержден ие" not in text


def test_diffusion_keeps_the_largest_trees_that_fit_and_counts_the_rest():
    from peerdesk.core.evaluation.diffusion import DiffusionNode
    from peerdesk.core.evaluation.records import DiffusionRecord
    from peerdesk.reports.charts.diffusion_drawing import MOST_ROWS, diffusion_drawing
    from peerdesk.reports.charts.layout import largest_trees

    def tree(ident: int, reached: int) -> DiffusionNode:
        return DiffusionNode(DiffusionRecord(ident, ident, "", None, date(2026, 3, 1), "talk", "team", reached), ())

    trees = [tree(i, reached) for i, reached in enumerate([3, 40, 7] + [1] * 37, start=1)]
    shown, left_out = largest_trees(trees, MOST_ROWS)
    assert [t.reached for t in shown[:3]] == [40, 7, 3]
    assert len(shown) + left_out == 40 and left_out > 0
    assert len(shown) * 1.5 <= MOST_ROWS + 0.5
    drawing = diffusion_drawing(shown, lambda node: f"Peer {node.event.id}", title="t", reached_label="{n}",
                                chain_label="{n} {total}", width=450)
    boxes = sorted((item.y, item.y + item.height) for item in drawing.contents if hasattr(item, "rx"))
    assert len(boxes) == len(shown)
    assert all(low_next > high for (_low, high), (low_next, _high) in zip(boxes, boxes[1:], strict=False))
