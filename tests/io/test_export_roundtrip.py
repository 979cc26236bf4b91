"""Export to XLSX / CSV zip, neutralised formulas, and the round trip into a new file."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile

from openpyxl import load_workbook

from peerdesk.db.models import Base
from peerdesk.db.services.export_data import export_tables
from peerdesk.db.services.import_peers import apply_import
from peerdesk.db.services.initiatives import list_initiatives
from peerdesk.db.services.peers import list_peers
from peerdesk.db.workspace import create_workspace
from peerdesk.io.export import export_csv_zip, export_xlsx
from peerdesk.io.peers_import import preview_file


def _profiles(workspace):
    """Every peer field as a person sees it: profile per initiative (with tags and role), plus the
    columns no profile shows (phone, consent date)."""
    from sqlalchemy import select

    from peerdesk.db.models import Peer

    by_initiative = {}
    for initiative in list_initiatives(workspace.factory):
        by_initiative[initiative.name] = {
            profile.uuid: (dataclasses.replace(profile, id=0), profile.notes)
            for profile in list_peers(workspace.factory, initiative.id, role=None)
        }
    with workspace.factory.begin() as session:
        skip = {"id", "organisation_id", "created_at", "updated_at", "version", "updated_by"}  # bookkeeping
        raw = {
            peer.uuid: {c.name: getattr(peer, c.name) for c in Peer.__table__.columns if c.name not in skip}
            for peer in session.scalars(select(Peer))
        }
    return by_initiative, raw


def test_xlsx_round_trip_preserves_every_peer_field(any_demo_workspace, tmp_path):
    with any_demo_workspace.factory.begin() as session:  # a markup and a formula name travel too
        from sqlalchemy import select

        from peerdesk.db.models import Peer

        peers = session.scalars(select(Peer).order_by(Peer.id).limit(2)).all()
        peers[0].full_name = "=HYPERLINK(\"http://evil\")"
        peers[1].notes = "A&B <Ministry> @home"
        peers[1].phone = "+221 77 000 00 00"
    out = export_xlsx(export_tables(any_demo_workspace.factory), tmp_path / "export.xlsx")
    workbook = load_workbook(out)
    table_names = {table.name[:31] for table in Base.metadata.sorted_tables}
    assert table_names | {"peers"} == set(workbook.sheetnames)
    formula_cells = [cell for row in workbook["peers"].iter_rows() for cell in row if cell.data_type == "f"]
    assert formula_cells == []  # the formula-looking name is stored as text
    with create_workspace(tmp_path / "new.peerdesk") as fresh:
        preview = preview_file(out)
        assert not preview.has_errors, preview.errors[:3]
        apply_import(fresh.factory, preview, None)  # each row names its initiative
        expected = _profiles(any_demo_workspace)
        got = _profiles(fresh)
    assert set(got[0]) == set(expected[0])
    for name in expected[0]:
        assert got[0][name] == expected[0][name]
        assert len(got[0][name]) > 0
    assert got[1] == expected[1]


def test_csv_zip_neutralises_formulas(any_demo_workspace, tmp_path):
    with any_demo_workspace.factory.begin() as session:
        from sqlalchemy import select

        from peerdesk.db.models import Peer

        peer = session.scalars(select(Peer).order_by(Peer.id).limit(1)).one()
        peer.full_name = "=cmd|' /C calc'!A0"
        peer.position = "-2+3"
    out = export_csv_zip(export_tables(any_demo_workspace.factory), tmp_path / "export.zip")
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert {"peers.csv", "peer.csv", "tombstone.csv"} <= names
        rows = list(csv.DictReader(io.StringIO(archive.read("peer.csv").decode("utf-8-sig"))))
    row = next(row for row in rows if row["full_name"].startswith("'"))
    assert row["full_name"] == "'=cmd|' /C calc'!A0"
    assert row["position"] == "'-2+3"
    for row in rows:  # nothing a spreadsheet would run
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_csv_zip_peers_sheet_imports_back(any_demo_workspace, tmp_path):
    with any_demo_workspace.factory.begin() as session:
        from sqlalchemy import select

        from peerdesk.db.models import Peer

        peer = session.scalars(select(Peer).order_by(Peer.id).limit(1)).one()
        peer.full_name = "=1+2 Ndèye"
    out = export_csv_zip(export_tables(any_demo_workspace.factory), tmp_path / "export.zip")
    with zipfile.ZipFile(out) as archive:
        (tmp_path / "peers.csv").write_bytes(archive.read("peers.csv"))
    with create_workspace(tmp_path / "new.peerdesk") as fresh:
        apply_import(fresh.factory, preview_file(tmp_path / "peers.csv"), None)
        assert _profiles(fresh) == _profiles(any_demo_workspace)


def test_cli_without_initiative_needs_an_initiative_column(tmp_path, demo_file, capsys):
    from peerdesk.cli import main

    source = tmp_path / "p.csv"
    source.write_text("name\nAnn\n", encoding="utf-8")
    assert main(["import", str(demo_file), str(source)]) == 2
    assert "give one with --initiative" in capsys.readouterr().err
