"""The people in the file, on request: record a peer's consent, write everything held about them (access),
forget them (erasure). Actions in the matching page's People menu; ``db/services/privacy.py`` does the work."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from peerdesk.core.atomic import write_bytes_atomic
from peerdesk.db.services import privacy
from peerdesk.i18n import ngettext

logger = logging.getLogger(__name__)


class ConsentDialog(QDialog):
    """Record that a person consents, with the text they agreed to (dated today)."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Without recorded consent PeerDesk keeps only {name}'s name, organisation and e-mail. "
                               "Paste the text they agreed to (the consent form's wording); it is kept with "
                               "today's date.").format(name=name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("consent_text_edit")
        self.text_edit.setTabChangesFocus(True)
        layout.addWidget(self.text_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


class PrivacyActions(QObject):
    """Adds Record consent…, Personal data…, and Forget this person… to ``menu`` for the selected peer."""

    def __init__(self, page, menu: QMenu) -> None:
        super().__init__(page)
        self.page = page
        menu.addSeparator()
        self.consent_action = menu.addAction(self.tr("Record the selected peer's consent…"))
        self.access_action = menu.addAction(self.tr("Personal data of the selected peer (PDF or JSON)…"))
        self.forget_action = menu.addAction(self.tr("Forget this person…"))
        self.consent_action.triggered.connect(self.record_consent)
        self.access_action.triggered.connect(self.write_person_record)
        self.forget_action.triggered.connect(self.forget)

    def _selected(self):
        peer = self.page.selected_peer()
        if peer is None or self.page.workspace is None:
            QMessageBox.information(self.page, self.tr("People"), self.tr("Select a peer in the list first."))
            return None
        return peer

    def record_consent(self) -> None:
        peer = self._selected()
        if peer is None:
            return
        dialog = ConsentDialog(peer.full_name, self.page)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                privacy.record_consent(self.page.workspace.factory, peer.id, True, date.today(), dialog.text())
            except (privacy.ConsentMissing, privacy.PersonNotFound) as exc:
                QMessageBox.warning(self.page, self.tr("Record consent"), str(exc))
                continue
            self.page.reload_peers(select=peer.id)
            return

    def write_person_record(self) -> None:
        peer = self._selected()
        if peer is None:
            return
        suggestion = str(self.page.workspace.path.with_name(f"{peer.full_name} - personal data.pdf"))
        path, _chosen = QFileDialog.getSaveFileName(self.page, self.tr("Personal data of {name}").format(
            name=peer.full_name), suggestion, self.tr("PDF to read (*.pdf);;JSON for machines (*.json)"))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".pdf", ".json"):
            out = out.with_suffix(".pdf")
        try:
            record = privacy.person_record(self.page.workspace.factory, peer.email or peer.full_name)
            if out.suffix.lower() == ".json":
                content = record.to_json().encode("utf-8")
            else:
                from peerdesk.reports.person_record import build_person_record
                from peerdesk.settings import paper_size

                content = build_person_record(record, paper=paper_size())
            write_bytes_atomic(out, content)
        except (privacy.PersonNotFound, OSError) as exc:
            QMessageBox.warning(self.page, self.tr("Personal data"), str(exc))
            return
        QMessageBox.information(self.page, self.tr("Personal data"), record.written_note(out))

    def forget(self) -> None:
        peer = self._selected()
        if peer is None:
            return
        answer = QMessageBox.warning(self.page, self.tr("Forget this person"), self.tr(
            "Erase {name} from this data file, in every initiative: profile, contracts and scans, check-ins, "
            "learning scores, interviews, sharing events and their contact reports? Contacts that others "
            "reported with them stay, as contacts with a former participant. This cannot be undone.").format(
            name=peer.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.page.workspace
        result = privacy.forget_person(workspace.factory, peer.email or peer.full_name)
        holding = privacy.backups_holding(workspace.path, result.uuid)
        message = self.tr("{name} was erased, and the data file was compacted so no trace is left in it.").format(
            name=result.name)
        if holding:
            answer = QMessageBox.question(self.page, self.tr("Forget this person"), message + "\n\n" + ngettext(
                "{count} backup of this file still holds {name}. Delete that backup now?",
                "{count} backups of this file still hold {name}. Delete those backups now?", len(holding)).format(
                count=len(holding), name=result.name))
            if answer == QMessageBox.StandardButton.Yes:
                failed = privacy.purge_backups(holding)
                if failed:
                    QMessageBox.warning(self.page, self.tr("Forget this person"), self.tr(
                        "These backups could not be deleted:\n{paths}").format(paths="\n".join(map(str, failed))))
        else:
            QMessageBox.information(self.page, self.tr("Forget this person"), message)
        self.page.peers_changed()
