"""The Peer matching tab on the demo initiative: match, explain, adjust by hand, save a round, compare."""

from __future__ import annotations

import pytest

from peerdesk.db.services.matching import list_rounds, tag_vocabulary
from peerdesk.ui.matching.page import MatchingPage
from peerdesk.ui.matching.profile_dialog import ProfileEditorDialog


@pytest.fixture
def page(qtbot, demo_workspace, demo_initiative, inline_tasks):
    widget = MatchingPage()
    qtbot.addWidget(widget)
    widget.set_context(demo_workspace, demo_initiative.id)
    return widget


def test_opens_on_saved_round_with_its_lock(page):
    panel = page.match_panel
    assert "Round 1 — opening workshop" in page.ui.summary_label.text()
    assert len(panel.result.units) == 12
    assert panel.result.units[0].locked
    assert panel.units_model.data(panel.units_model.index(0, 3)) == "locked"
    assert "Both work on" in page.ui.unit_browser.toPlainText()


def test_match_adjust_and_save(page, demo_workspace, demo_initiative):
    panel = page.match_panel
    page.ui.run_button.click()
    result = panel.result
    assert "New matching" in page.ui.summary_label.text()
    assert "proven upper bound" in page.ui.summary_label.text()
    assert result.units[0].locked  # the lock from round 1 is kept
    assert not result.violations
    # swap two peers of different unlocked units: members and scores update
    a, b = result.units[1].members[0], result.units[2].members[0]
    panel.swap(a, b)
    assert a in panel.result.units[2].members and b in panel.result.units[1].members
    assert "Adjusted by hand" in page.ui.summary_label.text()
    # move a peer: the unit grows, the source shrinks
    mover = panel.result.units[3].members[0]
    panel.move(mover, 4)
    assert len(panel.result.units[4].members) == 3
    # lock the selected unit
    page.ui.units_view.selectRow(1)
    page.ui.lock_button.click()
    assert any(u.locked for u in panel.result.units[1:])
    panel.save("Round 2 — by hand")
    rounds = list_rounds(demo_workspace.factory, demo_initiative.id)
    assert [r.name for r in rounds][-1] == "Round 2 — by hand"
    assert page.rounds_panel.model.rowCount() == 2
    page.rounds_panel.compare(rounds[0].id, rounds[1].id)
    assert "Met again" in page.ui.round_browser.toPlainText()


def test_groups_mode(page):
    page.ui.mode_combo.setCurrentIndex(1)
    page.ui.group_size_spin.setValue(4)
    page.ui.run_button.click()
    sizes = [len(u.members) for u in page.match_panel.result.units]
    assert sum(sizes) == 24 and max(sizes) <= 5


def test_profile_dialog_free_tag_and_completeness(qtbot, page, demo_workspace, demo_initiative):
    peer = next(p for p in page.match_panel.cohort.profiles if p.full_name == "Zsófia Kovács")
    dialog = ProfileEditorDialog(peer, tag_vocabulary(demo_workspace.factory, demo_initiative.id), page)
    qtbot.addWidget(dialog)
    before = dialog.ui.completeness_label.text()
    dialog.ui.new_problems_edit.setText("A&B <reform> backlog")
    dialog.ui.new_problems_edit.returnPressed.emit()
    assert "A&B <reform> backlog" in dialog.tags("problems")
    assert dialog.ui.completeness_label.text() != before
    assert dialog.changes()["problems"] == ["A&B <reform> backlog"]


def test_profile_dialog_stops_typing_at_the_field_limits(qtbot, page, demo_workspace, demo_initiative):
    """The form holds what the save would accept: a pasted organisation of 400 characters keeps 300."""
    peer = page.match_panel.cohort.profiles[0]
    dialog = ProfileEditorDialog(peer, tag_vocabulary(demo_workspace.factory, demo_initiative.id), page)
    qtbot.addWidget(dialog)
    dialog.ui.organisation_edit.clear()
    qtbot.keyClicks(dialog.ui.organisation_edit, "M" * 400)
    assert len(dialog.changes()["organisation"]) == 300
    dialog.ui.new_goals_edit.setText("g" * 250)
    dialog.ui.new_goals_edit.returnPressed.emit()
    assert max(len(goal) for goal in dialog.tags("goals")) == 200


def test_paper_defaults_button(page):
    page.ui.criteria_defaults_button.click()
    weights = {c.code: c.weight for c in page.match_panel.criteria()}
    assert weights["problems"] == 10 and weights["goals"] == 9 and weights["tasks"] == 8


