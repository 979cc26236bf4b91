"""At start-up the window opens the data file on a worker thread: it says what it is doing meanwhile,
offers nothing to edit until every check passed, and a bad file still gets its clear message and loses
nothing. These tests run the worker for real (no inline tasks) unless they say otherwise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from peerdesk.ui.app import open_at_start
from tests.ui.file_opening import digest, encrypted_and_answered, held_elsewhere, scramble, settled


def test_the_window_says_it_is_opening_and_offers_nothing_to_edit_until_the_file_is_open(window, demo_file, qtbot):
    window.show()
    open_at_start(window, str(demo_file))
    # at once, before the worker is done: the window paints a clear placeholder, and holds no file to edit
    assert window.workspace is None
    assert window.start_panel.isVisible() and not window.ui.main_tabs.isVisible()
    assert "Opening demo.peerdesk" in window.start_panel.title_label.text()
    assert not window.start_panel.new_button.isVisible() and not window.start_panel.demo_button.isVisible()
    assert not window.ui.action_import_peers.isEnabled() and not window.ui.action_export.isEnabled()
    settled(qtbot, window)
    assert window.workspace is not None and window.workspace.path == demo_file
    assert window.ui.main_tabs.isVisible() and not window.start_panel.isVisible()
    assert window.ui.initiative_combo.currentText() == "Budget Credibility Peer Network 2026"
    page = window.page("matching")
    qtbot.waitUntil(lambda: page.peers_model.rowCount() == 24, timeout=30_000)
    assert page.ui.peers_view.accessibleName()  # the keyboard conventions applied to the tab built meanwhile
    assert window.ui.action_import_peers.isEnabled()


def test_a_damaged_file_found_by_the_check_on_the_worker_gets_the_message_and_loses_nothing(
        window, demo_file, qtbot, monkeypatch):
    scramble(demo_file)
    before = digest(demo_file)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))
    window.show()
    open_at_start(window, str(demo_file))
    settled(qtbot, window)
    assert shown and shown[0][0] == "Cannot open data file"
    assert "demo.peerdesk is damaged" in shown[0][1] and "The file has not been changed." in shown[0][1]
    assert window.opened is None and window.workspace is None
    assert "No data file is open" in window.start_panel.title_label.text()
    assert window.start_panel.demo_button.isVisible()
    assert digest(demo_file) == before
    assert not Path(f"{demo_file}-wal").exists()


def test_a_file_in_use_elsewhere_is_refused_with_the_same_warning(window, demo_file, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    with held_elsewhere(demo_file):
        open_at_start(window, str(demo_file))
        settled(qtbot, window)
    assert warnings and "is in use by PeerDesk" in warnings[0] and "The file has not been changed." in warnings[0]
    assert window.opened is None


def test_an_encrypted_file_goes_on_to_ask_for_its_passphrase(window, demo_file, qtbot, monkeypatch):
    with encrypted_and_answered(demo_file, monkeypatch) as asked:
        open_at_start(window, str(demo_file))
        settled(qtbot, window)
        assert asked == [demo_file]
        assert window.workspace is not None and window.workspace.encrypted


def test_a_window_closed_while_its_file_opens_leaves_the_file_free(window, demo_file, qtbot):
    open_at_start(window, str(demo_file))
    window.close()
    from PySide6.QtCore import QThreadPool

    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    qtbot.wait(50)  # the worker's result, delivered on the event loop, is closed again
    assert window.opened is None
    other = subprocess.run([sys.executable, "-c", "import sys; from peerdesk.db.workspace import open_workspace; "
                            "open_workspace(sys.argv[1], wait=0).close(); print('opened')", str(demo_file)],
                           capture_output=True, text=True, timeout=60)
    assert other.stdout.strip() == "opened", other.stderr


def test_with_tasks_inline_the_start_opens_the_file_at_once(window, demo_file, inline_tasks):
    open_at_start(window, str(demo_file))
    assert window.workspace is not None and window.page("matching").peers_model.rowCount() == 24
