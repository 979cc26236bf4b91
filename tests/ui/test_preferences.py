"""The Preferences dialog is built from the declared settings and saves only when accepted."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox

from peerdesk.settings import SETTINGS, Settings
from peerdesk.ui.preferences import PreferencesDialog


def test_one_editor_per_labelled_setting(qtbot, tmp_path):
    dialog = PreferencesDialog(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in SETTINGS if s.label}
    languages = dialog.editors["interface_language"]
    assert isinstance(languages, QComboBox)
    assert [languages.itemText(i) for i in range(languages.count())] == [
        "Automatic", "English", "Français", "Español", "Português", "Русский"]
    assert isinstance(dialog.editors["backups_to_keep"], QSpinBox)


def test_ok_saves_and_cancel_does_not(qtbot, tmp_path):
    store = Settings(tmp_path / "settings.json")
    dialog = PreferencesDialog(store)
    qtbot.addWidget(dialog)
    combo = dialog.editors["interface_language"]
    combo.setCurrentIndex(combo.findData("ru"))
    dialog.editors["backups_to_keep"].setValue(3)
    dialog.reject()
    assert Settings(tmp_path / "settings.json").get("interface_language") == ""

    dialog = PreferencesDialog(store)
    qtbot.addWidget(dialog)
    combo = dialog.editors["interface_language"]
    combo.setCurrentIndex(combo.findData("ru"))
    dialog.editors["paper_size"].setCurrentIndex(dialog.editors["paper_size"].findData("letter"))
    dialog.accept()
    saved = Settings(tmp_path / "settings.json")
    assert (saved.get("interface_language"), saved.get("paper_size")) == ("ru", "letter")
