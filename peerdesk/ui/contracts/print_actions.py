"""The contracts tab's printing: the selected or all contracts, and report-back letters, built on a worker with
progress and Cancel. A mixin of ``ContractsPage``: it uses the page's ``workspace``, ``initiative_id``,
``today``, ``_ready``, ``_problems_stop``, ``selected_contract_ids`` and ``_reload``."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core.contract_followup import letter_wanted
from peerdesk.db.services import contract_tracking as tracking
from peerdesk.db.services.contracts import gather_contracts


class PrintActions:
    def on_print_selected_button_clicked(self) -> None:
        self.print_contracts(self.selected_contract_ids())

    def on_print_all_button_clicked(self) -> None:
        # printing never writes to the data file: missing contracts come from "Create missing contracts"
        if self._ready() and not self._problems_stop():
            self.print_contracts(None)

    def print_contracts(self, contract_ids: list[int] | None, out: Path | None = None):
        """Print the given contracts (None: all) to ``out`` (asked for when None); drafts become 'printed'."""
        # the printing module (progress dialog, file dialog) is imported when printing, not with the tab
        from peerdesk.ui.contracts.printing import ask_pdf_path, build_in_background, contracts_pdf_job

        if not self._ready() or contract_ids == []:
            return None
        if self._problems_stop(contract_ids):
            return None
        data = gather_contracts(self.workspace.factory, self.initiative_id, contract_ids=contract_ids)
        if not data:
            return None
        suggested = "contracts.pdf" if len(data) > 1 else f"contract {data[0].peer_name}.pdf"
        out = out or ask_pdf_path(self, self.tr("Print contracts"), suggested)
        if out is None:
            return None
        language = self.ui.print_language_combo.currentData()
        printed = [item.contract_id for item in data if item.contract_id]

        def written(english: list[str]) -> None:
            tracking.mark_printed(self.workspace.factory, printed)
            self._reload()
            self._say_written(out, len(data), english)

        return build_in_background(self, self.tr("Printing contracts…"),
                                   lambda: contracts_pdf_job(data, language), out, written)

    def on_report_back_button_clicked(self) -> None:
        self.print_report_back(self.selected_contract_ids())

    def print_report_back(self, contract_ids: list[int], out: Path | None = None):
        from peerdesk.ui.contracts.printing import ask_pdf_path, build_in_background, report_back_pdf_job

        if not self._ready() or not contract_ids:
            return None
        data = [item for item in gather_contracts(self.workspace.factory, self.initiative_id,
                                                  contract_ids=contract_ids) if letter_wanted(item)]
        if not data:
            self.ui.detail_label.setText(self.tr("Report-back letters are written for signed or closed contracts "
                                                 "only; none of the selected contracts is signed yet."))
            return None
        suggested = "report-back.pdf" if len(data) > 1 else f"report-back {data[0].peer_name}.pdf"
        out = out or ask_pdf_path(self, self.tr("Report-back letters"), suggested)
        if out is None:
            return None
        language = self.ui.print_language_combo.currentData()
        today = self.today()
        return build_in_background(self, self.tr("Writing report-back letters…"),
                                   lambda: report_back_pdf_job(data, today, language), out,
                                   lambda english: self._say_written(out, len(data), english))

    def _say_written(self, out: Path, count: int, english: list[str]) -> None:
        message = self.tr("Wrote {path} ({count} documents).").format(path=out, count=count)
        if english:
            message += " " + self.tr("No text in their language, printed in English: {names}.").format(
                names=", ".join(english))
        self.ui.detail_label.setText(message)
