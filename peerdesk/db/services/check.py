"""Verify a data file without changing it: SQLite integrity, schema version and structure (nothing
added: no trigger, view, table or index PeerDesk did not make), foreign keys, and every stored value
against the model (types, lengths, lists, scan names).

A server database gets the checks that make sense there (:func:`check_server_database`): the schema
revision, the tables, columns and indexes against what the migrations make (Alembic's comparison through
SQLAlchemy's inspector) plus any view or trigger someone added, rows whose foreign keys point nowhere (the
server enforces them, unless someone turned that off), contacts naming their reporter, and the values
PostgreSQL does not police itself (the shape of lists and records, scan names). Page-level integrity is
the server's own business (``pg_amcheck``, the administrator's backups), not PeerDesk's."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.db.models import Base
from peerdesk.db.validation import row_problems
from peerdesk.db.workspace import UnexpectedSchema, inspect_data_file, readonly_sqlite
from peerdesk.i18n import N_, _

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

#: Row-level problems listed per table before "... and N more".
MAX_ROWS_LISTED = 20


@dataclass
class CheckReport:
    path: Path | str  # the file, or the server database as user@host:port/database
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_data_file(path: Path) -> CheckReport:
    """Read-only checks. Raises DataFileError when the file can't be read as PeerDesk data at all;
    returns a report whose ``problems`` list what is wrong inside a readable file."""
    path = Path(path)
    try:
        inspection = inspect_data_file(path)
    except UnexpectedSchema as exc:
        # a file with triggers or views of its own: name them, and read nothing else from it
        found = inspect_data_file(path, verify_schema=False)
        report = CheckReport(path=path, revision=found.revision, head=found.head)
        report.problems.extend(_("schema: {problem}").format(problem=problem.message) for problem in exc.problems)
        return report
    report = CheckReport(path=path, revision=inspection.revision, head=inspection.head)
    if inspection.needs_upgrade:
        report.notices.append(
            f"schema {inspection.revision} is older than {inspection.head}; "
            "PeerDesk will upgrade it (after a backup copy) when it opens the file"
        )
    with readonly_sqlite(path) as connection:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems.extend(f"integrity: {line}" for line in integrity[:20])
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
        self_contacts = connection.execute(SELF_CONTACTS).fetchone()[0]
        if self_contacts:
            report.problems.append(f"contact reports: {self_contacts} entries name the reporter themself")
        if not inspection.needs_upgrade:
            report.problems.extend(_value_problems(connection))
    return report


SELF_CONTACTS = ("SELECT COUNT(*) FROM contact_entry e JOIN contact_report r ON r.id = e.report_id "
                 "WHERE e.other_id = r.reporter_id")


def _value_problems(connection, as_stored=None) -> list[str]:
    """Rows whose values are not what the model says (the file was edited outside PeerDesk). ``connection``
    is a DB-API connection; ``as_stored`` turns a server's typed values into the text SQLite would hold."""
    problems = []
    for table in Base.metadata.sorted_tables:
        names = [column.name for column in table.columns]
        quoted = ", ".join(f'"{name}"' for name in names)
        found = 0
        cursor = connection.cursor()
        cursor.execute(f'SELECT {quoted} FROM "{table.name}"')
        for values in cursor:
            if as_stored is not None:
                values = [as_stored(value) for value in values]
            row = dict(zip(names, values, strict=True))
            wrong = row_problems(table, row)
            if not wrong:
                continue
            found += 1
            if found <= MAX_ROWS_LISTED:
                which = row.get("id", row.get("key", "?"))
                problems.append(_("{table} row {row}: {problems}").format(
                    table=table.name, row=which, problems="; ".join(wrong)))
        if found > MAX_ROWS_LISTED:
            problems.append(_("{table}: {count} more rows with wrong values").format(
                table=table.name, count=found - MAX_ROWS_LISTED))
    return problems


# -- a server database -------------------------------------------------------------------------------


