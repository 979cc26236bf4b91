"""Opening a data file from the window: clear messages for bad files, a warning for a file in use."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.db.backups import backup_on_open
from peerdesk.db.lock import FileInUse, WorkspaceLock
from peerdesk.db.workspace import (
    CheckedFile,
    DataFileError,
    PassphraseNeeded,
    UnexpectedSchema,
    Workspace,
    check_for_opening,
    make_clean_copy,
    open_checked,
    open_workspace,
)
from peerdesk.ui.protection import open_asking_passphrase

logger = logging.getLogger(__name__)
MAX_RECENT = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


@dataclass
class OpenedFile:
    workspace: Workspace
    lock: WorkspaceLock
    #: the file's initiatives, when read ahead with it (see :func:`read_ahead`); the window reads them otherwise
    initiatives: list | None = None

    def close(self) -> None:
        self.workspace.close()
        self.lock.release()


def open_interactive(parent: QWidget | None, path: Path, *, create: bool = False) -> OpenedFile | None:
    """Open ``path``, or tell the user plainly why not. Returns None when nothing was opened."""
    path = Path(path)
    try:
        # the one lock, taken before anything is read; an encrypted file's passphrase is asked for
        workspace = open_asking_passphrase(parent, path, create=create)
        if workspace is None:
            return None
    except UnexpectedSchema as exc:
        workspace = _offer_clean_copy(parent, path, exc)
        if workspace is None:
            return None
    except (FileInUse, DataFileError) as exc:
        report_open_error(parent, exc)
        return None
    backup_on_open(workspace.path)
    return OpenedFile(workspace, workspace.lock)


#: What :func:`open_without_asking` leaves to :func:`open_interactive`, whose dialogs settle it (a passphrase
#: to ask for, a cleaned copy to offer).
NEEDS_DIALOG = (PassphraseNeeded, UnexpectedSchema)


@dataclass
class PreparedFile:
    """The first part of :func:`open_without_asking`: the lock, the checks and (a file needing no upgrade) the
    backup on opening. It reads the file with SQLite alone, mostly in C calls that let other threads run
    Python, so a worker can do it while another imports SQLAlchemy and the first tab's code."""

    path: Path
    checked: CheckedFile | None  # None: a new file, made by open_without_asking
    backed_up: bool = False

    def close(self) -> None:
        if self.checked is not None:
            self.checked.release()


def prepare_without_asking(path: Path, *, create: bool = False) -> PreparedFile:
    path = Path(path)
    if create and not path.exists():
        return PreparedFile(path, None)
    checked = check_for_opening(path, wait=0)
    prepared = PreparedFile(path, checked)
    try:
        # the file as it is now: making the engine writes nothing (an upgrade is backed up once done, as before)
        if not checked.inspection.needs_upgrade:
            backup_on_open(path)
            prepared.backed_up = True
    except BaseException:
        prepared.close()
        raise
    return prepared


def open_without_asking(path: Path, *, create: bool = False, prepared: PreparedFile | None = None) -> OpenedFile:
    """What :func:`open_interactive` does when nothing needs asking (lock, checks, the engine, the backup on
    opening), with no widget involved, so that a worker thread can do it; raises :data:`NEEDS_DIALOG`,
    :class:`~peerdesk.db.lock.FileInUse` or :class:`DataFileError` (see :func:`report_open_error`).
    ``prepared``: its first part, done already (see :func:`prepare_without_asking`)."""
    prepared = prepared or prepare_without_asking(path, create=create)
    if prepared.checked is None:
        workspace = open_workspace(prepared.path, create=True, wait=0)
    else:
        workspace = open_checked(prepared.checked, wait=0)
    try:
        if not prepared.backed_up:
            backup_on_open(workspace.path)
    except BaseException:
        workspace.close()
        raise
    return OpenedFile(workspace, workspace.lock)


def read_ahead(opened: OpenedFile, modules: Iterable[str] = ()) -> None:
    """On the worker that opened the file, what the window would otherwise do first on the GUI thread, each
    the first time in the process (hundreds of milliseconds together): import ``modules`` (the first tab's
    code), set up SQLAlchemy's mappers and compile the queries the window runs at once (SQLAlchemy keeps them
    per engine), read the initiatives, load the date formats and the tool catalogue."""
    import datetime

    from sqlalchemy.orm import configure_mappers

    from peerdesk.core.catalogue import catalogue
    from peerdesk.db import crypto
    from peerdesk.db.offline import offline_source
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.i18n import format_date_range

    for name in modules:
        importlib.import_module(name)
    configure_mappers()
    factory = opened.workspace.factory
    offline_source(factory)
    opened.initiatives = list_initiatives(factory)
    today = datetime.date.today()
    format_date_range(today, today + datetime.timedelta(days=40))
    crypto.available()
    catalogue()


