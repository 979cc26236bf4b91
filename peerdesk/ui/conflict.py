"""When someone else saved the row being edited: ask whether to reload theirs or keep one's own.

Editors wrap their save with :func:`guarded`. The service refuses a save over a newer edit
(:class:`~peerdesk.db.concurrency.EditConflict`); the person then chooses:

- **Reload**: discard my changes and show theirs (:class:`Reloaded` tells the editor to close and refresh);
- **Keep mine**: save my values again on the newest version (the save is simply repeated with it);
- **Back to my changes** (Escape): nothing saved, the editor stays open with my values
  (:class:`KeepEditing`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.db.concurrency import EditConflict

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

T = TypeVar("T")
RELOAD, KEEP, BACK = "reload", "keep", "back"


class Reloaded(Exception):  # noqa: N818 - an outcome, not an error
    """The person chose to discard their changes and see the newer ones; the editor closes and refreshes."""


class KeepEditing(Exception):  # noqa: N818 - an outcome, not an error
    """The person went back to their changes; nothing was saved."""


def ask(parent: QWidget | None, conflict: EditConflict) -> str:
    """Show the conflict and return RELOAD, KEEP or BACK."""
    box = QMessageBox(parent)
    box.setObjectName("edit_conflict_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("conflict", "Changed by someone else"))
    box.setText(str(conflict))
    box.setInformativeText(translate("conflict", "Reload shows their version and discards your changes. Keep mine "
                                          "saves your changes over theirs."))
    reload_button = box.addButton(translate("conflict", "&Reload"), QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(translate("conflict", "&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    back_button = box.addButton(translate("conflict", "Back to my changes"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back_button)
    box.setEscapeButton(back_button)
    box.exec()
    clicked = box.clickedButton()
    return RELOAD if clicked is reload_button else KEEP if clicked is keep_button else BACK


#: Replaced in tests to answer the question without a window.
asker: Callable[[QWidget | None, EditConflict], str] = ask


class Guarded:
    """``save(data)`` that passes the version the editor showed and resolves a conflict with the person.
    ``reloaded`` is True once they chose Reload."""

    def __init__(self, parent: QWidget | None, save: Callable[[Any, int | None], T], version: int | None) -> None:
        self.parent, self._save, self.version, self.reloaded = parent, save, version, False

    def __call__(self, data: Any = None) -> T:
        while True:
            try:
                return self._save(data, self.version)
            except EditConflict as conflict:
                logger.info("edit conflict: %s", conflict)
                choice = asker(self.parent, conflict)
                if choice == KEEP:
                    self.version = conflict.version
                    continue
                if choice == RELOAD:
                    self.reloaded = True
                    raise Reloaded(str(conflict)) from conflict
                raise KeepEditing(str(conflict)) from conflict


def guarded(parent: QWidget | None, save: Callable[[Any, int | None], T], version: int | None) -> Guarded:
    return Guarded(parent, save, version)
