"""The Initiative menu and starting where she left off."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from peerdesk.db.services.initiatives import InitiativeInput, create_initiative
from peerdesk.ui.initiatives.dialog import InitiativeDialog
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.opening import RecentFiles


def test_the_window_reopens_the_last_file_and_initiative(window, qt_settings, qtbot, demo_file):
    from peerdesk.ui.app import last_data_file

    assert window.open_path(demo_file)
    factory = window.workspace.factory
    second = create_initiative(factory, InitiativeInput(name="Zz second", start_date=date(2027, 1, 1),
                                                        end_date=date(2027, 6, 30)))
    window.reload_initiatives(select_id=second)
    window.close()
    assert last_data_file() == demo_file.resolve()
    again = MainWindow(recent=RecentFiles(qt_settings))
    qtbot.addWidget(again)
    assert again.open_path(last_data_file())
    assert again.ui.initiative_combo.currentText() == "Zz second"
    assert "2027" in again.ui.initiative_info_label.text()


def test_the_dialog_keeps_refused_input_and_says_why(window, empty_workspace):
    calls = []

    def save(data):
        calls.append(data)
        return create_initiative(empty_workspace.factory, data)

    dialog = InitiativeDialog(InitiativeInput(name=""), save, title="New initiative")
    dialog.accept()
    assert dialog.result() == 0 and not dialog.error_labels["name"].isHidden()
    assert dialog.error_labels["name"].text() == "Give the initiative a name."
    dialog.name_edit.setText("Réseau")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_value


def test_delete_asks_first_and_the_start_panel_comes_back(window, tmp_path, monkeypatch):
    from peerdesk.cli import main as cli

    path = tmp_path / "one.peerdesk"
    assert cli(["new", str(path)]) == 0
    assert cli(["initiative", "new", str(path), "Only one", "--start", "2027-01-01", "--end", "2027-02-01"]) == 0
    assert window.open_path(path)
    assert not window.start_panel.isVisibleTo(window)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.initiative_actions.delete_action.trigger()
    assert window.ui.initiative_combo.count() == 1
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.initiative_actions.delete_action.trigger()
    assert window.ui.initiative_combo.count() == 0
    assert window.start_panel.isVisibleTo(window) and not window.initiative_actions.properties_action.isEnabled()
