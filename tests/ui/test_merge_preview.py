"""The window's merge preview: a file that deletes many rows here is shown with what cascades, and
the user must choose "Delete and merge"; cancelling changes nothing."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from peerdesk.db.models import ContactReport
from peerdesk.db.workspace import open_workspace
from peerdesk.ui.importing.file_actions import merge_interactive


def test_mass_deletion_is_shown_with_its_cascade_and_cancel_keeps_everything(qtbot, demo_file, tmp_path, monkeypatch):
    other = tmp_path / "laptop-b.peerdesk"
    shutil.copyfile(demo_file, other)
    with sqlite3.connect(other) as connection:
        connection.execute("INSERT INTO tombstone (table_name, row_uuid, deleted_at) "
                           "SELECT 'peer', uuid, '2026-01-01 00:00:00' FROM peer")
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    shown = []

    def answer(box):
        box.resize(900, 500)
        shown.append((box.informativeText(), box.button(QMessageBox.StandardButton.Ok).text(), box.defaultButton()))
        box.grab().save(str(tmp_path / "merge-warning.png"))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with open_workspace(demo_file) as workspace:
        with workspace.factory.begin() as session:
            reports = session.scalar(select(func.count()).select_from(ContactReport))
        assert not merge_interactive(parent, workspace)
        text, button, default = shown[0]
        assert "contact_report" in text and "peer_contract" in text and "counting everything that goes" in text
        assert button == "Delete and merge" and default is shown[0][2]
        with workspace.factory.begin() as session:
            assert session.scalar(select(func.count()).select_from(ContactReport)) == reports
