"""Deleting rows so that a merge can carry the deletion to another laptop's file.

Every service that deletes an editable row calls :func:`delete_with_tombstone` (one object) or
:func:`delete_rows` (a query) inside its transaction. Rows removed by ``ON DELETE CASCADE`` get a
tombstone too, so the other file loses exactly what this one lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from peerdesk.db.dialect import insert_ignoring_duplicates
from peerdesk.db.models import Base, Tombstone, utcnow


def _cascade_children(table: Table) -> list[tuple[Table, str]]:
    """(child table, foreign-key column) pairs that the database deletes along with rows of ``table``."""
    children = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                children.append((other, fk.parent.name))
    return children


def record_tombstones(session: Session, table_name: str, uuids: Iterable[str]) -> int:
    """Remember that the rows with these uuids were deleted (idempotent)."""
    now = utcnow()
    rows = [{"table_name": table_name, "row_uuid": uuid, "deleted_at": now} for uuid in uuids if uuid]
    if not rows:
        return 0
    statement = insert_ignoring_duplicates(session.connection(), Tombstone.__table__, ["table_name", "row_uuid"])
    for start in range(0, len(rows), 500):
        session.execute(statement, rows[start:start + 500])
    return len(rows)


def _tombstone_tree(session: Session, table: Table, ids: list[int]) -> None:
    if not ids or "uuid" not in table.c:
        return
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        uuids = session.execute(select(table.c.uuid).where(table.c.id.in_(chunk))).scalars().all()
        record_tombstones(session, table.name, uuids)
        for child, column in _cascade_children(table):
            if child is table:
                continue
            child_ids = session.execute(select(child.c.id).where(child.c[column].in_(chunk))).scalars().all()
            _tombstone_tree(session, child, list(child_ids))


def delete_rows(session: Session, model, *where) -> int:
    """Delete the rows of ``model`` matching ``where`` (with their cascaded children), leaving tombstones."""
    table: Table = model.__table__
    ids = list(session.execute(select(table.c.id).where(*where)).scalars())
    if not ids:
        return 0
    session.flush()
    _tombstone_tree(session, table, ids)
    for start in range(0, len(ids), 500):
        session.execute(delete(table).where(table.c.id.in_(ids[start:start + 500])))
    session.expire_all()
    return len(ids)


def delete_with_tombstone(session: Session, obj) -> None:
    """Delete one ORM object (and what cascades from it), leaving tombstones for a later merge."""
    session.flush()
    delete_rows(session, type(obj), type(obj).__table__.c.id == obj.id)
