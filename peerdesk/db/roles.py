"""Who may do what on a team's PostgreSQL server: PostgreSQL's own roles and row-level security.

PeerDesk keeps no users of its own. An administrator runs ``peerdesk server setup-roles URL`` once (and
again after an upgrade that adds tables); it makes three group roles and the policies that bind them:

- ``peerdesk_admin`` owns the tables and runs the migrations (its members upgrade the schema);
- ``peerdesk_facilitator`` reads and writes only the rows of the initiatives it is assigned to in
  ``initiative_access`` (row-level security); people, organisations and the tool catalogue are shared
  (a person is seen through the initiatives they take part in, or while they are in none yet). An
  initiative a facilitator creates is assigned to her at once;
- ``peerdesk_evaluator`` reads everything and writes nothing.

People log in with their own PostgreSQL login roles, made by the server's administrator, and are made
members of one group with ``peerdesk server grant URL USER --as facilitator --initiative NAME``.
Everything here is idempotent: running it twice changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

logger = logging.getLogger(__name__)

#: Triggers that ``setup-roles`` makes (so ``peerdesk check`` does not report them as added by someone else).
OWN_TRIGGERS = {("initiative", "peerdesk_assign_new_initiative")}
ADMIN, FACILITATOR, EVALUATOR = "peerdesk_admin", "peerdesk_facilitator", "peerdesk_evaluator"
#: What ``--as`` accepts, and the group role each name means.
GROUPS = {"admin": ADMIN, "facilitator": FACILITATOR, "evaluator": EVALUATOR}
#: Tables every facilitator shares (no initiative of their own): the directory and the catalogue.
SHARED = {"organisation", "tool_type", "workspace_setting", "tombstone", "alembic_version"}
ACCESS_TABLE = "initiative_access"
POLICY = "peerdesk_facilitator_rows"
READ_POLICY = "peerdesk_evaluator_reads"


class RoleProblem(Exception):
    """Roles cannot be set up or granted as asked (``str`` is a message for people)."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION peerdesk_may_work_on(initiative integer, who name) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM {ACCESS_TABLE} a JOIN pg_roles r ON r.rolname = a.role_name
                 WHERE a.initiative_id = initiative AND pg_has_role(who, r.oid, 'MEMBER'))
$$;
CREATE OR REPLACE FUNCTION peerdesk_may_see_peer(person integer, who name) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  SELECT NOT EXISTS (SELECT 1 FROM membership m WHERE m.peer_id = person)
      OR EXISTS (SELECT 1 FROM membership m WHERE m.peer_id = person AND peerdesk_may_work_on(m.initiative_id, who))
$$;
CREATE OR REPLACE FUNCTION peerdesk_assign_new_initiative() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
  IF pg_has_role(session_user, '{FACILITATOR}', 'MEMBER') AND NOT pg_has_role(session_user, '{ADMIN}', 'MEMBER') THEN
    INSERT INTO {ACCESS_TABLE} (initiative_id, role_name) VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END
