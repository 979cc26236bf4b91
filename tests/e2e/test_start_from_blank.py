"""A facilitator's first day: from `peerdesk new` to printed contracts, through the window's own actions
(and the same start through the command line)."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from peerdesk.cli import main as cli
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.opening import RecentFiles


def when_modal(action) -> None:
    """Run ``action(dialog)`` on the next modal dialog, once it is showing (as a person would fill it)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


def fill_initiative(dialog) -> None:
    dialog.name_edit.setText("Réseau budget 2027")
    dialog.start_date.setDate(QDate(2027, 1, 15))
    dialog.end_date.setDate(QDate(2027, 12, 15))
    dialog.organisation_edit.setText("Secrétariat du réseau budgétaire")
    dialog.facilitator_edit.setText("Mariam Koné")
    dialog.languages_edit.setText("fr, en")
    dialog.accept()


def fill_peer(name: str, email: str, country: str):
    def fill(dialog) -> None:
        dialog.ui.full_name_edit.setText(name)
        dialog.ui.email_edit.setText(email)
        dialog.ui.country_edit.setText(country)
        dialog.consent_check.setChecked(True)  # without consent only name, organisation and e-mail are kept
        dialog.consent_text_edit.setText("Registration form: I agree to my profile being kept")
        dialog.accept()

    return fill


def test_from_a_blank_file_to_printed_contracts_in_the_window(qtbot, qt_settings, tmp_path, inline_tasks):
    from peerdesk.ui.app import create_application

    create_application()
    path = tmp_path / "reseau.peerdesk"
    assert cli(["new", str(path)]) == 0
    window = MainWindow(recent=RecentFiles(qt_settings))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    assert window.open_path(path)
    assert window.start_panel.isVisible() and not window.ui.main_tabs.isVisible()

    when_modal(fill_initiative)
    window.start_panel.new_button.click()
    assert window.ui.initiative_combo.currentText() == "Réseau budget 2027"
    assert window.ui.main_tabs.isVisible()

    for name, email, country in (("Awa Ndiaye", "awa@finances.sn", "Senegal"),
                                 ("Joana Macuácua", "joana@mef.mz", "Mozambique")):
        when_modal(fill_peer(name, email, country))
        window.initiative_actions.add_peer_action.trigger()
    matching = window.page("matching")
    assert matching.peers_model.rowCount() == 2
    assert "2 peers" in window.ui.initiative_info_label.text()

    window.ui.main_tabs.setCurrentIndex(1)
    tools = window.page("tools")
    dialog = tools.open_activity_dialog()
    dialog.ui.title_edit.setText("Atelier de lancement")
    dialog.ui.tool_type_combo.setCurrentIndex(dialog.ui.tool_type_combo.findText("Large group meetings"))
    dialog.ui.start_date_edit.setDate(QDate(2027, 2, 1))
    dialog.ui.end_date_edit.setDate(QDate(2027, 2, 3))
    for row in range(dialog.ui.participants_list.count()):
        dialog.ui.participants_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.on_button_box_accepted()
    assert dialog.result() == dialog.DialogCode.Accepted
    tools.refresh()
    assert tools.activities_model.rowCount() == 1

    window.ui.main_tabs.setCurrentIndex(2)
    contracts = window.page("contracts")
    contracts.ui.create_button.click()
    assert contracts.contracts_model.rowCount() == 2
    rows = [contracts.contracts_model.row_at(r) for r in range(2)]
    from peerdesk.db.services.contract_tracking import STANDARD_TEMPLATES, get_contract

    kinds = {item.kind for item in get_contract(window.workspace.factory, rows[0].id).items}
    assert {row.kind for row in STANDARD_TEMPLATES} <= kinds, "the standard commitments"
    languages = {row.peer_name: row.language for row in rows}
    assert languages == {"Awa Ndiaye": "fr", "Joana Macuácua": "pt"}, "from their countries"
    out = tmp_path / "contrats.pdf"
    contracts.print_contracts(None, out)
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages).replace("\u00a0", " ")
    assert "15 janvier – 15 décembre 2027" in text and "Atelier de lancement" in text
    assert "Mariam Koné" in text


def test_the_same_start_through_the_command_line(tmp_path, capsys):
    path = tmp_path / "reseau.peerdesk"
    assert cli(["new", str(path)]) == 0
    assert cli(["initiative", "new", str(path), "Réseau budget 2027", "--start", "2027-01-15",
                "--end", "2027-12-15", "--organisation", "Secrétariat", "--languages", "fr,en"]) == 0
    assert cli(["peer", "add", str(path), "--initiative", "Réseau budget 2027", "--name", "Awa Ndiaye",
                "--email", "awa@finances.sn", "--country", "SN", "--consent", "I agree to my profile being kept"]) == 0
    out = tmp_path / "c.pdf"
    # printing alone creates nothing: no contracts yet, so it stops and says how to make them
    assert cli(["contracts", str(path), "--initiative", "Réseau budget 2027", "--out", str(out)]) == 1
    assert "--create-missing" in capsys.readouterr().err
    assert cli(["contracts", str(path), "--initiative", "Réseau budget 2027", "--out", str(out),
                "--create-missing"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages).replace("\u00a0", " ")
    assert "15 janvier – 15 décembre 2027" in text and "Awa Ndiaye" in text
    assert cli(["initiative", "edit", str(path), "Réseau budget 2027", "--end", "2026-01-01"]) == 1
    assert "end date comes before" in capsys.readouterr().err
    assert cli(["initiative", "copy", str(path), "Réseau budget 2027", "Cohorte 2028"]) == 0
    assert cli(["initiative", "archive", str(path), "Réseau budget 2027"]) == 0
    assert cli(["peer", "remove", str(path), "--initiative", "Réseau budget 2027", "--peer", "awa@finances.sn"]) == 0
    capsys.readouterr()
    assert cli(["initiatives", str(path)]) == 0
    listing = capsys.readouterr().out
    assert "Réseau budget 2027: 0 peers" in listing and "(archived)" in listing and "Cohorte 2028" in listing
    from peerdesk.db.services.initiatives import find_initiative
    from peerdesk.db.workspace import open_workspace

    workspace = open_workspace(path)
    try:
        assert find_initiative(workspace.factory, "réseau budget 2027").end_date == date(2027, 12, 15)
    finally:
        workspace.close()