def report_open_error(parent: QWidget | None, exc: FileInUse | DataFileError) -> None:
    """The message for a file that was not opened (in use by another PeerDesk, or one it cannot open)."""
    if isinstance(exc, FileInUse):
        QMessageBox.warning(parent, tr("Data file already open"), tr(
            "{message}\n\nTwo windows changing one file would overwrite each other's edits, so PeerDesk "
            "opens it in one place at a time. The file has not been changed.").format(message=exc))
    else:
        QMessageBox.critical(
            parent,
            tr("Cannot open data file"),
            tr("{message}\n\nThe file has not been changed.").format(message=exc),
        )


def _offer_clean_copy(parent: QWidget | None, path: Path, exc: UnexpectedSchema) -> Workspace | None:
    """A file with triggers, views or tables of its own is never altered: offer a cleaned copy instead."""
    listed = "\n".join(f"• {problem.message}" for problem in exc.problems[:8])
    if not exc.cleanable:
        QMessageBox.critical(parent, tr("Cannot open data file"), tr(
            "{name} has been changed outside PeerDesk in a way it cannot repair:\n{problems}\n\n"
            "The file has not been changed.").format(name=path.name, problems=listed))
        return None
    copy = path.with_name(f"{path.stem}.cleaned{path.suffix}")
    answer = QMessageBox.warning(parent, tr("Data file changed outside PeerDesk"), tr(
        "{name} contains things PeerDesk did not put there, which could change or delete data when "
        "PeerDesk writes:\n{problems}\n\nOpen a cleaned copy ({copy}) without them? "
        "The original file is left exactly as it is.").format(name=path.name, problems=listed, copy=copy.name),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Open:
        return None
    try:
        if copy.exists():
            raise FileExistsError(tr("{copy} already exists; move it away first").format(copy=copy))
        make_clean_copy(path, copy)
        return open_workspace(copy, wait=0)
    except (DataFileError, FileInUse, OSError) as error:
        QMessageBox.critical(parent, tr("Cannot open data file"), tr(
            "The cleaned copy could not be made: {error}\n\nThe original file has not been changed.").format(
            error=error))
        return None


class RecentFiles:
    """The most recently opened data files and server databases, newest first, kept in the user's settings
    file (``peerdesk.settings``, key ``recent_files``) with the other preferences. A server is kept as its URL
    without the password (``postgresql://user@host:port/db``). ``store`` (a QSettings) keeps them elsewhere
    instead: tests, screenshots and the self-test use one of their own."""

    KEY = "recent_files"

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store

    def entries(self) -> list[str]:
        """Paths and server URLs, as text (a URL must not go through ``Path``: it would lose a slash)."""
        if self.store is None:
            return [str(item) for item in self._user_settings().get(self.KEY)]
        value = self.store.value(self.KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value or []]

    def _save(self, entries: list[str]) -> None:
        if self.store is None:
            self._user_settings().set(self.KEY, entries)
        else:
            self.store.setValue(self.KEY, entries)

    def _user_settings(self):
        """The settings file; the first time, it takes over the list that earlier versions kept in Qt's own
        settings (the registry on Windows), so nobody's recent files disappear with the upgrade."""
        from peerdesk.settings import settings

        current = settings()
        if not current.is_set(self.KEY):
            earlier = QSettings().value(self.KEY, [])
            earlier = [earlier] if isinstance(earlier, str) else [str(item) for item in earlier or []]
            current.set(self.KEY, earlier[:MAX_RECENT])
        return current

    def paths(self) -> list[Path]:
        """The data files among them."""
        from peerdesk.db.server import is_server_url

        return [Path(item) for item in self.entries() if not is_server_url(item)]

    @staticmethod
    def _key(location: Path | str) -> str:
        from peerdesk.db.server import ServerAddress, is_server_url

        if is_server_url(location):
            return ServerAddress.from_url(str(location)).url  # never the password
        return str(Path(location).resolve())

    def add(self, location: Path | str) -> None:
        key = self._key(location)
        entries = [key] + [item for item in self.entries() if item != key]
        self._save(entries[:MAX_RECENT])

    def remove(self, location: Path | str) -> None:
        from peerdesk.db.server import is_server_url

        key = str(location) if is_server_url(location) else str(Path(location))
        self._save([item for item in self.entries()
                    if item != key and (is_server_url(item) or Path(item) != Path(key))])
