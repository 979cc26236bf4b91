"""The main window on the demo initiative: four tabs, each showing the initiative's own data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea

from peerdesk.ui.main_window import TAB_KEYS


def test_tabs_show_the_demo_initiative(window, demo_file, inline_tasks):
    assert window.open_path(demo_file)
    tabs = window.ui.main_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Peer matching", "Tool selection", "Commitment contracts", "Evaluation"]
    assert window.ui.initiative_combo.currentText() == "Budget Credibility Peer Network 2026"
    peers = window.pages["matching"].peers_model
    names = {peers.row_at(row).full_name for row in range(peers.rowCount())}
    assert {"Ёлкина Наталья", "Ndèye Mayé Diouf", "Nguyễn Thị Mai", "Edit Németh"} <= names
    assert window.pages["tools"].activities_model.rowCount() >= 8
    assert window.pages["contracts"].contracts_model.rowCount() >= 5
    summary = window.pages["evaluation"].ui.summary_label.text()
    assert "Computing" not in summary and "24" in summary, summary
    assert window.pages["evaluation"].chart.figure is not None
    assert demo_file.name in window.windowTitle()
    assert str(demo_file) in window.file_label.text()


def test_search_filters_peers(window, demo_file, qtbot):
    window.open_path(demo_file)
    page = window.pages["matching"]
    qtbot.keyClicks(page.ui.peer_search_edit, "Senegal")
    assert page.peers_proxy.rowCount() == 3
    assert "3 of 24 peers" == page.ui.peer_count_label.text()
    page.ui.peer_search_edit.clear()
    assert page.peers_proxy.rowCount() == 24


def test_profile_panel_shows_markup_as_text(window, demo_file):
    from sqlalchemy import select

    from peerdesk.db.models import Peer

    window.open_path(demo_file)
    with window.workspace.factory.begin() as session:
        peer = session.scalar(select(Peer).where(Peer.full_name == "Edit Németh"))
        peer.position = "Head of <b>A&B</b> Unit"
    page = window.pages["matching"]
    page.refresh()
    page.ui.peer_search_edit.setText("Németh")
    page.ui.peers_view.selectRow(0)
    assert "Head of <b>A&B</b> Unit" in page.ui.profile_browser.toPlainText()


def test_ctrl_number_switches_tabs(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.main_tabs.currentIndex() == 2
    assert len(TAB_KEYS) == 4


def test_opening_a_foreign_file_shows_a_message_and_keeps_the_file(window, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: messages.append((title, text)))
    bad = tmp_path / "notes.peerdesk"
    bad.write_text("not data")
    assert not window.open_path(bad)
    assert messages and "not a PeerDesk data file" in messages[0][1]
    assert "has not been changed" in messages[0][1]
    assert bad.read_text() == "not data"
    assert window.opened is None


def test_second_window_on_same_file_is_refused(window, demo_file, qt_settings, monkeypatch, qtbot):
    import subprocess
    import sys

    # another PeerDesk process holds the file (the one lock every writer shares)
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from peerdesk.db.workspace import open_workspace; "
                               "w = open_workspace(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
                               str(demo_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        warnings = []

        def answer(parent, title, text, *args):
            warnings.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "warning", answer)
        assert not window.open_path(demo_file)
        assert warnings and f"demo.peerdesk is in use by PeerDesk (pid {holder.pid} on " in warnings[0]
        assert "The file has not been changed." in warnings[0]
    finally:
        holder.stdin.close()
        holder.wait()
    assert window.open_path(demo_file)  # free again once the other one closed it


def test_file_with_a_planted_trigger_opens_as_a_cleaned_copy(window, demo_file, monkeypatch):
    import sqlite3

    from tests.io.conftest import file_digest

    with sqlite3.connect(demo_file) as connection:
        connection.execute("CREATE TRIGGER wipe AFTER INSERT ON peer BEGIN DELETE FROM contact_report; END")
    before = file_digest(demo_file)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *args: asked.append(text) or QMessageBox.StandardButton.Open)
    assert window.open_path(demo_file)
    assert "unexpected trigger 'wipe' on table 'peer'" in asked[0] and "left exactly as it is" in asked[0]
    assert window.workspace.path.name == "demo.cleaned.peerdesk"
    assert file_digest(demo_file) == before


def test_recent_files_and_save_copy(window, demo_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.open_path(demo_file)
    assert window.recent.paths()[0] == demo_file.resolve()
    target = tmp_path / "backup-copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.action_save_copy.trigger()
    assert (tmp_path / "backup-copy.peerdesk").exists()


def test_empty_file_says_so(window, empty_workspace):
    from peerdesk.db.lock import WorkspaceLock
    from peerdesk.ui.opening import OpenedFile

    window.set_opened(OpenedFile(empty_workspace, WorkspaceLock(empty_workspace.path)))
    assert "no initiative" in window.ui.initiative_info_label.text()
    assert window.pages["matching"].peers_model.rowCount() == 0


def test_opening_the_window_defers_heavy_libraries(demo_file, tmp_path):
    """Charts, optimisers and spreadsheets load when a tab or action needs them, not at start-up."""
    import subprocess
    import sys

    import peerdesk

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from peerdesk.ui.app import create_application\n"
        "from peerdesk.ui.main_window import MainWindow\n"
        "from peerdesk.ui.opening import RecentFiles\n"
        "app = create_application()\n"
        f"w = MainWindow(recent=RecentFiles(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)))\n"
        f"assert w.open_path(Path({str(demo_file)!r}))\n"
        "assert w.page('matching').peers_model.rowCount() == 24\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'matplotlib', 'openpyxl', 'alembic'}))\n"
    )
    root = Path(peerdesk.__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_evaluation_is_read_ahead_and_dropped_when_out_of_date(window, demo_file, inline_tasks, monkeypatch):
    import peerdesk.ui.evaluation.analysis as analysis

    assert window.open_path(demo_file)
    assert "evaluation" not in window._pages  # nothing read ahead while the first tab reads
    window.evaluation_prefetch.now()  # (the window calls it once idle)
    page = window._pages["evaluation"]
    assert page.view is not None and "evaluation" not in window._stale
    assert "24 participants" in page.ui.summary_label.text()
    reads = []
    read = analysis.load_evaluation_data
    monkeypatch.setattr(analysis, "load_evaluation_data", lambda *a, **k: reads.append(1) or read(*a, **k))
    window.refresh_initiative_info()  # an edit on the first tab: the read-ahead view is out of date
    assert page.view is None and "evaluation" in window._stale
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    assert reads == [1] and page.view is not None  # read again on the switch
    window.ui.main_tabs.setCurrentIndex(0)
    window.evaluation_prefetch.now()
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    assert reads == [1]  # up to date: shown as it is


def test_an_edit_on_another_tab_after_the_read_ahead_is_on_the_evaluation_tab(window, demo_file, inline_tasks,
                                                                               monkeypatch):
    import peerdesk.ui.evaluation.analysis as analysis
    from peerdesk.db.models import Activity
    from peerdesk.db.services.activities import list_activities

    assert window.open_path(demo_file)
    window.evaluation_prefetch.now()
    reads = []
    read = analysis.load_evaluation_data
    monkeypatch.setattr(analysis, "load_evaluation_data", lambda *a, **k: reads.append(1) or read(*a, **k))
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    assert reads == []  # nothing changed since: shown as read ahead
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("tools"))
    window.ui.main_tabs.setCurrentIndex(0)
    window._stale.add("evaluation")  # as after another initiative and back
    window.evaluation_prefetch.now()
    assert reads == [1]
    page = window._pages["evaluation"]
    held = page.view.numbers.events_held
    factory, initiative_id = window.workspace.factory, window.current_initiative_id()
    with factory.begin() as session:  # an edit the window is not told of (as the Tools tab's are not)
        activity = session.get(Activity, list_activities(factory, initiative_id)[0].id)
        activity.title = activity.title + " (moved)"
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    assert reads == [1, 1] and page.view.numbers.events_held == held  # read again after the write


def test_the_evaluation_seen_then_left_is_read_again_after_an_edit_elsewhere(window, demo_file, inline_tasks,
                                                                             monkeypatch):
    """The facilitator looks at the Evaluation tab, records an activity's attendance on Tool selection (which
    does not tell the window), and comes back: the tab shows the file as it is now, not as she left it."""
    import peerdesk.ui.evaluation.analysis as analysis
    from peerdesk.db.services.activities import list_activities
    from peerdesk.db.services.evaluation_capture import set_attendance

    assert window.open_path(demo_file)
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    reads = []
    read = analysis.load_evaluation_data
    monkeypatch.setattr(analysis, "load_evaluation_data", lambda *a, **k: reads.append(1) or read(*a, **k))
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("tools"))
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    assert reads == []  # nothing written meanwhile: shown as it was
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("tools"))
    factory, initiative_id = window.workspace.factory, window.current_initiative_id()
    set_attendance(factory, initiative_id, list_activities(factory, initiative_id)[0].id, 3)
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    assert reads == [1]  # written since it was left: read again


def test_on_a_small_screen_the_charts_that_name_peers_keep_room_for_the_names(window, demo_file, inline_tasks):
    """At 1024x600 the contact heat map and the check-in chart name every peer on a row: they keep the
    height those rows need, and the Evaluation tab scrolls, instead of squeezing the names on top of
    each other."""
    window.show()
    assert window.open_path(demo_file)
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    page = window._pages["evaluation"]
    view = page.view
    page.ui.evaluation_tabs.setCurrentWidget(page.ui.contacts_tab)
    QApplication.processEvents()
    assert page.heatmap_chart.height() >= 10 * len(view.study_ids) + 200
    page.ui.evaluation_tabs.setCurrentWidget(page.ui.learning_tab)
    QApplication.processEvents()
    assert page.learning_chart.height() >= 11 * len(view.analysis.answering_ids) + 110
    # the rest is a scroll away within the sub-tab; the window and the other sub-tabs keep their size
    assert page.ui.learning_tab.findChild(QScrollArea, "learning_tab_scroll").verticalScrollBar().maximum() > 0
    assert window.ui.main_tabs.currentWidget().verticalScrollBar().maximum() == 0
