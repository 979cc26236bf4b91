"""The Evaluation tab on the demo file: what a facilitator sees, types and exports."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from peerdesk.db.services.evaluation import list_contact_records
from peerdesk.ui.evaluation.page import EvaluationPage


@pytest.fixture
def page(qtbot, inline_tasks, demo_workspace, demo_initiative):
    widget = EvaluationPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_context(demo_workspace, demo_initiative.id)
    return widget

def type_row(model, row: int, *values: str) -> None:
    for column, value in enumerate(values):
        model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)

def test_dashboard_and_charts_show_demo_measures(page):
    assert "24 participants, 4 comparison colleagues" in page.ui.summary_label.text()
    assert "52 people reached" in page.ui.summary_label.text()
    stages = page.ui.stages_label.text()
    assert "Sustained individual contacts — evidence" in stages
    assert "Missing: 21 of 24 peers (88%) have shared nothing yet." in stages
    assert page.ui.period_slider.maximum() == len(page.view.windows) - 1 == 5  # 12 weeks = 6 fortnights
    assert len(page.heatmap_chart.figure.axes) == 2  # first and chosen period side by side
    assert page.reach_model.rows()[0] == ("Ndèye Mayé Diouf", 35, 1, 1)
    learning = page.ui.learning_label.text()
    assert "Chosen learning goals: Formal knowledge sharing" in learning and "Technical change: 2" in learning
    page.ui.period_slider.setValue(0)
    # a period as the reader writes it (CLDR), never broken across lines
    assert page.ui.period_label.text().replace("\u2009", " ").replace("\u00a0", " ") == "9–22 February 2026"
    assert len(page.heatmap_chart.figure.axes) == 1

def test_before_after_table_has_counts(page):
    assert page.compare_model.rows() == []  # computed when its sub-tab is shown
    page.ui.evaluation_tabs.setCurrentWidget(page.ui.compare_tab)
    assert len(page.compare_model.rows()) == 4
    page.ui.cut_date.setDate(QDate(2026, 3, 21))
    rows = page.compare_model.rows()
    assert (rows[0].observations, rows[0].peers) == (93, 12)
    assert rows[3].observations == 0 and rows[3].mean is None
    assert "no observations" in page.ui.compare_note.text()

def test_anonymise_replaces_names_on_screen(page):
    page.ui.anonymise_check.setChecked(True)
    labels = [row[0] for row in page.reach_model.rows()]
    assert all(label.startswith("P") and len(label) == 3 for label in labels)

def test_contact_grid_saves_good_rows_and_keeps_bad_ones(page, demo_workspace, demo_initiative):
    model = page.capture.model
    before = len(list_contact_records(demo_workspace.factory, demo_initiative.id))
    type_row(model, 0, "1.9.2026", "Ion", "Elena Rusu, Ion", "Giorgi", "phone", "A&B <Ministry>")
    type_row(model, 1, "", "Ion Ciobanu", "Edit")  # same reporter, same day: merged with a notice
    type_row(model, 2, "2030-01-01", "Elena", "Ion")  # outside the initiative: stays in the grid
    type_row(model, 3, "2.9.2026", "Nobody Known", "Ion")  # unknown reporter: stays in the grid
    page.ui.save_button.click()
    after = list_contact_records(demo_workspace.factory, demo_initiative.id)
    assert len(after) == before + 3  # Elena (informal), Giorgi (formal), Edit (informal)
    messages = [page.ui.capture_problems.item(i).text() for i in range(page.ui.capture_problems.count())]
    assert messages[0] == "Reports saved: 1 (0 merged into reports already in the file)."
    assert any("named themself" in m for m in messages)
    assert any("merged with an earlier row" in m for m in messages)
    assert any("outside the initiative" in m for m in messages)
    assert any("'Nobody Known' is not a peer" in m for m in messages)
    assert [model.index(r, 1).data() for r in range(2)] == ["Elena", "Nobody Known"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    # the problems refer to the rows as the grid numbers them now that the saved rows have left it
    assert any(m.startswith("Row 1:") and "outside the initiative" in m for m in messages)
    assert any(m.startswith("Row 2:") and "Nobody Known" in m for m in messages)
    assert any(m.startswith("Saved:") and "merged with an earlier row" in m for m in messages)


def test_contact_grid_takes_the_channel_in_french_and_lists_the_allowed_ones(page, demo_workspace, demo_initiative):
    model = page.capture.model
    assert "In person" in page.ui.capture_help.text() and "Video call" in page.ui.capture_help.text()
    before = len(list_contact_records(demo_workspace.factory, demo_initiative.id))
    type_row(model, 0, "3.9.2026", "Ion Ciobanu", "Elena Rusu", "", "téléphone")
    page.ui.save_button.click()
    messages = [page.ui.capture_problems.item(i).text() for i in range(page.ui.capture_problems.count())]
    assert messages[0].startswith("Reports saved: 1"), messages
    assert len(list_contact_records(demo_workspace.factory, demo_initiative.id)) == before + 1

def test_other_entries_save_a_checkin_and_refuse_a_bad_date(page):
    entries = page.entries
    entries.ui.checkin_week_date.setDate(QDate(2026, 9, 7))
    entries.ui.checkin_productive_check.setChecked(True)
    entries.ui.checkin_save_button.click()
    assert entries.ui.entries_status_label.text() == "Check-in saved."
    entries.ui.diffusion_sharer_combo.setCurrentIndex(0)
    entries.ui.diffusion_save_button.click()
    assert entries.ui.entries_status_label.text().startswith("Not saved: say who shared")

def test_export_writes_the_summary(page, tmp_path):
    target = tmp_path / "summary.pdf"
    page.export_summary(target, anonymise=True)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "9. Gaps and next steps" in text and "Ion Ciobanu" not in text
    assert str(target) in page.ui.summary_label.text()


def test_every_compared_measure_is_offered(page):
    from peerdesk.core.evaluation.compare import MEASURES

    combo = page.ui.measure_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(MEASURES)


def test_entry_forms_list_everybody_by_name(page):
    page.ui.evaluation_tabs.setCurrentWidget(page.ui.entries_tab)
    page.entries._fill_pending()
    combo = page.entries.ui.checkin_peer_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert len(names) == 28 and names == sorted(names) and "Ion Ciobanu" in names
    assert page.entries.ui.diffusion_parent_combo.itemText(0) == "none: a peer's own sharing"


def _on_screen(page: EvaluationPage) -> dict:
    """Everything the tab's measures put on screen (texts, rows, the heat map's and charts' data)."""
    view = page.view
    return {
        "texts": [label.text() for label in (page.ui.summary_label, page.ui.stages_label, page.ui.numbers_label,
                                             page.ui.learning_label, page.ui.diffusion_label, page.ui.period_label)],
        "reach": page.reach_model.rows(), "slider": (page.ui.period_slider.maximum(), page.ui.period_slider.value()),
        "study": view.study_ids, "windows": view.windows, "weekly": view.weekly, "stages": view.stages,
        "heat": (view.heat.peer_ids, view.heat.values.tolist()), "answering": view.analysis.answering_ids,
        "labels": [view.label(p.id) for p in view.data.people], "gains": view.gains, "numbers": view.numbers,
    }