def _as_stored(value):
    """A value as psycopg returns it, written the way SQLite stores it, so :func:`row_problems` judges both."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, memoryview):
        return value.tobytes()
    return value


#: Alembic's comparison, in words: "add" means the migrations make something the database lacks.
SCHEMA_CHANGES = {"add": N_("missing"), "remove": N_("not made by PeerDesk"), "modify": N_("changed")}


def _server_schema_problems(connection) -> list[str]:
    """Tables, columns and indexes that differ from what the migrations make, and views or triggers added."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import inspect, text

    problems = []
    for difference in compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                       Base.metadata):
        detail = difference if isinstance(difference, tuple) else difference[0]
        kind = detail[0].split("_", 1)
        what = SCHEMA_CHANGES.get(kind[0], kind[0])
        names = [getattr(part, "name", None) or str(part) for part in detail[1:4] if part is not None]
        problems.append(_("schema: {what}: {item} {names}").format(
            what=_(what), item=kind[-1], names=".".join(str(name) for name in names)[:200]))
    for view in inspect(connection).get_view_names():
        problems.append(_("schema: a view {name} that PeerDesk did not make").format(name=view))
    from peerdesk.db.roles import OWN_TRIGGERS

    for table, trigger in connection.execute(text(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = current_schema()")):
        if (table, trigger) in OWN_TRIGGERS:
            continue
        problems.append(_("schema: a trigger {name} on {table} that PeerDesk did not make").format(
            name=trigger, table=table))
    return problems


def _dangling_references(connection) -> list[str]:
    """Rows whose foreign key points to no row (PostgreSQL enforces them, unless someone turned that off)."""
    from sqlalchemy import and_, func, select

    problems = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            parent = fk.column.table.alias("parent")
            query = (select(func.count()).select_from(table.outerjoin(parent, fk.parent == parent.c[fk.column.name]))
                     .where(and_(fk.parent.is_not(None), parent.c[fk.column.name].is_(None))))
            count = connection.execute(query).scalar_one()
            if count:
                problems.append(f"foreign key: {count} {table.name} rows point to a missing {fk.column.table.name} row")
    return problems


def check_server_database(engine: Engine, where: str) -> CheckReport:
    """Read-only checks of the server database behind ``engine`` (named ``where`` in the report); nothing is
    upgraded or written. See the module's text for what a server check covers and what it leaves out."""
    from sqlalchemy import inspect, text

    from peerdesk.db import migrate
    from peerdesk.db.workspace import NewerDataFile, NotAPeerDeskFile

    head = migrate.head_revision()
    with engine.connect() as connection:
        connection.execute(text("SET TRANSACTION READ ONLY"))
        if "alembic_version" not in inspect(connection).get_table_names():
            raise NotAPeerDeskFile(_("the database {where} holds no PeerDesk schema").format(where=where))
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision is None:
            raise NotAPeerDeskFile(_("the database {where} holds no PeerDesk schema").format(where=where))
        if not migrate.is_known(revision):
            raise NewerDataFile(_("the database {where} was written by a newer PeerDesk (schema {revision}); "
                                  "update PeerDesk to check it").format(where=where, revision=revision))
        report = CheckReport(path=where, revision=revision, head=head)
        report.notices.append(_("a server database's pages are checked by the server itself (pg_amcheck and "
                                "the administrator's backups), not by PeerDesk"))
        if revision != head:
            report.notices.append(_("schema {revision} is older than {head}; PeerDesk will upgrade it when it next "
                                    "opens the database").format(revision=revision, head=head))
            return report
        report.problems.extend(_server_schema_problems(connection))
        report.problems.extend(_dangling_references(connection))
        self_contacts = connection.execute(text(SELF_CONTACTS)).scalar_one()
        if self_contacts:
            report.problems.append(f"contact reports: {self_contacts} entries name the reporter themself")
        report.problems.extend(_value_problems(connection.connection.driver_connection, _as_stored))
    return report
