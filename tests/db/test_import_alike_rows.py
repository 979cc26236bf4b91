"""A list whose rows all bring a new person with the same fields is written column by column
(``import_peers._one_layout``); what lands in the file must be what the row-by-row write puts there."""

from pathlib import Path

import pytest
from sqlalchemy import select

from peerdesk.db.models import Membership, Peer, PeerTag, Tag
from peerdesk.db.services import import_peers
from peerdesk.db.services.import_peers import apply_import
from peerdesk.db.workspace import create_workspace
from peerdesk.io.peers_import import preview_file

PLAIN = "\n".join(
    ["name,email,organisation,country,career_level,languages,problems,goals"]
    + [f"Person {n} Ёлкина,p{n}@example.org,Ministry {n % 4},{['Kenya', 'Peru', 'Viet Nam'][n % 3]},"
       f"{['entry', 'mid', 'senior'][n % 3]},en; fr,arrears {n % 3}; payroll,programme budgeting" for n in range(40)]
) + "\n"
NO_ORGANISATION = "name,email,uuid\n" + "".join(
    f"Person {n},p{n}@example.org,{'' if n % 2 else f'00000000-0000-4000-8000-0000000000{n:02d}'}\n"
    for n in range(12))
WITH_CONSENT = "name,email,organisation,country,consent_given,languages\n" + "".join(
    f"Person {n},p{n}@example.org,Office,Peru,yes,es\n" for n in range(12))


def _written(path: Path, text: str, consented: str, alike: bool, monkeypatch) -> tuple:
    source = path / "list.csv"
    source.write_text(text, encoding="utf-8")
    if not alike:
        monkeypatch.setattr(import_peers, "_one_layout", lambda *args: None)
    workspace = create_workspace(path / "file.peerdesk")
    try:
        result = apply_import(workspace.factory, preview_file(source), "Cohort", consented=consented)
        with workspace.factory.begin() as session:
            skip = {"uuid", "created_at", "updated_at", "consent_date"}
            columns = [column for column in Peer.__table__.columns if column.name not in skip]
            peers = [tuple(row) for row in session.execute(select(*columns).order_by(Peer.id))]
            given_uuids = [uuid for uuid in session.scalars(select(Peer.uuid).order_by(Peer.id))
                           if uuid.startswith("00000000")]
            dated = [date is not None for date in session.scalars(select(Peer.consent_date).order_by(Peer.id))]
            members = [tuple(row) for row in session.execute(
                select(Membership.initiative_id, Membership.peer_id, Membership.role).order_by(Membership.id))]
            tags = [tuple(row) for row in session.execute(select(Tag.kind, Tag.label).order_by(Tag.id))]
            links = [tuple(row) for row in session.execute(
                select(PeerTag.peer_id, PeerTag.tag_id).order_by(PeerTag.id))]
        return result, peers, given_uuids, dated, members, tags, links
    finally:
        workspace.close()
        monkeypatch.undo()


@pytest.mark.parametrize(("text", "consented"), [(PLAIN, ""), (PLAIN, "Registration form"),
                                                 (NO_ORGANISATION, ""), (WITH_CONSENT, "")])
def test_rows_laid_out_alike_land_as_row_by_row(tmp_path, monkeypatch, text, consented):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    by_column = _written(tmp_path / "a", text, consented, True, monkeypatch)
    by_row = _written(tmp_path / "b", text, consented, False, monkeypatch)
    assert by_column == by_row
    assert by_column[0].created == text.count("\n") - 1


def test_alike_rows_are_recognised(tmp_path):
    source = tmp_path / "list.csv"
    source.write_text(PLAIN, encoding="utf-8")
    records = preview_file(source).good_records()
    values_of = [record.values for record in records]
    keys_of = [record.identity() for record in records]
    count = len(records)
    layout = import_peers._one_layout(values_of, keys_of, [None] * count, [1] * count, [False] * count,
                                      [False] * count)
    assert layout is not None and layout[1:] == (False, True, False)
    # a person already in the file, or the same person twice, goes row by row
    assert import_peers._one_layout(values_of, keys_of, [None] * (count - 1) + [7], [1] * count,
                                    [False] * count, [False] * count) is None
    assert import_peers._one_layout(values_of, keys_of + [keys_of[0]], [None] * count, [1] * count,
                                    [False] * count, [False] * count) is None
