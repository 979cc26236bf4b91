"""The Checklist sub-tab: the facilitator's four stages and their items, each with a status and a note."""

from __future__ import annotations

from PySide6.QtCore import QObject

from peerdesk.db.services.checklist import (
    STATUS_NAMES,
    STATUSES,
    ChecklistInvalid,
    ChecklistRow,
    checklist_progress,
    list_checklist,
    set_checklist_entry,
)
from peerdesk.ui import conflict
from peerdesk.ui.models import ROW_ROLE, Column, fit_columns, show_rows
from peerdesk.ui.tasks import run_task


class ChecklistPanel(QObject):
    """Drives the checklist widgets of the Tools page form."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.ui = page.ui
        self._loads = 0
        view = self.ui.checklist_view
        self.model, self.proxy = show_rows(view, self._columns(), self, sort_column=None)
        view.setSortingEnabled(False)  # the stage order is the point
        view.setWordWrap(True)
        for status in STATUSES:
            self.ui.checklist_status_combo.addItem(page.tr(STATUS_NAMES[status]), status)
        view.selectionModel().currentRowChanged.connect(self.on_checklist_view_currentRowChanged)
        self.ui.checklist_save_button.clicked.connect(self.on_checklist_save_button_clicked)
        self.ui.checklist_note_edit.returnPressed.connect(self.on_checklist_save_button_clicked)

    def _columns(self) -> list[Column]:
        tr = self.page.tr
        return [
            Column(tr("Stage"), lambda r: f"{r.stage_number}. {r.stage_name}"),
            Column(tr("Item"), lambda r: r.text, tooltip=lambda r: r.text),
            Column(tr("Status"), lambda r: tr(STATUS_NAMES.get(r.status, r.status))),
            Column(tr("Note"), lambda r: r.note, tooltip=lambda r: r.note),
        ]

    def refresh(self) -> None:
        """Read the checklist again on a worker thread (after a save), then show it."""
        page = self.page
        if page.workspace is None or page.initiative_id is None:
            self.show([])
            return
        workspace, initiative_id = page.workspace, page.initiative_id
        factory = workspace.factory
        self._loads += 1
        generation = self._loads

        def show(rows: list[ChecklistRow]) -> None:
            if generation == self._loads and (page.workspace, page.initiative_id) == (workspace, initiative_id):
                self.show(rows)

        run_task(lambda: list_checklist(factory, initiative_id), show)

    def show(self, rows: list[ChecklistRow]) -> None:
        """Show ``rows`` (read with the plan, off the GUI thread), keeping the selected item selected."""
        self._loads += 1  # a read asked for earlier arrives too late to replace these rows
        page = self.page
        current = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.ui.checklist_view, self.model)
        self.ui.checklist_view.setColumnWidth(1, 420)
        counts = checklist_progress(rows)
        self.ui.checklist_summary_label.setText(
            page.tr("{done} of {total} items done, {in_progress} in progress, {not_applicable} not applicable, "
                    "{not_started} not started.")
            .format(done=counts["done"], total=len(rows), in_progress=counts["in_progress"],
                    not_applicable=counts["not_applicable"], not_started=counts["not_started"])
        )
        if rows:
            wanted = current.item_code if current else rows[0].item_code
            row = next((i for i, r in enumerate(rows) if r.item_code == wanted), 0)
            self.ui.checklist_view.selectRow(row)
        self.on_checklist_view_currentRowChanged()

    def selected(self) -> ChecklistRow | None:
        index = self.ui.checklist_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def on_checklist_view_currentRowChanged(self, *_args) -> None:
        row = self.selected()
        enabled = row is not None
        for widget in (self.ui.checklist_status_combo, self.ui.checklist_note_edit, self.ui.checklist_save_button):
            widget.setEnabled(enabled)
        self.ui.checklist_error_label.setVisible(False)
        if row is None:
            return
        self.ui.checklist_status_combo.setCurrentIndex(max(self.ui.checklist_status_combo.findData(row.status), 0))
        self.ui.checklist_note_edit.setText(row.note)
        self.ui.checklist_status_combo.setToolTip(row.text)

    def on_checklist_save_button_clicked(self) -> None:
        row = self.selected()
        page = self.page
        if row is None or page.workspace is None or page.initiative_id is None:
            return
        factory, initiative_id = page.workspace.factory, page.initiative_id
        # the version shown: a save over someone else's newer edit asks Reload / Keep mine / Back
        save = conflict.guarded(page, lambda values, version: set_checklist_entry(
            factory, initiative_id, row.item_code, *values, expected_version=version), row.version)
        try:
            save((self.ui.checklist_status_combo.currentData(), self.ui.checklist_note_edit.text()))
        except conflict.KeepEditing:
            return  # nothing saved; the status and note typed stay in the form
        except conflict.Reloaded:
            pass  # their values: the refresh below shows them
        except ChecklistInvalid as exc:
            self.ui.checklist_error_label.setText(str(exc))
            self.ui.checklist_error_label.setVisible(True)
            return
        self.refresh()
