"""The Preferences dialog, built from the declared settings (``peerdesk.settings.SETTINGS``).

One editor per setting with a label, grouped by section: a closed list of choices becomes a combo box,
a number a spin box, a yes/no a check box, a folder a line with a Browse button. Adding a setting to
``SETTINGS`` adds it here; nothing in this module names a particular setting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk import i18n
from peerdesk.i18n import _
from peerdesk.settings import SETTINGS, Setting, Settings, settings

logger = logging.getLogger(__name__)


def choice_label(setting: Setting, value: Any) -> str:
    """How a stored choice reads in the dialog: languages by their own name, "" as Automatic."""
    if value == "":
        return _("Automatic")
    if setting.choices and set(setting.choices) - {""} <= set(i18n.LANGUAGES):
        return i18n.NATIVE_NAMES.get(value, value)
    return {"a4": _("A4"), "letter": _("US Letter")}.get(value, str(value))


class PreferencesDialog(QDialog):
    """Edit every labelled setting; OK saves them all at once, Cancel changes nothing."""

    def __init__(self, store: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or settings()
        self.setWindowTitle(_("Preferences"))
        self.setObjectName("preferences_dialog")
        self._readers: dict[str, Callable[[], Any]] = {}
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        sections: dict[str, QFormLayout] = {}
        for setting in SETTINGS:
            if not setting.label:
                continue
            form = sections.get(setting.section)
            if form is None:
                box = QGroupBox(_(setting.section) if setting.section else "", self)
                form = sections[setting.section] = QFormLayout(box)
                layout.addWidget(box)
            editor, reader = self._editor(setting, self.store.get(setting.key))
            editor.setObjectName(f"{setting.key}_editor")
            self.editors[setting.key] = editor
            self._readers[setting.key] = reader
            label = QLabel(_(setting.label), self)
            label.setBuddy(editor.focusProxy() or editor)
            form.addRow(label, editor)
            if setting.help:  # its own full-width row, so a long explanation wraps instead of being cut
                hint = QLabel(_(setting.help), self)
                hint.setWordWrap(True)
                hint.setEnabled(False)
                editor.setToolTip(_(setting.help))
                form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _editor(self, setting: Setting, value: Any) -> tuple[QWidget, Callable[[], Any]]:
        if setting.choices is not None:
            combo = QComboBox(self)
            for choice in setting.choices:
                combo.addItem(choice_label(setting, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo, combo.currentData
        if setting.type is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box, box.isChecked
        if setting.type is int:
            spin = QSpinBox(self)
            spin.setRange(setting.minimum if setting.minimum is not None else -(2**31),
                          setting.maximum if setting.maximum is not None else 2**31 - 1)
            spin.setValue(int(value))
            return spin, spin.value
        line = QLineEdit(str(value), self)
        if not setting.key.endswith("_folder"):
            return line, line.text
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        browse = QPushButton(_("Browse…"), holder)
        browse.clicked.connect(lambda: self._browse(line))
        row.addWidget(browse)
        holder.setFocusProxy(line)
        return holder, lambda: line.text().strip()

    def _browse(self, line: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Choose a folder"), line.text())
        if chosen:
            line.setText(chosen)

    def values(self) -> dict[str, Any]:
        """What the dialog shows now, by setting key."""
        return {key: read() for key, read in self._readers.items()}

    def accept(self) -> None:
        changed = {key: value for key, value in self.values().items() if value != self.store.get(key)}
        if changed:
            self.store.update(changed)
            logger.info("preferences changed: %s", ", ".join(sorted(changed)))
        super().accept()


def open_preferences(parent: QWidget | None = None) -> int:
    return PreferencesDialog(parent=parent).exec()


def install_preferences_action(window: QMainWindow) -> QAction:
    """Edit → Preferences (the platform's shortcut; on macOS Qt moves it to the application menu)."""
    bar = window.menuBar()
    edit = QMenu(_("&Edit"), bar)
    edit.setObjectName("menu_edit")
    action = QAction(_("&Preferences…"), window)
    action.setObjectName("action_preferences")
    shortcut = QKeySequence(QKeySequence.StandardKey.Preferences)
    action.setShortcut(shortcut if not shortcut.isEmpty() else QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_preferences(window))
    edit.addAction(action)
    actions = bar.actions()
    bar.insertMenu(actions[1] if len(actions) > 1 else None, edit)
    window.action_preferences = action
    return action
