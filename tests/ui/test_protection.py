"""The window asks for the passphrase of an encrypted file, protects a file, and records consent."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from peerdesk.db import crypto
from peerdesk.db.protection import set_protection
from peerdesk.ui import protection
from peerdesk.ui.opening import open_interactive

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _no_passphrases():
    crypto.forget_passphrases()
    yield
    crypto.forget_passphrases()


@pytest.fixture
def encrypted(demo_file):
    set_protection(demo_file, PASSPHRASE)
    crypto.forget_passphrases()
    return demo_file


def test_five_wrong_passphrases_then_a_clear_message_and_nothing_changed(qtbot, encrypted, monkeypatch):
    before = hashlib.sha256(encrypted.read_bytes()).hexdigest()
    asked, shown = [], []
    monkeypatch.setattr(protection, "ask_passphrase", lambda parent, path, wrong=False, left=5: asked.append(
        (wrong, left)) or f"wrong guess {len(asked)}")
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert open_interactive(None, encrypted) is None
    assert len(asked) == protection.MAX_TRIES and asked[-1] == (True, 1)
    assert "passphrase does not open" in shown[0] and "has not been changed" in shown[0]
    assert hashlib.sha256(encrypted.read_bytes()).hexdigest() == before
    monkeypatch.setattr(protection, "ask_passphrase", lambda *a, **k: PASSPHRASE)
    opened = open_interactive(None, encrypted)
    assert opened is not None and opened.workspace.encrypted
    opened.close()


def test_the_passphrase_dialog_refuses_short_and_differing_ones(qtbot, tmp_path):
    dialog = protection.PassphraseDialog(None, "Protect", "Choose a passphrase", new=True)
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("short")
    dialog.again_edit.setText("short")
    dialog.accept()
    assert "at least 8 characters" in dialog.error_label.text() and dialog.result() == 0
    dialog.passphrase_edit.setText("long enough words")
    dialog.again_edit.setText("long enough wordz")
    dialog.accept()
    assert "differ" in dialog.error_label.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "passphrase.png"))


def test_protect_from_the_file_menu(qtbot, demo_file, monkeypatch):
    from peerdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    window.protection.update()
    assert window.protection.protect_action.isVisible() and not window.protection.remove_action.isEnabled()

    class Chosen:
        def __init__(self, *args, **kwargs) -> None:
            pass

        def exec(self):
            return protection.QDialog.DialogCode.Accepted

        def passphrase(self):
            return PASSPHRASE

    monkeypatch.setattr(protection, "PassphraseDialog", Chosen)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    window.protection.protect()
    assert not demo_file.read_bytes().startswith(b"SQLite format 3")
    assert window.workspace.encrypted and window.protection.remove_action.isEnabled()
    window.reload_initiatives()
    assert window.initiatives and window.initiatives[0].peers == 24  # the pages read through the new key
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    window.protection.remove()
    assert demo_file.read_bytes().startswith(b"SQLite format 3")
    window.close()


@pytest.fixture
def matching(qtbot, demo_workspace, demo_initiative, inline_tasks):
    from peerdesk.ui.matching.page import MatchingPage

    widget = MatchingPage()
    qtbot.addWidget(widget)
    widget.set_context(demo_workspace, demo_initiative.id)
    return widget


def _select(page, name: str) -> None:
    from peerdesk.ui.models import ROW_ROLE

    for row in range(page.peers_proxy.rowCount()):
        index = page.peers_proxy.index(row, 0)
        if page.peers_proxy.data(index, ROW_ROLE).full_name == name:
            page.ui.peers_view.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def test_people_menu_writes_the_personal_data_and_forgets(matching, demo_workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from peerdesk.db.services.privacy import PersonNotFound, find_person

    actions = matching.people.privacy
    _select(matching, "Edit Németh")
    out = tmp_path / "edit.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    actions.write_person_record()
    assert out.exists() and "not encrypted" in told[-1]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    actions.forget()
    assert "was erased" in told[-1]
    with demo_workspace.factory.begin() as session, pytest.raises(PersonNotFound):
        find_person(session, "edit.nemeth@mof.example")
    proxy = matching.peers_proxy
    names = [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]
    assert "Edit Németh" not in names
