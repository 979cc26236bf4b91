"""The initiative's default commitments: the items every new contract starts with."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from peerdesk.db.services.contract_tracking import STANDARD_TEMPLATES, ItemRow
from peerdesk.ui.contracts import labels
from peerdesk.ui.models import Column, RowsTableModel, fit_columns


def item_columns(language: str = "en", context=None, with_outcome: bool = False) -> list[Column]:
    """Columns for a list of commitments: who, kind, the printed sentence, due (and outcome)."""
    from peerdesk.core.contracts import ContractData, ItemData, clause_text, contract_texts

    texts = contract_texts(language)
    data = context or ContractData(uuid="", peer_name=labels.tr("[participant]"),
                                   initiative=labels.tr("[initiative]"), partners=(labels.tr("[partner]"),))
    kinds, parties, statuses = labels.kind_names(), labels.party_names(), labels.item_status_names()

    def sentence(item: ItemRow) -> str:
        return clause_text(ItemData(item.party, item.kind, item.text, item.params, item.due_date), data, texts)

    columns = [
        Column(labels.tr("Who"), lambda i: parties.get(i.party, i.party)),
        Column(labels.tr("Kind"), lambda i: kinds.get(i.kind, i.kind)),
        Column(labels.tr("As printed"), sentence),
        Column(labels.tr("Due"), lambda i: i.due_date.isoformat() if i.due_date else str(i.params.get("due", ""))),
    ]
    if with_outcome:
        columns += [
            Column(labels.tr("Kept?"), lambda i: statuses.get(i.status, i.status)),
            Column(labels.tr("On"), lambda i: i.status_date.isoformat() if i.status_date else ""),
            Column(labels.tr("Evidence"), lambda i: i.evidence),
        ]
    return columns


def fit_item_columns(view) -> None:
    """The printed sentence takes the room left; the other columns fit their contents."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fit_columns(view, view.model())  # from the rows' texts: Qt's ResizeToContents measured every cell each time
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    view.resizeRowsToContents()


class CommitmentTemplatesDialog(QDialog):
    def __init__(self, templates: list[ItemRow], parent: QWidget | None = None) -> None:
        from peerdesk.ui.generated.ui_commitment_templates_dialog import Ui_CommitmentTemplatesDialog

        super().__init__(parent)
        self.ui = Ui_CommitmentTemplatesDialog()
        self.ui.setupUi(self)
        self.model = RowsTableModel(item_columns(), self)
        self.model.set_rows(templates)
        view = self.ui.templates_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        fit_item_columns(view)
        view.doubleClicked.connect(lambda _index: self.on_edit_button_clicked())
        self.ui.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.ui.add_button.clicked.connect(self.on_add_button_clicked)
        self.ui.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.ui.up_button.clicked.connect(lambda: self._move(-1))
        self.ui.down_button.clicked.connect(lambda: self._move(1))
        self.ui.standard_button.clicked.connect(self.on_standard_button_clicked)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def templates(self) -> list[ItemRow]:
        return self.model.rows()

    def _current(self) -> int:
        index = self.ui.templates_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _set(self, rows: list[ItemRow], current: int) -> None:
        self.model.set_rows(rows)
        if 0 <= current < len(rows):
            self.ui.templates_view.selectRow(current)
        self.ui.templates_view.resizeRowsToContents()

    def on_edit_button_clicked(self) -> None:
        row = self._current()
        if row < 0:
            return
        from peerdesk.ui.contracts.item_dialog import CommitmentItemDialog  # when asked for

        dialog = CommitmentItemDialog(self.model.row_at(row), with_outcome=False, parent=self)
        if dialog.exec():
            rows = self.model.rows()
            rows[row] = dialog.result_item()
            self._set(rows, row)

    def on_add_button_clicked(self) -> None:
        from peerdesk.ui.contracts.item_dialog import CommitmentItemDialog  # when asked for

        dialog = CommitmentItemDialog(ItemRow(None, "peer", "custom"), with_outcome=False, parent=self)
        if dialog.exec():
            rows = self.model.rows() + [dialog.result_item()]
            self._set(rows, len(rows) - 1)

    def on_remove_button_clicked(self) -> None:
        row = self._current()
        if row >= 0:
            rows = self.model.rows()
            del rows[row]
            self._set(rows, min(row, len(rows) - 1))

    def _move(self, step: int) -> None:
        row = self._current()
        target = row + step
        rows = self.model.rows()
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self._set(rows, target)

    def on_standard_button_clicked(self) -> None:
        self._set(list(STANDARD_TEMPLATES), 0)
