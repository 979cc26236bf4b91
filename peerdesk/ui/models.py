"""Table models: one generic ``RowsTableModel`` over a list of dataclass rows, sorted and filtered by a
``QSortFilterProxyModel``. Never a QTableWidget for data that can grow.

Sorting happens in the model, as one Python ``list.sort`` by the column's key (the proxy leaves the order
alone): Qt's own proxy sort asks ``data()`` twice per comparison, some 300,000 calls into Python for
10,000 rows, which froze the window for seconds on a large file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    """How one column shows a row: its title, its text, and optionally a sort key and tooltip."""

    title: str
    text: Callable[[Any], object]
    sort_key: Callable[[Any], object] | None = None
    tooltip: Callable[[Any], str] | None = None
    numeric: bool = False


@dataclass(frozen=True)
class SortedRows:
    """Rows already put in a model's order (``RowsTableModel.sorted_rows``), with that order."""

    order: tuple[int, Qt.SortOrder] | None
    rows: list[Any]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._haystacks: dict[int, str] = {}

    def set_rows(self, rows: Sequence[Any] | SortedRows) -> None:
        """Show ``rows`` in the current sort order; rows from ``sorted_rows`` (a worker) are not sorted again."""
        presorted = isinstance(rows, SortedRows) and rows.order == self._order
        self.beginResetModel()
        self._rows = list(rows.rows if isinstance(rows, SortedRows) else rows)
        self._haystacks = {}
        if self._order is not None and not presorted:
            self._rows.sort(key=self._sort_key(self._order[0]), reverse=self._order[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def sorted_rows(self, rows: Sequence[Any]) -> SortedRows:
        """``rows`` in the model's current order, for ``set_rows``. Plain Python over the columns' keys: a worker
        thread calls it, so sorting 10,000 rows does not hold up the window (if the user sorts by another column
        meanwhile, ``set_rows`` sorts again)."""
        order = self._order
        ordered = list(rows)
        if order is not None:
            ordered.sort(key=self._sort_key(order[0]), reverse=order[1] == Qt.SortOrder.DescendingOrder)
        return SortedRows(order, ordered)

    def _sort_key(self, column: int) -> Callable[[Any], tuple]:
        spec = self._columns[column]
        key = spec.sort_key or spec.text

        def ordered(row: Any) -> tuple:
            value = key(row)
            if value is None:
                value = ""
            if isinstance(value, str):
                return (1, value.casefold())
            return (0, value)  # numbers, dates and booleans before text, as they compare among themselves

        return ordered

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (kept for later ``set_rows``); selections follow their rows."""
        if not 0 <= column < len(self._columns):
            self._order = None
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = self._sort_key(column)
        positions = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in positions]
        moved_to = {old: new for new, old in enumerate(positions)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) if i.isValid() else i for i in persistent])
        self.layoutChanged.emit()

    def haystack(self, row: int) -> str:
        """The row's texts, lower-cased, for the filter (built once per row and kept until the rows change)."""
        found = self._haystacks.get(id(self._rows[row]))
        if found is None:
            item = self._rows[row]
            texts = (c.text(item) for c in self._columns)
            found = "\n".join("" if text is None else str(text) for text in texts).casefold()
            self._haystacks[id(item)] = found
        return found

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # called for every role of every cell painted: the roles it answers are compared as plain ints
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            value = self._columns[index.column()].text(self._rows[index.row()])
            return "" if value is None else str(value)
        if role == _ALIGNMENT:
            return _RIGHT if self._columns[index.column()].numeric else None
        if role == _TOOLTIP:
            column = self._columns[index.column()]
            return column.tooltip(self._rows[index.row()]) if column.tooltip else None
        if role == _ROW:
            return self._rows[index.row()]
        if role == _SORT:
            row, column = self._rows[index.row()], self._columns[index.column()]
            key = column.sort_key(row) if column.sort_key else column.text(row)
            return "" if key is None else key
        return None

    def sample_texts(self, column: int, count: int) -> list[str]:
        """The texts of ``column`` in about ``count`` rows spread over the table (for fitting its width)."""
        spec, rows = self._columns[column], self._rows
        step = max(1, len(rows) // max(count, 1))
        return ["" if (value := spec.text(row)) is None else str(value) for row in rows[::step][:count + 1]]


class RowsProxy(QSortFilterProxyModel):
    """Filters a ``RowsTableModel`` on any column, ignoring case; sorting is passed on to the model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fixed: str | None = ""  # the filter text, folded; None: a pattern Qt matches itself

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowsTableModel):
            super().sort(-1)  # the proxy keeps the model's order
            source.sort(column, order)
        else:
            super().sort(column, order)

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._fixed = text.casefold()
        super().setFilterFixedString(text)

    def setFilterRegularExpression(self, pattern) -> None:  # noqa: N802 - Qt's name
        self._fixed = None  # a pattern: Qt's own matching
        super().setFilterRegularExpression(pattern)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt's name
        fixed = self._fixed
        if fixed == "":  # no filter: every row, without asking the model (called once per row on each reset)
            return True
        source = self.sourceModel()
        if fixed is None or not isinstance(source, RowsTableModel) or self.filterKeyColumn() != -1:
            return super().filterAcceptsRow(source_row, source_parent)
        return fixed in source.haystack(source_row)


def sorted_filtered(model: RowsTableModel, parent=None) -> QSortFilterProxyModel:
    """A proxy that sorts by each column's sort key and filters on any column, ignoring case."""
    proxy = BatchedRowsProxy(parent) if isinstance(model, BatchedRowsTableModel) else RowsProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


RESIZE_SAMPLE_ROWS = 50


def fit_columns(view: QTableView, model: RowsTableModel, widest: dict[int, int] | None = None,
                sample: int = RESIZE_SAMPLE_ROWS) -> None:
    """Set each column's width to fit its title and the texts of a sample of rows spread over the table,
    measured here from the rows' plain texts. Qt's resizeColumnsToContents asks every role of every cell it
    measures through Python and took a few tenths of a second per table; this takes milliseconds at any size.
    ``widest`` caps some columns (column: pixels); the last column stretches as ever."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 1
    widest = widest or {}
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        texts = model.sample_texts(column, sample)
        width = max((metrics.horizontalAdvance(text) for text in texts), default=0) + margin
        width = max(width, header.sectionSizeHint(column))
        if column in widest:
            width = min(width, widest[column])
        view.setColumnWidth(column, width)


def show_rows(
    view: QTableView,
    columns: Sequence[Column],
    owner,
    sort_column: int | None = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    batched: bool = False,
) -> tuple[RowsTableModel, QSortFilterProxyModel]:
    """Put a sortable, filterable table of ``columns`` in ``view``: the one way every tab sets up a table.

    ``sort_column=None`` shows the rows in the order they are given until the user sorts by a column;
    ``batched``: a ``BatchedRowsTableModel``, for tables that can hold thousands of rows."""
    model = (BatchedRowsTableModel if batched else RowsTableModel)(columns, owner)
    proxy = sorted_filtered(model, owner)
    view.setModel(proxy)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # "fit the columns to their contents" measures this many rows (and the visible ones), not all
    # 10,000 of a large file, each through Python
    header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    if sort_column is not None:
        view.sortByColumn(sort_column, order)
    return model, proxy


class BatchedRowsTableModel(RowsTableModel):
    """A ``RowsTableModel`` that hands its rows to the view in batches, as the view scrolls (Qt's
    ``canFetchMore``/``fetchMore``): a table of 10,000 rows starts with a few hundred, so the proxy maps,
    and the view lays out, only those. All the rows are still there for sorting, filtering and sums
    (``rows()``); a filter or a sort with a selection shows them all first (``fetch_all``)."""

    BATCH = 256

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(columns, parent)
        self._shown = 0

    def set_rows(self, rows: Sequence[Any] | SortedRows) -> None:
        self._shown = min(self.BATCH, len(rows.rows if isinstance(rows, SortedRows) else rows))
        super().set_rows(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self.fetch_through(self._shown + self.BATCH - 1)

    def fetch_through(self, row: int) -> None:
        """Show the rows up to ``row`` (included)."""
        last = min(row, len(self._rows) - 1)
        if last >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, last)
            self._shown = last + 1
            self.endInsertRows()

    def fetch_all(self) -> None:
        self.fetch_through(len(self._rows) - 1)

    def position_of(self, wanted: Callable[[Any], bool]) -> int:
        """The row of the first row ``wanted`` accepts (shown from then on), or -1."""
        found = next((i for i, row in enumerate(self._rows) if wanted(row)), -1)
        if found >= 0:
            self.fetch_through(found)
        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.persistentIndexList():  # a selected row may move past the shown ones: show them all
            self.fetch_all()
        super().sort(column, order)


class BatchedRowsProxy(RowsProxy):
    """The proxy of a ``BatchedRowsTableModel``: a filter searches every row, not only those shown so far."""

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt's name
        source = self.sourceModel()
        if text and isinstance(source, BatchedRowsTableModel):
            source.fetch_all()
        super().setFilterFixedString(text)
