"""The base of the four tabs: each shows one initiative of the open workspace.

Also the keyboard and small-screen conventions every tab shares: Tab leaves a table in one step (only a
grid where Tab fills the next cell keeps cell-by-cell moves), each control without a visible label gets
an accessible name, and switching to a tab puts the focus on its first useful control.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.workspace import Workspace

#: Set this Qt property on a table whose Tab key should move from cell to cell (a data-entry grid).
CELL_NAVIGATION = "peerdesk_cell_navigation"


class FillLayout(QVBoxLayout):
    """A holder's layout that does not pass on its children's height-for-width: a scroll area around it then
    gives the page the whole window and scrolls only below the page's minimum size (word-wrapped labels
    would otherwise make it ask for its preferred height and scroll on every small screen)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


def scrolled(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` inside a frameless scroll area that scrolls only when the window is too small for it."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; the area follows the focus
    area.setWidget(widget)
    return area


def _humanise(name: str) -> str:
    words = [w for w in name.split("_") if w not in ("edit", "combo", "view", "spin", "list", "check", "date")]
    return " ".join(words).capitalize()


def settle_keyboard(root: QWidget) -> None:
    """Apply the shared keyboard conventions to ``root`` and everything in it."""
    for view in root.findChildren(QAbstractItemView):
        if not view.property(CELL_NAVIGATION):
            view.setTabKeyNavigation(False)
    buddied = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() or id(widget) in buddied:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        name = widget.toolTip()
        if not name and isinstance(widget, QLineEdit):
            name = widget.placeholderText()
        if not name:
            box = widget.parentWidget()
            while box is not None and not isinstance(box, (QGroupBox, QTabWidget)):
                box = box.parentWidget()
            if isinstance(box, QGroupBox) and box.title():
                name = box.title().replace("&", "")
        widget.setAccessibleName(name or _humanise(widget.objectName()))


def first_focusable(root: QWidget) -> QWidget | None:
    """The first control Tab would reach inside ``root`` (visible, enabled, accepting Tab focus)."""
    widget = root.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not root and seen < 2000:
        seen += 1
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, (QTabWidget, QTabBar))
                and not isinstance(widget, QScrollArea)):
            return widget
        widget = widget.nextInFocusChain()
    return None


class InitiativePage(QWidget):
    """A tab. The main window hands it the workspace and the chosen initiative; it reloads itself."""

    #: the page changed what the initiative holds (people, activities...): the window updates its counts
    data_changed = Signal()
    #: the page's empty state asks for the import wizard (File → Import Peers…)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.initiative_id: int | None = None

    def tab_title(self) -> str:
        raise NotImplementedError

    def set_context(self, workspace: Workspace | None, initiative_id: int | None) -> None:
        self.workspace = workspace
        self.initiative_id = initiative_id
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the workspace."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget | None:
        """The control to put the focus on when the tab is opened (default: the first one Tab reaches)."""
        return first_focusable(self)
