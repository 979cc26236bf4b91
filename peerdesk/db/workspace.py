"""Opening, creating, migrating and copying a PeerDesk data file (one SQLite file per workspace).

Rules that protect the user's file:
- a file is inspected read-only first; a foreign, truncated, corrupt or newer file is refused with a
  clear message and left byte-for-byte untouched;
- before a migration, a backup copy is written beside the file;
- a new file is built under a temporary name and renamed into place, so a crash never leaves a
  half-made workspace behind;
- the file's schema is compared with what the migrations produce before anything writes: a trigger,
  view, index or table someone added is refused by name (see ``db/schema.py``), and SQLite is told not to
  trust the file's own schema (``trusted_schema=OFF``, defensive mode where Python can set it);
- one cross-process lock (``db/lock.py``) guards every open for writing;
- a file protected with a passphrase (SQLCipher, see ``db/crypto.py``) is recognised as such, not as a
  foreign file; its copies (backups, Save a Copy, the before-upgrade copy) are encrypted too.

Opening is done in steps: lock -> key (an encrypted file: find the passphrase that opens it) -> inspect
read-only (header, integrity, revision, schema) -> open for writing (migrating after a backup copy).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import FILE_SUFFIX
from peerdesk.core.atomic import atomic_path
from peerdesk.db import crypto, migrate
from peerdesk.db.lock import WorkspaceLock
from peerdesk.db.schema import SchemaProblem, drop_unexpected, schema_problems
from peerdesk.i18n import _

if TYPE_CHECKING:  # SQLAlchemy is imported when a file is opened, not with this module (window start-up)
    from sqlalchemy import Engine
    from sqlalchemy.orm import sessionmaker

    from peerdesk.db.server import ServerAddress

logger = logging.getLogger(__name__)

#: Written into the SQLite header (PRAGMA application_id) of every PeerDesk file: "PDSK".
APPLICATION_ID = 0x5044534B
SQLITE_MAGIC = b"SQLite format 3\x00"


class DataFileError(Exception):
    """A data file PeerDesk will not open. ``str(error)`` is a one-line message for people."""


class NotAPeerDeskFile(DataFileError):
    pass


class CorruptDataFile(DataFileError):
    pass


class NewerDataFile(DataFileError):
    pass


class MissingDataFile(DataFileError):
    pass


class PassphraseNeeded(DataFileError):
    """The file is encrypted and no passphrase was given for it."""


class WrongPassphrase(PassphraseNeeded):
    """The file is encrypted (or not a PeerDesk file at all) and no passphrase given opens it."""


class ServerPasswordNeeded(DataFileError):
    """A server database asks for a password and none was given (or remembered)."""


class WrongServerPassword(ServerPasswordNeeded):
    """The server refused the user name or password."""


class ServerUnavailable(DataFileError):
    """The server could not be reached (down, wrong host or port, no network)."""


class UnreadableLocation(DataFileError):
    """The file is fine, but its folder or the file itself cannot be written or read (permissions)."""


class UnexpectedSchema(DataFileError):
    """The file holds things PeerDesk did not put there (a trigger, a view...). ``problems`` names them;
    ``cleanable`` says whether a cleaned copy (see :func:`make_clean_copy`) would be usable."""

    def __init__(self, path: Path, problems: list[SchemaProblem]) -> None:
        self.path = Path(path)
        self.problems = problems
        listed = "; ".join(problem.message for problem in problems[:5])
        more = _(" and {count} more").format(count=len(problems) - 5) if len(problems) > 5 else ""
        super().__init__(_("{name} contains things PeerDesk did not put there ({problems}{more}); "
                           "it was not opened").format(name=self.path.name, problems=listed, more=more))

    @property
    def cleanable(self) -> bool:
        return all(problem.removable for problem in self.problems)


def _set_defensive(connection: sqlite3.Connection) -> None:
    """No SQL stored in the file runs with more trust than the file deserves."""
    connection.execute("PRAGMA trusted_schema=OFF")
    setconfig = getattr(connection, "setconfig", None)  # Python 3.12+
    flag = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and flag is not None:
        try:
            setconfig(flag, True)
        except sqlite3.Error:
            pass


@dataclass(frozen=True)
class FileInspection:
    """What a read-only look at a data file found."""

    path: Path
    revision: str | None
    head: str

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def _header_problem(path: Path) -> DataFileError | None:
    """Check the 100-byte SQLite header by hand, before SQLite itself touches the file."""
    size = path.stat().st_size
    if size == 0:
        return NotAPeerDeskFile(f"{path.name} is empty, not a PeerDesk data file.")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        if crypto.looks_encrypted(path):
            return None  # encrypted: the header is checked once the passphrase opens it
        return NotAPeerDeskFile(f"{path.name} is not a PeerDesk data file.")
    if len(header) < 100:
        return CorruptDataFile(f"{path.name} is damaged: it ends inside its header.")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (pages,) = struct.unpack(">I", header[28:32])
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        return NotAPeerDeskFile(
            f"{path.name} is an SQLite database, but not one written by PeerDesk."
        )
    if page_size < 512 or pages and size < pages * page_size:
        return CorruptDataFile(
            f"{path.name} is damaged: it is shorter than its header says (truncated copy?)."
        )
    return None


def is_encrypted(path: Path) -> bool:
    """True if ``path`` is an encrypted data file (or at least looks like one: see :func:`passphrase_for`)."""
    return crypto.looks_encrypted(Path(path))


def passphrase_for(path: Path) -> str | None:
    """None for a plain file; for an encrypted one the known passphrase that opens it, else
    :class:`PassphraseNeeded` / :class:`WrongPassphrase` (with a message for people)."""
    path = Path(path)
    if not crypto.looks_encrypted(path):
        return None
    if not crypto.available():
        raise PassphraseNeeded(_("{name} is encrypted, and this installation of PeerDesk cannot read encrypted "
                                 "files (SQLCipher is missing).").format(name=path.name))
    try:
        return crypto.find_passphrase(path)
    except crypto.KeyProblem as exc:
        if not crypto.candidates(path):
            raise PassphraseNeeded(_(
                "{name} is protected with a passphrase (or is not a PeerDesk data file): give its passphrase "
                "(--passphrase-file FILE or the {variable} variable)").format(
                name=path.name, variable=crypto.PASSPHRASE_VARIABLE)) from exc
        raise WrongPassphrase(_("the passphrase does not open {name} (or it is not a PeerDesk data file); "
                                "nothing was changed").format(name=path.name)) from exc


def connect_sqlite(path: Path, *, readonly: bool = False, check_same_thread: bool = True):
    """A DB-API connection to the data file at ``path``: the standard ``sqlite3`` for a plain file,
    SQLCipher keyed with the right passphrase for an encrypted one."""
    path = Path(path)
    passphrase = passphrase_for(path)
    if passphrase is not None:
        return crypto.connect(path, passphrase, readonly=readonly, check_same_thread=check_same_thread)
    if readonly:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=check_same_thread)
    return sqlite3.connect(str(path), check_same_thread=check_same_thread)


def _database_errors(path: Path) -> tuple[type[BaseException], ...]:
    return (sqlite3.DatabaseError, crypto.dbapi().DatabaseError) if crypto.looks_encrypted(path) and \
        crypto.available() else (sqlite3.DatabaseError,)


@contextmanager
def readonly_sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves no trace: a read of a WAL-mode file makes ``-wal`` and
    ``-shm`` side files. They are never deleted by hand (another process may have opened them in the
    meantime and committed into them); instead, if this look made them, one brief ordinary connection
    is opened and closed, and SQLite itself removes them only if no other connection holds them."""
    path = Path(path)
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    existed = any(side.exists() for side in side_files)
    connection = connect_sqlite(path, readonly=True)
    try:
        _set_defensive(connection)
        yield connection
    finally:
        connection.close()
        if not existed and any(side.exists() for side in side_files):
            _let_sqlite_tidy(path)


