"""The Tool selection tab on the demo file: what the facilitator sees, and editing through the dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from peerdesk.db.services.activities import load_plan
from peerdesk.db.services.checklist import list_checklist
from peerdesk.db.services.plan_overview import participant_count
from peerdesk.db.services.tool_types import create_tool_type
from peerdesk.ui.tools.catalogue_browser import ToolTypeDialog
from peerdesk.ui.tools.page import ToolsPage


@pytest.fixture
def page(qtbot, demo_workspace, demo_initiative, inline_tasks):
    widget = ToolsPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.set_context(demo_workspace, demo_initiative.id)
    return widget


def texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_activity(page: ToolsPage, title: str) -> None:
    proxy = page.activities_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 2).data() == title:
            page.ui.activities_view.selectRow(row)
            return
    raise AssertionError(title)


def test_demo_plan_shows_its_gap_and_warnings(page: ToolsPage) -> None:
    assert page.activities_model.rowCount() == 10
    assert "empty cells of the map: 1" in page.ui.summary_label.text()
    assert "warnings: 2" in page.ui.summary_label.text()
    coverage = page.ui.coverage_browser.toPlainText()
    assert "no review or assessment is planned" in coverage
    assert "Foundational engagement / Sharing and exchange" in coverage
    assert "Expert group peer review" in coverage
    assert "Reflection starts only on 1\u00a0December\u00a02026" in page.ui.plan_checks_label.text()
    assert page.coverage_chart.figure is None  # drawn only when its sub-tab is shown
    page.ui.sections_tabs.setCurrentWidget(page.ui.coverage_tab)
    assert page.coverage_chart.figure is not None
    assert "gap" in [t.get_text() for t in page.coverage_chart.figure.axes[0].texts]
    page.ui.sections_tabs.setCurrentWidget(page.ui.timeline_tab)
    assert len(page.timeline_chart.figure.axes[0].get_yticklabels()) == 10
    assert page.peer_load_model.rowCount() == 24
    assert page.ui.cadence_combo.currentData() == "long_drawn_out"


def test_add_activity_refuses_bad_dates_at_the_field_then_saves(page: ToolsPage, demo_workspace) -> None:
    dialog = page.open_activity_dialog()
    ui = dialog.ui
    ui.title_edit.setText("Mid-year debrief with A&B <Ministry>")
    ui.tool_type_combo.setCurrentIndex(ui.tool_type_combo.findText("Multi-peer reflection"))
    ui.start_date_edit.setDate(QDate(2026, 7, 7))
    ui.end_date_edit.setDate(QDate(2026, 7, 6))
    dialog.on_button_box_accepted()
    assert not ui.end_date_error_label.isHidden()
    assert "before it starts" in ui.end_date_error_label.text()
    assert dialog.result() == 0
    assert len(load_plan(demo_workspace.factory, page.initiative_id).activities) == 10

    ui.start_date_edit.setDate(QDate(2025, 7, 7))
    ui.end_date_edit.setDate(QDate(2026, 7, 7))
    dialog.on_button_box_accepted()
    assert "outside the initiative's span" in ui.start_date_error_label.text()
    assert ui.end_date_error_label.isHidden()

    ui.start_date_edit.setDate(QDate(2026, 7, 7))
    ui.cost_edit.setText("twelve")
    dialog.on_button_box_accepted()
    assert "number" in ui.cost_error_label.text()

    ui.cost_edit.setText("1,500")
    ui.participants_list.item(0).setCheckState(Qt.CheckState.Checked)
    ui.logistics_item_edit.setText("Send the questions ahead")
    dialog.on_add_logistics_button_clicked()
    dialog.on_button_box_accepted()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.activities_model.rowCount() == 11
    added = next(a for a in page.plan.activities if a.title == "Mid-year debrief with A&B <Ministry>")
    assert added.cost == 1500 and participant_count(added) == 1  # the tab reads how many, not who
    saved = next(a for a in load_plan(demo_workspace.factory, page.initiative_id).activities if a.id == added.id)
    assert len(saved.participants) == 1
    assert [i.item for i in added.logistics] == ["Send the questions ahead"]
    assert "Reflection starts only" not in page.ui.plan_checks_label.text()


def test_edit_site_visit_roles(page: ToolsPage, demo_workspace) -> None:
    select_activity(page, "Study visit to Georgia's Ministry of Finance")
    visit = page.selected_activity()
    dialog = page.open_activity_dialog(visit.id)
    assert not dialog.ui.site_visit_box.isHidden()
    assert dialog.ui.host_edit.text().startswith("Ministry of Finance of Georgia")
    dialog.ui.reciprocal_check.setChecked(True)
    dialog.ui.participants_list.setCurrentRow(0)
    dialog._mark_role("visitor")
    dialog.on_button_box_accepted()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert next(a for a in page.plan.activities if a.id == visit.id).reciprocal is True
    saved = next(a for a in load_plan(demo_workspace.factory, page.initiative_id).activities if a.id == visit.id)
    assert (page.plan.peers[0].id, "visitor") in saved.participants


def test_delete_and_undo(page: ToolsPage) -> None:
    select_activity(page, "Reflection note: what I applied at home")
    page.on_delete_activity_button_clicked()
    assert page.activities_model.rowCount() == 9
    assert not page.ui.undo_delete_button.isHidden()
    assert "Nothing in the plan helps peers reflect" in page.ui.coverage_browser.toPlainText()
    page.on_undo_delete_button_clicked()
    assert page.activities_model.rowCount() == 10
    assert page.ui.undo_delete_button.isHidden()


def test_unticking_peer_pressure_clears_its_warning(page: ToolsPage, demo_workspace) -> None:
    goals = page.ui.goals_list
    item = next(goals.item(r) for r in range(goals.count()) if goals.item(r).data(Qt.ItemDataRole.UserRole)
                == "peer_pressure")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "warnings: 1" in page.ui.summary_label.text()
    assert "peer_pressure" not in load_plan(demo_workspace.factory, page.initiative_id).learning_goals
    page.ui.cadence_combo.setCurrentIndex(page.ui.cadence_combo.findData("quick_thick"))
    assert load_plan(demo_workspace.factory, page.initiative_id).cadence == "quick_thick"
    assert "daily or weekly" in page.ui.cadence_description_label.text()


def test_checklist_status_and_note(page: ToolsPage, demo_workspace) -> None:
    last = 26  # "evaluation of the whole initiative": not started in the demo
    assert page.ui.checklist_summary_label.text().startswith("8 of 27 items done")
    page.ui.checklist_view.selectRow(last)
    page.ui.checklist_status_combo.setCurrentIndex(page.ui.checklist_status_combo.findData("done"))
    page.ui.checklist_note_edit.setText("Agreed with A&B <Ministry>")
    page.checklist_panel.on_checklist_save_button_clicked()
    assert page.ui.checklist_summary_label.text().startswith("9 of 27 items done")
    row = list_checklist(demo_workspace.factory, page.initiative_id)[last]
    assert (row.status, row.note) == ("done", "Agreed with A&B <Ministry>")
    assert texts(page.checklist_panel.model, 3)[last] == "Agreed with A&B <Ministry>"


def test_checklist_save_over_a_colleagues_asks_before_overwriting(page: ToolsPage, demo_workspace,
                                                                  monkeypatch) -> None:
    """A colleague saved the item after this window showed it: Back keeps the typed note unsaved and in the
    form; Reload shows the colleague's note; nothing is overwritten without the person choosing it."""
    from peerdesk.db.services.checklist import set_checklist_entry
    from peerdesk.ui import conflict

    last = 26
    page.ui.checklist_view.selectRow(last)
    shown = list_checklist(demo_workspace.factory, page.initiative_id)[last]
    set_checklist_entry(demo_workspace.factory, page.initiative_id, shown.item_code, "in_progress",
                        "Colleague: survey drafted", expected_version=shown.version)
    answers = iter([conflict.BACK, conflict.RELOAD])
    asked: list[str] = []
    monkeypatch.setattr(conflict, "asker", lambda parent, problem: (asked.append(str(problem)), next(answers))[1])
    page.ui.checklist_status_combo.setCurrentIndex(page.ui.checklist_status_combo.findData("done"))
    page.ui.checklist_note_edit.setText("Mine: finished")
    page.checklist_panel.on_checklist_save_button_clicked()
    assert len(asked) == 1 and "reload or keep yours" in asked[0]
    assert page.ui.checklist_note_edit.text() == "Mine: finished"
    assert list_checklist(demo_workspace.factory, page.initiative_id)[last].note == "Colleague: survey drafted"
    page.checklist_panel.on_checklist_save_button_clicked()
    assert len(asked) == 2
    assert page.ui.checklist_note_edit.text() == "Colleague: survey drafted"
    assert texts(page.checklist_panel.model, 3)[last] == "Colleague: survey drafted"


