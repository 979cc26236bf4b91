"""The few statements that SQLite and PostgreSQL spell differently, in one place.

Services write SQLAlchemy expressions, which both backends understand; what is left here is what
SQLAlchemy keeps per dialect (``INSERT ... ON CONFLICT``) and the raw driver SQL of the fast paths
(SQLite's ``?`` against psycopg's ``%s``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.dml import Insert


def is_sqlite(bind: Connection | Dialect) -> bool:
    dialect = bind if isinstance(bind, Dialect) else bind.dialect
    return dialect.name == "sqlite"


def insert_ignoring_duplicates(bind: Connection | Dialect, table: Table, unique: Sequence[str]) -> Insert:
    """``INSERT`` into ``table`` that skips rows whose ``unique`` columns are already there (both backends
    spell it ``ON CONFLICT (...) DO NOTHING``, through their own SQLAlchemy dialect)."""
    dialect = bind if isinstance(bind, Dialect) else bind.dialect
    if dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - PeerDesk runs on these two only
        raise NotImplementedError(f"no upsert for {dialect.name}")
    return insert(table).on_conflict_do_nothing(index_elements=list(unique))


def placeholder(bind: Connection | Dialect) -> str:
    """The driver's positional parameter marker, for raw SQL passed to ``exec_driver_sql`` or a cursor."""
    dialect = bind if isinstance(bind, Dialect) else bind.dialect
    return "?" if dialect.paramstyle == "qmark" else "%s"