def _let_sqlite_tidy(path: Path) -> None:
    try:
        tidy = connect_sqlite(path)
        try:
            _set_defensive(tidy)
            tidy.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            tidy.close()
    except (sqlite3.Error, DataFileError) as exc:  # a read-only folder or file: the side files stay, harmless
        logger.info("left SQLite side files of %s: %s", path, exc)


def _unreadable(path: Path, exc: BaseException | None = None) -> UnreadableLocation | None:
    """A permission problem (not damage) explains a failure to open ``path``?"""
    if not os.access(path, os.R_OK):
        return UnreadableLocation(_("{name} cannot be read: you do not have permission to read it.").format(
            name=path.name))
    if exc is not None and "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
        return UnreadableLocation(_(
            "{name} is in a read-only folder ({folder}); copy it to a folder you can write to, then open the copy."
        ).format(name=path.name, folder=path.parent))
    return None


def inspect_data_file(path: Path, *, verify_schema: bool = True, integrity: bool = True) -> FileInspection:
    """Look at ``path`` without writing to it; raise a :class:`DataFileError` if it can't be used
    (:class:`UnexpectedSchema` for a file that holds triggers, views, tables or indexes of its own).
    ``integrity=False`` leaves out the integrity check, which reads the whole file (only for a file this
    computer closed cleanly and that is unchanged since: see :mod:`peerdesk.db.clean_close`)."""
    path = Path(path)
    if not path.exists():
        raise MissingDataFile(f"{path} does not exist.")
    if not path.is_file():
        raise NotAPeerDeskFile(f"{path} is a folder, not a PeerDesk data file.")
    denied = _unreadable(path)
    if denied is not None:
        raise denied
    problem = _header_problem(path)
    if problem is not None:
        raise problem
    head = migrate.head_revision()
    encrypted = passphrase_for(path) is not None
    try:
        with readonly_sqlite(path) as connection:
            if encrypted and connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAPeerDeskFile(_("{name} is an encrypted database, but not one written by PeerDesk.").format(
                    name=path.name))
            rows = connection.execute("PRAGMA quick_check").fetchall() if integrity else [("ok",)]
            if [tuple(row) for row in rows] != [("ok",)]:
                raise CorruptDataFile(f"{path.name} is damaged: {rows[0][0]}.")
            try:
                is_table = connection.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
                found = connection.execute("SELECT version_num FROM alembic_version").fetchall() if is_table else []
            except sqlite3.OperationalError:
                found = []
            revision = str(found[0][0]) if found and found[0][0] is not None else None
            if revision is None:
                raise NotAPeerDeskFile(f"{path.name} has no PeerDesk schema in it.")
            if not migrate.is_known(revision):
                raise NewerDataFile(
                    f"{path.name} was written by a newer PeerDesk (schema {revision}); "
                    "update PeerDesk to open it."
                )
            if verify_schema:
                problems = schema_problems(connection, revision)
                if problems:
                    raise UnexpectedSchema(path, problems)
    except _database_errors(path) as exc:
        denied = _unreadable(path, exc)
        if denied is not None:
            raise denied from exc
        raise CorruptDataFile(f"{path.name} is damaged: {exc}.") from exc
    return FileInspection(path=path, revision=revision, head=head)


