"""Someone else saved the peer (or the initiative) while this window showed it: the save asks Reload, Keep
mine or Back, and whatever the answer, no edit disappears without the person choosing it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from peerdesk.db.services.matching import update_profile
from peerdesk.db.services.peers import list_peers
from peerdesk.ui import conflict
from peerdesk.ui.matching.page import MatchingPage
from peerdesk.ui.matching.profile_dialog import ProfileEditorDialog
from peerdesk.ui.models import ROW_ROLE


@pytest.fixture
def page(qtbot, demo_workspace, demo_initiative, inline_tasks):
    widget = MatchingPage()
    qtbot.addWidget(widget)
    widget.set_context(demo_workspace, demo_initiative.id)
    return widget


@pytest.fixture
def colleague(demo_file):
    """A second PeerDesk on the same data file (another window, another session)."""
    from peerdesk.db.workspace import open_workspace

    workspace = open_workspace(demo_file, lock=False)
    yield workspace
    workspace.close()


def _position(workspace, initiative_id: int, name: str) -> str:
    return next(p.position for p in list_peers(workspace.factory, initiative_id) if p.full_name == name)


def _edit_selected_peer(page, monkeypatch, answers: list[str], position: str) -> list[str]:
    """Open the profile editor on the selected peer, type ``position``, press OK; the conflict question
    is answered from ``answers``. Returns the questions shown."""
    asked: list[str] = []
    runs = iter([QDialog.DialogCode.Accepted] * 3 + [QDialog.DialogCode.Rejected])

    def typed_and_ok(dialog):
        dialog.ui.position_edit.setText(position)
        return next(runs)

    monkeypatch.setattr(ProfileEditorDialog, "exec", typed_and_ok)
    replies = iter(answers)
    monkeypatch.setattr(conflict, "asker", lambda parent, problem: (asked.append(str(problem)), next(replies))[1])
    page.on_edit_profile_button_clicked()
    return asked


def _select(page, name: str):
    for row in range(page.peers_proxy.rowCount()):
        profile = page.peers_proxy.data(page.peers_proxy.index(row, 0), ROW_ROLE)
        if profile.full_name == name:
            page.ui.peers_view.selectRow(row)
            return profile
    raise AssertionError(name)


@pytest.mark.parametrize("answer, kept", [(conflict.KEEP, "Head of treasury"), (conflict.RELOAD, "Budget director")])
def test_a_peer_saved_elsewhere_asks_reload_or_keep_mine(page, colleague, demo_initiative, monkeypatch, answer, kept):
    shown = _select(page, "Zsófia Kovács")
    update_profile(colleague.factory, demo_initiative.id, shown.id, {"position": "Budget director"},
                   expected_version=shown.version)
    asked = _edit_selected_peer(page, monkeypatch, [answer], "Head of treasury")
    assert len(asked) == 1 and asked[0].startswith("Zsófia Kovács: changed by ")
    assert asked[0].endswith("— reload or keep yours")
    assert _position(colleague, demo_initiative.id, "Zsófia Kovács") == kept
    assert page.selected_peer().position == kept  # the window shows what is stored now


def test_back_to_my_changes_reopens_the_editor_and_saves_nothing_meanwhile(page, colleague, demo_initiative,
                                                                           monkeypatch):
    shown = _select(page, "Zsófia Kovács")
    update_profile(colleague.factory, demo_initiative.id, shown.id, {"position": "Budget director"},
                   expected_version=shown.version)
    asked = _edit_selected_peer(page, monkeypatch, [conflict.BACK, conflict.KEEP], "Head of treasury")
    assert len(asked) == 2  # back in the editor, OK again: asked again, then kept
    assert _position(colleague, demo_initiative.id, "Zsófia Kovács") == "Head of treasury"


def test_no_question_without_a_conflict(page, demo_workspace, demo_initiative, monkeypatch):
    _select(page, "Zsófia Kovács")
    assert _edit_selected_peer(page, monkeypatch, [], "Head of treasury") == []
    assert _position(demo_workspace, demo_initiative.id, "Zsófia Kovács") == "Head of treasury"


def test_the_question_names_who_and_when(qtbot, monkeypatch):
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from peerdesk.db.concurrency import EditConflict

    seen = {}

    def look(box):
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        box.grab().save("/tmp/g2concur/conflict_box.png")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    problem = EditConflict("Zsófia Kovács", "ivana", datetime(2026, 12, 2, 9, 30), 4)
    assert conflict.ask(None, problem) == conflict.BACK
    assert seen["text"].startswith("Zsófia Kovács: changed by ivana at 2")
    assert sorted(seen["buttons"]) == ["&Keep mine", "&Reload", "Back to my changes"]


def _properties_dialog(workspace, initiative_id: int):
    from peerdesk.db.services.initiatives import get_initiative, input_of, update_initiative
    from peerdesk.ui.initiatives.dialog import InitiativeDialog

    detail = get_initiative(workspace.factory, initiative_id)
    save = conflict.guarded(None, lambda new, version: update_initiative(
        workspace.factory, initiative_id, new, expected_version=version), detail.version)
    return InitiativeDialog(input_of(detail), save, title="Initiative properties"), save


def test_initiative_properties_back_then_keep_mine(qtbot, demo_workspace, colleague, demo_initiative, monkeypatch):
    from dataclasses import replace

    from peerdesk.db.services.initiatives import get_initiative, input_of, update_initiative

    dialog, _save = _properties_dialog(demo_workspace, demo_initiative.id)
    qtbot.addWidget(dialog)
    theirs = get_initiative(colleague.factory, demo_initiative.id)
    update_initiative(colleague.factory, demo_initiative.id, replace(input_of(theirs), facilitator_name="Ivana"),
                      expected_version=theirs.version)
    replies = iter([conflict.BACK, conflict.KEEP])
    monkeypatch.setattr(conflict, "asker", lambda parent, problem: next(replies))
    dialog.facilitator_edit.setText("Mariam")
    dialog.accept()
    assert dialog.result() == 0  # still open, with her text
    assert dialog.facilitator_edit.text() == "Mariam"
    assert get_initiative(colleague.factory, demo_initiative.id).facilitator_name == "Ivana"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get_initiative(colleague.factory, demo_initiative.id).facilitator_name == "Mariam"


def test_initiative_properties_reload_keeps_theirs(qtbot, demo_workspace, colleague, demo_initiative, monkeypatch):
    from dataclasses import replace

    from peerdesk.db.services.initiatives import get_initiative, input_of, update_initiative

    dialog, save = _properties_dialog(demo_workspace, demo_initiative.id)
    qtbot.addWidget(dialog)
    theirs = get_initiative(colleague.factory, demo_initiative.id)
    update_initiative(colleague.factory, demo_initiative.id, replace(input_of(theirs), facilitator_name="Ivana"),
                      expected_version=theirs.version)
    monkeypatch.setattr(conflict, "asker", lambda parent, problem: conflict.RELOAD)
    dialog.facilitator_edit.setText("Mariam")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Rejected and save.reloaded
    assert get_initiative(colleague.factory, demo_initiative.id).facilitator_name == "Ivana"
