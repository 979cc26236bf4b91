"""The base of the four tabs: each shows one initiative of the open workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from peerdesk.db.workspace import Workspace


class InitiativePage(QWidget):
    """A tab. The main window hands it the workspace and the chosen initiative; it reloads itself."""

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
