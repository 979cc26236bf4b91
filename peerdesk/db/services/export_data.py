"""What an export of the whole data file holds, as plain rows: a ``peers`` sheet in the importer's
columns (read from the field registry) and every table as it is. :mod:`peerdesk.io.export` writes them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import joinedload, sessionmaker

from peerdesk.core.fields import FieldKind, importable_fields, template_fields
from peerdesk.db.models import Base, Initiative, Membership, Peer
from peerdesk.db.services.peers import _tags_by_peer, profile_of

PEERS_SHEET = "peers"
#: The template's columns, then the fields the template leaves out, then where the row goes and who it is.
PEER_SHEET_COLUMNS: tuple[str, ...] = (
    *(field.name for field in template_fields()),
    *(field.name for field in importable_fields() if not field.in_template),
)

Table = tuple[str, list[str], Iterator[list[object]]]


def _text(value) -> object:
    """A cell value: numbers stay numbers, everything else becomes text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def peer_rows(factory: sessionmaker) -> Iterator[list[object]]:
    """One row per peer and initiative, in :data:`PEER_SHEET_COLUMNS` (a peer in no initiative: one row)."""
    with factory.begin() as session:
        initiatives = session.execute(select(Initiative.id, Initiative.name).order_by(Initiative.name)).all()
        seen: set[int] = set()
        for initiative_id, initiative_name in initiatives:
            tags = _tags_by_peer(session, initiative_id)
            query = (
                select(Peer, Membership.role)
                .join(Membership, Membership.peer_id == Peer.id)
                .where(Membership.initiative_id == initiative_id)
                .options(joinedload(Peer.organisation))
                .order_by(Peer.full_name, Peer.id)
            )
            for peer, role in session.execute(query):
                seen.add(peer.id)
                yield _peer_row(peer, profile_of(peer, tags.get(peer.id, {}), role), initiative_name)
        for peer in session.scalars(select(Peer).options(joinedload(Peer.organisation)).order_by(Peer.full_name)):
            if peer.id not in seen:
                yield _peer_row(peer, profile_of(peer, {}, "participant"), "")


def _peer_row(peer: Peer, profile, initiative_name: str) -> list[object]:
    row: list[object] = []
    for name in PEER_SHEET_COLUMNS:
        if name == "name":
            value: object = profile.full_name
        elif name == "initiative":
            value = initiative_name
        else:
            value = getattr(profile, name, None)
            if value is None:
                value = getattr(peer, name, "")
        field = next(f for f in importable_fields() if f.name == name)
        if field.multi_valued:
            value = "; ".join(value or ())
        elif field.kind == FieldKind.BOOLEAN:
            value = "yes" if value else "no"
        elif isinstance(value, date):
            value = value.isoformat()
        row.append("" if value is None else value)
    return row


def table_rows(factory: sessionmaker, table) -> Iterator[list[object]]:
    with factory.begin() as session:
        for row in session.execute(select(table).order_by(*table.primary_key.columns)):
            yield [_text(value) for value in row]


def export_tables(factory: sessionmaker) -> Iterator[Table]:
    """(sheet name, headers, rows) for the peers sheet and then every table."""
    yield PEERS_SHEET, list(PEER_SHEET_COLUMNS), peer_rows(factory)
    for table in Base.metadata.sorted_tables:
        yield table.name, [column.name for column in table.columns], table_rows(factory, table)
