"""The import wizard: choose a spreadsheet, see every problem by row and column, choose the field of each
column and the PeerDesk value of values that are not PeerDesk's, then import all of it, or on purpose only
the good rows. Reading and writing run off the GUI thread; Cancel rolls back. The column and value choices
are remembered and offered again for the next file with the same headers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from peerdesk.core.countries import country_display
from peerdesk.core.fields import field_label
from peerdesk.db.services.import_peers import ImportResult, iter_apply_import
from peerdesk.db.services.import_survey import apply_survey_import, initiative_peer_keys
from peerdesk.db.services.initiatives import InitiativeNotFound, find_initiative
from peerdesk.db.services.peers import list_peers
from peerdesk.db.workspace import Workspace
from peerdesk.i18n import ngettext
from peerdesk.io.import_mapping import ImportMapping, remember_mapping, remembered_mapping
from peerdesk.io.peers_import import ImportPreview, PeerRecord, Problem, ValueChoice, build_preview, values_to_recode
from peerdesk.io.sources import SourceError, SourceTable, read_source
from peerdesk.io.survey_import import SurveyPreview, build_survey_preview, survey_kind
from peerdesk.io.template import write_template
from peerdesk.ui import tasks
from peerdesk.ui.generated.ui_import_peers_dialog import Ui_ImportPeersDialog
from peerdesk.ui.importing.choices import ChoiceDelegate, ChoiceRow, ChoiceTableModel, field_choices, value_choices
from peerdesk.ui.models import Column, RowsTableModel, sorted_filtered
from peerdesk.ui.progress import run_with_progress

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnswerRow:
    """One answer to the contact-report or check-in questionnaire, as the preview shows it."""

    row: int
    who: str
    when: str
    detail: str
    ready: bool


@dataclass(frozen=True)
class SurveySource:
    """A questionnaire export (contact reports or check-ins) rather than a list of people."""

    path: Path
    table: SourceTable
    kind: str


@dataclass
class PeerSource:
    """A list of people, with the column and value choices that apply to it and the preview they give."""

    path: Path
    table: SourceTable
    mapping: ImportMapping
    remembered: bool = False
    preview: ImportPreview | None = None
    values: list[ValueChoice] = field(default_factory=list)


#: Encodings offered for CSV files, after "as detected" (Windows code pages people's Excel saves).
ENCODINGS = ("utf-8", "cp1252", "cp1250", "cp1251", "koi8_r", "cp866", "cp1257", "utf-16")


def read_for_import(path: Path, encoding: str | None = None) -> PeerSource | SurveySource:
    """Background step of the wizard: a checked list of people, or the raw table of a questionnaire export."""
    table = read_source(path, encoding=encoding)
    kind = survey_kind(table.headers)
    if kind is not None:
        return SurveySource(path, table, kind)
    mapping = remembered_mapping(table.headers)
    return prepare(PeerSource(path, table, mapping or ImportMapping(), remembered=mapping is not None))


def prepare(source: PeerSource) -> PeerSource:
    """Suggest PeerDesk values for the values that are not PeerDesk's (kept unless the user already chose),
    then check every cell with the column and value choices."""
    source.values = values_to_recode(source.table, source.mapping)
    for choice in source.values:
        table = source.mapping.values.setdefault(choice.field, {})
        if choice.source not in table and choice.suggestion:
            table[choice.source] = choice.suggestion
    source.mapping.__dict__.pop("_folded_cache", None)
    source.preview = build_preview(source.table, source.mapping, source.path.name)
    return source


class ImportPeersDialog(QDialog):
    """Modal wizard; emits ``imported(initiative name)`` after a successful import."""

    imported = Signal(str)

    def __init__(self, workspace: Workspace, initiative_names: list[str], current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPeersDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.preview: ImportPreview | None = None
        self.source: PeerSource | None = None
        self.survey: SurveySource | None = None
        self.survey_preview: SurveyPreview | None = None
        self.result: ImportResult | None = None
        self.ui.initiative_combo.addItems(initiative_names)
        if current:
            self.ui.initiative_combo.setCurrentText(current)
        self.import_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.problems_model = RowsTableModel([
            Column(self.tr("Row"), lambda p: p.row or "", sort_key=lambda p: p.row or 0, numeric=True),
            Column(self.tr("Column"), lambda p: p.column or ""),
            Column(self.tr("Kind"), lambda p: self.tr("error") if p.severity == "error" else self.tr("note")),
            Column(self.tr("Problem"), lambda p: p.message, tooltip=lambda p: p.message),
        ], self)
        self.people_model = RowsTableModel([
            Column(self.tr("Row"), lambda r: r.row, numeric=True),
            Column(self.tr("Name"), lambda r: r.values.get("name", "")),
            Column(self.tr("Email"), lambda r: r.values.get("email", "")),
            Column(self.tr("Organisation"), lambda r: r.values.get("organisation", "")),
            Column(self.tr("Country"), lambda r: country_display(str(r.values.get("country", "")))),
            Column(self.tr("Status"), self._status),
        ], self)
        self.answers_model = RowsTableModel([
            Column(self.tr("Row"), lambda a: a.row, numeric=True),
            Column(self.tr("Who"), lambda a: a.who),
            Column(self.tr("Date"), lambda a: a.when),
            Column(self.tr("Answer"), lambda a: a.detail),
            Column(self.tr("Status"), lambda a: self.tr("ready") if a.ready else self.tr("has problems")),
        ], self)
        self.columns_model = ChoiceTableModel([self.tr("Column in the spreadsheet"), self.tr("PeerDesk field")], self)
        self.values_model = ChoiceTableModel(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Rows"), self.tr("PeerDesk value")], self)
        self.columns_model.chosen.connect(self.on_column_chosen)
        self.values_model.chosen.connect(self.on_value_chosen)
        for view, model in ((self.ui.columns_view, self.columns_model), (self.ui.values_view, self.values_model)):
            view.setModel(model)
            view.setItemDelegateForColumn(model.columnCount() - 1, ChoiceDelegate(view))
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.encoding_combo.addItem(self.tr("As detected"), "")
        for name in ENCODINGS:
            self.ui.encoding_combo.addItem(name, name)
        self.ui.encoding_combo.setEnabled(False)
        self.ui.encoding_combo.activated.connect(self.on_encoding_combo_activated)
        for value, label in (("", self.tr("as the list's language writes it")),
                             ("given_first", self.tr("given name first (Ndèye Mayé Diouf)")),
                             ("surname_first", self.tr("surname first (Ёлкина Наталья Сергеевна)"))):
            self.ui.name_order_combo.addItem(label, value)
        self.ui.name_order_combo.activated.connect(self.on_name_order_combo_activated)
        for view, model in ((self.ui.problems_view, self.problems_model), (self.ui.people_view, self.people_model)):
            view.setModel(sorted_filtered(model, self))
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.columns_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.ui.template_button.clicked.connect(self.on_template_button_clicked)
        self.ui.skip_bad_rows_check.toggled.connect(self.on_skip_bad_rows_check_toggled)
        self.ui.initiative_combo.editTextChanged.connect(self.on_initiative_combo_editTextChanged)
        self.ui.button_box.accepted.connect(self.on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.skip_bad_rows_check.setEnabled(False)
        self._add_consent_row()

    def _add_consent_row(self) -> None:
        """Consent gates what is kept (core/consent.py). A list without a consent column would keep only
        names, organisations and e-mails; a facilitator who collected consent with the list says so here,
        with the wording people agreed to, before anything is written."""
        row = QHBoxLayout()
        self.consent_check = QCheckBox(self.tr("Everyone on this list &agreed to their data being kept:"), self)
        self.consent_check.setObjectName("consent_check")
        self.consent_text_edit = QLineEdit(self)
        self.consent_text_edit.setObjectName("consent_text_edit")
        self.consent_text_edit.setPlaceholderText(self.tr("the wording they agreed to, kept with today's date"))
        self.consent_text_edit.setEnabled(False)
        row.addWidget(self.consent_check)
        row.addWidget(self.consent_text_edit, 1)
        self.consent_row = QWidget(self)
        self.consent_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.consent_row.hide()
        self.ui.dialog_layout.insertWidget(self.ui.dialog_layout.indexOf(self.ui.skip_bad_rows_check) + 1,
                                           self.consent_row)
        self.consent_check.toggled.connect(self.consent_text_edit.setEnabled)
        self.consent_check.toggled.connect(lambda checked: checked and self.consent_text_edit.setFocus())
        self.consent_check.toggled.connect(self._update_button)
        self.consent_text_edit.textChanged.connect(self._update_button)

    def consented(self) -> str:
        """The consent wording everyone on the list agreed to, or "" (not ticked)."""
        return " ".join(self.consent_text_edit.text().split()) if self.consent_check.isChecked() else ""

    def _asks_consent(self) -> bool:
        """True when the previewed list has no consent column of its own."""
        return self.preview is not None and "consent_given" not in self.preview.columns.values()

    # --- choosing and previewing ----------------------------------------------------------------

    def on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet of people"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path, encoding: str | None = None) -> None:
        """Read and check ``path`` in the background, then show the preview."""
        self.ui.source_edit.setText(str(path))
        self.ui.summary_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self.import_button.setEnabled(False)
        if encoding is None:
            self.ui.encoding_combo.setCurrentIndex(0)
        tasks.run_task(lambda: read_for_import(path, encoding or None), on_done=self._read,
                       on_error=self._preview_failed)

    def on_encoding_combo_activated(self, _index: int) -> None:
        if self.source is not None:
            self.load(self.source.path, self.ui.encoding_combo.currentData() or "")

    def on_name_order_combo_activated(self, _index: int) -> None:
        if self.source is not None:
            self.source.mapping.name_order = self.ui.name_order_combo.currentData() or ""
            self._recheck()

    def on_column_chosen(self, header: str, name: str) -> None:
        if self.source is not None:
            self.source.mapping.columns[header] = name
            self._recheck()

    def on_value_chosen(self, key: tuple[str, str], value: str) -> None:
        if self.source is not None:
            name, text = key
            self.source.mapping.values.setdefault(name, {})[text] = value
            self._recheck()

    def _recheck(self) -> None:
        """Check the file again with the changed choices (in the background: large files take seconds)."""
        source = self.source
        self.import_button.setEnabled(False)
        self.ui.summary_label.setText(self.tr("Checking {file} again…").format(file=source.path.name))
        tasks.run_task(lambda: prepare(source), on_done=self._read, on_error=self._preview_failed)

    def _read(self, outcome: PeerSource | SurveySource) -> None:
        self.ui.encoding_combo.setEnabled(outcome.table.kind == "csv")
        if isinstance(outcome, SurveySource):
            self.preview = None
            self.source = None
            self.survey = outcome
            self.ui.people_tab.setWindowTitle(self.tr("Answers"))
            self.ui.preview_tabs.setTabText(self.ui.preview_tabs.indexOf(self.ui.people_tab), self.tr("Answers"))
            self.show_survey_preview()
        else:
            self.survey = self.survey_preview = None
            self.source = outcome
            self.ui.preview_tabs.setTabText(self.ui.preview_tabs.indexOf(self.ui.people_tab), self.tr("People"))
            self._show_choices(outcome)
            self.show_preview(outcome.preview)
            if outcome.values:
                self.ui.summary_label.setText(self.ui.summary_label.text() + " " + self.tr(
                    "{count} values in the file are not PeerDesk's: check the suggested values on the Values tab."
                ).format(count=len(outcome.values)))
            if outcome.remembered:
                self.ui.summary_label.setText(self.ui.summary_label.text() + " " + self.tr(
                    "The column and value choices of your last import of a file with these headers were applied."))

    def _show_choices(self, source: PeerSource) -> None:
        ignored = self.tr("(ignore this column)")
        choices = field_choices(ignored)
        self.columns_model.set_rows([
            ChoiceRow((header,), choices, name or "", key=header)
            for header, name in source.preview.columns.items()
        ])
        empty = self.tr("(leave empty)")
        mapped = source.mapping.values
        self.values_model.set_rows([
            ChoiceRow((field_label(c.field), c.source, str(c.count)), value_choices(c.field, empty),
                      mapped.get(c.field, {}).get(c.source, c.suggestion or ""), key=(c.field, c.source))
            for c in source.values
        ])
        position = self.ui.name_order_combo.findData(source.mapping.name_order)
        self.ui.name_order_combo.setCurrentIndex(max(position, 0))
        values_index = self.ui.preview_tabs.indexOf(self.ui.values_tab)
        self.ui.preview_tabs.setTabText(values_index, self.tr("Values ({count})").format(count=len(source.values))
                                        if source.values else self.tr("Values"))
        self.ui.columns_view.resizeColumnsToContents()
        self.ui.values_view.resizeColumnsToContents()

    def on_initiative_combo_editTextChanged(self, _text: str) -> None:
        if self.survey is not None:
            self.show_survey_preview()
        self._update_button()

    def show_survey_preview(self) -> None:
        """Questionnaire answers belong to an existing initiative: its peers are the choices."""
        survey = self.survey
        what = self.tr("contact reports") if survey.kind == "contact_report" else self.tr("weekly check-ins")
        self.survey_preview = None
        try:
            initiative = find_initiative(self.workspace.factory, self.ui.initiative_combo.currentText())
        except InitiativeNotFound:
            self.ui.summary_label.setText(self.tr(
                "{file} holds {what} from a questionnaire. Choose the initiative they belong to."
            ).format(file=survey.path.name, what=what))
            for model in (self.problems_model, self.answers_model):
                model.set_rows([])
            self._update_button()
            return
        keys = initiative_peer_keys(self.workspace.factory, initiative.id)
        names = {p.id: p.full_name for p in list_peers(self.workspace.factory, initiative.id, role=None)}
        preview = build_survey_preview(survey.table, survey.kind, keys)
        self.survey_preview = preview
        answers = []
        for record in preview.records:
            who = names.get(record.get("reporter") or record.get("peer"), "")
            when = record.get("report_date") or record.get("week_start")
            if survey.kind == "contact_report":
                detail = self.tr("{formal} formal, {informal} informal contacts").format(
                    formal=len(record.get("formal", [])), informal=len(record.get("informal", [])))
            else:
                detail = {True: self.tr("productive conversation"), False: self.tr("none")}.get(
                    record.get("productive"), "")
            answers.append(AnswerRow(record["row"], who, when.isoformat() if when else "", detail,
                                     record["row"] not in preview.bad_rows))
        self.problems_model.set_rows(preview.problems)
        self.answers_model.set_rows(answers)
        self.ui.people_view.setModel(sorted_filtered(self.answers_model, self))
        self.ui.people_view.resizeColumnsToContents()
        self.ui.problems_view.resizeColumnsToContents()
        self.columns_model.set_rows([ChoiceRow((h,), (("", self.tr("(ignored)")), (f or "", f or "")), f or "", h)
                                     for h, f in preview.columns.items()])
        self.values_model.set_rows([])
        good = len(preview.good_records())
        text = self.tr("{file} holds {what} from a questionnaire: {answers} answers, {good} can be imported into "
                       "{initiative}.").format(file=survey.path.name, what=what, answers=len(preview.records),
                                               good=good, initiative=initiative.name)
        if preview.has_errors:
            text += " " + self.tr("Fix the problems listed, or leave those answers out on purpose.")
        self.ui.summary_label.setText(text)
        self.ui.skip_bad_rows_check.setEnabled(preview.has_errors and good > 0)
        self.ui.preview_tabs.setCurrentWidget(self.ui.problems_tab if preview.problems else self.ui.people_tab)
        self._update_button()

    def _preview_failed(self, error: BaseException) -> None:
        self.preview = None
        message = str(error) if isinstance(error, SourceError) else f"{type(error).__name__}: {error}"
        self.ui.summary_label.setText(self.tr("This file cannot be imported: {error}").format(error=message))
        for model in (self.problems_model, self.people_model, self.columns_model, self.values_model):
            model.set_rows([])
        self._update_button()

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.problems_model.set_rows(preview.problems)
        self.people_model.set_rows(preview.records)
        self.ui.people_view.setModel(sorted_filtered(self.people_model, self))
        errors = len(preview.errors)
        warnings = len(preview.problems) - errors
        good = len(preview.good_records())
        text = " ".join((  # two counts, each with its own plural ("1 ligne lue", "2 lignes lues")
            ngettext("{count} row read.", "{count} rows read.", preview.rows_read).format(count=preview.rows_read),
            ngettext("{count} can be imported.", "{count} can be imported.", good).format(count=good)))
        if preview.encoding:
            text += " " + self.tr("Encoding: {encoding}.").format(encoding=preview.encoding)
        if errors:
            text += " " + self.tr(
                "Problems found in {count} of the rows: fix them in the spreadsheet, choose other fields or values "
                "on the Columns and Values tabs, or leave those rows out on purpose; until then nothing is imported."
            ).format(count=len(preview.bad_rows))
        if warnings:
            text += " " + self.tr("Notes to read: {count} (listed with the problems).").format(count=warnings)
        self.consent_row.setVisible(self._asks_consent())
        if self._asks_consent():
            text += " " + self.tr(
                "The list does not say whether people agreed to their data being kept: for anyone without consent "
                "on record only the name, organisation and e-mail are kept, unless you tick the consent box below.")
        self.ui.summary_label.setText(text)
        self.ui.preview_tabs.setCurrentWidget(self.ui.problems_tab if preview.problems else self.ui.people_tab)
        self.ui.skip_bad_rows_check.setEnabled(bool(errors) and good > 0)
        self.ui.problems_view.resizeColumnsToContents()
        self.ui.people_view.resizeColumnsToContents()
        self._update_button()

    def _status(self, record: PeerRecord) -> str:
        if self.preview is not None and record.row in self.preview.bad_rows:
            return self.tr("has problems")
        return self.tr("ready")

    def on_skip_bad_rows_check_toggled(self, _checked: bool) -> None:
        self._update_button()

    def _update_button(self) -> None:
        if self.survey is not None:
            survey = self.survey_preview
            self.import_button.setEnabled(
                survey is not None and bool(survey.good_records())
                and (not survey.has_errors or self.ui.skip_bad_rows_check.isChecked())
            )
            return
        preview = self.preview
        ok = (
            preview is not None
            and bool(preview.good_records())
            and (not preview.has_errors or self.ui.skip_bad_rows_check.isChecked())
            and bool(self.ui.initiative_combo.currentText().strip())
            and (not self.consent_check.isChecked() or not self._asks_consent() or bool(self.consented()))
        )
        self.import_button.setEnabled(ok)

    def on_template_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import template"), "peerdesk-peers.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                write_template(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Template"),
                                    self.tr("Cannot write {path}: {error}").format(path=path, error=exc))
                return
            self.ui.summary_label.setText(
                self.tr("Template saved to {path}. Fill it in, then choose it here.").format(path=path))

    # --- importing ----------------------------------------------------------------------------

    def on_button_box_accepted(self) -> None:
        if self.survey_preview is not None and self.survey is not None:
            self._import_answers()
            return
        if self.preview is None:
            return
        preview = self.preview
        initiative = self.ui.initiative_combo.currentText().strip()
        skip = self.ui.skip_bad_rows_check.isChecked()
        factory = self.workspace.factory
        consented = self.consented() if self._asks_consent() else ""

        def work():
            runner = iter_apply_import(factory, preview, initiative, skip_bad_rows=skip, consented=consented)
            try:
                while True:
                    done, total = next(runner)
                    yield done, total, self.tr("Importing people…")
            except StopIteration as stop:
                return stop.value
            finally:
                runner.close()  # cancelled: closing the generator rolls the transaction back

        self.import_button.setEnabled(False)
        run_with_progress(self, self.tr("Importing people…"), work, self._imported, self._import_failed,
                          on_cancelled=self._import_cancelled)

    def _import_answers(self) -> None:
        preview = self.survey_preview
        initiative = find_initiative(self.workspace.factory, self.ui.initiative_combo.currentText())
        skip = self.ui.skip_bad_rows_check.isChecked()
        factory = self.workspace.factory

        def done(result) -> None:
            self.imported.emit(initiative.name)
            QMessageBox.information(self, self.tr("Import finished"), _counts(
                ngettext("{count} new answer", "{count} new answers", result.created).format(count=result.created),
                ngettext("{count} replaced", "{count} replaced", result.replaced).format(count=result.replaced)))
            self.accept()

        self.import_button.setEnabled(False)
        tasks.run_task(lambda: apply_survey_import(factory, preview, initiative.id, skip_bad_rows=skip),
                       on_done=done, on_error=self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        if self.source is not None and self.source.mapping:
            remember_mapping(self.source.table.headers, self.source.mapping)
        if result.notes:  # rows without consent: what was left out, row by row
            QMessageBox.warning(self, self.tr("Kept without consent"), "\n\n".join(result.notes))
        self.imported.emit(self.ui.initiative_combo.currentText().strip())
        QMessageBox.information(
            self, self.tr("Import finished"),
            _counts(ngettext("{count} new person", "{count} new people", result.created).format(count=result.created),
                    ngettext("{count} updated", "{count} updated", result.updated).format(count=result.updated)),
        )
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        logger.error("import failed: %s", error)
        QMessageBox.critical(self, self.tr("Import failed"),
                             self.tr("Nothing was imported; the data file is as it was.\n\n{error}")
                             .format(error=error))
        self._update_button()

    def _import_cancelled(self) -> None:
        self.ui.summary_label.setText(self.tr("Import cancelled; nothing was written."))
        self._update_button()


def _counts(*parts: str) -> str:
    """Counts, each with its own plural, as one sentence: "2 new people, 1 updated."."""
    return ", ".join(parts) + "."


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(problem.describe() for problem in problems)