def test_catalogue_filters_and_search(page: ToolsPage) -> None:
    ui = page.ui
    assert page.catalogue_browser.model.rowCount() == 18
    ui.catalogue_part_combo.setCurrentIndex(ui.catalogue_part_combo.findData("sustained"))
    ui.catalogue_challenge_combo.setCurrentIndex(ui.catalogue_challenge_combo.findData("reflection"))
    assert sorted(e.name for e in page.catalogue_browser.model.rows()) == [
        "Multi-peer reflection", "Single-peer reflection"]
    ui.catalogue_part_combo.setCurrentIndex(0)
    ui.catalogue_challenge_combo.setCurrentIndex(0)
    ui.catalogue_search_edit.setText("study tour")
    assert [e.name for e in page.catalogue_browser.model.rows()] == ["Site visits"]
    detail = ui.catalogue_detail_browser.toPlainText()
    assert "18 of the 52 mapped initiatives" in detail and "1 in this plan" in detail


def test_own_tool_type_added_then_refused_while_used(page: ToolsPage, demo_workspace, monkeypatch) -> None:
    factory = demo_workspace.factory
    dialog = ToolTypeDialog(lambda **fields: create_tool_type(factory, **fields))
    dialog.on_button_box_accepted()
    assert not dialog.ui.name_error_label.isHidden() and not dialog.ui.cells_error_label.isHidden()
    dialog.ui.name_edit.setText("Home-team debrief")
    dialog.cell_checks[("sustained", "reflection")].setChecked(True)
    dialog.on_button_box_accepted()
    assert dialog.created_id is not None
    page.refresh()
    assert page.catalogue_browser.model.rowCount() == 19

    activity = page.open_activity_dialog()
    activity.ui.title_edit.setText("Debrief at home")
    activity.ui.tool_type_combo.setCurrentIndex(activity.ui.tool_type_combo.findData(dialog.created_id))
    activity.ui.start_date_edit.setDate(QDate(2026, 6, 1))
    activity.ui.end_date_edit.setDate(QDate(2026, 6, 1))
    activity.on_button_box_accepted()
    page.refresh()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.ui.catalogue_search_edit.setText("Home-team")
    assert page.ui.delete_tool_type_button.isEnabled()
    page.catalogue_browser.on_delete_tool_type_button_clicked()
    error = page.ui.catalogue_error_label
    assert not error.isHidden() and "used by 1 planned activity" in error.text()
    assert page.catalogue_browser.model.rowCount() == 1


