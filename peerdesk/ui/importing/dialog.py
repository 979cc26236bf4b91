"""The import wizard: choose a spreadsheet, see every problem by row and column, then import all of it,
or on purpose only the good rows. Reading and writing run off the GUI thread; Cancel rolls back."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QWidget

from peerdesk.db.services.import_peers import ImportResult, iter_apply_import
from peerdesk.db.services.import_survey import apply_survey_import, initiative_peer_keys
from peerdesk.db.services.initiatives import InitiativeNotFound, find_initiative
from peerdesk.db.services.peers import list_peers
from peerdesk.db.workspace import Workspace
from peerdesk.io.peers_import import ImportPreview, PeerRecord, Problem, build_preview
from peerdesk.io.sources import SourceError, SourceTable, read_source
from peerdesk.io.survey_import import SurveyPreview, build_survey_preview, survey_kind
from peerdesk.io.template import write_template
from peerdesk.ui import tasks
from peerdesk.ui.generated.ui_import_peers_dialog import Ui_ImportPeersDialog
from peerdesk.ui.models import Column, RowsTableModel, sorted_filtered
from peerdesk.ui.progress import run_with_progress

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ColumnRow:
    header: str
    field: str


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


def read_for_import(path: Path) -> ImportPreview | SurveySource:
    """Background step of the wizard: a peer preview, or the raw table of a questionnaire export."""
    table = read_source(path)
    kind = survey_kind(table.headers)
    if kind is not None:
        return SurveySource(path, table, kind)
    return build_preview(table, None, path.name)


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
            Column(self.tr("Country"), lambda r: r.values.get("country", "")),
            Column(self.tr("Status"), self._status),
        ], self)
        self.answers_model = RowsTableModel([
            Column(self.tr("Row"), lambda a: a.row, numeric=True),
            Column(self.tr("Who"), lambda a: a.who),
            Column(self.tr("Date"), lambda a: a.when),
            Column(self.tr("Answer"), lambda a: a.detail),
            Column(self.tr("Status"), lambda a: self.tr("ready") if a.ready else self.tr("has problems")),
        ], self)
        self.columns_model = RowsTableModel([
            Column(self.tr("Column in the spreadsheet"), lambda c: c.header),
            Column(self.tr("PeerDesk field"), lambda c: c.field or self.tr("(ignored)")),
        ], self)
        for view, model in ((self.ui.problems_view, self.problems_model), (self.ui.people_view, self.people_model)):
            view.setModel(sorted_filtered(model, self))
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.columns_view.setModel(self.columns_model)
        self.ui.columns_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.ui.template_button.clicked.connect(self.on_template_button_clicked)
        self.ui.skip_bad_rows_check.toggled.connect(self.on_skip_bad_rows_check_toggled)
        self.ui.initiative_combo.editTextChanged.connect(self.on_initiative_combo_editTextChanged)
        self.ui.button_box.accepted.connect(self.on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.skip_bad_rows_check.setEnabled(False)

    # --- choosing and previewing ----------------------------------------------------------------

    def on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet of people"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check ``path`` in the background, then show the preview."""
        self.ui.source_edit.setText(str(path))
        self.ui.summary_label.setText(self.tr("Reading %s…") % path.name)
        self.import_button.setEnabled(False)
        tasks.run_task(lambda: read_for_import(path), on_done=self._read, on_error=self._preview_failed)

    def _read(self, outcome: ImportPreview | SurveySource) -> None:
        if isinstance(outcome, SurveySource):
            self.preview = None
            self.survey = outcome
            self.ui.people_tab.setWindowTitle(self.tr("Answers"))
            self.ui.preview_tabs.setTabText(self.ui.preview_tabs.indexOf(self.ui.people_tab), self.tr("Answers"))
            self.show_survey_preview()
        else:
            self.survey = self.survey_preview = None
            self.ui.preview_tabs.setTabText(self.ui.preview_tabs.indexOf(self.ui.people_tab), self.tr("People"))
            self.show_preview(outcome)

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
                "%1 holds %2 from a questionnaire. Choose the initiative they belong to."
            ).replace("%1", survey.path.name).replace("%2", what))
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
                detail = self.tr("%1 formal, %2 informal contacts").replace(
                    "%1", str(len(record.get("formal", [])))).replace("%2", str(len(record.get("informal", []))))
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
        self.columns_model.set_rows([ColumnRow(h, f or "") for h, f in preview.columns.items()])
        good = len(preview.good_records())
        text = self.tr("%1 holds %2 from a questionnaire: %3 answers, %4 can be imported into %5.").replace(
            "%1", survey.path.name).replace("%2", what).replace("%3", str(len(preview.records))).replace(
            "%4", str(good)).replace("%5", initiative.name)
        if preview.has_errors:
            text += " " + self.tr("Fix the problems listed, or leave those answers out on purpose.")
        self.ui.summary_label.setText(text)
        self.ui.skip_bad_rows_check.setEnabled(preview.has_errors and good > 0)
        self.ui.preview_tabs.setCurrentWidget(self.ui.problems_tab if preview.problems else self.ui.people_tab)
        self._update_button()

    def _preview_failed(self, error: BaseException) -> None:
        self.preview = None
        message = str(error) if isinstance(error, SourceError) else f"{type(error).__name__}: {error}"
        self.ui.summary_label.setText(self.tr("This file cannot be imported: %s") % message)
        for model in (self.problems_model, self.people_model, self.columns_model):
            model.set_rows([])
        self._update_button()

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.problems_model.set_rows(preview.problems)
        self.people_model.set_rows(preview.records)
        self.ui.people_view.setModel(sorted_filtered(self.people_model, self))
        self.columns_model.set_rows([ColumnRow(h, f or "") for h, f in preview.columns.items()])
        errors = len(preview.errors)
        warnings = len(preview.problems) - errors
        good = len(preview.good_records())
        text = self.tr("%1 rows read; %2 can be imported.").replace("%1", str(preview.rows_read)).replace(
            "%2", str(good))
        if errors:
            text += " " + self.tr(
                "Problems found in %1 of the rows: fix them in the spreadsheet, or leave those rows out on "
                "purpose; until then nothing is imported."
            ).replace("%1", str(len(preview.bad_rows)))
        if warnings:
            text += " " + self.tr("Notes to read: %1 (listed with the problems).").replace("%1", str(warnings))
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
        )
        self.import_button.setEnabled(ok)

    def on_template_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import template"), "peerdesk-peers.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                write_template(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Template"), self.tr("Cannot write %s: %s") % (path, exc))
                return
            self.ui.summary_label.setText(self.tr("Template saved to %s. Fill it in, then choose it here.") % path)

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

        def work():
            runner = iter_apply_import(factory, preview, initiative, skip_bad_rows=skip)
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
            QMessageBox.information(self, self.tr("Import finished"), self.tr(
                "%1 new answers, %2 replaced.").replace("%1", str(result.created)).replace(
                "%2", str(result.replaced)))
            self.accept()

        self.import_button.setEnabled(False)
        tasks.run_task(lambda: apply_survey_import(factory, preview, initiative.id, skip_bad_rows=skip),
                       on_done=done, on_error=self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        if result.notes:  # rows without consent: what was left out, row by row
            QMessageBox.warning(self, self.tr("Kept without consent"), "\n\n".join(result.notes))
        self.imported.emit(self.ui.initiative_combo.currentText().strip())
        QMessageBox.information(
            self, self.tr("Import finished"),
            self.tr("%1 new people, %2 updated.").replace("%1", str(result.created)).replace(
                "%2", str(result.updated)),
        )
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        logger.error("import failed: %s", error)
        QMessageBox.critical(self, self.tr("Import failed"),
                             self.tr("Nothing was imported; the data file is as it was.\n\n%s") % error)
        self._update_button()

    def _import_cancelled(self) -> None:
        self.ui.summary_label.setText(self.tr("Import cancelled; nothing was written."))
        self._update_button()


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(problem.describe() for problem in problems)
