"""Collect what a person can read in a window: tab titles, labels, buttons, headers, menus, tooltips.

Used by the translation tests to find interface text left in English. Cell contents of tables and
lists are data (names, numbers, catalogue entries) and are collected separately.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def chrome_texts(root: QWidget, visible_only: bool = True) -> dict[str, str]:
    """``{where: text}`` for every piece of interface text under ``root`` (data cells excluded)."""
    found: dict[str, str] = {}

    def add(where: str, text: str | None) -> None:
        text = _strip(text or "")
        if text:
            found[where] = text

    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName() or id(widget)}"
        add(f"{name}/tooltip", widget.toolTip())
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            add(name, widget.text())
        elif isinstance(widget, QLabel):
            from PySide6.QtGui import QTextDocument

            document = QTextDocument()
            document.setHtml(widget.text())
            add(name, document.toPlainText())
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{name}/placeholder", widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(f"{name}/tab{index}", widget.tabText(index))
                add(f"{name}/tab{index}/tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QMenuBar):
            for index, action in enumerate(widget.actions()):
                add(f"{name}/menu{index}", action.text())
                menu = action.menu()
                if isinstance(menu, QMenu):
                    for number, item in enumerate(menu.actions()):
                        add(f"{name}/menu{index}/{number}", item.text())
                        add(f"{name}/menu{index}/{number}/tip", item.statusTip() or None)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header_views = []
            if hasattr(widget, "horizontalHeader") and not widget.horizontalHeader().isHidden():
                header_views.append(Qt.Orientation.Horizontal)
            for orientation in header_views:
                for column in range(model.columnCount()):
                    if hasattr(widget, "isColumnHidden") and widget.isColumnHidden(column):
                        continue
                    add(f"{name}/header{column}", model.headerData(column, orientation))
    return found


def combo_texts(root: QWidget) -> dict[str, str]:
    """The items of every visible combo box (choices the interface offers, not data)."""
    found = {}
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            for index in range(combo.count()):
                text = combo.itemText(index).strip()
                if text:
                    found[f"{combo.objectName() or id(combo)}/{index}"] = text
    return found


def every_tab(window: QWidget):
    """Visit every tab and sub-tab of ``window`` in turn, yielding a label for each state shown."""
    app = QApplication.instance()

    def visit(tabs: QTabWidget, trail: str):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for _ in range(4):
                app.processEvents()
            label = f"{trail}/{_strip(tabs.tabText(index))}"
            yield label
            page = tabs.widget(index)
            for inner in page.findChildren(QTabWidget):
                if inner.isVisible() and inner is not tabs:
                    yield from visit(inner, label)

    for tabs in window.findChildren(QTabWidget):
        if tabs.parent() is not None and tabs.isVisible():
            parent = tabs.parentWidget()
            while parent is not None and not isinstance(parent, QTabWidget):
                parent = parent.parentWidget()
            if parent is None:
                yield from visit(tabs, "")
                break
