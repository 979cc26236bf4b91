"""File menu actions on the whole data file: export it, merge another laptop's copy into it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerdesk import FILE_SUFFIX
from peerdesk.db.backups import take_backup
from peerdesk.db.merge import MergeError, MergeReport, merge_locations
from peerdesk.db.services.export_data import export_tables
from peerdesk.db.workspace import DataFileError, Workspace
from peerdesk.io.export import export_csv_zip, export_xlsx
from peerdesk.ui import tasks

logger = logging.getLogger(__name__)
MAX_CONFLICTS_SHOWN = 10  # the rest is under "Show Details" (the box must fit a 600-pixel screen)


def tr(text: str) -> str:
    return QCoreApplication.translate("file_actions", text)


def export_interactive(parent: QWidget, workspace: Workspace) -> None:
    """Ask where, then write an XLSX workbook or a zip of CSVs in the background."""
    suggestion = str(workspace.path.with_suffix(".xlsx")) if workspace.path is not None else ""
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
        QMessageBox.information(parent, tr("Export"), tr("Exported to {path}").format(path=out))

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, tr("Export"), tr("The export failed: {error}").format(error=error))

    tasks.run_task(lambda: writer(export_tables(workspace.factory), out), on_done=done, on_error=failed)


def describe_report(report: MergeReport) -> str:
    lines = [report.summary()]
    for line in report.conflict_lines()[:MAX_CONFLICTS_SHOWN]:
        lines.append("• " + line)
    if len(report.conflicts) > MAX_CONFLICTS_SHOWN:
        lines.append(tr("… and {count} more").format(count=len(report.conflicts) - MAX_CONFLICTS_SHOWN))
    notes = report.notes()
    for note in notes[:MAX_CONFLICTS_SHOWN]:
        lines.append("• " + note)
    if len(notes) > MAX_CONFLICTS_SHOWN:
        lines.append(tr("… and {count} more rows skipped or changed").format(count=len(notes) - MAX_CONFLICTS_SHOWN))
    return "\n".join(lines)


def confirm_merge(parent: QWidget, name: str, preview: MergeReport, *, title: str = "", heading: str = "",
                  extra: str = "", verb: str = "") -> bool:
    """Show the dry run; when the other side deletes many rows here, say so first and ask plainly.
    ``extra`` is added below (the other direction of a sync)."""
    many = preview.deletions_need_confirmation
    box = QMessageBox(QMessageBox.Icon.Warning if many else QMessageBox.Icon.Question, title or tr("Merge"),
                      heading or tr("Merging {name} would change this file:").format(name=name), parent=parent)
    text = describe_report(preview)
    if many:
        text = tr("{name} deletes {deleted} here (counting everything that goes with the deleted rows). "
                  "If that is not what your co-facilitator meant, cancel.\n\n").format(
            name=name, deleted=preview.counts(preview.deleted)) + text
    box.setInformativeText(text + extra)
    box.setDetailedText("\n".join(preview.conflict_lines() + preview.notes()))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if many else QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Delete and merge") if many else verb or tr("Merge"))
    return box.exec() == QMessageBox.StandardButton.Ok


def merge_interactive(parent: QWidget, workspace: Workspace) -> bool:
    """Choose the other file, show what a merge would do (a dry run), then merge on confirmation.
    Returns True when the file changed."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Merge another data file into this one"), "",
        tr("PeerDesk data files (*{suffix})").format(suffix=FILE_SUFFIX)
    )
    if not path:
        return False
    other = Path(path)
    from peerdesk.ui.protection import unlock_other_file

    if not unlock_other_file(parent, other):  # an encrypted file with a passphrase of its own
        return False
    try:
        preview = merge_locations(workspace, other, dry_run=True)
    except (MergeError, DataFileError, OSError) as exc:
        QMessageBox.warning(parent, tr("Merge"), tr("Cannot merge {name}: {error}").format(name=other.name, error=exc))
        return False
    if preview.changes == 0:
        message = tr("{name} holds nothing new for this file.").format(name=other.name)
        if preview.notes():
            message += "\n\n" + describe_report(preview)
        QMessageBox.information(parent, tr("Merge"), message)
        return False
    heading = tr("Merging {name} would change {here}:").format(name=other.name, here=workspace.display_name) \
        if workspace.is_server else ""
    if not confirm_merge(parent, other.name, preview, heading=heading):
        return False
    try:
        if workspace.path is not None:  # a server database is one transaction, and keeps its own backups
            take_backup(workspace.path, reason="before-merge")
        report = merge_locations(workspace, other, allow_deletions=True)  # the user saw the counts
    except (MergeError, DataFileError, OSError) as exc:
        QMessageBox.warning(parent, tr("Merge"), tr("Nothing was merged: {error}").format(error=exc))
        return False
    QMessageBox.information(parent, tr("Merge"), describe_report(report))
    return True
