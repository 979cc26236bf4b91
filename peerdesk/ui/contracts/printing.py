"""Printing from the contracts tab: the PDF is built off the GUI thread with progress and Cancel.

The data is gathered on the GUI thread (one short read); building the documents and the PDF is pure
and runs in the worker as a generator that yields progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerdesk.core.atomic import write_bytes_atomic
from peerdesk.core.contract_followup import NoFacilitator, build_report_back
from peerdesk.core.contracts import ContractData, build_contract
from peerdesk.i18n import _
from peerdesk.ui.progress import run_with_progress


def contracts_pdf_job(data: Sequence[ContractData], language: str | None, paper: str | None = None):
    """Generator for ``run_task``: yields (done, total, message); returns (pdf, names printed in English)."""
    documents = []
    total = len(data)
    for index, item in enumerate(data, 1):
        documents.append(build_contract(item, language))
        if index % 25 == 0 or index == total:
            yield index, total * 2, ""
    english = [doc.peer_name for doc in documents if doc.fallback]
    from peerdesk.reports.contracts import build_contracts_pdf, iter_build  # reportlab: when printing, in the worker

    builder = iter_build(lambda progress: build_contracts_pdf(documents, progress, paper))
    pdf = yield from _offset(builder, total, total * 2)
    return pdf, english


def report_back_pdf_job(data: Sequence[ContractData], today: date, language: str | None, paper: str | None = None):
    """Generator for ``run_task``: the letters (signed by the facilitator on file) as one PDF."""
    try:
        letters = [build_report_back(item, today, language) for item in data]
    except NoFacilitator as exc:
        raise ValueError(_("Report-back letters are signed by the facilitator, and {initiative} has none on "
                           "file. Add the facilitator's name to the initiative first.").format(initiative=exc)) from exc
    english = [item.peer_name for item, letter in zip(data, letters, strict=True) if letter.fallback]
    from peerdesk.reports.contracts import iter_build
    from peerdesk.reports.report_back import build_report_back_pdf

    builder = iter_build(lambda progress: build_report_back_pdf(letters, progress, paper))
    pdf = yield from _offset(builder, 0, len(letters))
    return pdf, english


def _offset(generator, offset: int, total: int):
    try:
        while True:
            done, _total, message = next(generator)
            yield offset + done, total, message
    except StopIteration as stop:
        return stop.value
    finally:
        generator.close()


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, parent.tr("PDF documents (*.pdf)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def build_in_background(
    parent: QWidget,
    label: str,
    job: Callable,
    out: Path,
    on_written: Callable[[list[str]], None],
):
    """Run ``job`` (a generator function returning (pdf, names in English)) with a progress dialog, then
    write the PDF to ``out`` and call ``on_written(names printed in English)``."""

    def done(result) -> None:
        pdf, english = result
        try:
            write_bytes_atomic(out, pdf)
        except OSError as exc:
            QMessageBox.warning(parent, parent.tr("Printing"),
                                parent.tr("Cannot write {path}: {error}").format(path=out, error=exc.strerror or exc))
            return
        on_written(english)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, parent.tr("Printing"), parent.tr("The PDF could not be made: {error}")
                            .format(error=error))

    return run_with_progress(parent, label, job, done, failed)
