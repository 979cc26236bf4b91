"""The contracts tab's signed copy: attach a scan to the contract (kept in the data file), open it, export
it, remove it. A mixin of ``ContractsPage``: it uses the page's ``detail``, ``workspace``, ``_warn`` and
``_reload``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from peerdesk.core.atomic import write_bytes_atomic
from peerdesk.db.services import contract_tracking as tracking


class ScanActions:
    def _show_scan(self) -> None:
        detail = self.detail
        has_scan = bool(detail and detail.scan_size)
        self.ui.scan_label.setText(
            self.tr("{file} ({size} KB), kept in the data file")
            .format(file=detail.scan_filename, size=max(1, detail.scan_size // 1024)) if has_scan
            else self.tr("No signed copy attached yet.")
        )
        for widget in (self.ui.open_scan_button, self.ui.export_scan_button, self.ui.remove_scan_button):
            widget.setEnabled(has_scan)

    def on_attach_scan_button_clicked(self) -> None:
        if self.detail is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach the signed copy"), "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        if path:
            self.attach_scan_file(Path(path))

    def attach_scan_file(self, path: Path) -> bool:
        try:
            content = path.read_bytes()
            tracking.attach_scan(self.workspace.factory, self.detail.id, path.name, content)
        except OSError as exc:
            self._warn(self.tr("Cannot read {path}: {error}").format(path=path, error=exc.strerror or exc))
            return False
        except tracking.ContractInputError as exc:
            self._warn(str(exc))
            return False
        self._reload()
        return True

    def on_open_scan_button_clicked(self) -> None:
        try:
            scan = tracking.get_scan(self.workspace.factory, self.detail.id) if self.detail else None
            if scan is None:
                return
            name, content = scan  # a safe base name with a PDF or image extension (core/scans.py)
            target = Path(tempfile.mkdtemp(prefix="peerdesk-scan-")) / name
            target.write_bytes(content)
        except tracking.ContractInputError as exc:
            self._warn(self.tr("The scan was not opened: {error}").format(error=exc))
            return
        except OSError as exc:
            self._warn(self.tr("The scan could not be written for viewing: {error}").format(
                error=exc.strerror or exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self._warn(self.tr("No program on this computer opens {name}.").format(name=name))

    def on_export_scan_button_clicked(self) -> None:
        try:
            scan = tracking.get_scan(self.workspace.factory, self.detail.id) if self.detail else None
        except tracking.ContractInputError as exc:
            self._warn(self.tr("The scan was not exported: {error}").format(error=exc))
            return
        if scan is None:
            return
        name, content = scan
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the signed copy"), name)
        if path:
            try:
                write_bytes_atomic(Path(path), content)
            except OSError as exc:
                self._warn(self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc))

    def on_remove_scan_button_clicked(self) -> None:
        if self.detail is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove signed copy"),
                                      self.tr("Remove the attached scan from the data file?"))
        if answer == QMessageBox.StandardButton.Yes:
            tracking.remove_scan(self.workspace.factory, self.detail.id)
            self._reload()
