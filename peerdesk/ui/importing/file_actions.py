"""File menu actions on the whole data file: export it, merge another laptop's copy into it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerdesk import FILE_SUFFIX
from peerdesk.db.backups import take_backup
from peerdesk.db.merge import MergeError, MergeReport, merge_files
from peerdesk.db.services.export_data import export_tables
from peerdesk.db.workspace import DataFileError, Workspace
from peerdesk.io.export import export_csv_zip, export_xlsx
from peerdesk.ui import tasks

logger = logging.getLogger(__name__)
MAX_CONFLICTS_SHOWN = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("file_actions", text)


def export_interactive(parent: QWidget, workspace: Workspace) -> None:
    """Ask where, then write an XLSX workbook or a zip of CSVs in the background."""
    suggestion = str(workspace.path.with_suffix(".xlsx"))
    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("Export the data file"), suggestion,
        tr("Excel workbook, one sheet per table (*.xlsx);;Zip of CSV files (*.zip)"),
    )
    if not path:
        return
    out = Path(path)
    if out.suffix.lower() not in (".xlsx", ".zip"):
        out = out.with_suffix(".zip" if "zip" in chosen.lower() else ".xlsx")
    writer = export_csv_zip if out.suffix.lower() == ".zip" else export_xlsx

    def done(_result) -> None:
        QMessageBox.information(parent, tr("Export"), tr("Exported to %s") % out)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, tr("Export"), tr("The export failed: %s") % error)

    tasks.run_task(lambda: writer(export_tables(workspace.factory), out), on_done=done, on_error=failed)


def describe_report(report: MergeReport) -> str:
    lines = [report.summary()]
    for conflict in report.conflicts[:MAX_CONFLICTS_SHOWN]:
        lines.append("• " + conflict.describe())
    if len(report.conflicts) > MAX_CONFLICTS_SHOWN:
        lines.append(tr("… and %d more") % (len(report.conflicts) - MAX_CONFLICTS_SHOWN))
    return "\n".join(lines)


def merge_interactive(parent: QWidget, workspace: Workspace) -> bool:
    """Choose the other file, show what a merge would do (a dry run), then merge on confirmation.
    Returns True when the file changed."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Merge another data file into this one"), "", tr("PeerDesk data files (*%s)") % FILE_SUFFIX
    )
    if not path:
        return False
    other = Path(path)
    try:
        preview = merge_files(workspace.factory, workspace.path, other, dry_run=True)
    except (MergeError, DataFileError) as exc:
        QMessageBox.warning(parent, tr("Merge"), tr("Cannot merge %s: %s") % (other.name, exc))
        return False
    if preview.changes == 0:
        QMessageBox.information(parent, tr("Merge"), tr("%s holds nothing new for this file.") % other.name)
        return False
    box = QMessageBox(QMessageBox.Icon.Question, tr("Merge"),
                      tr("Merging %s would change this file:") % other.name, parent=parent)
    box.setInformativeText(describe_report(preview))
    box.setDetailedText("\n".join(c.describe() for c in preview.conflicts))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Merge"))
    if box.exec() != QMessageBox.StandardButton.Ok:
        return False
    try:
        take_backup(workspace.path, reason="before-merge")
        report = merge_files(workspace.factory, workspace.path, other)
    except (MergeError, DataFileError, OSError) as exc:
        QMessageBox.warning(parent, tr("Merge"), tr("Nothing was merged: %s") % exc)
        return False
    QMessageBox.information(parent, tr("Merge"), describe_report(report))
    return True
