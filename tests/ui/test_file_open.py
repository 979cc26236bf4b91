"""File → Open, New and Open Recent open the file on worker threads, as start-up does: the window says it is
opening and offers nothing to change meanwhile, the file open until then stays open until the new one is
ready (and stays if the new one cannot be opened), and a bad file gets the same message as at start-up and
loses nothing. The workers run for real here (no inline tasks)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from peerdesk.db.lock import WorkspaceLock
from tests.made_files import from_a_newer_peerdesk
from tests.ui.file_opening import digest, encrypted_and_answered, held_elsewhere, scramble, settled


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.fixture
def other_file(demo_file, tmp_path) -> Path:
    target = tmp_path / "other" / "second.peerdesk"
    target.parent.mkdir()
    shutil.copyfile(demo_file, target)
    return target


def test_file_open_shows_opening_then_the_new_file_and_lets_the_old_one_go(window, demo_file, other_file, qtbot,
                                                                              monkeypatch):
    window.show()
    assert window.open_path(demo_file)
    choose(monkeypatch, other_file)
    window.ui.action_open.trigger()
    # at once: the placeholder, and nothing of either file to change meanwhile
    assert "Opening second.peerdesk" in window.start_panel.title_label.text()
    assert window.start_panel.isVisible() and not window.ui.main_tabs.isVisible()
    assert window.workspace is None
    assert not window.ui.action_import_peers.isEnabled() and not window.ui.initiative_combo.isEnabled()
    assert not window.initiative_actions.add_peer_action.isEnabled()
    assert window.ui.initiative_info_label.text() == ""  # not the dates and counts of the file open before
    window.grab().save(str(other_file.with_name("opening.png")))
    settled(qtbot, window)
    assert window.workspace is not None and window.workspace.path == other_file
    assert window.windowTitle().startswith("second.peerdesk")
    assert window.ui.main_tabs.isVisible() and window.ui.initiative_combo.isEnabled()
    assert window.ui.action_import_peers.isEnabled()
    qtbot.waitUntil(lambda: window.page("matching").peers_model.rowCount() == 24, timeout=30_000)
    assert not WorkspaceLock(demo_file).held_here()  # the first file was closed, its lock let go
    assert window.recent.paths()[0] == other_file.resolve()


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text)")
    connection.close()


@pytest.mark.parametrize(("spoil", "words"), [
    (scramble, "second.peerdesk is damaged"),
    (_foreign, "not one written by PeerDesk"),
    (from_a_newer_peerdesk, "written by a newer PeerDesk"),
])
def test_a_bad_file_gets_its_message_and_the_open_file_stays(window, demo_file, other_file, qtbot, monkeypatch,
                                                            spoil, words):
    window.show()
    assert window.open_path(demo_file)
    spoil(other_file)
    before = digest(other_file)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))
    choose(monkeypatch, other_file)
    window.ui.action_open.trigger()
    settled(qtbot, window)
    assert shown and shown[0][0] == "Cannot open data file"
    assert words in shown[0][1] and "The file has not been changed." in shown[0][1]
    assert digest(other_file) == before
    # the file open before is still open, shown and editable
    assert window.workspace is not None and window.workspace.path == demo_file
    assert window.windowTitle().startswith("demo.peerdesk") and str(demo_file) == window.file_label.text()
    assert window.ui.main_tabs.isVisible() and not window.start_panel.isVisible()
    assert window.ui.action_import_peers.isEnabled() and window.ui.initiative_combo.isEnabled()
    assert window.initiative_actions.add_peer_action.isEnabled()
    assert "24 peers" in window.ui.initiative_info_label.text()


def test_a_file_in_use_elsewhere_gets_the_same_warning(window, other_file, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    choose(monkeypatch, other_file)
    with held_elsewhere(other_file):
        window.ui.action_open.trigger()
        settled(qtbot, window)
    assert warnings and "is in use by PeerDesk" in warnings[0] and "The file has not been changed." in warnings[0]
    assert window.opened is None and "No data file is open" in window.start_panel.title_label.text()


def test_an_encrypted_file_asks_for_its_passphrase(window, other_file, qtbot, monkeypatch):
    choose(monkeypatch, other_file)
    with encrypted_and_answered(other_file, monkeypatch) as asked:
        window.ui.action_open.trigger()
        settled(qtbot, window)
        assert asked == [other_file]
        assert window.workspace is not None and window.workspace.encrypted


def test_file_new_makes_and_opens_an_empty_file(window, demo_file, tmp_path, qtbot, monkeypatch):
    assert window.open_path(demo_file)
    target = tmp_path / "fresh"
    choose(monkeypatch, target)
    window.ui.action_new.trigger()
    assert "Opening fresh.peerdesk" in window.start_panel.title_label.text()
    settled(qtbot, window)
    assert window.workspace is not None and window.workspace.path == tmp_path / "fresh.peerdesk"
    assert "holds no initiative" in window.start_panel.title_label.text()
    assert not window.start_panel.new_button.isHidden()


def test_open_recent_opens_in_the_background(window, demo_file, other_file, qtbot):
    assert window.open_path(other_file)
    assert window.open_path(demo_file)
    window._open_recent(str(other_file.resolve()))
    assert window.workspace is None and "Opening second.peerdesk" in window.start_panel.title_label.text()
    settled(qtbot, window)
    assert window.workspace.path.resolve() == other_file.resolve()
