"""The import wizard: choose a spreadsheet, see every problem by row and column, then import all of it,
or on purpose only the good rows. Reading and writing run off the GUI thread; Cancel rolls back."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QWidget

from peerdesk.db.services.import_peers import ImportResult, iter_apply_import
from peerdesk.db.workspace import Workspace
from peerdesk.io.peers_import import ImportPreview, PeerRecord, Problem, preview_file
from peerdesk.io.sources import SourceError
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
        self.ui.initiative_combo.editTextChanged.connect(lambda _text: self._update_button())
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
        tasks.run_task(lambda: preview_file(path), on_done=self.show_preview, on_error=self._preview_failed)

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

    def _imported(self, result: ImportResult) -> None:
        self.result = result
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
