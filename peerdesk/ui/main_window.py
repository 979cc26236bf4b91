"""The main window: assembles the four tabs and the menus; the pages do the work."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSizePolicy, QWidget

from peerdesk import APP_NAME, FILE_SUFFIX, __version__
from peerdesk.db.workspace import suggested_name
from peerdesk.i18n import format_date_range, ngettext
from peerdesk.settings import settings
from peerdesk.ui.backups.restore_dialog import DailyBackups
from peerdesk.ui.evaluation.prefetch import EvaluationPrefetch
from peerdesk.ui.generated.ui_main_window import Ui_MainWindow
from peerdesk.ui.initiatives.actions import InitiativeActions
from peerdesk.ui.initiatives.start import StartPanel
from peerdesk.ui.opening import OpenedFile, RecentFiles, open_interactive
from peerdesk.ui.page import FillLayout, InitiativePage, scrolled, settle_keyboard
from peerdesk.ui.preferences import install_preferences_action
from peerdesk.ui.protection import ProtectionActions, confirm_plain_export
from peerdesk.ui.server.actions import ServerActions

if TYPE_CHECKING:
    from peerdesk.db.services.initiatives import InitiativeSummary

logger = logging.getLogger(__name__)

#: Tab keys, in order; also the file names of ``peerdesk screenshots``.
TAB_KEYS = ("matching", "tools", "contracts", "evaluation")

#: Where each tab's page lives. Pages are imported and built when first shown, and reloaded only while
#: visible, so the window opens without paying for charts and tabs nobody has looked at yet.
PAGE_CLASSES = {
    "matching": ("peerdesk.ui.matching.page", "MatchingPage"),
    "tools": ("peerdesk.ui.tools.page", "ToolsPage"),
    "contracts": ("peerdesk.ui.contracts.page", "ContractsPage"),
    "evaluation": ("peerdesk.ui.evaluation.page", "EvaluationPage"),
}


#: How often the window looks whether the first tab's reads are over, to import the other pages' code then (ms).
IMPORT_AHEAD_POLL_MS = 250


class MainWindow(QMainWindow):
    initiative_changed = Signal(object)  # initiative id or None

    def __init__(self, recent: RecentFiles | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # The dates, head count and organisation beside the initiative box can be long (a long name, Russian
        # dates): the label may be cut at the window's edge, with the whole text in its tooltip, but it
        # never makes the window wider than a small laptop's screen.
        info = self.ui.initiative_info_label
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, info.sizePolicy().verticalPolicy())
        policy.setHorizontalStretch(1)  # it takes the room left beside the box, and no more
        info.setSizePolicy(policy)
        info.setMinimumWidth(1)
        self.opened: OpenedFile | None = None
        self._opening: object | None = None  # a file opening on a worker (see open_in_background)
        self._initiatives_ahead: list[InitiativeSummary] | None = None
        self.recent = recent or RecentFiles()
        self.initiatives: list[InitiativeSummary] = []
        self._pages: dict[str, InitiativePage] = {}
        self._stale: set[str] = set(TAB_KEYS)
        self.evaluation_prefetch = EvaluationPrefetch(self)
        self._holders: dict[str, QWidget] = {}
        titles = self.tab_titles()
        for number, key in enumerate(TAB_KEYS, start=1):
            holder = QWidget(self)
            layout = FillLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            # A page larger than a small screen scrolls instead of pushing the window past the screen.
            self.ui.main_tabs.addTab(scrolled(holder, self), titles[key])
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(partial(self.show_tab, number - 1))
            self.addAction(action)
        self.file_label = QLabel(self)
        self.ui.status_bar.addPermanentWidget(self.file_label)
        self.ui.action_new.triggered.connect(self.on_action_new_triggered)
        self.ui.action_open.triggered.connect(self.on_action_open_triggered)
        self.ui.action_save_copy.triggered.connect(self.on_action_save_copy_triggered)
        self.ui.action_import_peers.triggered.connect(self.on_action_import_peers_triggered)
        self.ui.action_export.triggered.connect(self.on_action_export_triggered)
        self.ui.action_merge.triggered.connect(self.on_action_merge_triggered)
        self.ui.action_restore_backup.triggered.connect(self.on_action_restore_backup_triggered)
        self.daily_backups = DailyBackups(self)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self.on_action_about_triggered)
        install_preferences_action(self)
        self.protection = ProtectionActions(self)  # File → Protect with Passphrase… (ui/protection.py)
        self.server_actions = ServerActions(self)  # File → Connect to Server…, offline copies (ui/server)
        self.ui.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self.ui.initiative_combo.currentIndexChanged.connect(self.on_initiative_combo_currentIndexChanged)
        self.ui.main_tabs.currentChanged.connect(self.on_main_tabs_currentChanged)
        self.initiative_actions = InitiativeActions(self)
        self.ui.menu_bar.insertMenu(self.ui.menu_help.menuAction(), self.initiative_actions.menu)
        self.start_panel = StartPanel(self)
        self.ui.central_layout.addWidget(self.start_panel)
        self.start_panel.new_requested.connect(self.initiative_actions.new_initiative)
        self.start_panel.import_requested.connect(self.on_action_import_peers_triggered)
        self.start_panel.demo_requested.connect(self.open_demo)
        self._show_no_file()

    # --- the tabs -----------------------------------------------------------------------------

    def tab_titles(self) -> dict[str, str]:
        return {
            "matching": self.tr("Peer matching"),
            "tools": self.tr("Tool selection"),
            "contracts": self.tr("Commitment contracts"),
            "evaluation": self.tr("Evaluation"),
        }

    def page(self, key: str) -> InitiativePage:
        """The tab's page, built on first use and brought up to date with the current initiative."""
        page = self.built_page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.set_context(self.workspace, self.current_initiative_id())
            if self.workspace is not None:
                self._import_pages_ahead()
                self.evaluation_prefetch.schedule()  # the Evaluation tab read ahead once idle
        return page

    def built_page(self, key: str, *, settle: bool = True) -> InitiativePage:
        """The tab's page, built if need be, but not yet given the workspace (``settle=False``: the caller
        applies the keyboard conventions, ``settle_keyboard``, itself, e.g. on the event loop's next turn)."""
        page = self._pages.get(key)
        if page is None:
            module_name, class_name = PAGE_CLASSES[key]
            page = getattr(importlib.import_module(module_name), class_name)(self._holders[key])
            self._holders[key].layout().addWidget(page)
            self._pages[key] = page
            if settle:
                settle_keyboard(page)
            page.data_changed.connect(self.refresh_initiative_info)
            page.import_requested.connect(self.on_action_import_peers_triggered)
        return page

    def _import_pages_ahead(self) -> None:
        """Once the first page shows a file, import the other light pages' code on a worker thread, so that
        opening their tab later builds widgets without first compiling and importing a few hundred milliseconds
        of modules on the GUI thread. The evaluation page is light too (its charts and numpy load on its workers)."""
        if getattr(self, "_imported_ahead", False):
            return
        self._imported_ahead = True
        wanted = [PAGE_CLASSES[key][0] for key in ("matching", "tools", "contracts", "evaluation")
                  if key not in self._pages]

        def load() -> None:
            for name in wanted:
                importlib.import_module(name)

        from PySide6.QtCore import QThreadPool

        from peerdesk.ui.tasks import is_inline, run_task

        def when_idle() -> None:
            # after the first tab's own reads (a fifth of a second of Python: it would slow the tab on show)
            if not is_inline() and QThreadPool.globalInstance().activeThreadCount():
                QTimer.singleShot(IMPORT_AHEAD_POLL_MS, when_idle)
                return
            run_task(load, on_error=lambda exc: logger.info("importing pages ahead failed: %s", exc))

        if is_inline():
            when_idle()
        else:
            QTimer.singleShot(IMPORT_AHEAD_POLL_MS, when_idle)

    @property
    def pages(self) -> dict[str, InitiativePage]:
        """Every page, built and current (for code that needs them all, such as tests)."""
        return {key: self.page(key) for key in TAB_KEYS}

    def current_tab_key(self) -> str:
        return TAB_KEYS[max(self.ui.main_tabs.currentIndex(), 0)]

    def show_tab(self, index: int) -> None:
        """Bring up a tab (Ctrl+1..4) with the focus on its first useful control."""
        if self.ui.main_tabs.currentIndex() == index:
            self._focus_page(index)
        self.ui.main_tabs.setCurrentIndex(index)

    def on_main_tabs_currentChanged(self, index: int) -> None:
        if 0 <= index < len(TAB_KEYS):
            self.page(TAB_KEYS[index])
            # A page built just now is shown by its layout on the next turn of the event loop.
            QTimer.singleShot(0, partial(self._focus_page, index))

    def _focus_page(self, index: int) -> None:
        if self.ui.main_tabs.currentIndex() != index or not self.ui.main_tabs.isVisible():
            return
        target = self.page(TAB_KEYS[index]).focus_widget()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    # --- the open file ------------------------------------------------------------------------

    @property
    def workspace(self):
        """The open file's; None while no file is open, and while another is being opened (the file open until
        then is kept, but nothing can change it meanwhile: the window shows "Opening…")."""
        return self.opened.workspace if self.opened and self._opening is None else None

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` at once, on the GUI thread (dialogs, tests); File → Open uses :meth:`open_in_background`."""
        opened = open_interactive(self, path, create=create)
        if opened is None:
            return False
        self.set_opened(opened)
        return True

    def open_in_background(self, path: Path, then: Callable[[], object] | None = None, *,
                           create: bool = False) -> None:
        """Open ``path`` as :meth:`open_path` does, with the slow part on a worker thread while the window
        keeps painting (see :mod:`peerdesk.ui.background_open`); ``then`` runs once the file is shown."""
        from peerdesk.ui.background_open import open_in_background

        open_in_background(self, Path(path), then, create=create)

    def show_opening(self, path: Path) -> None:
        """"Opening FILE…" in place of the tabs, nothing to edit, until :meth:`set_opened` or :meth:`show_open_file`."""
        self.start_panel.show_opening(path.name)
        self._show_start(True, opening=True)
        self.file_label.setText(str(path))
        self._enable_file_actions(False)
        self.ui.initiative_combo.setEnabled(False)
        self.ui.initiative_info_label.clear()  # the dates and counts of the file open until now
        self.ui.initiative_info_label.setToolTip("")

    def show_open_file(self) -> None:
        """Back to the file open before an attempt to open another failed (or to "No data file is open")."""
        workspace = self.workspace
        if workspace is None:
            self._show_no_file()
            return
        self.setWindowTitle(f"{workspace.display_name} — {APP_NAME}")
        self.file_label.setText(workspace.server.display if workspace.server is not None else str(workspace.path))
        self.ui.initiative_combo.setEnabled(True)
        self._enable_file_actions(True)
        self._show_start(not self.initiatives)
        self._show_info(next((item for item in self.initiatives if item.id == self.current_initiative_id()), None))

    def set_opened(self, opened: OpenedFile) -> None:
        self._opening = None  # a file still opening in the background is not wanted any more
        if self.opened is not None:
            self.opened.close()
        self.opened = opened
        workspace = opened.workspace
        self.recent.add(workspace.location)  # a server's URL without its password
        if workspace.path is not None:
            settings().set("last_data_file", str(workspace.path.resolve()))
            settings().set("last_server", "")
        else:  # the next start connects again; the last file stays the place to fall back on
            settings().set("last_server", workspace.location)
        self.setWindowTitle(f"{workspace.display_name} — {APP_NAME}")
        self.file_label.setText(workspace.server.display if workspace.server is not None else str(workspace.path))
        self.ui.initiative_combo.setEnabled(True)
        self._enable_file_actions(True)
        self._initiatives_ahead = opened.initiatives
        self.reload_initiatives()

    def _show_no_file(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.file_label.setText(self.tr("No data file open"))
        self.ui.initiative_combo.setEnabled(True)
        self._enable_file_actions(False)
        self._show_start(True)

    def _show_start(self, start: bool, *, opening: bool = False) -> None:
        """The start panel instead of the tabs while there is no initiative to show (or, ``opening``,
        while the file is being opened)."""
        if not opening:
            self.start_panel.show_state(has_file=self.workspace is not None)
        self.start_panel.setVisible(start)
        self.ui.main_tabs.setVisible(not start)
        self.initiative_actions.update_enabled()

    def open_demo(self) -> bool:
        """Open (making it the first time) a separate data file holding the demo initiative."""
        from peerdesk import paths
        from peerdesk.db.services.first_run import ensure_default_data_file

        path = paths.user_data_dir() / f"demo{FILE_SUFFIX}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            ensure_default_data_file(path)
        except OSError as exc:
            QMessageBox.critical(self, APP_NAME, self.tr("Cannot create {path}: {error}").format(path=path, error=exc))
            return False
        return self.open_path(path)

    def _enable_file_actions(self, enabled: bool) -> None:
        for action in (self.ui.action_save_copy, self.ui.action_import_peers, self.ui.action_export,
                       self.ui.action_merge, self.ui.action_restore_backup):
            action.setEnabled(enabled)
        # A server database has no file to copy or back up here: its administrator backs it up, and
        # Take a Copy for Offline Work makes a file of it.
        on_server = enabled and self.workspace is not None and self.workspace.is_server
        for action in (self.ui.action_save_copy, self.ui.action_restore_backup):
            action.setEnabled(enabled and not on_server)
            action.setStatusTip(self.tr("Applies to data files; a server database is backed up on the server")
                                if on_server else "")
        self.protection.update()
        self.server_actions.update()

    def reload_initiatives(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_initiative_id()
        self.initiatives = self._list_initiatives()
        if current is None:  # start where she left off
            last = settings().get("last_initiative")
            current = next((item.id for item in self.initiatives if item.uuid == last), None)
        combo = self.ui.initiative_combo
        combo.blockSignals(True)
        combo.clear()
        # Archived initiatives come last, marked, so the everyday list starts with the running ones.
        for initiative in sorted(self.initiatives, key=lambda item: item.archived):
            label = initiative.name
            if initiative.archived:
                label = self.tr("{name} (archived)").format(name=initiative.name)
            combo.addItem(label, initiative.id)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if self.initiatives else -1))
        combo.blockSignals(False)
        if not self.initiatives:
            self.ui.initiative_info_label.setText(self.tr("This data file holds no initiative yet."))
        self._show_start(not self.initiatives)
        self.on_initiative_combo_currentIndexChanged(combo.currentIndex())

    def _list_initiatives(self) -> list[InitiativeSummary]:
        if self.workspace is None:
            return []
        ahead, self._initiatives_ahead = self._initiatives_ahead, None
        if ahead is not None:  # read with the file, on the worker that opened it
            return ahead
        from peerdesk.db.services.initiatives import list_initiatives  # SQLAlchemy's models: after first paint

        return list_initiatives(self.workspace.factory)

    def _show_info(self, summary: InitiativeSummary | None) -> None:
        if summary is None:
            return
        settings().set("last_initiative", summary.uuid)
        if summary.start_date and summary.end_date:
            span = format_date_range(summary.start_date, summary.end_date)
        else:
            span = self.tr("no dates yet (Initiative → Properties…)")
        peers = ngettext("{count} peer", "{count} peers", summary.peers).format(count=summary.peers)
        parts = [span, peers] + ([summary.facilitating_organisation] if summary.facilitating_organisation else [])
        self.ui.initiative_info_label.setText("; ".join(parts))
        self.ui.initiative_info_label.setToolTip("; ".join(parts))

    def refresh_initiative_info(self) -> None:
        """A page changed the initiative's content: update the counts shown beside the initiative box."""
        if self.workspace is None:
            return
        self.initiatives = self._list_initiatives()
        self._show_info(next((item for item in self.initiatives if item.id == self.current_initiative_id()), None))
        self._stale |= set(TAB_KEYS) - {self.current_tab_key()}
        self.evaluation_prefetch.schedule()

    def current_initiative_id(self) -> int | None:
        data = self.ui.initiative_combo.currentData()
        return int(data) if data is not None else None

    def on_initiative_combo_currentIndexChanged(self, index: int) -> None:
        initiative_id = self.current_initiative_id()
        self._show_info(next((item for item in self.initiatives if item.id == initiative_id), None))
        self.initiative_actions.update_enabled()
        self._stale = set(TAB_KEYS)
        self.page(self.current_tab_key())
        self.initiative_changed.emit(initiative_id)

    # --- menus --------------------------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("PeerDesk data files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)

    def on_action_new_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New data file"), "", self._file_filter())
        if not path:
            return
        path = Path(suggested_name(path))
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("File exists"),
                self.tr("{file} already exists. PeerDesk never overwrites a data file; choose another name.")
                .format(file=path.name),
            )
            return
        self.open_in_background(path, create=True)

    def on_action_open_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open data file"), "", self._file_filter())
        if path:
            self.open_in_background(Path(path))

    def on_action_save_copy_triggered(self) -> None:
        if self.workspace is None:
            return
        suggestion = str(self.workspace.path.with_name(self.workspace.path.stem + "-copy" + FILE_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), suggestion, self._file_filter())
        if not path:
            return
        target = Path(suggested_name(path))
        if target.resolve() == self.workspace.path.resolve():
            QMessageBox.warning(self, self.tr("Save a copy"), self.tr("Choose a different file from the open one."))
            return
        self.workspace.save_copy_as(target)
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=target), 8000)

    # Data in and out: the logic lives in ui/importing and ui/backups; these slots only wire it up.

    def on_action_import_peers_triggered(self) -> None:
        if self.workspace is None:
            return
        current = next((i.name for i in self.initiatives if i.id == self.current_initiative_id()), None)
        from peerdesk.ui.importing.dialog import ImportPeersDialog

        dialog = ImportPeersDialog(self.workspace, [i.name for i in self.initiatives], current, self)
        dialog.imported.connect(lambda _name: self.reload_initiatives())
        dialog.exec()

    def on_action_export_triggered(self) -> None:
        if self.workspace is not None and confirm_plain_export(self, self.workspace):
            from peerdesk.ui.importing.file_actions import export_interactive

            export_interactive(self, self.workspace)

    def on_action_merge_triggered(self) -> None:
        from peerdesk.ui.importing.file_actions import merge_interactive

        if self.workspace is not None and merge_interactive(self, self.workspace):
            self.reload_initiatives()

    def on_action_restore_backup_triggered(self) -> None:
        if self.workspace is not None:
            from peerdesk.ui.backups.restore_dialog import restore_interactive

            restore_interactive(self)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        entries = self.recent.entries()
        if not entries:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        for entry in entries:
            action = menu.addAction(entry)
            action.triggered.connect(partial(self._open_recent, entry))

    def _open_recent(self, entry: str) -> None:
        from peerdesk.db.server import is_server_url

        if is_server_url(entry):
            self.server_actions.connect(entry)
            return
        path = Path(entry)
        if not path.exists():
            QMessageBox.warning(self, self.tr("Open recent"), self.tr("{path} no longer exists.").format(path=path))
            self.recent.remove(path)
            return
        self.open_in_background(path)

    def on_action_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About PeerDesk"),
            self.tr(
                "PeerDesk {version}\n\nPlan and measure facilitated peer learning along the whole path: "
                "from the convened group, to sustained contact between individuals, to practical "
                "learning, to change at scale back home."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._opening = None  # a file still opening is closed again when it arrives
        if self.opened is not None:
            self.opened.close()
            self.opened = None
        super().closeEvent(event)
