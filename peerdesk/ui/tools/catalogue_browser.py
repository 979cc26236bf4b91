"""The Tool catalogue sub-tab: the 18 tool types (and the facilitator's own), filtered by part, challenge
and search text, with a description of the selected one; adding and deleting one's own tool types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.db.services.tool_types import (
    ToolTypeInUse,
    ToolTypeInvalid,
    ToolTypeRow,
    create_tool_type,
    delete_tool_type,
)
from peerdesk.ui.generated.ui_tool_type_dialog import Ui_ToolTypeDialog
from peerdesk.ui.models import ROW_ROLE, Column, fit_columns, show_rows

ANY = ""


@dataclass(frozen=True)
class CatalogueEntry:
    """A tool type with what the catalogue knows about it and how often this plan uses it."""

    tool: ToolTypeRow
    examples: str
    count_of_52: int | None
    share_label: str
    usual_cadence: str
    planned_here: int

    @property
    def name(self) -> str:
        return self.tool.name


def catalogue_entries(tools: list[ToolTypeRow], planned: dict[str, int]) -> list[CatalogueEntry]:
    known = {t.code: t for t in catalogue().tool_types}
    entries = []
    for tool in tools:
        ref = known.get(tool.code)
        entries.append(
            CatalogueEntry(
                tool=tool,
                examples=ref.examples if ref else "",
                count_of_52=ref.count_of_52 if ref else None,
                share_label=ref.share_label if ref else "",
                usual_cadence=ref.usual_cadence if ref else "",
                planned_here=planned.get(tool.code, 0),
            )
        )
    return entries


def matches(entry: CatalogueEntry, part: str, challenge: str, text: str) -> bool:
    """Whether an entry passes the part and challenge filters and contains the search text."""
    cells = entry.tool.cells
    if part and not any(p == part for p, _ in cells):
        return False
    if challenge and not any(c == challenge for _, c in cells):
        return False
    if part and challenge and (part, challenge) not in cells:
        return False
    needle = text.strip().casefold()
    if needle:
        haystack = " ".join((entry.tool.name, entry.tool.description, entry.examples)).casefold()
        return needle in haystack
    return True


class ToolTypeDialog(QDialog):
    """Describe one's own tool type: name, description, cells of the map, goals it supports."""

    def __init__(self, save: Callable[..., int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ToolTypeDialog()
        self.ui.setupUi(self)
        self._save = save
        self.created_id: int | None = None
        cat = catalogue()
        self.cell_checks = {}
        from PySide6.QtWidgets import QCheckBox, QLabel

        for col, challenge in enumerate(cat.challenges, start=1):
            header = QLabel(challenge.name)
            header.setWordWrap(True)
            self.ui.cells_grid.addWidget(header, 0, col)
        for row, part in enumerate(cat.parts, start=1):
            self.ui.cells_grid.addWidget(QLabel(part.name), row, 0)
            for col, challenge in enumerate(cat.challenges, start=1):
                check = QCheckBox()
                check.setAccessibleName(f"{part.name} / {challenge.name}")
                self.ui.cells_grid.addWidget(check, row, col, Qt.AlignmentFlag.AlignCenter)
                self.cell_checks[(part.code, challenge.code)] = check
        for goal in cat.learning_goals:
            item = QListWidgetItem(goal.name)
            item.setData(Qt.ItemDataRole.UserRole, goal.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.supports_list.addItem(item)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.button_box.accepted.connect(self.on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def on_button_box_accepted(self) -> None:
        goals = [
            self.ui.supports_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.ui.supports_list.count())
            if self.ui.supports_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        cells = [cell for cell, check in self.cell_checks.items() if check.isChecked()]
        for label in (self.ui.name_error_label, self.ui.cells_error_label):
            label.setVisible(False)
        try:
            self.created_id = self._save(
                name=self.ui.name_edit.text(),
                description=self.ui.description_edit.toPlainText(),
                cells=cells,
                supports_goals=goals,
            )
        except ToolTypeInvalid as exc:
            for field, label in (("name", self.ui.name_error_label), ("cells", self.ui.cells_error_label)):
                if field in exc.errors:
                    label.setText(exc.errors[field])
                    label.setVisible(True)
            return
        self.accept()


class CatalogueBrowser(QObject):
    """Drives the catalogue widgets of the Tools page form; ``changed`` is called after an add/delete."""

    def __init__(self, page, changed: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.ui = page.ui
        self._changed = changed
        self._entries: list[CatalogueEntry] = []
        cat = catalogue()
        view = self.ui.catalogue_view
        self.model, self.proxy = show_rows(view, self._columns(), self, sort_column=None)
        self.ui.catalogue_part_combo.addItem(self.tr("All parts"), ANY)
        for part in cat.parts:
            self.ui.catalogue_part_combo.addItem(part.name, part.code)
        self.ui.catalogue_challenge_combo.addItem(self.tr("All challenges"), ANY)
        for challenge in cat.challenges:
            self.ui.catalogue_challenge_combo.addItem(challenge.name, challenge.code)
        self.ui.catalogue_splitter.setSizes([780, 460])
        self.ui.catalogue_search_edit.textChanged.connect(self.apply_filter)
        self.ui.catalogue_part_combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.catalogue_challenge_combo.currentIndexChanged.connect(self.apply_filter)
        view.selectionModel().currentRowChanged.connect(self.on_catalogue_view_currentRowChanged)
        self.ui.add_tool_type_button.clicked.connect(self.on_add_tool_type_button_clicked)
        self.ui.delete_tool_type_button.clicked.connect(self.on_delete_tool_type_button_clicked)

    def tr(self, text: str) -> str:  # noqa: D102 - translations live in the page's context
        return self.page.tr(text)

    def _columns(self) -> list[Column]:
        cat = catalogue()

        def cells(entry: CatalogueEntry) -> str:
            return "; ".join(f"{cat.name_of('parts', p).split()[0]} / {cat.name_of('challenges', c)}"
                             for p, c in entry.tool.cells)

        return [
            Column(self.tr("Tool type"), lambda e: e.name + ("" if e.tool.builtin else self.tr(" (your own)"))),
            Column(self.tr("Cells of the map"), cells, tooltip=cells),
            Column(
                self.tr("Used by (of 52)"),
                lambda e: f"{e.count_of_52} ({e.share_label})" if e.count_of_52 is not None else
                (e.share_label or "—"),
                sort_key=lambda e: e.count_of_52 if e.count_of_52 is not None else -1,
                numeric=True,
            ),
            Column(self.tr("In this plan"), lambda e: e.planned_here, numeric=True),
            Column(self.tr("Usual cadence"), lambda e: e.usual_cadence),
        ]

    def set_entries(self, entries: list[CatalogueEntry]) -> None:
        current = self.selected()
        self._entries = entries
        self.apply_filter()
        if current is not None:
            self.select_code(current.tool.code)

    def apply_filter(self, *_args) -> None:
        part = self.ui.catalogue_part_combo.currentData() or ANY
        challenge = self.ui.catalogue_challenge_combo.currentData() or ANY
        shown = [e for e in self._entries if matches(e, part, challenge, self.ui.catalogue_search_edit.text())]
        self.model.set_rows(shown)
        fit_columns(self.ui.catalogue_view, self.model, widest={1: 250})
        self.ui.catalogue_count_label.setText(
            self.tr("{shown} of {total} tool types shown").format(shown=len(shown), total=len(self._entries))
        )
        if shown and self.selected() is None:
            self.ui.catalogue_view.selectRow(0)
        self._show_detail(self.selected())

    def select_code(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).tool.code == code:
                self.ui.catalogue_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                return

    def selected(self) -> CatalogueEntry | None:
        index = self.ui.catalogue_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def on_catalogue_view_currentRowChanged(self, *_args) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, entry: CatalogueEntry | None) -> None:
        self.ui.catalogue_error_label.setVisible(False)
        self.ui.delete_tool_type_button.setEnabled(entry is not None and not entry.tool.builtin)
        if entry is None:
            self.ui.catalogue_detail_browser.setHtml(escape(self.tr("No tool type matches the filter.")))
            return
        cat = catalogue()
        tool = entry.tool
        parts = [f"<h3>{escape(tool.name)}</h3>", f"<p>{escape(tool.description)}</p>"]
        if entry.examples:
            parts.append(f"<p><b>{escape(self.tr('Examples:'))}</b> {escape(entry.examples)}</p>")
        cells = "".join(
            f"<li>{escape(cat.name_of('parts', p))} / {escape(cat.name_of('challenges', c))}</li>"
            for p, c in tool.cells
        )
        parts.append(f"<p><b>{escape(self.tr('Serves:'))}</b></p><ul>{cells}</ul>")
        if entry.count_of_52 is not None:
            used = self.tr("{count} of the 52 mapped initiatives ({share})").format(count=entry.count_of_52,
                                                                                  share=entry.share_label)
            parts.append(f"<p><b>{escape(self.tr('Used by:'))}</b> {escape(used)}</p>")
        elif tool.builtin:
            parts.append(f"<p><b>{escape(self.tr('Used by:'))}</b> {escape(self.tr('share not reported'))}</p>")
        if entry.usual_cadence:
            parts.append(f"<p><b>{escape(self.tr('Usual cadence:'))}</b> {escape(entry.usual_cadence)}</p>")
        if tool.logistics:
            needs = ", ".join(cat.name_of("logistics", code) for code in tool.logistics)
            parts.append(f"<p><b>{escape(self.tr('Logistics needs:'))}</b> {escape(needs)}</p>")
        if tool.supports_goals:
            goals = ", ".join(cat.name_of("learning_goals", code) for code in tool.supports_goals)
            parts.append(f"<p><b>{escape(self.tr('Supports the goals:'))}</b> {escape(goals)}</p>")
        planned = self.tr("Activities of this tool type: {here} in this plan, {total} in the whole file.")
        parts.append(
            f"<p>{escape(planned.format(here=entry.planned_here, total=tool.activities))}</p>"
        )
        self.ui.catalogue_detail_browser.setHtml("".join(parts))

    def on_add_tool_type_button_clicked(self) -> None:
        workspace = self.page.workspace
        if workspace is None:
            return

        def save(**fields) -> int:
            return create_tool_type(workspace.factory, **fields)

        dialog = ToolTypeDialog(save, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def on_delete_tool_type_button_clicked(self) -> None:
        entry = self.selected()
        workspace = self.page.workspace
        if entry is None or workspace is None:
            return
        answer = QMessageBox.question(
            self.page, self.tr("Delete tool type"),
            self.tr("Delete your tool type '{name}'?").format(name=entry.tool.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_tool_type(workspace.factory, entry.tool.id)
        except ToolTypeInUse as exc:
            self.ui.catalogue_error_label.setText(str(exc))
            self.ui.catalogue_error_label.setVisible(True)
            return
        self._changed()
