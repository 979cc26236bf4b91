"""Helpers shared by the sub-commands."""

from __future__ import annotations

import contextlib
import getpass
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from peerdesk.cli import EXIT_USAGE, CommandError, given_server_password
from peerdesk.db.server import ServerAddress, is_server_url
from peerdesk.db.services.initiatives import InitiativeNotFound, InitiativeSummary, find_initiative
from peerdesk.db.workspace import ServerPasswordNeeded, Workspace, open_location
from peerdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: A password typed at the terminal during this command, so a command that opens twice asks once.
_typed: dict[str, str] = {}


def open_for_command(location: str, *, create: bool = False, new: bool = False, write: bool = True) -> Workspace:
    """Open the data file or server database ``location`` for one command (``create``: make the schema in an
    empty server database, or a new file; ``new``: a server database must be empty; ``write=False``: a
    command that only reads a file does not take its lock, so it runs while the window has the file open,
    SQLite's write-ahead log giving it a consistent view). A server's password
    comes from the URL, ``--password-file``, libpq's own PGPASSWORD and ~/.pgpass, the keyring, or, when none
    opens it and someone is at the terminal, from the keyboard (asked once)."""
    if not is_server_url(location):
        return open_location(location, create=create, lock=write)
    from peerdesk.db.server import open_server

    return _with_password(location, lambda address, password: open_server(
        address, password=password, create=create, new=new))


def with_server_engine(location: str, use: Callable[[Engine, str], T]) -> T:
    """``use(engine, where)`` on a plain connection to the server database ``location``, without opening it
    as a workspace (nothing is migrated: ``check`` only reads). The password is found as for
    :func:`open_for_command`."""
    from sqlalchemy.exc import DBAPIError

    from peerdesk.db.server import _connection_problem, make_server_engine

    def attempt(address: ServerAddress, password: str | None) -> T:
        if password is not None:
            address = address.with_password(password)
        elif address.password is None:
            from peerdesk.db import server_secrets

            address = address.with_password(server_secrets.remembered_password(address))
        engine = make_server_engine(address)
        try:
            try:
                engine.connect().close()
            except DBAPIError as exc:  # unreachable, refused password...: said for people
                raise _connection_problem(address, exc) from exc
            return use(engine, address.display)
        finally:
            engine.dispose()

    return _with_password(location, attempt)


def _with_password(location: str, attempt: Callable[[ServerAddress, str | None], T]) -> T:
    from peerdesk.db.server import BadServerAddress

    try:
        address = ServerAddress.from_url(location)
    except BadServerAddress as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    password = given_server_password() or _typed.get(address.display)
    try:
        return attempt(address, password)
    except ServerPasswordNeeded as exc:
        if password is not None or address.password is not None or not _at_terminal():
            raise CommandError(_("{problem}: give it with --password-file F, in the URL, PGPASSWORD or "
                                 "~/.pgpass").format(problem=exc), EXIT_USAGE) from exc
        typed = getpass.getpass(_("Password for {where}: ").format(where=address.display))
        if not typed:
            raise CommandError(str(exc), EXIT_USAGE) from exc
        result = attempt(address, typed)
        _typed[address.display] = typed
        return result


def _at_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # a closed or odd stdin: nobody to ask
        return False


@contextlib.contextmanager
def opened(path: str, *, write: bool = True) -> Iterator[Workspace]:
    """Open an existing data file or server database (``postgresql://...``), migrating it if it is older,
    for one command (``write=False``: the command only reads, see :func:`open_for_command`)."""
    workspace = open_for_command(path, write=write)
    try:
        yield workspace
    finally:
        workspace.close()


def file_only(location: str, command: str) -> Path:
    """``location`` as a data file's path; a server URL is refused with one line saying why."""
    if is_server_url(location):
        raise CommandError(_("peerdesk {command} works on data files only; {where} is a server database, whose "
                             "administrator keeps its backups and access").format(
            command=command, where=ServerAddress.from_url(location).display), EXIT_USAGE)
    return Path(location)


def where(workspace: Workspace) -> str:
    """How a command names the workspace it worked on: the file's path, or user@host:port/database."""
    return workspace.server.display if workspace.server is not None else str(workspace.path)


def initiative_named(workspace: Workspace, name: str) -> InitiativeSummary:
    try:
        return find_initiative(workspace.factory, name)
    except InitiativeNotFound as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