def test_pair_rules_dialog_adds_and_refuses_duplicates(qtbot, page, demo_workspace, demo_initiative, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from peerdesk.ui.matching.pair_rules_dialog import PairRulesDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    dialog = PairRulesDialog(demo_workspace.factory, demo_initiative.id, list(page.match_panel.cohort.profiles))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    dialog.ui.first_peer_combo.setCurrentIndex(0)
    dialog.ui.second_peer_combo.setCurrentIndex(1)
    dialog.ui.add_rule_button.click()
    assert dialog.model.rowCount() == 3
    dialog.ui.add_rule_button.click()
    assert dialog.model.rowCount() == 3 and "already have a never-pair rule" in shown[0]
    dialog.ui.rules_view.selectRow(2)
    dialog.ui.remove_rule_button.click()
    assert dialog.model.rowCount() == 2


def test_rule_breaks_only_when_the_box_is_ticked(page):
    panel = page.match_panel
    assert not panel.allow_rule_breaks_check.isChecked()
    assert not panel.current_settings().allow_rule_breaks
    page.ui.mode_combo.setCurrentIndex(1)
    page.ui.group_size_spin.setValue(12)
    page.ui.distinct_countries_check.setChecked(True)  # 8 countries: no group of 12 can keep this rule
    page.ui.run_button.click()
    assert not panel.result.violations and panel.result.unplaced
    assert "Not matched" in page.ui.summary_label.text()
    panel.allow_rule_breaks_check.setChecked(True)
    assert panel.current_settings().allow_rule_breaks
    page.ui.run_button.click()
    assert panel.result.violations and not panel.result.unplaced
    page.resize(1024, 600)
    page.show()
    page.ui.matching_tabs.setCurrentWidget(page.ui.match_tab)
    from pathlib import Path

    shots = Path(__file__).resolve().parents[2] / "build" / "screens"
    shots.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(shots / "matching_rule_breaks.png"))


def test_peers_reach_the_table_in_batches(qtbot, demo_workspace, demo_initiative, inline_tasks, monkeypatch):
    """A long peer list is handed to the view a few rows at a time; the count, a search and a reload that
    selects a peer still see every peer."""
    from PySide6.QtCore import Qt

    from peerdesk.db.services.matching import add_pair_rule, load_cohort
    from peerdesk.ui.models import ROW_ROLE, BatchedRowsTableModel

    monkeypatch.setattr(BatchedRowsTableModel, "BATCH", 5)
    widget = MatchingPage()
    qtbot.addWidget(widget)
    widget.set_context(demo_workspace, demo_initiative.id)
    assert widget.peers_model.rowCount() == 5
    assert widget.ui.peer_count_label.text() == "24 peers"
    last = widget.peers_model.rows()[-1]
    widget.ui.peer_search_edit.setText(last.full_name)
    assert widget.peers_proxy.rowCount() >= 1
    assert widget.ui.peer_count_label.text() == f"{widget.peers_proxy.rowCount()} of 24 peers"
    widget.ui.peer_search_edit.clear()
    widget.ui.peers_view.setFocus()
    widget.ui.peers_view.selectRow(0)
    qtbot.keyClick(widget.ui.peers_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # by keyboard
    assert widget.selected_peer() == last
    widget.ui.peers_view.selectRow(0)
    widget.reload_peers(select=last.id)
    assert widget.selected_peer().id == last.id
    assert widget.peers_proxy.data(widget.ui.peers_view.selectionModel().selectedRows()[0], ROW_ROLE) == last
    # a rule added, then the rules and rounds read again: the panel's cohort is the one a full read gives
    first = widget.peers_model.rows()[0]
    add_pair_rule(demo_workspace.factory, demo_initiative.id, first.id, last.id, "never", "test")
    widget.rounds_changed()
    assert widget.match_panel.cohort == load_cohort(demo_workspace.factory, demo_initiative.id)


def test_a_cohort_too_large_to_rescore_names_its_latest_round_without_reading_its_units(
        qtbot, demo_workspace, demo_initiative, inline_tasks, monkeypatch):
    from peerdesk.ui.matching import page as page_module

    monkeypatch.setattr(page_module, "RESCORE_ON_OPEN", 10)  # the demo's 24 peers count as a large cohort
    monkeypatch.setattr(page_module, "round_detail", lambda *a: pytest.fail("the round's units were read"))
    widget = MatchingPage()
    qtbot.addWidget(widget)
    widget.set_context(demo_workspace, demo_initiative.id)
    latest = list_rounds(demo_workspace.factory, demo_initiative.id)[-1]
    text = widget.match_panel.ui.summary_label.text()
    assert f"The latest saved round, “{latest.name}”, is under Rounds. With 24 peers it is not re-scored" in text
    assert widget.match_panel.result is None and widget.rounds_panel.model.rowCount() >= 1
