"""Edit one commitment: its kind and values, its own wording, its due date and whether it was kept.

The preview shows the sentence exactly as the contract will print it, in the contract's language."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QMessageBox, QWidget

from peerdesk.core.contracts import (
    HOME_KINDS,
    KIND_PARAMS,
    KINDS,
    PEER_KINDS,
    ContractData,
    ItemData,
    clause_text,
    contract_texts,
)
from peerdesk.db.services.contract_tracking import ItemRow
from peerdesk.ui.contracts import labels
from peerdesk.ui.generated.ui_commitment_item_dialog import Ui_CommitmentItemDialog


def _qdate(value: date | None) -> QDate:
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _fill_coded(combo: QComboBox, names: dict[str, str], current: object) -> None:
    """An editable combo of coded choices; a value typed by hand is kept as typed."""
    combo.setEditable(True)
    combo.clear()
    combo.addItem("", "")
    for code, name in names.items():
        combo.addItem(name, code)
    text = str(current or "").strip()
    key = re.sub(r"[\s-]+", "_", text.lower())
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(text)


def _coded_value(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0 and combo.itemData(index):
        return combo.itemData(index)
    return text


class CommitmentItemDialog(QDialog):
    """``with_outcome`` False hides the kept/not kept fields (for the initiative's default commitments)."""

    def __init__(self, item: ItemRow, context: ContractData | None = None, language: str = "en",
                 with_outcome: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CommitmentItemDialog()
        self.ui.setupUi(self)
        self.item = item
        self.context = context or ContractData(uuid="", peer_name="", initiative="")
        self.texts = contract_texts(language)
        ui = self.ui
        for code, name in labels.party_names().items():
            ui.party_combo.addItem(name, code)
        kinds = labels.kind_names()
        for code in KINDS:
            ui.kind_combo.addItem(kinds[code], code)
        for code, name in labels.item_status_names().items():
            ui.status_combo.addItem(name, code)
        params = dict(item.params)
        ui.party_combo.setCurrentIndex(max(ui.party_combo.findData(item.party), 0))
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(item.kind), 0))
        ui.meetings_edit.setText(str(params.get("meetings", "")))
        _fill_coded(ui.frequency_combo, labels.frequency_names(), params.get("frequency"))
        ui.activity_edit.setText(str(params.get("activity", "")))
        ui.lesson_edit.setText(str(params.get("lesson", "")))
        _fill_coded(ui.form_combo, labels.form_names(), params.get("form"))
        ui.audience_spin.setValue(int(params.get("audience") or 0))
        ui.days_spin.setValue(int(params.get("days") or 0))
        ui.amount_edit.setText(str(params.get("amount", "")))
        ui.currency_edit.setText(str(params.get("currency", "")))
        ui.beneficiaries_edit.setText(str(params.get("beneficiaries", "")))
        _fill_coded(ui.schedule_combo, labels.schedule_names(), params.get("schedule"))
        ui.text_edit.setPlainText(item.text)
        ui.own_wording_check.setChecked(bool(params.get("own_wording")))
        due = item.due_date or _parse(params.get("due"))
        ui.due_check.setChecked(due is not None)
        ui.due_edit.setDate(_qdate(due))
        ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(item.status), 0))
        ui.status_date_edit.setDate(_qdate(item.status_date))
        ui.evidence_edit.setPlainText(item.evidence)
        for widget in (ui.status_label, ui.status_combo, ui.status_date_label, ui.status_date_edit,
                       ui.evidence_label, ui.evidence_edit):
            widget.setVisible(with_outcome)
        self.with_outcome = with_outcome
        ui.kind_combo.currentIndexChanged.connect(self.on_kind_combo_currentIndexChanged)
        for signal in (ui.party_combo.currentIndexChanged, ui.meetings_edit.textChanged,
                       ui.frequency_combo.currentTextChanged, ui.activity_edit.textChanged,
                       ui.lesson_edit.textChanged, ui.form_combo.currentTextChanged, ui.audience_spin.valueChanged,
                       ui.days_spin.valueChanged, ui.amount_edit.textChanged, ui.currency_edit.textChanged,
                       ui.beneficiaries_edit.textChanged, ui.schedule_combo.currentTextChanged,
                       ui.text_edit.textChanged, ui.own_wording_check.toggled, ui.due_check.toggled,
                       ui.due_edit.dateChanged, ui.status_combo.currentIndexChanged):
            signal.connect(self._update)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.on_kind_combo_currentIndexChanged()

    _ROWS = {
        "meetings": "meetings_edit",
        "frequency": "frequency_combo",
        "activity": "activity_edit",
        "lesson": "lesson_edit",
        "form": "form_combo",
        "audience": "audience_spin",
        "days": "days_spin",
        "amount": "amount_edit",
        "beneficiaries": "beneficiaries_edit",
        "schedule": "schedule_combo",
    }

    def on_kind_combo_currentIndexChanged(self, _index: int = 0) -> None:
        kind = self.ui.kind_combo.currentData()
        wanted = set(KIND_PARAMS.get(kind, ()))
        form: QFormLayout = self.ui.item_form
        for name, widget_name in self._ROWS.items():
            form.setRowVisible(getattr(self.ui, widget_name) if name != "amount" else self.ui.amount_row,
                               name in wanted)
        if kind in PEER_KINDS and self.ui.party_combo.currentData() != "peer":
            self.ui.party_combo.setCurrentIndex(self.ui.party_combo.findData("peer"))
        elif kind in HOME_KINDS and self.ui.party_combo.currentData() != "home_org":
            self.ui.party_combo.setCurrentIndex(self.ui.party_combo.findData("home_org"))
        self.ui.own_wording_check.setEnabled(kind != "custom")
        self._update()

    def _params(self) -> dict:
        ui = self.ui
        kind = ui.kind_combo.currentData()
        values = {
            "meetings": ui.meetings_edit.text().strip(),
            "frequency": _coded_value(ui.frequency_combo),
            "activity": ui.activity_edit.text().strip(),
            "lesson": ui.lesson_edit.text().strip(),
            "form": _coded_value(ui.form_combo),
            "audience": ui.audience_spin.value() or None,
            "days": ui.days_spin.value() or None,
            "beneficiaries": ui.beneficiaries_edit.text().strip(),
            "schedule": _coded_value(ui.schedule_combo),
        }
        params = {key: value for key, value in values.items() if key in KIND_PARAMS.get(kind, ()) and value}
        if "amount" in KIND_PARAMS.get(kind, ()):
            amount = ui.amount_edit.text().strip()
            if amount:
                try:  # a number prints with thousands separated; anything else prints as typed
                    params["amount"] = float(amount.replace(",", "").replace(" ", ""))
                except ValueError:
                    params["amount"] = amount
            if ui.currency_edit.text().strip():
                params["currency"] = ui.currency_edit.text().strip()
        if ui.own_wording_check.isChecked() and kind != "custom":
            params["own_wording"] = True
        if kind == "share_forward" and ui.due_check.isChecked():
            params["due"] = _pydate(ui.due_edit.date()).isoformat()
        return params

    def result_item(self) -> ItemRow:
        ui = self.ui
        status = ui.status_combo.currentData() if self.with_outcome else self.item.status
        return ItemRow(
            id=self.item.id,
            party=ui.party_combo.currentData(),
            kind=ui.kind_combo.currentData(),
            text=ui.text_edit.toPlainText().strip(),
            params=self._params(),
            due_date=_pydate(ui.due_edit.date()) if ui.due_check.isChecked() else None,
            status=status,
            status_date=(_pydate(ui.status_date_edit.date()) if status != "open" else None)
            if self.with_outcome else self.item.status_date,
            evidence=ui.evidence_edit.toPlainText().strip() if self.with_outcome else self.item.evidence,
        )

    def _update(self, *_args) -> None:
        ui = self.ui
        ui.due_edit.setEnabled(ui.due_check.isChecked())
        ui.status_date_edit.setEnabled(ui.status_combo.currentData() != "open")
        item = self.result_item()
        data = ItemData(item.party, item.kind, item.text, item.params, item.due_date)
        ui.preview_label.setText(clause_text(data, self.context, self.texts))

    def accept(self) -> None:
        item = self.result_item()
        if (item.kind == "custom" or item.params.get("own_wording")) and not item.text:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Write the wording this commitment should print."))
            self.ui.text_edit.setFocus()
            return
        super().accept()


def _parse(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
