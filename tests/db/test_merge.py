"""Merging two laptops' files: uuid matching, newer edit wins, conflicts listed, deletions carried over,
idempotent, and the other file only read."""

from __future__ import annotations

import shutil
from datetime import timedelta

from sqlalchemy import func, select

from peerdesk.cli import main
from peerdesk.db.merge import merge_files
from peerdesk.db.models import ContactReport, LearningCheckin, Peer, PeerTag, Tombstone, utcnow
from peerdesk.db.tombstones import delete_with_tombstone
from peerdesk.db.workspace import create_workspace, open_workspace
from tests.io.conftest import file_digest


def _two_laptops(demo_file, tmp_path):
    other = tmp_path / "laptop-b.peerdesk"
    shutil.copyfile(demo_file, other)
    return demo_file, other


def _count(workspace, model):
    with workspace.factory.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_edits_insertions_and_deletions_travel(demo_file, tmp_path):
    mine_path, other_path = _two_laptops(demo_file, tmp_path)
    later = utcnow() + timedelta(minutes=5)
    with open_workspace(other_path) as other:
        with other.factory.begin() as session:
            peers = session.scalars(select(Peer).order_by(Peer.id)).all()
            peers[0].position = "Edited on laptop B"
            peers[0].updated_at = later
            checkin = session.scalars(select(LearningCheckin).order_by(LearningCheckin.id)).first()
            checkin_uuid = checkin.uuid
            delete_with_tombstone(session, checkin)
            victim = peers[5]
            victim_uuid = victim.uuid
            delete_with_tombstone(session, victim)
            session.add(Peer(full_name="Nguyễn Thị Mai", email="mai@example.vn", country="Viet Nam"))
        other_counts = (_count(other, Peer), _count(other, ContactReport))
    with open_workspace(mine_path) as mine:
        with mine.factory.begin() as session:
            peers = session.scalars(select(Peer).order_by(Peer.id)).all()
            peers[1].position = "Edited here, later"
            peers[1].updated_at = later + timedelta(minutes=1)
        before_other = file_digest(other_path)
        # one peer deleted takes its memberships, tags and learning records with it: the merge asks first
        report = merge_files(mine.factory, mine.path, other_path, allow_deletions=True)
        assert report.deletions_need_confirmation
        assert file_digest(other_path) == before_other  # only read
        assert report.inserted["peer"] == 1
        assert report.updated["peer"] == 1
        assert report.deleted["peer"] == 1 and report.deleted["learning_checkin"] >= 1
        assert report.deleted["membership"] >= 1 and report.deleted["peer_tag"] >= 1  # cascades are counted
        with mine.factory.begin() as session:
            names = set(session.scalars(select(Peer.full_name)))
            assert "Nguyễn Thị Mai" in names
            positions = dict(session.execute(select(Peer.uuid, Peer.position)).all())
            assert session.scalar(select(func.count()).select_from(Peer).where(Peer.uuid == victim_uuid)) == 0
            assert session.scalar(select(func.count()).select_from(LearningCheckin)
                                  .where(LearningCheckin.uuid == checkin_uuid)) == 0
            assert session.scalar(select(func.count()).select_from(Tombstone)
                                  .where(Tombstone.row_uuid == victim_uuid)) == 1
        assert "Edited on laptop B" in positions.values()
        assert "Edited here, later" in positions.values()
        assert (_count(mine, Peer), _count(mine, ContactReport)) == other_counts
        # merging twice changes nothing
        again = merge_files(mine.factory, mine.path, other_path)
        assert again.changes == 0, again.summary()


