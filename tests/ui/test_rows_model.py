"""The generic table model: rows sorted on a worker keep the order the user chose, and columns fitted from
a sample of plain texts are wide enough for their titles and texts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from peerdesk.ui.models import Column, fit_columns, show_rows


@dataclass(frozen=True)
class Row:
    name: str
    count: int


COLUMNS = [Column("Name", lambda r: r.name), Column("Count", lambda r: r.count, numeric=True)]
ROWS = [Row("b", 2), Row("a very much longer name than the others", 9), Row("C", 1)]


def names(model) -> list[str]:
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_rows_sorted_on_a_worker_show_in_the_chosen_order(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model, proxy = show_rows(view, COLUMNS, view, sort_column=1, order=Qt.SortOrder.DescendingOrder)
    model.set_rows(model.sorted_rows(ROWS))
    assert [r.count for r in model.rows()] == [9, 2, 1]
    ready = model.sorted_rows(ROWS)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # she sorts by name while the rows are on their way
    model.set_rows(ready)
    assert names(proxy) == ["a very much longer name than the others", "b", "C"]
    proxy.setFilterFixedString("LONGER")
    assert names(proxy) == ["a very much longer name than the others"]


def test_fitted_columns_hold_their_title_and_widest_text(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model, _proxy = show_rows(view, COLUMNS, view)
    model.set_rows(ROWS)
    fit_columns(view, model)
    metrics = view.fontMetrics()
    assert view.columnWidth(0) >= metrics.horizontalAdvance("a very much longer name than the others")
    assert view.columnWidth(1) >= metrics.horizontalAdvance("Count")
    fit_columns(view, model, widest={0: 60})
    assert view.columnWidth(0) == 60
