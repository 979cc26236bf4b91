"""Migration 0003: a file of the released schema whose countries and languages were typed as names in
several languages upgrades to one ISO code per country and language (fixture copied, never changed)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from peerdesk.db.models import Organisation, Peer
from peerdesk.db.workspace import open_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0001.peerdesk"


def test_one_country_in_three_languages_upgrades_to_one_code(tmp_path):
    copy = tmp_path / "old.peerdesk"
    shutil.copyfile(FIXTURE, copy)
    with sqlite3.connect(copy) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM peer ORDER BY id LIMIT 4")]
        for pid, country in zip(ids, ["Mozambique", "Moçambique", "Мозамбик", "Atlantis"], strict=True):
            connection.execute("UPDATE peer SET country = ?, languages = ?, preferred_language = ? WHERE id = ?",
                               (country, '["Português", "en", "Klingon"]', "français", pid))
        org = connection.execute("SELECT id, name FROM organisation WHERE country = 'Mozambique'").fetchone()
        connection.execute("INSERT INTO organisation (name, country, kind, notes, uuid, created_at, updated_at) "
                           "SELECT name, 'Moçambique', kind, notes, 'aaaaaaaa-0000-4000-8000-000000000001', "
                           "created_at, updated_at FROM organisation WHERE id = ?", (org[0],))
        twin = connection.execute("SELECT id FROM organisation WHERE country = 'Moçambique'").fetchone()[0]
        connection.execute("UPDATE peer SET organisation_id = ? WHERE id = ?", (twin, ids[1]))
    with open_workspace(copy) as workspace, workspace.factory.begin() as session:
        peers = {peer.id: peer for peer in session.scalars(select(Peer).where(Peer.id.in_(ids)))}
        assert [peers[pid].country for pid in ids] == ["MZ", "MZ", "MZ", "Atlantis"]  # unrecognised: as typed
        assert peers[ids[0]].languages == ["pt", "en", "Klingon"]
        assert peers[ids[0]].preferred_language == "fr"
        same_name = session.scalars(select(Organisation).where(Organisation.name == org[1])).all()
        assert [(o.id, o.country) for o in same_name] == [(org[0], "MZ")]  # the twin joined the older row
        assert peers[ids[1]].organisation_id == org[0]
        countries = set(session.scalars(select(Organisation.country)))
        assert countries <= {"MD", "GE", "KZ", "SN", "MZ", "PE", "VN", "HU"}
