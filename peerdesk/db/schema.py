"""The schema a data file must have, and what a file has that PeerDesk did not put there.

A ``.peerdesk`` file is an SQLite database anyone can edit: a trigger added to it would run its own SQL
whenever PeerDesk writes (``trusted_schema=OFF`` does not stop a trigger's DELETE), and a view in place of
a table can make a read run forever. So before anything writes, the file's tables, columns, foreign keys,
indexes, triggers and views are compared with what the migrations produce for the file's revision.

The reference for the newest revision is derived from the models (``create_all`` on an empty in-memory
database: quick, and Alembic stays unloaded when a current file opens); a test keeps it identical to
what running the migrations produces. For an older revision (a file about to be upgraded) the
migrations up to that revision are run on an empty in-memory database. Either is built once per process;
there is no list to keep up to date when a migration is added. The newest one is also kept in the user's
cache folder under a fingerprint of what it is derived from (the models' source, SQLAlchemy's, SQLite's
version), so a command that only reads a current file does not load SQLAlchemy just to check it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peerdesk.i18n import _

logger = logging.getLogger(__name__)

Schema = dict[str, dict]
_CACHE: dict[str, Schema] = {}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_schema(connection: sqlite3.Connection) -> Schema:
    """The structure of the database on ``connection`` (SQLite's own ``sqlite_*`` objects left out).
    Only reads ``sqlite_master`` and pragmas: no view, trigger or table content is evaluated."""
    schema: Schema = {"tables": {}, "indexes": {}, "triggers": {}, "views": {}}
    objects = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    for kind, name, table in objects:
        if kind == "table":
            # Sorted by name: a column added by a migration sits last, the models may declare it earlier;
            # the order does not change what the file can do.
            columns = sorted(
                [row[1], str(row[2] or "").upper(), int(row[3]), int(row[5]), int(row[6])]
                for row in connection.execute(f"PRAGMA table_xinfo({_quote(name)})")
            )
            keys = sorted(
                [str(row[2]), str(row[3]), str(row[4]), str(row[5]).upper(), str(row[6]).upper()]
                for row in connection.execute(f"PRAGMA foreign_key_list({_quote(name)})")
            )
            schema["tables"][name] = {"columns": columns, "foreign_keys": keys}
        elif kind == "index":
            info = connection.execute(
                "SELECT \"unique\" FROM pragma_index_list(?) WHERE name = ?", (table, name)).fetchone()
            columns = [str(row[2]) for row in connection.execute(f"PRAGMA index_xinfo({_quote(name)})") if row[5]]
            schema["indexes"][name] = {"table": table, "unique": int(info[0]) if info else 0, "columns": columns}
        elif kind == "trigger":
            schema["triggers"][name] = {"table": table}
        elif kind == "view":
            schema["views"][name] = {}
    return schema


def _build_reference(revision: str) -> Schema:
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from peerdesk.db.migrate import alembic_config

    raw = sqlite3.connect(":memory:", check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        return read_schema(raw)
    finally:
        engine.dispose()
        raw.close()


#: The table Alembic keeps the revision in, as Alembic creates it.
ALEMBIC_VERSION_TABLE = ("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                         "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")


def schema_from_models() -> Schema:
    """The newest schema, derived from the models (must equal what the migrations make; a test checks)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from peerdesk.db.models import Base

    raw = sqlite3.connect(":memory:", check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        raw.execute(ALEMBIC_VERSION_TABLE)
        return read_schema(raw)
    finally:
        engine.dispose()
        raw.close()


def _fingerprint(revision: str) -> str | None:
    """A digest of everything the newest schema derived from the models depends on; None where the sources
    are not plain files (a frozen build), and then nothing is kept on disk."""
    import hashlib
    import importlib.util

    digest = hashlib.sha256(f"{revision}\0{sqlite3.sqlite_version}\0".encode())
    for name in ("peerdesk.db.models", "sqlalchemy"):
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if not origin or not origin.endswith(".py"):
            return None
        try:
            digest.update(Path(origin).read_bytes())
        except OSError:
            return None
    return digest.hexdigest()[:20]


def _head_schema(revision: str) -> Schema:
    """:func:`schema_from_models`, kept in the cache folder: read back when its fingerprint still holds."""
    from peerdesk import paths
    from peerdesk.core.atomic import write_bytes_atomic

    fingerprint = _fingerprint(revision)
    if fingerprint is None:
        return schema_from_models()
    cached = paths.user_cache_dir() / f"schema-{revision}-{fingerprint}.json"
    try:
        schema = json.loads(cached.read_text(encoding="utf-8"))
        if isinstance(schema, dict) and set(schema) == {"tables", "indexes", "triggers", "views"}:
            return schema
    except (OSError, ValueError):
        pass
    schema = schema_from_models()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(cached, json.dumps(schema, sort_keys=True).encode("utf-8"))
    except OSError as exc:  # a read-only or full disk: checked the slow way next time too
        logger.info("could not keep the schema reference in %s: %s", cached, exc)
    return schema


def reference_schema(revision: str) -> Schema:
    """What the migrations produce up to ``revision`` (built once per process; the newest kept on disk)."""
    from peerdesk.db.migrate import head_revision

    if revision not in _CACHE:
        _CACHE[revision] = _head_schema(revision) if revision == head_revision() else _build_reference(revision)
    return _CACHE[revision]


@dataclass(frozen=True)
class SchemaProblem:
    """One difference between a file's schema and the expected one."""

    kind: str  # "trigger" | "view" | "index" | "table" | "missing" | "changed"
    name: str
    message: str

    @property
    def removable(self) -> bool:
        """A cleaned copy can simply leave this out (something added, not something changed)."""
        return self.kind in {"trigger", "view", "index", "table"}


def compare_schema(actual: Schema, expected: Schema) -> list[SchemaProblem]:
    problems = []
    for name, info in sorted(actual["triggers"].items()):
        if name not in expected["triggers"]:
            problems.append(SchemaProblem("trigger", name, _("unexpected trigger {name!r} on table {table!r}").format(
                name=name, table=info["table"])))
    for name in sorted(actual["views"]):
        if name not in expected["views"]:
            problems.append(SchemaProblem("view", name, _("unexpected view {name!r}").format(name=name)))
    for name, info in sorted(actual["indexes"].items()):
        if name in expected["indexes"] and expected["indexes"][name] != info:
            message = _("index {name!r} differs from what PeerDesk expects").format(name=name)
            problems.append(SchemaProblem("changed", name, message))
        elif name not in expected["indexes"]:
            problems.append(SchemaProblem("index", name, _("unexpected index {name!r} on table {table!r}").format(
                name=name, table=info["table"])))
    for name in sorted(actual["tables"]):
        if name not in expected["tables"]:
            problems.append(SchemaProblem("table", name, _("unexpected table {name!r}").format(name=name)))
    for name, info in sorted(expected["tables"].items()):
        mine = actual["tables"].get(name)
        if mine is None:
            problems.append(SchemaProblem("missing", name, _("table {name!r} is missing").format(name=name)))
        elif mine != info:
            problems.append(SchemaProblem("changed", name, _(
                "table {name!r} has different columns or links than PeerDesk expects").format(name=name)))
    for name, info in sorted(expected["indexes"].items()):
        if name not in actual["indexes"] and info["table"] in actual["tables"]:
            problems.append(SchemaProblem("missing", name, _("index {name!r} is missing").format(name=name)))
    return problems


def schema_problems(connection: sqlite3.Connection, revision: str) -> list[SchemaProblem]:
    return compare_schema(read_schema(connection), reference_schema(revision))


def drop_unexpected(connection: sqlite3.Connection, problems: list[SchemaProblem]) -> None:
    """Remove what was added to a (copied) database: triggers, views, extra indexes and tables."""
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    for problem in sorted((p for p in problems if p.removable), key=lambda p: order[p.kind]):
        connection.execute(f"DROP {problem.kind.upper()} IF EXISTS {_quote(problem.name)}")
