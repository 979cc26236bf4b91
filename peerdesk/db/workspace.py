"""Opening, creating, migrating and copying a PeerDesk data file (one SQLite file per workspace).

Rules that protect the user's file:
- a file is inspected read-only first; a foreign, truncated, corrupt or newer file is refused with a
  clear message and left byte-for-byte untouched;
- before a migration, a backup copy is written beside the file;
- a new file is built under a temporary name and renamed into place, so a crash never leaves a
  half-made workspace behind.
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

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from peerdesk import FILE_SUFFIX
from peerdesk.db import migrate

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


@contextmanager
def readonly_sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves no trace: a read of a WAL-mode file makes ``-wal`` and
    ``-shm`` side files, which are removed again unless they were there before."""
    path = Path(path)
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    existed = [side.exists() for side in side_files]
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()
        for side, was_there in zip(side_files, existed, strict=True):
            if not was_there and side.exists():
                try:
                    side.unlink()
                except OSError:
                    pass


def inspect_data_file(path: Path) -> FileInspection:
    """Look at ``path`` without writing to it; raise a :class:`DataFileError` if it can't be used."""
    path = Path(path)
    if not path.exists():
        raise MissingDataFile(f"{path} does not exist.")
    if not path.is_file():
        raise NotAPeerDeskFile(f"{path} is a folder, not a PeerDesk data file.")
    problem = _header_problem(path)
    if problem is not None:
        raise problem
    head = migrate.head_revision()
    try:
        with readonly_sqlite(path) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            if [tuple(row) for row in rows] != [("ok",)]:
                raise CorruptDataFile(f"{path.name} is damaged: {rows[0][0]}.")
            try:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            except sqlite3.OperationalError:
                found = []
    except sqlite3.DatabaseError as exc:
        raise CorruptDataFile(f"{path.name} is damaged: {exc}.") from exc
    revision = found[0][0] if found else None
    if revision is None:
        raise NotAPeerDeskFile(f"{path.name} has no PeerDesk schema in it.")
    if not migrate.is_known(revision):
        raise NewerDataFile(
            f"{path.name} was written by a newer PeerDesk (schema {revision}); "
            "update PeerDesk to open it."
        )
    return FileInspection(path=path, revision=revision, head=head)


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a laptop losing power, not only a crashed program.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def copy_data_file(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup (safe while the source is open)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with readonly_sqlite(Path(source)) as src:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a copy is one self-contained file
        finally:
            dst.close()
    os.replace(partial, destination)
    return destination


class Workspace:
    """An open data file: its engine and the session factory the services use."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = Path(path)
        self.engine = engine
        self.factory = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        """Close every connection; SQLite folds the write-ahead log back into the one file."""
        self.engine.dispose()

    def save_copy_as(self, destination: Path) -> Path:
        return copy_data_file(self.path, destination)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def backup_path_for(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}.bak")


def open_workspace(path: Path, *, create: bool = False) -> Workspace:
    """Open (and if need be migrate) the data file at ``path``; with ``create``, make it if missing."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise MissingDataFile(f"{path} does not exist.")
        return create_workspace(path)
    inspection = inspect_data_file(path)
    if inspection.needs_upgrade:
        backup = copy_data_file(path, backup_path_for(path, inspection.revision))
        logger.info("backed up %s to %s before upgrading", path, backup)
    engine = make_engine(path)
    if inspection.needs_upgrade:
        with engine.begin() as connection:
            migrate.upgrade(connection)
    return Workspace(path, engine)


def create_workspace(path: Path, populate: Callable[[sessionmaker], object] | None = None) -> Workspace:
    """Make a new data file with the current schema and the built-in tool types.

    ``populate`` (for example the demo initiative) runs before the file takes its final name, so the
    file appears complete or not at all.
    """
    from peerdesk.db.services.catalogue_sync import sync_tool_types

    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists; PeerDesk will not overwrite it.")
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(building)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            migrate.upgrade(connection)
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
    return Workspace(path, make_engine(path))


def suggested_name(name: str) -> str:
    """``name`` with the PeerDesk extension, for save dialogs."""
    return name if name.endswith(FILE_SUFFIX) else name + FILE_SUFFIX
