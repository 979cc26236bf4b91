"""The window on a team's server (throwaway PostgreSQL cluster): File → Connect to Server… says what went
wrong inside the dialog and keeps what was typed; connected, the window names the database, remembers the
address without password, and keeps file-only actions off; an offline copy syncs back from its File menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from peerdesk.db import server_secrets
from peerdesk.db.models import Peer
from peerdesk.db.server import ServerAddress
from peerdesk.db.workspace import open_location
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.opening import RecentFiles
from peerdesk.ui.server.connect_dialog import ConnectDialog


@pytest.fixture
def demo_server(pg_url):
    from peerdesk.db.services.demo import create_demo_initiative

    with open_location(pg_url, create=True) as server:
        create_demo_initiative(server.factory)
    return pg_url


def test_connect_dialog_explains_a_refusal_and_keeps_the_fields(qtbot, demo_server, monkeypatch, tmp_path):
    monkeypatch.setattr(server_secrets, "keyring_available", lambda: False)
    address = ServerAddress.from_url(demo_server)
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.host_edit, address.host)  # by keyboard, field after field
    dialog.port_spin.setValue(9)  # nobody listens there
    qtbot.keyClicks(dialog.database_edit, address.database)
    qtbot.keyClicks(dialog.user_edit, address.user)
    qtbot.keyClicks(dialog.password_edit, "not needed here")
    assert not dialog.remember_check.isEnabled()
    assert "no keyring" in dialog.keyring_label.text()
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.workspace is None
    assert "could not reach" in dialog.error_label.text() and ":9/" in dialog.error_label.text()
    assert (dialog.host_edit.text(), dialog.database_edit.text(), dialog.user_edit.text()) == (
        address.host, address.database, address.user)
    dialog.resize(1024, 600)
    dialog.grab().save(str(tmp_path / "connect-refused.png"))
    dialog.port_spin.setValue(address.port)
    dialog.database_edit.clear()
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "Fill in the database" in dialog.error_label.text()
    qtbot.keyClicks(dialog.database_edit, address.database)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.workspace.is_server
    dialog.workspace.close()


def test_connecting_keeps_the_window_painting_and_cancel_gives_up(qtbot, monkeypatch):
    """A slow server: the dialog says it is connecting, the fields wait, Cancel closes the dialog at once,
    and the connection that arrives afterwards is closed rather than left open."""
    import threading

    from peerdesk.ui.server import connect_dialog

    release, closed = threading.Event(), []

    class LateWorkspace:
        def close(self):
            closed.append(True)

    def slow_open(address, password=None):
        release.wait(10)
        return LateWorkspace()

    monkeypatch.setattr(connect_dialog, "open_server", slow_open)
    dialog = ConnectDialog(None, ServerAddress.from_url("postgresql://ana@db.example:5433/network"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.busy and "Connecting to ana@db.example:5433/network" in dialog.status_label.text()
    assert not dialog.host_edit.isEnabled() and not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible() and not dialog.busy
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=10000)
    assert dialog.workspace is None


def test_the_window_works_on_the_server(window, demo_server, inline_tasks, tmp_path):
    assert window.server_actions.connect(demo_server)
    address = ServerAddress.from_url(demo_server)
    assert window.windowTitle() == f"{address.database} on {address.host} — PeerDesk"
    assert window.recent.entries()[0] == address.url and ":" not in address.url.split("//")[1].split("@")[0]
    assert window.ui.initiative_combo.currentText() == "Budget Credibility Peer Network 2026"
    peers = window.pages["matching"].peers_model
    assert peers.rowCount() == 24
    # every tab reads the server as it reads a file (their plain-SQL reads included)
    assert window.pages["tools"].activities_model.rowCount() >= 8
    assert window.pages["contracts"].contracts_model.rowCount() >= 5
    summary = window.pages["evaluation"].ui.summary_label.text()
    assert "Computing" not in summary and "24" in summary, summary
    window.ui.menu_file.aboutToShow.emit()
    assert not window.ui.action_save_copy.isEnabled() and not window.ui.action_restore_backup.isEnabled()
    assert "server" in window.ui.action_save_copy.statusTip()
    assert not window.protection.protect_action.isEnabled()
    assert window.server_actions.copy_action.isEnabled() and not window.server_actions.sync_action.isEnabled()
    window.show()
    window.grab().save(str(tmp_path / "window-on-server.png"))
    window.ui.menu_file.popup(window.mapToGlobal(window.rect().topLeft()))
    window.ui.menu_file.grab().save(str(tmp_path / "file-menu-on-server.png"))
    window.ui.menu_file.hide()
    window.close()  # the server connection is closed with the window; Open Recent connects again
    assert window.workspace is None
    window._open_recent(window.recent.entries()[0])
    assert window.workspace.is_server and window.windowTitle().startswith(address.database)


def test_the_password_goes_to_the_keyring_only_when_asked(qtbot, demo_server, monkeypatch):
    kept = []
    monkeypatch.setattr(server_secrets, "keyring_available", lambda: True)
    monkeypatch.setattr(server_secrets, "remembered_password", lambda address: None)
    monkeypatch.setattr(server_secrets, "remember", lambda address, password: kept.append((address.display, password))
                        or False)  # as a keyring that refuses
    dialog = ConnectDialog(None, ServerAddress.from_url(demo_server))
    qtbot.addWidget(dialog)
    assert dialog.remember_check.isEnabled() and dialog.keyring_label.isHidden()
    qtbot.keyClicks(dialog.password_edit, "trust needs none")
    dialog.remember_check.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert kept == [(ServerAddress.from_url(demo_server).display, "trust needs none")]
    assert "no usable keyring" in dialog.keyring_note
    dialog.workspace.close()


def test_an_offline_copy_made_and_synced_from_the_window(window, demo_server, inline_tasks, tmp_path, monkeypatch):
    from peerdesk.ui.server.offline_dialog import OfflineCopyDialog

    laptop = tmp_path / "workshop.peerdesk"
    window.server_actions.connect(demo_server)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))

    def fill_in(dialog):
        dialog.path_edit.setText(str(laptop))
        dialog.resize(1024, 600)
        dialog.grab().save(str(tmp_path / "offline-copy-dialog.png"))
        assert dialog.chosen() == ["Budget Credibility Peer Network 2026"]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OfflineCopyDialog, "exec", fill_in)
    window.server_actions.copy_action.trigger()
    assert laptop.exists() and "workshop.peerdesk" in shown[-1]
    assert window.open_path(laptop)
    assert window.windowTitle().startswith("workshop.peerdesk")
    window.ui.menu_file.aboutToShow.emit()
    assert window.server_actions.sync_action.isEnabled()
    with window.workspace.factory.begin() as session:
        peer = session.scalars(select(Peer).order_by(Peer.id)).first()
        peer.position, email = "Edited at the workshop", peer.email
    previews = []

    def answer(box):
        previews.append(box.text() + "\n" + box.informativeText())
        box.grab().save(str(tmp_path / "sync-preview.png"))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.server_actions.sync_action.trigger()
    assert "Syncing would change" in previews[0] and "updated: 1 peer" in previews[0]
    assert "Sent to" in shown[-1]
    with open_location(demo_server) as server, server.factory() as session:
        assert session.scalar(select(Peer.position).where(Peer.email == email)) == "Edited at the workshop"
    window.server_actions.sync_action.trigger()
    assert "nothing to sync" in shown[-1]
    # connected to the server, Merge Another File… takes a laptop's file in, with the same preview
    with window.workspace.factory.begin() as session:
        session.scalars(select(Peer).where(Peer.email == email)).one().position = "Second workshop"
    assert window.server_actions.connect(demo_server)
    from PySide6.QtWidgets import QFileDialog

    from peerdesk.ui.importing.file_actions import merge_interactive

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(laptop), ""))
    assert merge_interactive(window, window.workspace)
    assert f"would change {window.workspace.display_name}" in previews[-1]
    with open_location(demo_server) as server, server.factory() as session:
        assert session.scalar(select(Peer.position).where(Peer.email == email)) == "Second workshop"


def test_the_next_start_connects_to_the_server_used_last(qtbot, qt_settings, demo_server, demo_file, inline_tasks):
    """She starts where she left off: on the server if that came last, else on her last file."""
    from peerdesk.settings import settings
    from peerdesk.ui.app import create_application, open_at_start

    create_application()

    def started() -> MainWindow:
        window = MainWindow(recent=RecentFiles(qt_settings))
        qtbot.addWidget(window)
        open_at_start(window, None)
        return window

    first = MainWindow(recent=RecentFiles(qt_settings))
    qtbot.addWidget(first)
    assert first.open_path(demo_file) and first.server_actions.connect(demo_server)
    assert ":" not in settings().get("last_server").split("//")[1].split("@")[0]  # no password kept
    first.close()
    again = started()
    assert again.workspace is not None and again.workspace.is_server
    assert again.ui.initiative_combo.currentText() == "Budget Credibility Peer Network 2026"
    assert again.open_path(demo_file)  # a file after the server: the next start opens that file
    again.close()
    third = started()
    assert third.workspace is not None and third.workspace.path == demo_file.resolve()
    third.close()
