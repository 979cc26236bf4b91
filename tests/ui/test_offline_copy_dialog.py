"""Take a Copy for Offline Work… can protect the laptop's copy with a passphrase: the copy is written
encrypted, opens only with that passphrase, and a mistyped second entry writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from peerdesk.db import crypto
from peerdesk.ui.protection import PassphraseDialog
from peerdesk.ui.server.offline_dialog import OfflineCopyDialog

pytestmark = pytest.mark.skipif(not crypto.available(), reason="SQLCipher is not installed")


def _typed(passphrase: str, again: str):
    def exec_(dialog: PassphraseDialog) -> int:
        dialog.passphrase_edit.setText(passphrase)
        dialog.again_edit.setText(again)
        dialog.accept()
        return dialog.result()

    return exec_


def _dialog(qtbot, workspace, destination):
    dialog = OfflineCopyDialog(None, workspace, ["Budget Credibility Peer Network 2026"],
                               "Budget Credibility Peer Network 2026")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(destination))
    return dialog


def test_the_copy_is_written_encrypted_when_asked(qtbot, demo_workspace, inline_tasks, tmp_path, monkeypatch):
    laptop = tmp_path / "workshop.peerdesk"
    monkeypatch.setattr(PassphraseDialog, "exec", _typed("a long workshop phrase", "a long workshop phrase"))
    dialog = _dialog(qtbot, demo_workspace, laptop)
    assert dialog.protect_check.isEnabled() and not dialog.protect_check.isChecked()
    dialog.protect_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.made.peers > 0
    assert crypto.looks_encrypted(laptop)
    from peerdesk.db.workspace import open_workspace

    crypto.forget_passphrases()  # as on the laptop, where this session never typed it
    with pytest.raises(Exception, match="passphrase"):
        open_workspace(laptop).close()
    crypto.remember_passphrase("a long workshop phrase")  # typed when the laptop opens it
    with open_workspace(laptop) as copy, copy.factory() as session:
        from sqlalchemy import func, select

        from peerdesk.db.models import Peer

        assert session.scalar(select(func.count()).select_from(Peer)) == dialog.made.peers


def test_two_different_passphrases_write_nothing(qtbot, demo_workspace, inline_tasks, tmp_path, monkeypatch):
    laptop = tmp_path / "workshop.peerdesk"
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: (
        _typed("a long workshop phrase", "a long workshop phrase!")(dialog), QDialog.DialogCode.Rejected)[1])
    dialog = _dialog(qtbot, demo_workspace, laptop)
    dialog.protect_check.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.made is None
    assert not laptop.exists()
