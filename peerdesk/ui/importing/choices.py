"""The import wizard's two editable tables: the field each column fills, and the PeerDesk value each of a
column's values becomes. Both are rows of read-only cells ending in one cell chosen from a list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.core.countries import country_choices, language_display
from peerdesk.core.fields import FieldKind, field_label, peer_field
from peerdesk.io.headers import MAPPABLE
from peerdesk.io.peer_values import Vocabulary, allowed_values


@dataclass
class ChoiceRow:
    """Read-only cells, then the chosen value (``""``: none) among ``choices`` (value, label)."""

    cells: tuple[str, ...]
    choices: tuple[tuple[str, str], ...]
    value: str
    key: tuple = ()  # what the row stands for (a header; a field and a source value)


class ChoiceTableModel(QAbstractTableModel):
    """Rows of :class:`ChoiceRow`; the last column is edited through :class:`ChoiceDelegate`."""

    chosen = Signal(object, str)  # row key, new value

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[ChoiceRow] = []

    def set_rows(self, rows: Sequence[ChoiceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ChoiceRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ChoiceRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def _is_choice(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.column() == len(self._headers) - 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if self._is_choice(index):
                return dict(row.choices).get(row.value, row.value)
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.EditRole and self._is_choice(index):
            return row.value
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if self._is_choice(index) else flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._is_choice(index) or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if row.value == value:
            return False
        row.value = str(value)
        self.dataChanged.emit(index, index)
        self.chosen.emit(row.key, row.value)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box with the row's own choices (typing a letter jumps to it, as in any combo box)."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in index.model().row_at(index.row()).choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def field_choices(ignored: str) -> tuple[tuple[str, str], ...]:
    """Every field a column can fill, as (name, readable label), after "ignore this column"."""
    return (("", ignored), *((name, field_label(name)) for name in MAPPABLE))


def value_choices(name: str, empty: str) -> tuple[tuple[str, str], ...]:
    """The PeerDesk values of a recodable field, as (code, readable label)."""
    field = peer_field(name)
    if field.kind == FieldKind.COUNTRY:
        return (("", empty), *country_choices())
    vocab = Vocabulary(catalogue())
    codes = allowed_values(name, vocab)
    if field.kind == FieldKind.LANGUAGE or (field.kind == FieldKind.CODES and field.levels == "languages"):
        return (("", empty), *((code, f"{language_display(code)} ({code})") for code in codes))
    if field.kind == FieldKind.LEVEL:
        cat = catalogue()
        list_name = field.levels or ""
        return (("", empty), *((code, f"{cat.name_of(list_name, code)} ({code})") for code in codes))
    return (("", empty), *((code, code) for code in codes))
