"""The contracts tab's commitments of one contract: edit, add, remove and reorder them (each change saved at
once). A mixin of ``ContractsPage``: it uses the page's ``detail``, ``context``, ``items_model``, ``workspace``,
``_warn`` and ``_reload``."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from peerdesk.db.services import contract_tracking as tracking
from peerdesk.ui import conflict


class ItemActions:
    def _current_item(self) -> int:
        index = self.ui.items_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _save_items(self, items: list[tracking.ItemRow], select: int) -> None:
        factory, contract_id = self.workspace.factory, self.detail.id
        # the version shown: a save over someone else's newer edit asks Reload / Keep mine / Back
        save = conflict.guarded(self, lambda rows, version: tracking.save_items(
            factory, contract_id, rows, expected_version=version), self.detail.version)
        try:
            save(items)
        except conflict.KeepEditing:  # nothing saved; the list shown stays as it was
            return
        except conflict.Reloaded:
            pass  # their commitments are shown below
        except tracking.ContractInputError as exc:
            self._warn(str(exc))
            return
        self._reload()
        if 0 <= select < self.items_model.rowCount():
            self.ui.items_view.selectRow(select)

    def _edit_dialog(self, item: tracking.ItemRow) -> tracking.ItemRow | None:
        from peerdesk.ui.contracts.item_dialog import CommitmentItemDialog  # with its form: when asked for

        dialog = CommitmentItemDialog(item, self.context, self.detail.language, with_outcome=True, parent=self)
        return dialog.result_item() if dialog.exec() else None

    def on_edit_item_button_clicked(self) -> None:
        row = self._current_item()
        if self.detail is None or row < 0:
            return
        edited = self._edit_dialog(self.items_model.row_at(row))
        if edited is not None:
            items = self.items_model.rows()
            items[row] = edited
            self._save_items(items, row)

    def on_add_item_button_clicked(self) -> None:
        if self.detail is None:
            return
        added = self._edit_dialog(tracking.ItemRow(None, "peer", "custom"))
        if added is not None:
            items = self.items_model.rows() + [added]
            self._save_items(items, len(items) - 1)

    def on_remove_item_button_clicked(self) -> None:
        row = self._current_item()
        if self.detail is None or row < 0:
            return
        items = self.items_model.rows()
        answer = QMessageBox.question(
            self, self.tr("Remove commitment"),
            self.tr("Remove this commitment from {name}'s contract?").format(name=self.detail.peer_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            del items[row]
            self._save_items(items, min(row, len(items) - 1))

    def _move_item(self, step: int) -> None:
        row = self._current_item()
        items = self.items_model.rows()
        target = row + step
        if self.detail is None or row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        self._save_items(items, target)