def test_conflicts_are_listed_and_newer_wins(demo_file, tmp_path):
    mine_path, other_path = _two_laptops(demo_file, tmp_path)
    now = utcnow()
    with open_workspace(other_path) as other, other.factory.begin() as session:
        peer = session.scalars(select(Peer).order_by(Peer.id)).first()
        peer.position, peer.updated_at = "B's version", now + timedelta(hours=1)
        uuid = peer.uuid
    with open_workspace(mine_path) as mine:
        with mine.factory.begin() as session:
            peer = session.scalars(select(Peer).where(Peer.uuid == uuid)).one()
            peer.position, peer.updated_at = "A's version", now
        report = merge_files(mine.factory, mine.path, other_path)
        (conflict,) = [c for c in report.conflicts if c.uuid == uuid]
        assert conflict.winner == "other file" and conflict.columns == ("position",)
        with mine.factory.begin() as session:
            assert session.scalars(select(Peer.position).where(Peer.uuid == uuid)).one() == "B's version"


def test_independent_files_match_by_natural_key(tmp_path, demo_file):
    fresh = create_workspace(tmp_path / "fresh.peerdesk")  # its own built-in tool types, other uuids
    fresh.close()
    with open_workspace(tmp_path / "fresh.peerdesk") as workspace:
        report = merge_files(workspace.factory, workspace.path, demo_file)
        assert report.inserted["tool_type"] == 0  # matched by code, not duplicated
        assert report.inserted["peer"] > 0
        assert merge_files(workspace.factory, workspace.path, demo_file).changes == 0


def test_dry_run_writes_nothing_and_cli(demo_file, tmp_path, capsys):
    mine_path, other_path = _two_laptops(demo_file, tmp_path)
    with open_workspace(other_path) as other, other.factory.begin() as session:
        session.add(Peer(full_name="Ёлкина Наталья"))
    before = file_digest(mine_path)
    assert main(["merge", str(mine_path), str(other_path), "--dry-run"]) == 0
    assert "would merge: added: 1 peer" in capsys.readouterr().out
    assert file_digest(mine_path) == before
    assert main(["merge", str(mine_path), str(other_path)]) == 0
    assert main(["merge", str(mine_path), str(tmp_path / "missing.peerdesk")]) == 2


def test_tag_removal_by_import_leaves_tombstones(demo_workspace, demo_initiative, tmp_path):
    from peerdesk.db.services.import_peers import apply_import
    from peerdesk.db.services.peers import list_peers
    from peerdesk.io.peers_import import preview_file

    peer = next(p for p in list_peers(demo_workspace.factory, demo_initiative.id) if p.problems and p.email)
    source = tmp_path / "p.csv"
    source.write_text(f"name,email,problems\n{peer.full_name},{peer.email},only this one\n", encoding="utf-8")
    tombstones_before = _count(demo_workspace, Tombstone)
    apply_import(demo_workspace.factory, preview_file(source), demo_initiative.name)
    assert _count(demo_workspace, Tombstone) == tombstones_before + len(peer.problems)
    assert _count(demo_workspace, PeerTag) > 0


def test_rows_made_on_both_laptops_are_not_overwritten(tmp_path):
    from peerdesk.db.models import Organisation

    with create_workspace(tmp_path / "a.peerdesk") as a, a.factory.begin() as session:
        session.add(Organisation(name="Ministry of Finance", country="Ghana", kind="ministry"))
    with create_workspace(tmp_path / "b.peerdesk") as b, b.factory.begin() as session:
        session.add(Organisation(name="Ministry of Finance", country="Ghana", kind="agency", notes="budget dept.",
                                 updated_at=utcnow() + timedelta(hours=1)))
    with open_workspace(tmp_path / "a.peerdesk") as a:
        report = merge_files(a.factory, a.path, tmp_path / "b.peerdesk")
        with a.factory.begin() as session:
            (org,) = session.scalars(select(Organisation)).all()
            assert (org.kind, org.notes) == ("ministry", "budget dept.")  # kept, and the blank filled
        assert [(c.table, c.columns, c.winner) for c in report.conflicts] == [("organisation", ("kind",), "this file")]
        assert merge_files(a.factory, a.path, tmp_path / "b.peerdesk").changes == 0
