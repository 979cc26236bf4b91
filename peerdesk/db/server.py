"""A team's shared PostgreSQL database, reached by URL wherever a data file's path is taken.

``postgresql://user@host:port/database`` (also ``postgres://`` and ``postgresql+psycopg://``) names a
server database. The password is never written into PeerDesk's settings: it comes from the URL itself,
from libpq's own ``PGPASSWORD`` / ``~/.pgpass``, from the system keyring if the user asked PeerDesk to
remember it (see :mod:`peerdesk.db.server_secrets`), or from the person at the keyboard.

The same Alembic migrations make and upgrade the schema on PostgreSQL as on SQLite; an upgrade takes a
transaction-level advisory lock, so two PeerDesk instances starting together do not both migrate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

from peerdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from peerdesk.db.workspace import Workspace

logger = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432
#: pg_advisory_xact_lock key that serialises schema upgrades ("PDSK").
MIGRATION_LOCK = 0x5044534B


def is_server_url(location: object) -> bool:
    """True if ``location`` (a command-line argument, a recent-files entry...) names a server database."""
    text = str(location)
    return "://" in text and text.split("://", 1)[0].lower() in SCHEMES


class BadServerAddress(ValueError):
    """The text looks like a server URL but cannot be used as one (``str`` is a message for people)."""


@dataclass(frozen=True)
class ServerAddress:
    """Where a server database is; the password, if any, is kept out of ``repr`` and :attr:`display`."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    password: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        parts = urlsplit(str(url).strip())
        if parts.scheme.lower() not in SCHEMES:
            raise BadServerAddress(_("{url} is not a PostgreSQL address (postgresql://user@host:port/database)")
                                   .format(url=url))
        database = unquote(parts.path.lstrip("/"))
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError as exc:
            raise BadServerAddress(_("the port in {url} is not a number").format(
                url=f"{parts.scheme}://{parts.hostname}:…/{database}")) from exc
        if not parts.hostname or not database or not parts.username:
            raise BadServerAddress(_("a server address needs a user, a host and a database: "
                                     "postgresql://user@host:port/database")) from None
        return cls(host=parts.hostname, port=port, database=database, user=unquote(parts.username),
                   password=unquote(parts.password) if parts.password is not None else None)

    @property
    def display(self) -> str:
        """``user@host:port/database``: how the address is shown, remembered and used as a keyring key."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def url(self) -> str:
        """The address as a URL without the password (recent files, window title, logs)."""
        return f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/{quote(self.database, safe='')}"

    def with_password(self, password: str | None) -> ServerAddress:
        return ServerAddress(self.host, self.database, self.user, self.port, password)

    def sqlalchemy_url(self):
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=self.user, password=self.password, host=self.host,
                          port=self.port, database=self.database)


def redacted(url: str) -> str:
    """``url`` with any password replaced, for messages and logs."""
    try:
        return ServerAddress.from_url(url).url
    except BadServerAddress:
        return url.split("@")[-1] if "@" in url else url


def make_server_engine(address: ServerAddress) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(
        address.sqlalchemy_url(),
        pool_pre_ping=True,  # a laptop's connection that dropped while it slept is replaced, not reported
        connect_args={"connect_timeout": 10, "application_name": "PeerDesk"},
    )


def _errors():
    from peerdesk.db import workspace

    return workspace


def _connection_problem(address: ServerAddress, exc: BaseException) -> Exception:
    """A psycopg/SQLAlchemy connection error as a :class:`~peerdesk.db.workspace.DataFileError` for people."""
    ws = _errors()
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    if "no password supplied" in lowered:
        return ws.ServerPasswordNeeded(_("the server asks for {user}'s password ({where})").format(
            user=address.user, where=address.display))
    if "password authentication failed" in lowered:
        return ws.WrongServerPassword(_("the server refused the password for {user} ({where}); nothing was changed")
                                      .format(user=address.user, where=address.display))
    if "does not exist" in lowered and "database" in lowered:
        return ws.MissingDataFile(_("there is no database {database} on {host}").format(
            database=address.database, host=address.host))
    if "role" in lowered and "does not exist" in lowered:
        return ws.WrongServerPassword(_("the server has no user {user} ({where})").format(
            user=address.user, where=address.display))
    first_line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if "permission denied" in lowered or "must be owner" in lowered:  # reached, but this role may not
        return ws.DataFileError(_("the server refused {user} ({where}): {reason}; nothing was changed").format(
            user=address.user, where=address.display, reason=first_line))
    return ws.ServerUnavailable(_("could not reach the PeerDesk database {where}: {reason}").format(
        where=address.display, reason=first_line))


def _revision(connection) -> tuple[str | None, bool]:
    """(the schema revision, whether the database has any table at all) of the connected database."""
    from sqlalchemy import inspect, text

    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        return None, bool(tables)
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return (str(row[0]) if row else None), True


def open_server(location: str | ServerAddress, *, password: str | None = None, create: bool = False,
                new: bool = False) -> Workspace:
    """Connect to the PeerDesk database at ``location``; with ``create``, make the schema in an empty
    database; with ``new``, make it and refuse a database that already holds PeerDesk's schema
    (``peerdesk new URL``: like a new file, it never takes over an existing database).
    Raises :class:`~peerdesk.db.workspace.DataFileError` subclasses with messages for people: unreachable
    server, password needed or refused, a database that holds something else, a newer schema."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError, OperationalError

    from peerdesk.db import migrate
    from peerdesk.db.workspace import NewerDataFile, NotAPeerDeskFile, Workspace

    address = location if isinstance(location, ServerAddress) else ServerAddress.from_url(location)
    if password is not None:
        address = address.with_password(password)
    elif address.password is None:
        from peerdesk.db import server_secrets

        remembered = server_secrets.remembered_password(address)
        if remembered is not None:
            address = address.with_password(remembered)
    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            revision, has_tables = _revision(connection)
        if revision is None and has_tables:
            raise NotAPeerDeskFile(_("the database {where} holds tables that PeerDesk did not make; it was not "
                                     "changed").format(where=address.display))
        if revision is not None and new:
            raise _errors().DataFileError(_("the database {where} already holds a PeerDesk database; it was not "
                                            "changed").format(where=address.display))
        if revision is None and not (create or new):
            raise _errors().MissingDataFile(_("the database {where} is empty: create a PeerDesk database in it "
                                              "first (peerdesk new URL)").format(where=address.display))
        if revision is not None and not migrate.is_known(revision):
            raise NewerDataFile(_("the database {where} was written by a newer PeerDesk (schema {revision}); "
                                  "update PeerDesk to use it").format(where=address.display, revision=revision))
        if revision != migrate.head_revision():
            with engine.begin() as connection:
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                again, _tables = _revision(connection)  # someone else may have upgraded while we waited
                if again != migrate.head_revision():
                    logger.info("upgrading %s from %s", address.display, again)
                    migrate.upgrade(connection)
            if revision is None:
                from sqlalchemy.orm import sessionmaker

                from peerdesk.db.services.catalogue_sync import sync_tool_types

                with sessionmaker(engine).begin() as session:
                    sync_tool_types(session)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _connection_problem(address, exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return Workspace.for_server(address, engine)