def test_anonymising_and_window_length_measure_again_without_reading_the_file(qtbot, inline_tasks, page,
                                                                              demo_workspace, demo_initiative,
                                                                              monkeypatch):
    import peerdesk.ui.evaluation.analysis as analysis

    reads = []
    read = analysis.load_evaluation_data
    monkeypatch.setattr(analysis, "load_evaluation_data", lambda *a, **k: reads.append(1) or read(*a, **k))
    page.ui.anonymise_check.setChecked(True)
    page.ui.window_combo.setCurrentIndex(page.ui.window_combo.findData(4))
    relabelled = _on_screen(page)
    assert reads == []  # the evidence already read was measured again
    fresh = EvaluationPage()  # the same choices, read afresh from the file
    qtbot.addWidget(fresh)
    fresh.resize(1200, 800)
    fresh.ui.anonymise_check.setChecked(True)
    fresh.ui.window_combo.setCurrentIndex(fresh.ui.window_combo.findData(4))
    fresh.set_context(demo_workspace, demo_initiative.id)
    assert reads
    assert relabelled == _on_screen(fresh)
    assert all(label[0] in "PC" for label in relabelled["labels"])
    page.ui.anonymise_check.setChecked(False)  # and back to names
    assert [row[0] for row in page.reach_model.rows()][0] == "Ndèye Mayé Diouf"
