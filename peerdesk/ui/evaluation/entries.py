"""Other evaluation entries, each checked as it is saved: weekly check-ins, learning-gain scores,
diffusion events, event attendance and value-creation interviews."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.activities import list_activities
from peerdesk.i18n import ngettext
from peerdesk.ui import tasks
from peerdesk.ui.generated.ui_evaluation_entries import Ui_EvaluationEntries

if TYPE_CHECKING:
    from peerdesk.core.evaluation.records import EvaluationData


def _services():
    """The entry services, imported when an entry is first saved (they bring numpy, which building the
    tab on the GUI thread need not wait for)."""
    from peerdesk.db.services import evaluation_capture

    return evaluation_capture


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EvaluationEntries(QWidget):
    """The "Other entries" sub-tab. ``saved`` fires after any successful save."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationEntries()
        self.ui.setupUi(self)
        self.factory = None
        self.initiative_id: int | None = None
        cat = catalogue()
        self.score_combos: dict[str, QComboBox] = {}
        for area in cat.learning_areas:
            if area.is_other:
                continue
            combo = QComboBox(self)
            for text, value in ((self.tr("not scored"), None), (self.tr("5 very important"), 5),
                                (self.tr("3 quite important"), 3), (self.tr("1 not important"), 1)):
                combo.addItem(text, value)
            combo.setObjectName(f"score_{area.code}_combo")
            self.ui.scores_container.layout().addRow(area.name, combo)
            self.score_combos[area.code] = combo
        self.answer_edits: dict[str, QPlainTextEdit] = {}
        self.cycle_combos: dict[str, QComboBox] = {}
        for question in cat.interview_questions:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            edit.setToolTip(question.text)
            edit.setObjectName(f"answer_{question.code}_edit")
            cycle = QComboBox(self)
            cycle.addItem(self.tr("value cycle: not coded"), "")
            for value_cycle in cat.value_cycles:
                cycle.addItem(value_cycle.name, value_cycle.code)
            self.ui.interview_container.layout().addRow(question.text, edit)
            self.ui.interview_container.layout().addRow("", cycle)
            self.answer_edits[question.code], self.cycle_combos[question.code] = edit, cycle
        self.family_checks: dict[str, QCheckBox] = {}
        for family in cat.outcome_families:
            check = QCheckBox(family.name, self)
            check.setToolTip(family.description)
            self.ui.interview_container.layout().addRow("", check)
            self.family_checks[family.code] = check
        self.ui.checkin_save_button.clicked.connect(self.on_checkin_save_button_clicked)
        self.ui.scores_save_button.clicked.connect(self.on_scores_save_button_clicked)
        self.ui.diffusion_save_button.clicked.connect(self.on_diffusion_save_button_clicked)
        self.ui.attendance_save_button.clicked.connect(self.on_attendance_save_button_clicked)
        self.ui.interview_save_button.clicked.connect(self.on_interview_save_button_clicked)
        self.ui.attendance_activity_combo.currentIndexChanged.connect(self.on_attendance_activity_combo_changed)
        self.activities: list = []
        self._context = None  # (data, label, activities, choices) waiting to fill the forms when they are shown
        self._making = None  # the context whose lists a worker is making

    def set_context(self, factory, initiative_id: int | None, data: EvaluationData | None, label=None,
                    activities=None, choices=None) -> None:
        """The initiative the forms write to. Their lists of people, events and activities are filled when
        the forms come on screen (a large cohort's are thousands of entries); ``activities`` saves reading
        them from the file on the GUI thread."""
        self.factory, self.initiative_id = factory, initiative_id
        self.setEnabled(data is not None)
        self._context = (data, label, activities, choices) if data is not None else None
        if data is not None and self.isVisible():
            self._fill_in_background()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fill_in_background()

    def _fill_in_background(self) -> None:
        """Fill the forms, their lists (the activities read from the file, thousands of names sorted) made
        on a worker first when not given."""
        context = self._context
        if context is None or context is self._making:
            return
        data, label, activities, choices = context
        if choices is not None:
            self._fill()
            return
        self._making = context
        factory, initiative_id = self.factory, self.initiative_id

        def work():
            return _lists(factory, initiative_id, data, label, activities)

        def done(lists) -> None:
            if self._context is context:  # not filled meanwhile, nor another initiative's
                self._context = (data, label, *lists)
                self._fill()

        tasks.run_task(work, on_done=done, owner=self)

    def _fill_pending(self) -> None:
        """Fill the forms now (a save button pressed before the lists came)."""
        if self._context is not None:
            self._fill()

    def _fill(self) -> None:
        data, label, activities, choices = self._context
        self._context = None
        if choices is None:
            activities, choices = _lists(self.factory, self.initiative_id, data, label, activities)
        # one list model per list (a combo box filled item by item takes a second for 2,000 peers)
        everybody = list(choices.people)
        for combo in (self.ui.checkin_peer_combo, self.ui.score_peer_combo, self.ui.interview_peer_combo):
            _set_choices(combo, everybody)
        _set_choices(self.ui.diffusion_sharer_combo,
                     [(self.tr("a colleague reached earlier (name below)"), None), *choices.participants])
        _set_choices(self.ui.diffusion_parent_combo, [(self.tr("none: a peer's own sharing"), None), *choices.events])
        self.activities = list(activities or ())
        _set_choices(self.ui.attendance_activity_combo, list(choices.activities))
        start = data.start_date or date.today()
        for widget in (self.ui.checkin_week_date, self.ui.score_date, self.ui.diffusion_date,
                       self.ui.interview_date):
            if widget.date() < _qdate(start):
                widget.setDate(_qdate(min(max(date.today(), start), data.end_date or date.today())))

    def _done(self, message: str) -> None:
        self.ui.entries_status_label.setText(message)
        self.saved.emit()

    def _attempt(self, action) -> bool:
        try:
            action()
        except _services().EvaluationInputError as exc:
            self.ui.entries_status_label.setText(self.tr("Not saved: {error}").format(error=exc))
            return False
        return True

    def on_checkin_save_button_clicked(self) -> None:
        self._fill_pending()
        peer = self.ui.checkin_peer_combo.currentData()
        if self.factory is None or peer is None:
            return
        if self._attempt(lambda: _services().save_checkin(self.factory, self.initiative_id, peer,
                                              _pydate(self.ui.checkin_week_date.date()),
                                              self.ui.checkin_productive_check.isChecked(),
                                              self.ui.checkin_note_edit.text())):
            self.ui.checkin_note_edit.clear()
            self._done(self.tr("Check-in saved."))

    def on_scores_save_button_clicked(self) -> None:
        self._fill_pending()
        peer = self.ui.score_peer_combo.currentData()
        scores = {area: combo.currentData() for area, combo in self.score_combos.items()
                  if combo.currentData() is not None}
        if self.factory is None or peer is None:
            return
        if not scores:
            self.ui.entries_status_label.setText(self.tr("Not saved: choose a score for at least one area."))
            return
        if self._attempt(lambda: _services().save_learning_scores(self.factory, self.initiative_id, peer,
                                                      _pydate(self.ui.score_date.date()),
                                                      self.ui.score_point_edit.text().strip(), scores)):
            self._done(ngettext("{count} score saved.", "{count} scores saved.", len(scores)).format(count=len(scores)))

    def on_diffusion_save_button_clicked(self) -> None:
        self._fill_pending()
        if self.factory is None:
            return
        if self._attempt(lambda: _services().save_diffusion_event(
                self.factory, self.initiative_id, event_date=_pydate(self.ui.diffusion_date.date()),
                people_reached=self.ui.diffusion_reached_spin.value(), form=self.ui.diffusion_form_edit.text(),
                audience=self.ui.diffusion_audience_edit.text(),
                sharer_peer_id=self.ui.diffusion_sharer_combo.currentData(),
                sharer_name=self.ui.diffusion_name_edit.text(),
                parent_id=self.ui.diffusion_parent_combo.currentData())):
            self._done(self.tr("Diffusion event saved."))

    def on_attendance_activity_combo_changed(self, index: int) -> None:
        if 0 <= index < len(self.activities):
            attendance = self.activities[index].attendance
            self.ui.attendance_spin.setValue(-1 if attendance is None else attendance)

    def on_attendance_save_button_clicked(self) -> None:
        self._fill_pending()
        activity = self.ui.attendance_activity_combo.currentData()
        if self.factory is None or activity is None:
            return
        value = self.ui.attendance_spin.value()
        if self._attempt(lambda: _services().set_attendance(self.factory, self.initiative_id, activity,
                                                None if value < 0 else value)):
            self._done(self.tr("Attendance saved."))

    def on_interview_save_button_clicked(self) -> None:
        self._fill_pending()
        peer = self.ui.interview_peer_combo.currentData()
        if self.factory is None or peer is None:
            return
        answers = {code: edit.toPlainText() for code, edit in self.answer_edits.items()}
        cycles = {code: combo.currentData() for code, combo in self.cycle_combos.items()}
        families = [code for code, check in self.family_checks.items() if check.isChecked()]
        if self._attempt(lambda: _services().save_interview(self.factory, self.initiative_id, peer,
                                                _pydate(self.ui.interview_date.date()), answers, cycles,
                                                families)):
            for edit in self.answer_edits.values():
                edit.clear()
            self._done(self.tr("Interview saved."))


def _lists(factory, initiative_id: int | None, data: EvaluationData, label, activities) -> tuple[list, object]:
    """The initiative's activities (read when not given) and the forms' choices."""
    from peerdesk.ui.evaluation.analysis import entry_choices

    if activities is None:
        activities = list_activities(factory, initiative_id) if factory is not None else []
    return list(activities), entry_choices(data, label or data.name_of, activities)


class _ChoiceModel(QAbstractListModel):
    """A combo box's choices as (text, value) pairs: the combo asks for the rows it shows."""

    def __init__(self, choices: list[tuple[str, object]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and signature
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        text, value = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def _set_choices(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
    """Replace ``combo``'s choices, keeping the chosen value when it is still there."""
    current = combo.currentData()
    # sized by a set number of characters, not by measuring every choice (seconds for thousands of names)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(40, max((len(text) for text, _value in choices[:200]), default=10)))
    combo.setModel(_ChoiceModel(choices, combo))  # the combo deletes the model it had made its child
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0) if choices else -1)
