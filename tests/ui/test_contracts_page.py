"""The contracts tab on the demo file: list, detail, fallback notice, tracking, scan, due list, printing."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from peerdesk.db.services import contract_tracking as tracking
from peerdesk.ui.contracts.item_dialog import CommitmentItemDialog
from peerdesk.ui.contracts.page import ContractsPage


@pytest.fixture
def page(qtbot, demo_workspace, demo_initiative, inline_tasks):
    widget = ContractsPage()
    widget.today = lambda: date(2026, 6, 20)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.set_context(demo_workspace, demo_initiative.id)
    return widget


def _select(page, name):
    for row in range(page.contracts_proxy.rowCount()):
        if page.contracts_proxy.index(row, 0).data() == name:
            page.ui.contracts_view.selectRow(row)
            return
    raise AssertionError(f"{name} not listed")


def _cells(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_lists_contracts_and_the_due_list(page):
    assert page.ui.summary_label.text() == "6 contracts, 4 signed; 20 of 66 commitments kept so far."
    assert "Ёлкина Наталья" in _cells(page.contracts_proxy, 0)
    assert "Vietnamese (prints in English)" in _cells(page.contracts_proxy, 1)
    assert _cells(page.due_proxy, 2) == ["Ana Lucía Quispe", "João Tembe", "Nguyễn Thị Mai"]
    assert _cells(page.due_proxy, 1) == ["in 10 days"] * 3
    page.ui.horizon_spin.setValue(5)
    assert page.due_proxy.rowCount() == 0


def test_language_without_a_text_says_it_prints_in_english(page):
    _select(page, "Nguyễn Thị Mai")
    assert page.ui.fallback_label.text() == (
        "There is no contract text in Vietnamese yet: this contract prints in English."
    )
    _select(page, "Ёлкина Наталья")
    assert page.ui.fallback_label.text() == ""
    sentences = _cells(page.items_model, 2)
    assert sentences[1].startswith("Я буду поддерживать связь с партнёром (Edit Németh) раз в две недели")


def test_signing_a_contract_records_the_date(page, demo_workspace):
    _select(page, "Ana Lucía Quispe")
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData("signed"))
    page.ui.signed_on_edit.setDate(date(2026, 3, 2))
    page.ui.authoriser_name_edit.setText("A&B <Ministry>")
    page.ui.save_contract_button.click()
    detail = tracking.get_contract(demo_workspace.factory, page.detail.id)
    assert (detail.status, detail.signed_on, detail.authoriser_name) == ("signed", date(2026, 3, 2), "A&B <Ministry>")
    assert "Ana Lucía Quispe" in page.ui.detail_label.text()


def test_commitments_changed_by_a_colleague_are_not_dropped_by_a_stale_list(page, demo_workspace, monkeypatch):
    """A colleague added a commitment after this window showed the contract: removing one here asks first;
    Back writes nothing (their commitment stays), Reload shows their list."""
    from peerdesk.ui import conflict

    _select(page, "Ana Lucía Quispe")
    shown = tracking.get_contract(demo_workspace.factory, page.detail.id)
    theirs = [*shown.items, tracking.ItemRow(None, "peer", "custom", "Colleague: brief the audit committee")]
    tracking.save_items(demo_workspace.factory, shown.id, theirs, expected_version=shown.version)
    answers = iter([conflict.BACK, conflict.RELOAD])
    asked: list[str] = []
    monkeypatch.setattr(conflict, "asker", lambda parent, problem: (asked.append(str(problem)), next(answers))[1])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.ui.items_view.selectRow(0)
    page.on_remove_item_button_clicked()
    assert len(asked) == 1 and asked[0].startswith("the contract of Ana Lucía Quispe: changed by ")
    saved = tracking.get_contract(demo_workspace.factory, shown.id).items
    assert len(saved) == len(theirs) and saved[-1].text == "Colleague: brief the audit committee"
    assert page.items_model.rowCount() == len(shown.items)  # Back: the list as it was shown
    page.ui.items_view.selectRow(0)
    page.on_remove_item_button_clicked()
    assert len(asked) == 2
    assert len(tracking.get_contract(demo_workspace.factory, shown.id).items) == len(theirs)
    assert page.items_model.rowCount() == len(theirs)  # Reload: their list, nothing removed


def test_item_dialog_previews_and_returns_the_outcome(page, qtbot):
    _select(page, "Ndèye Mayé Diouf")
    dialog = CommitmentItemDialog(page.detail.items[4], page.context, page.detail.language)
    qtbot.addWidget(dialog)
    assert "par une présentation devant environ 20 personnes" in dialog.ui.preview_label.text()
    dialog.ui.audience_spin.setValue(45)
    dialog.ui.status_combo.setCurrentIndex(dialog.ui.status_combo.findData("partly"))
    dialog.ui.evidence_edit.setPlainText("Talk to 45 colleagues <budget dept>")
    assert "environ 45 personnes" in dialog.ui.preview_label.text()
    item = dialog.result_item()
    assert (item.params["audience"], item.status) == (45, "partly")
    assert item.evidence == "Talk to 45 colleagues <budget dept>"


def test_attach_open_scan_and_print(page, demo_workspace, tmp_path):
    _select(page, "João Tembe")
    scan = tmp_path / "assinado.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    assert page.attach_scan_file(scan)
    assert page.ui.scan_label.text().startswith("assinado.pdf")
    assert page.ui.export_scan_button.isEnabled()
    out = tmp_path / "mai.pdf"
    _select(page, "Nguyễn Thị Mai")
    page.print_contracts(page.selected_contract_ids(), out)
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Nguyễn Thị Mai" in text and "Peer learning commitment" in text
    assert "printed in English: Nguyễn Thị Mai" in page.ui.detail_label.text()
    assert tracking.get_contract(demo_workspace.factory, page.detail.id).status == "printed"
    letter = tmp_path / "letter.pdf"
    page.print_report_back(page.selected_contract_ids(), letter)  # printed, not signed: no letter
    assert not letter.exists() and "signed" in page.ui.detail_label.text()


def test_print_all_creates_the_missing_contracts(page, tmp_path):
    page.ui.print_language_combo.setCurrentIndex(page.ui.print_language_combo.findData("es"))
    create_out = tmp_path / "all.pdf"
    page.ui.create_button.click()
    assert page.contracts_proxy.rowCount() == 24
    page.print_contracts(None, create_out)
    text = " ".join(p.extract_text() for p in PdfReader(str(create_out)).pages)
    assert text.count("Página 1 de") == 24 and "Compromiso de aprendizaje" in text


def test_nothing_selected_hides_the_detail_and_disables_printing_a_selection(page):
    assert not page.ui.contract_group.isHidden(), "the tab opens on the first contract"
    page.ui.contracts_view.clearSelection()
    assert page.ui.contract_group.isHidden() and page.ui.items_group.isHidden()
    assert not page.ui.print_selected_button.isEnabled() and not page.ui.report_back_button.isEnabled()
    _select(page, "Edit Németh")
    assert not page.ui.contract_group.isHidden() and page.ui.print_selected_button.isEnabled()


def test_cancelling_the_print_job_stops_it_and_leaves_no_thread():
    import threading

    from peerdesk.core.contracts import ContractData
    from peerdesk.ui.contracts.printing import contracts_pdf_job

    data = [ContractData(uuid=f"u{i}", peer_name=f"Peer {i}", initiative="N") for i in range(30)]
    before = threading.active_count()
    job = contracts_pdf_job(data, None)
    steps = [next(job) for _ in range(3)]
    assert steps[0] == (25, 60, "") and all(total == 60 for _done, total, _message in steps)
    job.close()  # what Cancel does between two yields
    assert threading.active_count() == before


def test_dates_read_as_people_write_them_and_sort_by_the_day(page):
    from PySide6.QtCore import Qt

    from peerdesk.db.services.contracts import ContractRow
    from peerdesk.i18n import format_date
    from peerdesk.ui.models import ROW_ROLE

    assert _cells(page.due_proxy, 0) == ["30\u00a0Jun\u00a02026"] * 3  # as the activity table writes dates
    for column, field in ((3, "signed_on"), (8, "next_due")):
        page.contracts_proxy.sort(column, Qt.SortOrder.AscendingOrder)
        rows: list[ContractRow] = [page.contracts_proxy.index(r, 0).data(ROW_ROLE)
                                   for r in range(page.contracts_proxy.rowCount())]
        days = [getattr(row, field) for row in rows]
        assert any(days), field
        assert days == sorted(days, key=lambda d: d.toordinal() if d else 0), field
        assert _cells(page.contracts_proxy, column) == [format_date(d, "medium") for d in days]
        assert not any("-" in text for text in _cells(page.contracts_proxy, column))  # no ISO dates left
