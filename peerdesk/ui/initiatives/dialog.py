"""New Initiative and Initiative → Properties: one dialog for everything an initiative is."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.initiatives import InitiativeInput, InitiativeInvalid
from peerdesk.ui.conflict import KeepEditing, Reloaded
from peerdesk.ui.page import scrolled

logger = logging.getLogger(__name__)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class InitiativeDialog(QDialog):
    """Asks for an initiative's properties and calls ``save`` with them; stays open, with the problems
    shown beside their fields, while ``save`` refuses them (nothing is written half-way)."""

    def __init__(self, data: InitiativeInput, save: Callable[[InitiativeInput], object], *, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("initiative_dialog")
        self._save = save
        self.result_value: object = None
        cat = catalogue()
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setMaxLength(300)
        self.name_edit.setPlaceholderText(self.tr("e.g. Budget network 2027"))
        self.organisation_edit = QLineEdit(data.facilitating_organisation)
        self.facilitator_edit = QLineEdit(data.facilitator_name)
        self.facilitator_edit.setPlaceholderText(self.tr("who signs the contracts for the organisers"))
        today = date.today()
        self.start_date = QDateEdit(_qdate(data.start_date or today))
        self.end_date = QDateEdit(_qdate(data.end_date or date(today.year + 1, today.month, min(today.day, 28))))
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.reform_combo = QComboBox()
        self.reform_combo.addItem(self.tr("— not set —"), "")
        for area in cat.reform_areas:
            self.reform_combo.addItem(area.name, area.code)
        self.level_combo = QComboBox()
        for level in cat.peer_levels:
            self.level_combo.addItem(level.name, level.code)
        self.cadence_combo = QComboBox()
        for cadence in cat.cadences:
            self.cadence_combo.addItem(cadence.name, cadence.code)
        for combo, value in ((self.reform_combo, data.reform_area), (self.level_combo, data.peer_level),
                             (self.cadence_combo, data.cadence)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.languages_edit = QLineEdit(", ".join(data.working_languages))
        self.languages_edit.setPlaceholderText(self.tr("language codes, e.g. fr, en"))
        self.goals_list = QListWidget()
        self.goals_list.setMaximumHeight(110)
        for goal in cat.learning_goals:
            item = QListWidgetItem(goal.name)
            item.setData(Qt.ItemDataRole.UserRole, goal.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.code in data.learning_goals else Qt.CheckState.Unchecked)
            self.goals_list.addItem(item)
        self.theory_edit = QPlainTextEdit(data.theory_of_change)
        self.theory_edit.setTabChangesFocus(True)
        self.theory_edit.setMaximumHeight(70)
        self.error_labels: dict[str, QLabel] = {}
        rows = (
            ("name", self.tr("&Name:"), self.name_edit),
            ("start_date", self.tr("&Starts on:"), self.start_date),
            ("end_date", self.tr("&Ends on:"), self.end_date),
            ("facilitating_organisation", self.tr("Facilitating &organisation:"), self.organisation_edit),
            ("facilitator_name", self.tr("&Facilitator:"), self.facilitator_edit),
            ("reform_area", self.tr("&Reform area:"), self.reform_combo),
            ("peer_level", self.tr("&Peer level targeted:"), self.level_combo),
            ("cadence", self.tr("&Cadence:"), self.cadence_combo),
            ("working_languages", self.tr("&Working languages:"), self.languages_edit),
            ("learning_goals", self.tr("&Learning goals:"), self.goals_list),
            ("theory_of_change", self.tr("&Theory of change:"), self.theory_edit),
        )
        for key, text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setObjectName(f"{key}_field")
            form.addRow(label, widget)
            error = QLabel()
            error.setObjectName(f"{key}_error")
            error.setStyleSheet("color: #b00020")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.error_labels[key] = error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(form_host, self))
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.name_edit.setFocus()

    def data(self) -> InitiativeInput:
        goals = tuple(
            self.goals_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.goals_list.count())
            if self.goals_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return InitiativeInput(
            name=self.name_edit.text(),
            start_date=self.start_date.date().toPython(),
            end_date=self.end_date.date().toPython(),
            facilitating_organisation=self.organisation_edit.text(),
            facilitator_name=self.facilitator_edit.text(),
            reform_area=self.reform_combo.currentData() or "",
            peer_level=self.level_combo.currentData() or "individuals",
            cadence=self.cadence_combo.currentData() or "long_drawn_out",
            learning_goals=goals,
            theory_of_change=self.theory_edit.toPlainText(),
            working_languages=tuple(c.lower() for c in re.split(r"[\s,;]+", self.languages_edit.text()) if c),
        )

    def accept(self) -> None:
        for label in self.error_labels.values():
            label.hide()
        try:
            self.result_value = self._save(self.data())
        except KeepEditing:  # someone else saved meanwhile, and this person went back to their changes
            return
        except Reloaded:  # ...or chose to see theirs
            self.reject()
            return
        except InitiativeInvalid as exc:
            for key, message in exc.errors.items():
                label = self.error_labels.get(key) or self.error_labels["name"]
                label.setText(message)
                label.show()
            first = next(iter(exc.errors))
            widget = self.findChild(QWidget, f"{first}_field")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