def _on_connect(dbapi_connection, _record) -> None:
    _set_defensive(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a laptop losing power, not only a crashed program.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path, *, passphrase: str | None = None) -> Engine:
    """The engine of one data file. An encrypted file (or, with ``passphrase``, a new file to encrypt)
    is reached through SQLCipher, whose errors SQLAlchemy then wraps as it wraps ``sqlite3``'s."""
    from sqlalchemy import create_engine, event

    path = Path(path)
    if passphrase is None and path.exists():
        passphrase = passphrase_for(path)
    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        crypto.remember_passphrase(passphrase, path)
        new = not path.exists() or path.stat().st_size == 0

        def creator():
            return crypto.connect(path, passphrase, new=new and not path.exists(), check_same_thread=False)

        engine = create_engine(f"sqlite:///{path}", future=True, module=crypto.dbapi(), creator=creator)
    event.listen(engine, "connect", _on_connect)
    return engine


def copy_data_file(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup (safe while the source is open)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    passphrase = passphrase_for(Path(source))
    if passphrase is not None:  # an encrypted file's copies are encrypted with the same passphrase
        from peerdesk.db.protection import export_data_file

        return export_data_file(Path(source), destination, passphrase)
    with readonly_sqlite(Path(source)) as src, atomic_path(destination) as partial:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a copy is one self-contained file
        finally:
            dst.close()
        for side in (Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            side.unlink(missing_ok=True)
    return destination


def make_clean_copy(source: Path, destination: Path) -> list[SchemaProblem]:
    """Copy ``source`` to ``destination`` without the triggers, views, indexes and tables someone added
    (the original is not touched). Returns what was left out; raises :class:`UnexpectedSchema` if the
    file differs in a way a copy cannot mend (a changed or missing table)."""
    try:
        inspect_data_file(source)
        return []
    except UnexpectedSchema as exc:
        if not exc.cleanable:
            raise
        problems = exc.problems
    with readonly_sqlite(Path(source)) as src, atomic_path(destination) as partial:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            _set_defensive(dst)
            drop_unexpected(dst, problems)
            dst.commit()
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    inspect_data_file(destination)
    logger.warning("cleaned copy of %s written to %s without: %s", source, destination,
                   "; ".join(problem.message for problem in problems))
    return problems


class _NoLock:
    """A server database needs no file lock: PostgreSQL itself keeps concurrent writers apart."""

    held = False

    def acquire(self, wait: float | None = None) -> None:
        pass

    def release(self) -> None:
        pass


class Workspace:
    """An open data file, or a server database: its engine and the session factory the services use.

    ``path`` is the file's path (None for a server database); ``location`` is what the user opened, as
    text (the path, or the server URL without its password); ``server`` is the server's address."""

    def __init__(self, path: Path | None, engine: Engine, lock: WorkspaceLock | None = None, *,
                 server: ServerAddress | None = None) -> None:
        from sqlalchemy.orm import sessionmaker

        self.server = server
        self.path = Path(path) if path is not None else None
        self.engine = engine
        self.factory = sessionmaker(engine, expire_on_commit=False)
        self.lock = lock or (WorkspaceLock(self.path) if self.path is not None else _NoLock())
        #: when the file's contents were last checked in full (recorded at a clean close, see ``close``)
        self.checked_at = datetime.now()

    @classmethod
    def for_server(cls, address: ServerAddress, engine: Engine) -> Workspace:
        return cls(None, engine, _NoLock(), server=address)

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def location(self) -> str:
        return self.server.url if self.server is not None else str(self.path)

    @property
    def display_name(self) -> str:
        """A short name for titles and messages: the file's name, or ``database on host``."""
        if self.server is not None:
            return _("{database} on {host}").format(database=self.server.database, host=self.server.host)
        return self.path.name

    def close(self) -> None:
        """Close every connection; SQLite folds the write-ahead log back into the one file. A file whose lock
        this process held is then recorded as closed cleanly (see :mod:`peerdesk.db.clean_close`)."""
        self.engine.dispose()
        if self.path is not None and self.lock.held:
            from peerdesk.db import clean_close

            clean_close.remember(self.path, self.checked_at)
        self.lock.release()

    def save_copy_as(self, destination: Path) -> Path:
        if self.path is None:
            raise DataFileError(_("a server database is copied with Take a Copy for Offline Work"))
        return copy_data_file(self.path, destination)

    @property
    def encrypted(self) -> bool:
        return self.path is not None and is_encrypted(self.path)

    def set_passphrase(self, passphrase: str | None) -> None:
        """Protect the file with ``passphrase``, change it, or (None) remove the protection. Every
        connection is closed first; the factory the pages hold is pointed at the new engine."""
        from peerdesk.db.protection import set_protection

        self.engine.dispose()
        try:
            set_protection(self.path, passphrase, guard=self.lock)
        finally:
            self.engine = make_engine(self.path)
            self.factory.configure(bind=self.engine)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def backup_path_for(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}.bak")


def open_location(location: str | Path, *, create: bool = False, lock: bool = True, wait: float | None = None,
                  password: str | None = None) -> Workspace:
    """Open what the user named: a data file's path, or a ``postgresql://`` server URL (``password`` for
    the server; ``create`` makes the schema in an empty server database, or a new file)."""
    from peerdesk.db.server import is_server_url

    if is_server_url(location):
        from peerdesk.db.server import open_server

        return open_server(str(location), password=password, create=create)
    return open_workspace(Path(location), create=create, lock=lock, wait=wait)


def open_workspace(path: Path, *, create: bool = False, lock: bool = True, wait: float | None = None) -> Workspace:
    """Open (and if need be migrate) the data file at ``path``; with ``create``, make it if missing.

    Steps: take the cross-process lock (``lock``; raises :class:`~peerdesk.db.lock.FileInUse` after
    ``wait`` seconds) -> inspect read-only, schema included -> open for writing (migrate after a backup).
    A reader that does not write (``lock=False``) still takes the lock to migrate."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise MissingDataFile(f"{path} does not exist.")
        return create_workspace(path)
    return open_checked(check_for_opening(path, lock=lock, wait=wait), wait=wait)


@dataclass
class CheckedFile:
    """A data file locked (if asked) and inspected, not opened yet: what :func:`check_for_opening` hands to
    :func:`open_checked`. Nothing here needs SQLAlchemy, so a worker can do it while another imports it."""

    path: Path
    guard: WorkspaceLock
    inspection: FileInspection
    locked: bool  # the caller asked for the lock (a reader without it: False)
    checked_at: datetime | None  # when the contents were last checked in full, if not just now

    def release(self) -> None:
        """Not opened after all: let the lock go."""
        self.guard.release()


def check_for_opening(path: Path, *, lock: bool = True, wait: float | None = None) -> CheckedFile:
    """The first steps of :func:`open_workspace`: the lock, then every read-only check of an existing file (the
    whole-file integrity check left out for a file unchanged since this computer closed it cleanly)."""
    from peerdesk.db import clean_close

    path = Path(path)
    if not path.exists():
        raise MissingDataFile(f"{path} does not exist.")
    guard = WorkspaceLock(path)
    if lock:
        guard.acquire(wait=wait)
    try:
        checked_at = clean_close.last_full_check(path)
        if guard.held:
            clean_close.forget(path)  # from now on only this process writes it; a crash leaves no record
        inspection = inspect_data_file(path, integrity=checked_at is None)
        if checked_at is not None:
            logger.info("%s is unchanged since it was closed cleanly: its full check of %s stands", path, checked_at)
    except BaseException:
        guard.release()
        raise
    return CheckedFile(path, guard, inspection, lock, checked_at)


def open_checked(checked: CheckedFile, *, wait: float | None = None) -> Workspace:
    """The rest of :func:`open_workspace`: migrate if need be (after a backup copy beside the file), the engine."""
    path, guard, inspection = checked.path, checked.guard, checked.inspection
    try:
        if inspection.needs_upgrade and not guard.held:
            guard.acquire(wait=wait)
        if inspection.needs_upgrade:
            backup = copy_data_file(path, backup_path_for(path, inspection.revision))
            logger.info("backed up %s to %s before upgrading", path, backup)
        engine = make_engine(path)
        if inspection.needs_upgrade:
            with engine.begin() as connection:
                migrate.upgrade(connection)
            if not checked.locked:
                guard.release()
    except BaseException:
        guard.release()
        raise
    workspace = Workspace(path, engine, guard)
    if checked.checked_at is not None:
        workspace.checked_at = checked.checked_at
    return workspace


def create_workspace(path: Path, populate: Callable[[sessionmaker], object] | None = None, *,
                     passphrase: str | None = None) -> Workspace:
    """Make a new data file with the current schema and the built-in tool types (encrypted from its
    first byte with ``passphrase``).

    ``populate`` (for example the demo initiative) runs before the file takes its final name, so the
    file appears complete or not at all.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists; PeerDesk will not overwrite it.")
    path.parent.mkdir(parents=True, exist_ok=True)
    guard = WorkspaceLock(path)
    guard.acquire()
    try:
        return _create_locked(path, guard, populate, passphrase)
    except BaseException:
        guard.release()
        raise


def _create_locked(path: Path, guard: WorkspaceLock, populate, passphrase: str | None = None) -> Workspace:
    from peerdesk.db.services.catalogue_sync import sync_tool_types

    if path.exists():  # made by another process while this one waited for the lock
        raise FileExistsError(f"{path} already exists; PeerDesk will not overwrite it.")
    building = path.with_name(path.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(building, passphrase=passphrase)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            migrate.upgrade(connection)
        from sqlalchemy.orm import sessionmaker

        factory = sessionmaker(engine)
        with factory.begin() as session:
            sync_tool_types(session)
        if populate is not None:
            populate(factory)
    except BaseException:
        engine.dispose()
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    os.replace(building, path)
    return Workspace(path, make_engine(path), guard)


def suggested_name(name: str) -> str:
    """``name`` with the PeerDesk extension, for save dialogs."""
    return name if name.endswith(FILE_SUFFIX) else name + FILE_SUFFIX
