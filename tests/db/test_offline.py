"""Offline copies of a team's server database (throwaway PostgreSQL cluster): a copy holds only the chosen
initiatives; edited on both sides, it syncs back with the conflicts listed and the newer edit winning, the
copy learns the server's later changes, and a second sync changes nothing in either direction."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from peerdesk.cli import main
from peerdesk.db.merge import DeletionsNeedConfirmation, merge_locations
from peerdesk.db.models import Initiative, Peer, Tombstone, ToolType, WorkspaceSetting, utcnow
from peerdesk.db.offline import OfflineCopyError, offline_source, take_offline_copy
from peerdesk.db.services.initiatives import InitiativeInput, create_initiative, list_initiatives
from peerdesk.db.services.peers import NewPeer, add_peer
from peerdesk.db.tombstones import delete_with_tombstone
from peerdesk.db.workspace import open_location, open_workspace

OTHER = "Tax auditors' circle"


@pytest.fixture
def team_server(pg_url):
    """A server database holding the demo initiative and a second initiative with a person of its own."""
    from peerdesk.db.services.demo import create_demo_initiative

    with open_location(pg_url, create=True) as server:
        create_demo_initiative(server.factory)
        other_id = create_initiative(server.factory, InitiativeInput(name=OTHER))
        add_peer(server.factory, other_id, NewPeer(full_name="Ёлкина Анна", email="anna@audit.example"))
    return pg_url


def _demo_name(workspace) -> str:
    return next(item.name for item in list_initiatives(workspace.factory) if item.name != OTHER)


def _positions(workspace) -> dict[str, str]:
    with workspace.factory() as session:
        return dict(session.execute(select(Peer.email, Peer.position)).all())


def _edit(workspace, email: str, position: str, when) -> None:
    with workspace.factory.begin() as session:
        peer = session.scalars(select(Peer).where(Peer.email == email)).one()
        peer.position = position
        peer.updated_at = when


def test_a_copy_holds_only_the_chosen_initiatives(team_server, tmp_path):
    laptop = tmp_path / "workshop.peerdesk"
    with open_location(team_server) as server:
        demo = _demo_name(server)
        made = take_offline_copy(server, laptop, [demo])
        with pytest.raises(OfflineCopyError, match="no initiative named 'Nothing'"):
            take_offline_copy(server, tmp_path / "x.peerdesk", ["Nothing"])
        with server.factory() as session:
            server_tools = dict(session.execute(select(ToolType.code, ToolType.uuid)).all())
            demo_people = session.scalar(select(func.count()).select_from(Peer)) - 1  # all but Anna
    assert made.initiatives == [demo] and made.peers == demo_people
    assert not (tmp_path / "x.peerdesk").exists()
    with open_workspace(laptop) as copy:
        assert [item.name for item in list_initiatives(copy.factory)] == [demo]
        [summary] = list_initiatives(copy.factory)
        assert summary.peers == 24 and summary.contact_reports > 200
        assert "anna@audit.example" not in _positions(copy)
        with copy.factory() as session:  # the same reference rows as the server: later syncs match them by uuid
            assert dict(session.execute(select(ToolType.code, ToolType.uuid)).all()) == server_tools
        assert offline_source(copy.factory) == team_server
    # syncing the fresh copy either way changes nothing, and lists no conflict
    with open_location(team_server) as server:
        back = merge_locations(server, laptop)
        assert back.changes == 0 and back.conflicts == [], back.summary()
    with open_workspace(laptop) as copy:
        forth = merge_locations(copy, team_server)
        assert forth.changes == 0 and forth.conflicts == [], forth.summary()
        assert [item.name for item in list_initiatives(copy.factory)] == [demo]  # the other initiative stays out


def test_edited_on_both_sides_syncs_back_newer_wins_and_twice_changes_nothing(team_server, tmp_path):
    laptop = tmp_path / "workshop.peerdesk"
    with open_location(team_server) as server:
        take_offline_copy(server, laptop, [_demo_name(server)])
        emails = sorted(email for email in _positions(server) if email != "anna@audit.example")
    only_laptop, both, only_server, deleted = emails[:4]
    start = utcnow()
    with open_workspace(laptop) as copy:
        _edit(copy, only_laptop, "Edited at the workshop", start + timedelta(minutes=1))
        _edit(copy, both, "Laptop's later edit", start + timedelta(minutes=3))
        with copy.factory.begin() as session:
            delete_with_tombstone(session, session.scalars(select(Peer).where(Peer.email == deleted)).one())
    with open_location(team_server) as server:
        _edit(server, both, "Server's earlier edit", start + timedelta(minutes=2))
        _edit(server, only_server, "Edited at headquarters", start + timedelta(minutes=4))

    # sync back: laptop -> server, one transaction; many deletions wait for the user's yes, writing nothing
    with open_location(team_server) as server:
        with pytest.raises(DeletionsNeedConfirmation) as caught:
            merge_locations(server, laptop)
        assert caught.value.report.deleted["peer"] == 1
        assert _positions(server)[only_laptop] != "Edited at the workshop" and deleted in _positions(server)
        report = merge_locations(server, laptop, allow_deletions=True)
        lines = report.conflict_lines()
        assert any(both in line or "peer" in line for line in lines)
        winners = {c.what.strip("'"): c.winner for c in report.conflicts if c.table == "peer"}
        assert len(winners) == 3  # every peer the two sides disagree on is listed
        assert report.deleted["peer"] == 1 and report.deleted["membership"] >= 1
        assert any("kept the version from workshop.peerdesk" in line for line in lines)
        positions = _positions(server)
        assert positions[only_laptop] == "Edited at the workshop"
        assert positions[both] == "Laptop's later edit"  # the newer edit wins
        assert positions[only_server] == "Edited at headquarters"  # the server's newer edit stays
        assert deleted not in positions and "anna@audit.example" in positions  # the other initiative untouched
        again = merge_locations(server, laptop)
        assert again.changes == 0, again.summary()

    # the copy learns the server's later changes
    with open_workspace(laptop) as copy:
        learned = merge_locations(copy, team_server)
        assert learned.updated["peer"] == 1
        assert _positions(copy)[only_server] == "Edited at headquarters"
        assert "anna@audit.example" not in _positions(copy)
        again = merge_locations(copy, team_server)
        assert again.changes == 0 and again.conflicts == [], again.summary()
        with copy.factory() as session:  # the copy's own settings never travel
            assert session.get(WorkspaceSetting, "offline_copy.source") is not None
    with open_location(team_server) as server:
        with server.factory() as session:
            assert session.get(WorkspaceSetting, "offline_copy.source") is None
            assert session.scalar(select(func.count()).select_from(Tombstone)) > 0
        final = merge_locations(server, laptop)
        assert final.changes == 0 and final.conflicts == [], final.summary()


def test_the_commands_copy_and_sync_both_ways(team_server, tmp_path, capsys):
    laptop = tmp_path / "cli.peerdesk"
    assert main(["offline-copy", team_server, str(laptop), "--initiative", OTHER]) == 0
    out = capsys.readouterr().out
    assert OTHER in out and "1 " in out
    with open_workspace(laptop) as copy:
        assert [item.name for item in list_initiatives(copy.factory)] == [OTHER]
        with copy.factory.begin() as session:
            session.scalars(select(Initiative)).one().description = "Planned offline"
    assert main(["merge", team_server, str(laptop)]) == 0
    assert "merged:" in capsys.readouterr().out
    assert main(["merge", str(laptop), team_server]) == 0
    assert main(["merge", team_server, str(laptop)]) == 0
    out = capsys.readouterr().out
    assert "added: none; updated: none; deleted (with what goes with them): none" in out
    with open_location(team_server) as server, server.factory() as session:
        assert session.scalar(select(Initiative.description).where(Initiative.name == OTHER)) == "Planned offline"
    assert main(["offline-copy", team_server, str(laptop)]) == 2  # never overwrites
    assert "already exists" in capsys.readouterr().err
