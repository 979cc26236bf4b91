"""The import wizard and the restore dialog, as a facilitator uses them (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from peerdesk.db.backups import list_backups, take_backup
from peerdesk.db.services.initiatives import find_initiative
from peerdesk.db.services.peers import list_peers
from peerdesk.ui.backups.restore_dialog import RestoreBackupDialog
from peerdesk.ui.importing.dialog import ImportPeersDialog

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screens"


@pytest.fixture
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, _n=name: shown.append((_n, args[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    return shown


def _source(tmp_path: Path, bad: bool) -> Path:
    path = tmp_path / "people.csv"
    lines = ["nom;courriel;organisation;pays;langues",
             "Ёлкина Наталья;natalia@example.ru;Минфин <Russia>;Russia;ru, en",
             "Nguyễn Thị Mai;mai@example.vn;A&B Ministry;Viet Nam;vi"]
    if bad:
        lines.append("Ndèye Mayé Diouf;not-an-email;Cour des comptes;Senegal;wolof-ish")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_wizard_refuses_then_skips_bad_rows_on_purpose(qtbot, demo_workspace, tmp_path, inline_tasks, quiet_boxes):
    dialog = ImportPeersDialog(demo_workspace, ["Budget Credibility Peer Network 2026"], None)
    qtbot.addWidget(dialog)
    dialog.ui.initiative_combo.setCurrentText("Wizard cohort")
    dialog.load(_source(tmp_path, bad=True))
    import_button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not import_button.isEnabled()
    summary = dialog.ui.summary_label.text()
    assert "3 rows read. 2 can be imported." in summary and "nothing is imported" in summary
    messages = [dialog.problems_model.data(dialog.problems_model.index(r, 3)) for r in range(
        dialog.problems_model.rowCount())]
    rows = [dialog.problems_model.data(dialog.problems_model.index(r, 0)) for r in range(
        dialog.problems_model.rowCount())]
    assert "'not-an-email' is not an email address" in messages and set(rows) == {"4"}
    dialog.resize(900, 560)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_wizard_problems.png"))
    dialog.ui.skip_bad_rows_check.setChecked(True)
    assert import_button.isEnabled()
    dialog.ui.preview_tabs.setCurrentWidget(dialog.ui.people_tab)
    dialog.grab().save(str(SHOTS / "import_wizard_people.png"))
    import_button.click()
    assert dialog.result is not None and dialog.result.created == 2
    initiative = find_initiative(demo_workspace.factory, "Wizard cohort")
    names = sorted(p.full_name for p in list_peers(demo_workspace.factory, initiative.id))
    assert names == ["Nguyễn Thị Mai", "Ёлкина Наталья"]
    assert quiet_boxes[-1][0] == "information"


def test_wizard_reports_an_unreadable_file(qtbot, demo_workspace, tmp_path, inline_tasks):
    dialog = ImportPeersDialog(demo_workspace, [], None)
    qtbot.addWidget(dialog)
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    dialog.load(bad)
    assert "old Excel (.xls)" in dialog.ui.summary_label.text()
    assert not dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_restore_dialog_lists_and_chooses(qtbot, demo_file, quiet_boxes):
    take_backup(demo_file, reason="opened")
    take_backup(demo_file, reason="manual")
    dialog = RestoreBackupDialog(demo_file)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 1)) == "taken by hand"
    dialog.ui.backup_now_button.click()
    assert dialog.model.rowCount() == 3
    dialog.resize(640, 360)
    dialog.show()
    dialog.grab().save(str(SHOTS / "restore_backup.png"))
    dialog.ui.backups_view.selectRow(1)
    dialog.ui.restore_button.click()
    assert dialog.chosen == list_backups(demo_file)[1].path


def test_main_window_has_the_file_actions(qtbot, qt_settings, demo_file, inline_tasks):
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.opening import RecentFiles

    window = MainWindow(RecentFiles(qt_settings))
    qtbot.addWidget(window)
    assert not window.ui.action_import_peers.isEnabled()
    assert window.open_path(demo_file)
    assert window.ui.action_import_peers.isEnabled() and window.ui.action_merge.isEnabled()
    assert [b.reason for b in list_backups(demo_file)] == ["opened"]  # taken when the file opened
    titles = [a.text() for a in window.ui.menu_file.actions()]
    assert {"&Import Peers…", "&Export…", "&Merge Another File…", "&Restore from Backup…"} <= set(titles)


def test_wizard_imports_questionnaire_answers(qtbot, demo_workspace, demo_initiative, tmp_path, inline_tasks,
                                              quiet_boxes):
    from peerdesk.io.xlsform import peer_choice_name

    peers = list_peers(demo_workspace.factory, demo_initiative.id)
    a, b = (peer_choice_name(p.uuid) for p in peers[:2])
    path = tmp_path / "checkins.csv"
    path.write_text(
        "checkin/peer;checkin/week_start;checkin/productive;checkin/note;_uuid\n"
        f"{a};2099-01-05;yes;talked about arrears;u1\n{b};2099-01-05;no;;u2\n",
        encoding="utf-8",
    )
    dialog = ImportPeersDialog(demo_workspace, [demo_initiative.name], None)
    qtbot.addWidget(dialog)
    dialog.ui.initiative_combo.setCurrentText("")
    dialog.load(path)
    assert "Choose the initiative" in dialog.ui.summary_label.text()
    dialog.ui.initiative_combo.setCurrentText(demo_initiative.name)
    assert "2 answers, 2 can be imported" in dialog.ui.summary_label.text()
    assert dialog.answers_model.data(dialog.answers_model.index(0, 1)) == peers[0].full_name
    dialog.resize(900, 420)
    dialog.show()
    dialog.grab().save(str(SHOTS / "import_wizard_answers.png"))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert quiet_boxes[-1] == ("information", "2 new answers, 0 replaced.")


def test_merge_and_export_from_the_menu(qtbot, demo_file, tmp_path, monkeypatch, inline_tasks, quiet_boxes):
    import shutil

    from PySide6.QtWidgets import QFileDialog, QWidget

    from peerdesk.db.models import Peer
    from peerdesk.db.workspace import open_workspace
    from peerdesk.ui.importing.file_actions import export_interactive, merge_interactive

    other = tmp_path / "laptop-b.peerdesk"
    shutil.copyfile(demo_file, other)
    with open_workspace(other) as workspace, workspace.factory.begin() as session:
        session.add(Peer(full_name="Nguyễn Thị Mai"))
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: asked.append(box.informativeText()) or QMessageBox.StandardButton.Ok
    )
    with open_workspace(demo_file) as workspace:
        assert merge_interactive(parent, workspace)
        assert "added: 1 peer" in asked[0]
        assert not merge_interactive(parent, workspace)  # twice: nothing new
        assert quiet_boxes[-1] == ("information", "laptop-b.peerdesk holds nothing new for this file.")
        out = tmp_path / "all.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        export_interactive(parent, workspace)
        assert out.exists() and quiet_boxes[-1] == ("information", f"Exported to {out}")


def _choose(model, key, value) -> None:
    """Pick ``value`` in the row of ``key`` as the combo box in the table would."""
    from PySide6.QtCore import Qt

    row = next(r for r in range(model.rowCount()) if model.row_at(r).key == key)
    assert model.setData(model.index(row, model.columnCount() - 1), value, Qt.ItemDataRole.EditRole)


def test_wizard_joins_nom_and_prenom_and_recodes_survey_values(qtbot, demo_workspace, tmp_path, inline_tasks,
                                                               quiet_boxes):
    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom;Courriel;Pays;Niveau de carrière;Influence;Remarque;Consentement\n"
                      "Diouf;Ndèye Mayé;ndeye@example.sn;Sénégal;junior;1;a;oui\n"
                      "Ndiaye;Aïssatou;aissatou@example.sn;Moçambique;director;5;b;oui\n"
                      "Sow;Mamadou;mamadou@example.sn;Мозамбик;head_of_unit;4;c;oui\n", encoding="utf-8")
    dialog = ImportPeersDialog(demo_workspace, ["Budget Credibility Peer Network 2026"], None)
    qtbot.addWidget(dialog)
    dialog.ui.initiative_combo.setCurrentText("Réseau Dakar")
    dialog.load(source)
    columns = {row.key: row.value for row in dialog.columns_model.rows()}
    assert columns["Nom"] == "surname" and columns["Prénom"] == "given_name" and columns["Remarque"] == ""
    names = [dialog.people_model.data(dialog.people_model.index(r, 1)) for r in range(3)]
    assert names == ["Ndèye Mayé Diouf", "Aïssatou Ndiaye", "Mamadou Sow"]
    values = {row.key: row.value for row in dialog.values_model.rows()}
    assert values[("influence", "5")] == "high" and values[("career_level", "junior")] == "entry"
    _choose(dialog.values_model, ("career_level", "head_of_unit"), "mid")  # the user corrects a suggestion
    _choose(dialog.columns_model, "Remarque", "notes")  # and maps a column PeerDesk did not recognise
    dialog.resize(1000, 600)
    dialog.show()
    dialog.ui.preview_tabs.setCurrentWidget(dialog.ui.values_tab)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_wizard_values.png"))
    dialog.ui.preview_tabs.setCurrentWidget(dialog.ui.columns_tab)
    dialog.grab().save(str(SHOTS / "import_wizard_columns.png"))
    import_button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert import_button.isEnabled(), dialog.ui.summary_label.text()
    import_button.click()
    initiative = find_initiative(demo_workspace.factory, "Réseau Dakar")
    peers = {p.full_name: p for p in list_peers(demo_workspace.factory, initiative.id)}
    assert peers["Mamadou Sow"].career_level == "mid" and peers["Mamadou Sow"].notes == "c"
    assert {p.country for p in peers.values()} == {"SN", "MZ"}
    # The next file with the same headers is offered the same choices.
    again = ImportPeersDialog(demo_workspace, ["Réseau Dakar"], None)
    qtbot.addWidget(again)
    again.load(source)
    assert "last import" in again.ui.summary_label.text()
    assert {row.key: row.value for row in again.values_model.rows()}[("career_level", "head_of_unit")] == "mid"


def test_wizard_records_the_consent_collected_with_the_list(qtbot, demo_workspace, tmp_path, inline_tasks,
                                                            quiet_boxes):
    """A list from Excel has no consent column: the wizard says what that means before importing, and a
    facilitator who collected consent with the list ticks the box, gives the wording, and keeps the profiles."""
    dialog = ImportPeersDialog(demo_workspace, [], None)
    qtbot.addWidget(dialog)
    dialog.ui.initiative_combo.setCurrentText("Consented cohort")
    dialog.load(_source(tmp_path, bad=False))
    assert "agreed to their data being kept" in dialog.ui.summary_label.text()
    assert dialog.consent_row.isVisibleTo(dialog) and not dialog.consent_text_edit.isEnabled()
    import_button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    dialog.consent_check.setChecked(True)
    assert not import_button.isEnabled()  # ticked, but no wording yet: nothing to keep as evidence
    qtbot.keyClicks(dialog.consent_text_edit, "Signed the network's data form at the Dakar meeting")
    assert import_button.isEnabled()
    dialog.resize(1024, 600)
    dialog.show()
    dialog.grab().save(str(tmp_path / "import-consent.png"))
    import_button.click()
    assert not any(kind == "warning" for kind, _text in quiet_boxes)  # nothing left out for lack of consent
    initiative = find_initiative(demo_workspace.factory, "Consented cohort")
    peers = {p.full_name: p for p in list_peers(demo_workspace.factory, initiative.id)}
    assert peers["Ёлкина Наталья"].consent_given and peers["Ёлкина Наталья"].languages == ("ru", "en")


def test_wizard_without_consent_keeps_only_the_identity(qtbot, demo_workspace, tmp_path, inline_tasks, quiet_boxes):
    dialog = ImportPeersDialog(demo_workspace, [], None)
    qtbot.addWidget(dialog)
    dialog.ui.initiative_combo.setCurrentText("Unconsented cohort")
    dialog.load(_source(tmp_path, bad=False))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert quiet_boxes[0][0] == "warning" and "2 people have no recorded consent" in quiet_boxes[0][1]
    initiative = find_initiative(demo_workspace.factory, "Unconsented cohort")
    peers = {p.full_name: p for p in list_peers(demo_workspace.factory, initiative.id)}
    assert not peers["Ёлкина Наталья"].consent_given and peers["Ёлкина Наталья"].languages == ()