def test_print_plan_writes_a_pdf(page: ToolsPage, tmp_path, monkeypatch) -> None:
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(page, "choose_pdf_path", lambda: target)
    page.on_print_plan_button_clicked()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.ui.plan_status_label.text()


def test_page_without_initiative(qtbot) -> None:
    widget = ToolsPage()
    qtbot.addWidget(widget)
    widget.set_context(None, None)
    assert not widget.ui.add_activity_button.isEnabled()
    assert not widget.ui.print_plan_button.isEnabled()
    assert "choose an initiative" in widget.ui.summary_label.text()


def test_activity_dates_read_as_written_and_sort_by_the_day(page: ToolsPage) -> None:
    # "2 Mar 2026" sorts after "16 Feb 2026" though it comes first as text
    page.ui.activities_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    starts = texts(page.activities_proxy, 0)
    assert [text.replace("\u00a0", " ") for text in starts[:4]] == ["3 Feb 2026", "6 Feb 2026", "16 Feb 2026",
                                                                   "2 Mar 2026"]
    page.ui.activities_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert texts(page.activities_proxy, 1)[0] == "29\u00a0Jan\u00a02027"


def test_batched_tables_show_every_row_to_a_filter_and_a_search(qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    from peerdesk.ui.models import BatchedRowsTableModel, Column, show_rows

    view = QTableView()
    qtbot.addWidget(view)
    model, proxy = show_rows(view, [Column("Peer", lambda r: r)], view, batched=True)
    model.set_rows([f"peer {n:05d}" for n in range(1000)])
    assert isinstance(model, BatchedRowsTableModel)
    assert proxy.rowCount() == BatchedRowsTableModel.BATCH  # the rest as the view scrolls
    assert model.canFetchMore()
    proxy.setFilterFixedString("peer 00999")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["peer 00999"]
    proxy.setFilterFixedString("")
    assert model.position_of(lambda r: r == "peer 00700") == 700
    model.set_rows(["b", "a"])
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["a", "b"]
