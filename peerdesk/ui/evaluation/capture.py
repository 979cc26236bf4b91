"""The contact-report grid: a week of replies typed in fast, checked, and saved without losing a row.

Columns: date, reporter, informal contacts, formal contacts, channel, note. Names may be shortened to any
unique start; an empty date takes the row above's. Rows that cannot be saved stay in the grid, tinted,
with their reasons in the tooltip and in the list below.
"""

from __future__ import annotations

from dataclasses import astuple, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QHeaderView, QLineEdit, QStyledItemDelegate

from peerdesk.core.catalogue import catalogue
from peerdesk.i18n import ngettext
from peerdesk.ui.page import CELL_NAVIGATION

if TYPE_CHECKING:  # (the parsing and checking are imported when first used, not when the tab is built)
    from peerdesk.core.evaluation.capture import CaptureProblem, ContactRow

FIELDS = ("day", "reporter", "informal", "formal", "channel", "notes")
PROBLEM_TINT = QColor("#fde2d4")


class ContactGridModel(QAbstractTableModel):
    """Editable rows of typed text; grows by itself when the last row is filled."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[str]] = [[""] * len(FIELDS) for _ in range(10)]
        self._problems: dict[int, list[str]] = {}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers[section] if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._problems:
            return QBrush(PROBLEM_TINT)
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self._problems:
            return "\n".join(self._problems[index.row()])
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        if index.row() >= len(self._rows) - 2 and str(value).strip():
            self.add_rows(5)
        return True

    def add_rows(self, count: int) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + count - 1)
        self._rows += [[""] * len(FIELDS) for _ in range(count)]
        self.endInsertRows()

    def set_row(self, row: int, values: ContactRow) -> None:
        self._rows[row] = list(astuple(values))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    def filled_rows(self) -> list[tuple[int, ContactRow]]:
        from peerdesk.core.evaluation.capture import ContactRow

        rows = [(i, ContactRow(*values)) for i, values in enumerate(self._rows)]
        return [(i, row) for i, row in rows if not row.blank]

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problems(self) -> dict[int, list[str]]:
        return dict(self._problems)

    def keep_only(self, rows: set[int]) -> dict[int, int]:
        """Drop every filled row not in ``rows`` (they were saved); returns old -> new row numbers."""
        kept = [values for i, values in enumerate(self._rows) if i in rows]
        mapping = {old: new for new, old in enumerate(sorted(rows))}
        self.beginResetModel()
        self._rows = kept + [[""] * len(FIELDS) for _ in range(max(10 - len(kept), 3))]
        self._problems = {mapping[i]: p for i, p in self._problems.items() if i in mapping}
        self.endResetModel()
        return mapping


class _NameDelegate(QStyledItemDelegate):
    """Completes a value from a closed list (peers' names, channels) in its column."""

    def __init__(self, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class ContactCapture(QObject):
    """Drives the grid and its buttons on the Evaluation page; emits ``saved`` after a save."""

    saved = Signal()

    def __init__(self, page, ui) -> None:
        super().__init__(page)
        self.page = page
        self.ui = ui
        self.factory = None
        self.initiative_id: int | None = None
        self.people: dict[int, str] = {}
        self.model = ContactGridModel([page.tr("Date"), page.tr("Reporter"), page.tr("Informal contact with"),
                                       page.tr("Formal contact with"), page.tr("Channel"), page.tr("Note")], page)
        view = ui.capture_view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setTabKeyNavigation(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setProperty(CELL_NAVIGATION, True)  # Tab fills the next cell here, as in a spreadsheet
        self.delegate = _NameDelegate([], view)
        for column in (1, 2, 3):  # reporter, informal and formal contacts: peers' names
            view.setItemDelegateForColumn(column, self.delegate)
        self.channels = {c.code: c.name for c in catalogue().contact_channels}
        self.channel_delegate = _NameDelegate(list(self.channels.values()), view)
        view.setItemDelegateForColumn(4, self.channel_delegate)
        ui.capture_help.setWordWrap(True)
        ui.capture_help.setText(page.tr(
            "Type one reply per row: the date (2026-03-02 or 2.3.2026; empty = the row above's), the reporter, "
            "and whom they had informal and formal contact with (names separated by commas; any unique start of a "
            "name will do). Channel: {channels} (or the word in French, Spanish, Portuguese or Russian, e.g. "
            "téléphone, correo, visio). Tab moves to the next cell. Ctrl+Return checks and saves.")
            .format(channels=", ".join(self.channels.values())))
        ui.add_rows_button.clicked.connect(lambda: self.model.add_rows(10))
        ui.check_button.clicked.connect(self.on_check_button_clicked)
        ui.save_button.clicked.connect(self.on_save_button_clicked)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), view)
        shortcut.activated.connect(self.on_save_button_clicked)

    def set_context(self, factory, initiative_id: int | None, people: dict[int, str]) -> None:
        self.factory, self.initiative_id, self.people = factory, initiative_id, people
        self.delegate.names = sorted(people.values())
        enabled = factory is not None and initiative_id is not None
        for widget in (self.ui.capture_view, self.ui.check_button, self.ui.save_button, self.ui.add_rows_button):
            widget.setEnabled(enabled)

    def _parse(self):
        from peerdesk.core.evaluation.capture import parse_contact_row

        channels = self.channels
        drafts, problems, default = [], [], None
        for index, row in self.model.filled_rows():
            draft, row_problems = parse_contact_row(index + 1, row, self.people, channels, default)
            if draft is not None:
                drafts.append(draft)
                default = draft.report_date
            problems += row_problems
        return drafts, problems

    def _show(self, lines: list[str], problems: list[CaptureProblem], notices: list[CaptureProblem]) -> None:
        by_row: dict[int, list[str]] = {}
        for problem in problems:
            if problem.row > 0:
                by_row.setdefault(problem.row - 1, []).append(problem.message)
        self.model.set_problems(by_row)
        self.ui.capture_problems.clear()
        self.ui.capture_problems.addItems(lines)
        for item in sorted(problems + notices, key=lambda problem: problem.row):
            if item.row > 0:
                text = self.page.tr("Row {row}: {message}").format(row=item.row, message=item.message)
            else:
                text = self.page.tr("Saved: {message}").format(message=item.message)
            self.ui.capture_problems.addItem(text)

    def on_check_button_clicked(self) -> None:
        drafts, problems = self._parse()
        from peerdesk.core.evaluation.capture import check_contact_drafts

        check = check_contact_drafts(drafts, self.people, None, None)
        lines = [ngettext("{count} row ready to save.", "{count} rows ready to save.", len(check.reports))
                 .format(count=len(check.reports))]
        if not problems and not check.refused:
            lines.append(self.page.tr("No problems found."))
        self._show(lines, problems + check.refused, check.notices)

    def on_save_button_clicked(self) -> None:
        if self.factory is None or self.initiative_id is None:
            return
        from peerdesk.db.services.evaluation_capture import save_contact_reports  # (numpy: not at start-up)

        drafts, problems = self._parse()
        result = save_contact_reports(self.factory, self.initiative_id, drafts) if drafts else None
        unsaved_rows = {p.row - 1 for p in problems}
        refused = list(result.refused) if result else []
        unsaved_rows |= {p.row - 1 for p in refused if "not saved" in p.message}
        saved = result.saved if result else 0
        merged = result.merged if result else 0
        lines = [self.page.tr("Reports saved: {saved} ({merged} merged into reports already in the file).")
                 .format(saved=saved, merged=merged)]
        if unsaved_rows:
            lines.append(self.page.tr("{count} rows were not saved and stay in the grid, numbered as they are "
                                      "now: fix them and save again.").format(count=len(unsaved_rows)))
        # The saved rows leave the grid: renumber what is said about the rows that stay, so "Row 2" is
        # the grid's row 2; what concerns saved rows is listed without a number.
        mapping = self.model.keep_only(unsaved_rows)
        renumbered = [replace(p, row=mapping[p.row - 1] + 1 if p.row - 1 in mapping else 0)
                      for p in problems + refused]
        notices = [replace(n, row=mapping[n.row - 1] + 1 if n.row - 1 in mapping else 0)
                   for n in (result.notices if result else [])]
        self._show(lines, renumbered, notices)
        if saved:
            self.saved.emit()