$$;
"""
# VOLATILE, not STABLE: the row the trigger adds for a new initiative must be seen by the same INSERT's
# policy check, which a STABLE function's snapshot would not show.


def _scoped_condition(table: Table, alias: str, depth: int = 0) -> str | None:
    """SQL true when the row ``alias`` of ``table`` belongs to an initiative the current user may work
    on; None for a table that belongs to no initiative."""
    if table.name == "initiative":
        return f"peerdesk_may_work_on({alias}.id, current_user)"
    if "initiative_id" in table.c:
        return f"peerdesk_may_work_on({alias}.initiative_id, current_user)"
    if depth > 3:
        return None
    for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = fk.column.table
        if parent is table or parent.name in SHARED or parent.name == "peer":
            continue
        inner = _scoped_condition(parent, f"p{depth}", depth + 1)
        if inner is not None:
            return (f"EXISTS (SELECT 1 FROM {_q(parent.name)} p{depth} WHERE p{depth}.{_q(fk.column.name)} = "
                    f"{alias}.{_q(fk.parent.name)} AND {inner})")
    return None


@dataclass(frozen=True)
class TablePolicy:
    table: str
    condition: str  # SQL on the table's own columns (policies cannot alias the table)


def table_policies() -> list[TablePolicy]:
    """The facilitator's row condition for every table that has one (derived from the models' links)."""
    from peerdesk.db.models import Base

    policies = []
    for table in Base.metadata.sorted_tables:
        if table.name in SHARED or table.name == ACCESS_TABLE:
            continue
        if table.name == "peer":
            condition = "peerdesk_may_see_peer(id, current_user)"
        else:
            condition = _scoped_condition(table, _q(table.name))
        if condition is None:
            raise RoleProblem(f"no row-level rule for table {table.name}")  # a new table needs a decision
        policies.append(TablePolicy(table.name, condition))
    return policies


def setup_statements() -> list[str]:
    """Every statement ``setup-roles`` runs, in order (also what the README's manual set-up shows)."""
    from peerdesk.db.models import Base

    tables = [table.name for table in Base.metadata.sorted_tables] + ["alembic_version"]
    statements = [
        "DO $$ BEGIN\n" + "".join(
            f"  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; "
            "END IF;\n" for role in (ADMIN, FACILITATOR, EVALUATOR)) + "END $$",
        f"GRANT USAGE, CREATE ON SCHEMA public TO {ADMIN}",
        f"GRANT USAGE ON SCHEMA public TO {FACILITATOR}, {EVALUATOR}",
    ]
    statements += [f"ALTER TABLE {_q(name)} OWNER TO {ADMIN}" for name in tables]
    statements.append(FUNCTIONS)
    for name in ("peerdesk_may_work_on(integer, name)", "peerdesk_may_see_peer(integer, name)",
                 "peerdesk_assign_new_initiative()"):
        statements.append(f"ALTER FUNCTION {name} OWNER TO {ADMIN}")
    statements += [
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {EVALUATOR}, {FACILITATOR}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {FACILITATOR}",
        f"REVOKE INSERT, UPDATE, DELETE ON {ACCESS_TABLE}, alembic_version FROM {FACILITATOR}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {FACILITATOR}",
        "DO $$ DECLARE s record; BEGIN FOR s IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = 'public' LOOP "
        f"EXECUTE format('ALTER SEQUENCE %I OWNER TO {ADMIN}', s.relname); END LOOP; END $$",
        "DROP TRIGGER IF EXISTS peerdesk_assign_new_initiative ON initiative",
        "CREATE TRIGGER peerdesk_assign_new_initiative BEFORE INSERT ON initiative FOR EACH ROW "
        "EXECUTE FUNCTION peerdesk_assign_new_initiative()",
    ]
    for policy in table_policies():
        name = _q(policy.table)
        statements += [
            f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS {POLICY} ON {name}",
            f"CREATE POLICY {POLICY} ON {name} FOR ALL TO {FACILITATOR} USING ({policy.condition}) "
            f"WITH CHECK ({policy.condition})",
            f"DROP POLICY IF EXISTS {READ_POLICY} ON {name}",
            f"CREATE POLICY {READ_POLICY} ON {name} FOR SELECT TO {EVALUATOR} USING (true)",
        ]
    access = _q(ACCESS_TABLE)
    statements += [
        f"ALTER TABLE {access} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS {POLICY} ON {access}",
        f"CREATE POLICY {POLICY} ON {access} FOR SELECT TO {FACILITATOR} USING "
        "(peerdesk_may_work_on(initiative_id, current_user))",
        f"DROP POLICY IF EXISTS {READ_POLICY} ON {access}",
        f"CREATE POLICY {READ_POLICY} ON {access} FOR SELECT TO {EVALUATOR} USING (true)",
    ]
    return statements


def _require_postgresql(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise RoleProblem(_("roles and row-level security exist only on a PostgreSQL server, not in a data file"))


def setup_roles(connection: Connection) -> None:
    """Make the three group roles, give them their rights and policies (idempotent; one transaction)."""
    _require_postgresql(connection)
    cursor = connection.connection.driver_connection.cursor()  # no parameters: the SQL's % stays as written
    try:
        for statement in setup_statements():
            cursor.execute(statement)
    finally:
        cursor.close()
    logger.info("PeerDesk roles and row-level security set up")


def _login_exists(connection: Connection, user: str) -> bool:
    from sqlalchemy import text

    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": user}).first() is not None


def grant(connection: Connection, user: str, group: str, initiative_ids: Iterable[int] = ()) -> None:
    """Make ``user`` a member of ``group`` (admin, facilitator, evaluator) and, for a facilitator, assign
    the initiatives ``initiative_ids``."""
    from sqlalchemy import text

    _require_postgresql(connection)
    if group not in GROUPS:
        raise RoleProblem(_("unknown role {role} (admin, facilitator or evaluator)").format(role=group))
    if not _login_exists(connection, GROUPS[group]):
        raise RoleProblem(_("the PeerDesk roles are not set up on this server yet: run peerdesk server "
                            "setup-roles URL first"))
    if not _login_exists(connection, user):
        raise RoleProblem(_("the server has no user {user}: its administrator creates the login first "
                            "(CREATE ROLE {user} LOGIN PASSWORD '…')").format(user=user))
    connection.exec_driver_sql(f"GRANT {GROUPS[group]} TO {_q(user)}")
    for initiative_id in initiative_ids:
        connection.execute(text(f"INSERT INTO {ACCESS_TABLE} (initiative_id, role_name) VALUES (:id, :user) "
                                "ON CONFLICT DO NOTHING"), {"id": initiative_id, "user": user})


def revoke(connection: Connection, user: str, group: str | None = None, initiative_ids: Iterable[int] = ()) -> None:
    """Take ``user`` out of ``group`` and/or away from the initiatives ``initiative_ids``."""
    from sqlalchemy import text

    _require_postgresql(connection)
    if group is not None:
        if group not in GROUPS:
            raise RoleProblem(_("unknown role {role} (admin, facilitator or evaluator)").format(role=group))
        connection.exec_driver_sql(f"REVOKE {GROUPS[group]} FROM {_q(user)}")
    for initiative_id in initiative_ids:
        connection.execute(text(f"DELETE FROM {ACCESS_TABLE} WHERE initiative_id = :id AND role_name = :user"),
                           {"id": initiative_id, "user": user})


@dataclass(frozen=True)
class Member:
    user: str
    groups: tuple[str, ...]
    initiatives: tuple[str, ...]


def members(connection: Connection) -> list[Member]:
    """Who belongs to which PeerDesk group, and the initiatives each facilitator is assigned to."""
    from sqlalchemy import text

    _require_postgresql(connection)
    rows = connection.execute(text(
        "SELECT m.rolname, g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
        "JOIN pg_roles m ON m.oid = am.member WHERE g.rolname = ANY(:groups) ORDER BY 1, 2"),
        {"groups": list(GROUPS.values())}).all()
    groups: dict[str, list[str]] = {}
    for user, group in rows:
        groups.setdefault(user, []).append(next(k for k, v in GROUPS.items() if v == group))
    assigned: dict[str, list[str]] = {}
    for user, name in connection.execute(text(
            f"SELECT a.role_name, i.name FROM {ACCESS_TABLE} a JOIN initiative i ON i.id = a.initiative_id "
            "ORDER BY 1, 2")):
        assigned.setdefault(user, []).append(name)
    return [Member(user, tuple(groups.get(user, ())), tuple(assigned.get(user, ())))
            for user in sorted(set(groups) | set(assigned))]
