"""Scans: only PDFs and images under a safe base name are kept, on attach and on merge; "Open" never
hands the system an executable name and reports every failure in a message."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from peerdesk.core.scans import ScanNameError, safe_scan_name
from peerdesk.db.services import contract_tracking as tracking
from peerdesk.ui.contracts.page import ContractsPage


@pytest.mark.parametrize("name", ["signed.pdf.hta", "x.exe", "scan", "a.pdf.lnk", "run.js", "c:\\\\t\\\\s.scr"])
def test_dangerous_names_are_refused(name):
    with pytest.raises(ScanNameError):
        safe_scan_name(name)


def test_safe_names_are_reduced_to_a_base_name():
    assert safe_scan_name("../../etc/Ndèye signé.PDF") == "Ndèye signé.pdf"
    assert safe_scan_name("C:\\\\Users\\\\x\\\\scan.v2.jpeg") == "scan_v2.jpeg"


@pytest.fixture
def page(qtbot, demo_workspace, demo_initiative, inline_tasks, monkeypatch):
    widget = ContractsPage()
    widget.today = lambda: date(2026, 6, 20)
    qtbot.addWidget(widget)
    widget.set_context(demo_workspace, demo_initiative.id)
    widget.warnings = []
    monkeypatch.setattr(widget, "_warn", widget.warnings.append)
    widget.ui.contracts_view.selectRow(0)
    return widget


def test_attach_refuses_an_executable_scan(page, tmp_path):
    hostile = tmp_path / "signed.pdf.hta"
    hostile.write_bytes(b"<script>")
    assert not page.attach_scan_file(hostile)
    assert "is not a PDF or image file" in page.warnings[-1]


def test_open_refuses_a_stored_hostile_name_with_a_message(page, demo_workspace, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    contract_id = page.detail.id
    raw = sqlite3.connect(demo_workspace.path)
    raw.execute("UPDATE peer_contract SET scan = X'4d5a', scan_filename = 'signed.pdf.hta' WHERE id = ?",
                (contract_id,))
    raw.commit()
    raw.close()
    page.on_open_scan_button_clicked()
    assert opened == [] and "The scan was not opened" in page.warnings[-1]
    tracking.attach_scan(demo_workspace.factory, contract_id, "ok.pdf", b"%PDF-1.4")
    page.on_open_scan_button_clicked()
    assert Path(opened[-1].toLocalFile()).name == "ok.pdf"
