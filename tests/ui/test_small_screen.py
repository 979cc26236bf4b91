"""The window on a 1024x600 laptop, used by keyboard: every control of every tab inside the window, Tab
leaving tables in one step, and each tab's main buttons reachable with Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QTabWidget, QWidget

from peerdesk.ui.main_window import TAB_KEYS, MainWindow


@pytest.fixture
def window(window, qtbot, demo_file, inline_tasks):
    win = window
    assert win.open_path(demo_file)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def _outer_areas(win: MainWindow) -> set[int]:
    return {id(win.ui.main_tabs.widget(i)) for i in range(win.ui.main_tabs.count())}


def _clip_owner(widget: QWidget, outer: set[int]) -> QWidget:
    """The widget whose rectangle must lie in the window: ``widget`` itself, or the inner scroll area or
    table it lives in (those show their contents by scrolling)."""
    owner = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractScrollArea, QAbstractItemView)) and id(parent) not in outer:
            owner = parent
        parent = parent.parentWidget()
    return owner


def _outside(win: MainWindow) -> list[str]:
    outer = _outer_areas(win)
    frame = win.rect()
    problems = []
    for widget in win.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.width() == 0:
            continue
        owner = _clip_owner(widget, outer)
        rect = QRect(owner.mapTo(win, QPoint(0, 0)), owner.size())
        if not frame.contains(rect):
            problems.append(f"{owner.objectName() or type(owner).__name__} at {rect.getRect()}")
    return sorted(set(problems))


def _every_view(win: MainWindow):
    """Each tab, and each tab of the tabs inside it."""
    for index, key in enumerate(TAB_KEYS):
        win.ui.main_tabs.setCurrentIndex(index)
        page = win.page(key)
        inner = [tabs for tabs in page.findChildren(QTabWidget)]
        yield key, ""
        for tabs in inner:
            for sub in range(tabs.count()):
                tabs.setCurrentIndex(sub)
                QApplication.processEvents()
                yield key, tabs.tabText(sub)


def test_every_control_of_every_tab_lies_inside_a_1024x600_window(window):
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 600
    for key, sub in _every_view(window):
        QApplication.processEvents()
        assert window.size().toTuple() == (1024, 600), (key, sub)
        area = window.ui.main_tabs.currentWidget()
        assert not area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible(), (key, sub)
        assert _outside(window) == [], (key, sub)


def _tab_through(window, qtbot, start: QWidget, presses: int = 80) -> list[QWidget]:
    start.setFocus()
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def _name(widget: QWidget) -> str:
    from PySide6.QtWidgets import QTabBar

    if isinstance(widget, QTabBar):  # a tab widget's tabs are reached through its tab bar
        return widget.parentWidget().objectName()
    return widget.objectName()


MAIN_BUTTONS = {
    "matching": ("peer_search_edit", "edit_profile_button", "add_peer_button", "peers_view"),
    "tools": ("add_activity_button", "print_plan_button", "activities_view", "cadence_combo"),
    "contracts": ("templates_button", "create_button", "print_all_button", "contracts_view",
                  "save_contract_button", "attach_scan_button", "due_view"),
    "evaluation": ("anonymise_check", "export_button", "evaluation_tabs"),
}


@pytest.mark.parametrize("key", TAB_KEYS)
def test_tab_reaches_the_main_buttons_of_each_tab(window, qtbot, key):
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_1 + TAB_KEYS.index(key), Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_key() == key
    page = window.page(key)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and page.isAncestorOf(QApplication.focusWidget()))
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused), "Ctrl+number puts the focus in the tab"
    names = {_name(w) for w in _tab_through(window, qtbot, focused) if w is not None}
    missing = [name for name in MAIN_BUTTONS[key] if name not in names]
    assert missing == [], f"Tab never reaches {missing}"


def test_tab_leaves_a_table_in_one_step(window, qtbot):
    window.ui.main_tabs.setCurrentIndex(2)
    view = window.page("contracts").ui.contracts_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view


def test_controls_without_a_visible_label_have_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    for key in TAB_KEYS:
        page = window.page(key)
        buddied = {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy() is not None}
        for widget in page.findChildren(QWidget):
            if widget.window() is not window:  # popups (a combo box's list)
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or id(widget) in buddied:
                continue
            if isinstance(widget, QAbstractButton) and widget.text().strip():
                continue
            assert widget.accessibleName(), f"{key}: {widget.objectName() or type(widget).__name__}"


def test_tab_reaches_the_criteria_and_the_adjust_buttons_of_a_matching(window, qtbot):
    from PySide6.QtWidgets import QSpinBox

    window.ui.main_tabs.setCurrentIndex(0)
    page = window.page("matching")
    page.ui.matching_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.ui.mode_combo.isVisible())
    reached = _tab_through(window, qtbot, page.ui.mode_combo, presses=120)
    names = {_name(w) for w in reached if w is not None}
    assert {"run_button", "units_view", "swap_button", "lock_button", "save_round_button"} <= names, names
    weights = [w for w in page.ui.criteria_box.findChildren(QSpinBox) if w.isVisible()]
    assert weights and all(any(w is r for r in reached) for w in weights), "every criterion's weight"


def test_contract_form_and_plan_settings_fit_their_column_at_1024x600(window):
    from PySide6.QtWidgets import QScrollArea

    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("contracts"))
    QApplication.processEvents()
    contracts = window.page("contracts")
    form_area = next(a for a in contracts.findChildren(QScrollArea) if a.widget() is contracts.ui.detail_panel)
    assert contracts.ui.contract_group.isVisible()
    QApplication.processEvents()
    assert not form_area.horizontalScrollBar().isVisible()  # nothing of the form cut off on the right
    assert contracts.ui.authoriser_title_edit.width() >= 150
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("tools"))
    QApplication.processEvents()
    ui = window.page("tools").ui
    description = ui.cadence_description_label.geometry()
    assert description.bottom() < ui.goals_label.geometry().top()  # the description does not run into the goals
    assert ui.goals_list.height() >= 3 * ui.goals_list.sizeHintForRow(0)
