"""Alembic migrations, driven from code: the revisions PeerDesk knows and upgrading a connection.

Alembic is imported only when a file actually needs it (an upgrade, or an unfamiliar revision), so
opening a current file stays quick.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from peerdesk import paths

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

logger = logging.getLogger(__name__)

#: The newest revision in migrations/versions. A test keeps it equal to Alembic's own head.
SCHEMA_HEAD = "0006"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations found"
    return head


def is_known(revision: str) -> bool:
    """True if this PeerDesk can read (or upgrade) a file at ``revision``."""
    if revision == SCHEMA_HEAD:
        return True
    return revision in {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision."""
    from alembic import command

    logger.info("migrating %s to %s", current_revision(connection), SCHEMA_HEAD)
    if connection.dialect.name == "postgresql":
        _act_as_schema_owner(connection)
        _refuse_unless_owner(connection)
    command.upgrade(alembic_config(connection), "head")


def _act_as_schema_owner(connection: Connection) -> None:
    """On a server set up with roles (``db/roles.py``), a member of peerdesk_admin migrates as that role,
    so the tables a migration adds belong to it like the others (for this transaction only)."""
    from sqlalchemy import text

    from peerdesk.db.roles import ADMIN

    member = connection.execute(text(
        "SELECT pg_has_role(current_user, oid, 'MEMBER') AND has_schema_privilege(oid, 'public', 'CREATE') "
        "FROM pg_roles WHERE rolname = :admin"), {"admin": ADMIN}).scalar()
    if member and connection.execute(text("SELECT current_user")).scalar() != ADMIN:
        connection.exec_driver_sql(f"SET LOCAL ROLE {ADMIN}")


def _refuse_unless_owner(connection: Connection) -> None:
    """A facilitator or evaluator cannot upgrade a server's schema: say so, instead of failing half-way on
    the first ALTER TABLE (the transaction would roll back, but the message would be PostgreSQL's)."""
    from sqlalchemy import text

    from peerdesk.db.workspace import UnreadableLocation
    from peerdesk.i18n import _

    may = connection.execute(text(
        "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relname = 'alembic_version' AND n.nspname = current_schema()")).scalar()
    if may is False:
        from peerdesk.db.roles import ADMIN

        raise UnreadableLocation(_(
            "this database needs an upgrade for this version of PeerDesk (schema {revision}), which only a member "
            "of {admin} can run; ask the PeerDesk administrator to open it once").format(
            revision=SCHEMA_HEAD, admin=ADMIN))
