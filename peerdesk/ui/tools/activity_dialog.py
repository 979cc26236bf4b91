"""The add/edit activity dialog: every field of a planned activity, with errors shown beside the field.

The dialog does not write by itself: it hands an ``ActivityInput`` to the ``save`` callable (a service
call). If the service refuses it, the messages appear at their fields and the dialog stays open, so
nothing typed is lost and nothing is saved half-way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidgetItem, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.activities import ActivityDetail, ActivityInput, ActivityInvalid, LogisticsItem, PlanData
from peerdesk.db.services.tool_types import ToolTypeRow
from peerdesk.ui.conflict import KeepEditing, Reloaded
from peerdesk.ui.generated.ui_activity_dialog import Ui_ActivityDialog

PEER_ROLE = Qt.ItemDataRole.UserRole
ROLE_ROLE = Qt.ItemDataRole.UserRole + 1
SITE_VISITS = "site_visits"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActivityDialog(QDialog):
    def __init__(
        self,
        plan: PlanData,
        tool_types: list[ToolTypeRow],
        save: Callable[[ActivityInput], object],
        detail: ActivityDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self.tool_types = tool_types
        self._save = save
        self.saved_result: object = None
        self.setWindowTitle(self.tr("Edit activity") if detail else self.tr("New activity"))
        self._error_labels: dict[str, QLabel] = {
            "title": self.ui.title_error_label,
            "tool_type": self.ui.tool_type_error_label,
            "start_date": self.ui.start_date_error_label,
            "end_date": self.ui.end_date_error_label,
            "duration_hours": self.ui.cost_error_label,
            "mode": self.ui.general_error_label,
            "cost": self.ui.cost_error_label,
            "participants": self.ui.participants_error_label,
            "logistics": self.ui.logistics_error_label,
        }
        cat = catalogue()
        self.ui.details_grid.setRowStretch(self.ui.details_grid.rowCount() - 1, 1)
        for tool in tool_types:
            suffix = "" if tool.builtin else self.tr(" (your own)")
            self.ui.tool_type_combo.addItem(tool.name + suffix, tool.id)
        for mode in cat.activity_modes:
            self.ui.mode_combo.addItem(mode.name, mode.code)
        for date_edit in (self.ui.start_date_edit, self.ui.end_date_edit):
            date_edit.setMinimumDate(QDate(1990, 1, 1))
        for peer in plan.peers:
            item = QListWidgetItem()
            item.setData(PEER_ROLE, peer.id)
            item.setData(ROLE_ROLE, "participant")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.participants_list.addItem(item)
            self._label_participant(item)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.button_box.accepted.connect(self.on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.tool_type_combo.currentIndexChanged.connect(self.on_tool_type_combo_currentIndexChanged)
        self.ui.all_peers_check.toggled.connect(self.on_all_peers_check_toggled)
        self.ui.mark_host_button.clicked.connect(lambda: self._mark_role("host"))
        self.ui.mark_visitor_button.clicked.connect(lambda: self._mark_role("visitor"))
        self.ui.add_logistics_button.clicked.connect(self.on_add_logistics_button_clicked)
        self.ui.logistics_item_edit.returnPressed.connect(self.on_add_logistics_button_clicked)
        self.ui.remove_logistics_button.clicked.connect(self.on_remove_logistics_button_clicked)
        self.ui.suggest_logistics_button.clicked.connect(self.on_suggest_logistics_button_clicked)
        self._load(detail.data if detail else self._defaults())

    # -- loading and reading the fields

    def _defaults(self) -> ActivityInput:
        start = self.plan.start_date or date.today()
        if self.plan.start_date and self.plan.end_date and start <= date.today() <= self.plan.end_date:
            start = date.today()
        return ActivityInput(tool_type_id=self.tool_types[0].id if self.tool_types else None, title="",
                             start_date=start, end_date=start)

    def _load(self, data: ActivityInput) -> None:
        ui = self.ui
        ui.title_edit.setText(data.title)
        index = ui.tool_type_combo.findData(data.tool_type_id)
        ui.tool_type_combo.setCurrentIndex(max(index, 0))
        self.on_tool_type_combo_currentIndexChanged(ui.tool_type_combo.currentIndex())
        ui.start_date_edit.setDate(to_qdate(data.start_date or date.today()))
        ui.end_date_edit.setDate(to_qdate(data.end_date or data.start_date or date.today()))
        ui.duration_spin.setValue(data.duration_hours or 0.0)
        ui.mode_combo.setCurrentIndex(max(ui.mode_combo.findData(data.mode), 0))
        ui.venue_edit.setText(data.venue)
        ui.cost_edit.setText("" if data.cost is None else f"{data.cost:g}")
        ui.currency_edit.setText(data.currency or "USD")
        ui.notes_edit.setPlainText(data.notes)
        ui.all_peers_check.setChecked(data.all_peers)
        self.on_all_peers_check_toggled(data.all_peers)
        roles = dict(data.participants)
        for row in range(ui.participants_list.count()):
            item = ui.participants_list.item(row)
            peer_id = item.data(PEER_ROLE)
            item.setCheckState(Qt.CheckState.Checked if peer_id in roles else Qt.CheckState.Unchecked)
            item.setData(ROLE_ROLE, roles.get(peer_id, "participant"))
            self._label_participant(item)
        ui.host_edit.setText(data.host)
        ui.reciprocal_check.setChecked(data.reciprocal)
        ui.logistics_list.clear()
        for entry in data.logistics:
            self._add_logistics_item(entry.item, entry.done)

    def _label_participant(self, item: QListWidgetItem) -> None:
        name = self.plan.peer_name(item.data(PEER_ROLE))
        role = item.data(ROLE_ROLE)
        shown = {"host": self.tr("host"), "visitor": self.tr("visitor")}.get(role)
        item.setText(f"{name} ({shown})" if shown else name)

    def _add_logistics_item(self, text: str, done: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.ui.logistics_list.addItem(item)

    def current_tool(self) -> ToolTypeRow | None:
        tool_id = self.ui.tool_type_combo.currentData()
        return next((t for t in self.tool_types if t.id == tool_id), None)

    def collect(self) -> tuple[ActivityInput, dict[str, str]]:
        """The fields as an ActivityInput, plus errors the form itself can see (a cost that is no number)."""
        ui = self.ui
        errors: dict[str, str] = {}
        cost_text = ui.cost_edit.text().strip().replace(",", "").replace(" ", "")
        cost: float | None = None
        if cost_text:
            try:
                cost = float(cost_text)
            except ValueError:
                errors["cost"] = self.tr("Type the cost as a number, e.g. 12000, or leave it blank.")
        participants = []
        for row in range(ui.participants_list.count()):
            item = ui.participants_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                participants.append((int(item.data(PEER_ROLE)), str(item.data(ROLE_ROLE))))
        logistics = tuple(
            LogisticsItem(ui.logistics_list.item(row).text(), ui.logistics_list.item(row).checkState()
                          == Qt.CheckState.Checked)
            for row in range(ui.logistics_list.count())
        )
        data = ActivityInput(
            tool_type_id=ui.tool_type_combo.currentData(),
            title=ui.title_edit.text(),
            start_date=from_qdate(ui.start_date_edit.date()),
            end_date=from_qdate(ui.end_date_edit.date()),
            duration_hours=ui.duration_spin.value() or None,
            mode=ui.mode_combo.currentData(),
            venue=ui.venue_edit.text(),
            all_peers=ui.all_peers_check.isChecked(),
            participants=() if ui.all_peers_check.isChecked() else tuple(participants),
            host=ui.host_edit.text(),
            reciprocal=ui.reciprocal_check.isChecked(),
            cost=cost,
            currency=ui.currency_edit.text() or "USD",
            logistics=logistics,
            notes=ui.notes_edit.toPlainText(),
        )
        return data, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in set(self._error_labels.values()):
            label.clear()
            label.setVisible(False)
        first_field = None
        for field, message in errors.items():
            label = self._error_labels.get(field, self.ui.general_error_label)
            label.setText((label.text() + "\n" if label.text() else "") + message)
            label.setVisible(True)
            first_field = first_field or field
        focus = {
            "title": self.ui.title_edit,
            "tool_type": self.ui.tool_type_combo,
            "start_date": self.ui.start_date_edit,
            "end_date": self.ui.end_date_edit,
            "cost": self.ui.cost_edit,
            "participants": self.ui.participants_list,
            "logistics": self.ui.logistics_list,
        }.get(first_field or "")
        if focus is not None:
            focus.setFocus()

    # -- slots

    def on_button_box_accepted(self) -> None:
        data, errors = self.collect()
        if errors:
            self.show_errors(errors)
            return
        try:
            self.saved_result = self._save(data)
        except KeepEditing:  # someone else saved meanwhile, and this person went back to their changes
            return
        except Reloaded:  # ...or chose to see theirs
            self.reject()
            return
        except ActivityInvalid as exc:
            self.show_errors(exc.errors)
            return
        self.accept()

    def on_tool_type_combo_currentIndexChanged(self, _index: int) -> None:
        tool = self.current_tool()
        is_visit = tool is not None and tool.code == SITE_VISITS
        self.ui.site_visit_box.setVisible(is_visit)
        if tool is None:
            self.ui.tool_type_hint_label.clear()
            return
        cat = catalogue()
        cells = "; ".join(f"{cat.name_of('parts', p)} / {cat.name_of('challenges', c)}" for p, c in tool.cells)
        self.ui.tool_type_hint_label.setText(self.tr("Serves: {cells}").format(cells=cells))

    def on_all_peers_check_toggled(self, checked: bool) -> None:
        self.ui.participants_list.setEnabled(not checked)

    def _mark_role(self, role: str) -> None:
        item = self.ui.participants_list.currentItem()
        if item is None:
            return
        item.setData(ROLE_ROLE, "participant" if item.data(ROLE_ROLE) == role else role)
        item.setCheckState(Qt.CheckState.Checked)
        self._label_participant(item)

    def on_add_logistics_button_clicked(self) -> None:
        text = self.ui.logistics_item_edit.text().strip()
        if text:
            self._add_logistics_item(text)
            self.ui.logistics_item_edit.clear()

    def on_remove_logistics_button_clicked(self) -> None:
        row = self.ui.logistics_list.currentRow()
        if row >= 0:
            self.ui.logistics_list.takeItem(row)

    def on_suggest_logistics_button_clicked(self) -> None:
        tool = self.current_tool()
        if tool is None:
            return
        have = {self.ui.logistics_list.item(r).text() for r in range(self.ui.logistics_list.count())}
        for code in tool.logistics:
            name = catalogue().name_of("logistics", code)
            if name not in have:
                self._add_logistics_item(name)
