"""Who may do what on a server (throwaway cluster): an evaluator reads and cannot write, a facilitator
sees and edits only her initiatives, a member of peerdesk_admin migrates."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.cli import main


def _initiative(workspace, name: str, peer: str, email: str) -> tuple[int, int]:
    from peerdesk.db.services.initiatives import InitiativeInput, create_initiative
    from peerdesk.db.services.peers import NewPeer, add_peer

    initiative_id = create_initiative(workspace.factory, InitiativeInput(
        name=name, start_date=date(2027, 1, 1), end_date=date(2027, 12, 31)))
    peer_id = add_peer(workspace.factory, initiative_id, NewPeer(full_name=peer, email=email),
                       profile={"consent_given": True, "consent_text": "I agree"})
    return initiative_id, peer_id


@pytest.fixture
def team(pg_cluster, pg_url):
    """A server database with two initiatives, the PeerDesk roles, and three people: a facilitator of the
    budget network, an evaluator and an administrator (login roles unique to this database)."""
    from peerdesk.db.workspace import open_location

    database = pg_url.rsplit("/", 1)[1]
    with open_location(pg_url, create=True) as workspace:
        budget = _initiative(workspace, "Budget network", "Ana Silva", "ana@mof.example")
        audit = _initiative(workspace, "Audit network", "Zsófia Kovács", "zsofia@sao.example")
    people = {kind: f"{kind}_{database}" for kind in ("facilitator", "evaluator", "admin")}
    for login in people.values():
        pg_cluster.sql(f'CREATE ROLE "{login}" LOGIN')
    assert main(["server", "setup-roles", pg_url]) == 0
    assert main(["server", "grant", pg_url, people["facilitator"], "--as", "facilitator",
                 "--initiative", "Budget network"]) == 0
    assert main(["server", "grant", pg_url, people["evaluator"], "--as", "evaluator"]) == 0
    assert main(["server", "grant", pg_url, people["admin"], "--as", "admin"]) == 0
    yield {"url": pg_url, "database": database, "budget": budget, "audit": audit,
           **{kind: pg_cluster.url(database, role=login) for kind, login in people.items()}, "people": people}
    for login in people.values():
        pg_cluster.sql(f'DROP OWNED BY "{login}"', database=database)
        pg_cluster.sql(f'DROP ROLE "{login}"')


def test_the_evaluator_reads_everything_and_cannot_write(team, capsys):
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.services.matching import update_profile
    from peerdesk.db.workspace import open_location

    with open_location(team["evaluator"]) as workspace:
        assert [i.name for i in list_initiatives(workspace.factory)] == ["Audit network", "Budget network"]
        initiative_id, peer_id = team["budget"]
        with pytest.raises(Exception) as caught:
            update_profile(workspace.factory, initiative_id, peer_id, {"position": "Budget director"})
        from peerdesk.db.concurrency import describe_refusal

        assert "your database role does not allow this change" in describe_refusal(caught.value)
    capsys.readouterr()
    code = main(["initiative", "edit", team["evaluator"], "Budget network", "--facilitator", "Ivana"])
    err = capsys.readouterr().err
    assert code == 2
    assert "your database role does not allow this change" in err and "Traceback" not in err
    with open_location(team["url"]) as workspace:  # nothing was written
        from peerdesk.db.services.initiatives import get_initiative

        assert get_initiative(workspace.factory, initiative_id).facilitator_name == ""


def test_a_facilitator_sees_and_edits_only_her_initiatives(team):
    from sqlalchemy import text

    from peerdesk.db.services.initiatives import InitiativeInput, create_initiative, list_initiatives
    from peerdesk.db.services.matching import update_profile
    from peerdesk.db.services.peers import list_peers
    from peerdesk.db.workspace import open_location

    budget_id, ana_id = team["budget"]
    audit_id, zsofia_id = team["audit"]
    with open_location(team["facilitator"]) as workspace:
        assert [i.name for i in list_initiatives(workspace.factory)] == ["Budget network"]
        assert [p.full_name for p in list_peers(workspace.factory, budget_id)] == ["Ana Silva"]
        assert list_peers(workspace.factory, audit_id) == []  # the other initiative's people are not shown
        update_profile(workspace.factory, budget_id, ana_id, {"position": "Budget director"})
        with workspace.engine.begin() as connection:  # even by hand, the other initiative's rows are out of reach
            changed = connection.execute(text("UPDATE peer SET position = 'x' WHERE id = :id"), {"id": zsofia_id})
            assert changed.rowcount == 0
            assert connection.execute(text("UPDATE initiative SET description = 'x'")).rowcount == 1
        # an initiative she starts is hers at once
        create_initiative(workspace.factory, InitiativeInput(name="Budget network, cohort 2"))
        assert [i.name for i in list_initiatives(workspace.factory)] == ["Budget network", "Budget network, cohort 2"]
    with open_location(team["url"]) as workspace:
        positions = {p.full_name: p.position for i in (budget_id, audit_id) for p in list_peers(workspace.factory, i)}
        assert positions == {"Ana Silva": "Budget director", "Zsófia Kovács": ""}
        assert len(list_initiatives(workspace.factory)) == 3


def test_a_facilitator_cannot_hand_herself_another_initiative(team):
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    from peerdesk.db.workspace import open_location

    audit_id, _ = team["audit"]
    with open_location(team["facilitator"]) as workspace, pytest.raises(ProgrammingError):
        with workspace.engine.begin() as connection:
            connection.execute(text("INSERT INTO initiative_access (initiative_id, role_name) VALUES (:id, :who)"),
                               {"id": audit_id, "who": team["people"]["facilitator"]})


def test_a_member_of_peerdesk_admin_migrates_an_older_database(team, capsys):
    from alembic import command
    from sqlalchemy import create_engine, text

    from peerdesk.db import migrate
    from peerdesk.db.server import ServerAddress
    from peerdesk.db.workspace import open_location

    engine = create_engine(ServerAddress.from_url(team["url"]).sqlalchemy_url())
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0004")
    engine.dispose()
    from peerdesk.db.workspace import UnreadableLocation

    with pytest.raises(UnreadableLocation, match="only a member of peerdesk_admin can run"):
        open_location(team["evaluator"])
    with open_location(team["admin"]) as workspace, workspace.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        owners = set(connection.execute(text(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")).scalars())
        assert owners == {"peerdesk_admin"}  # the table the upgrade added belongs to the admin role too
    assert main(["server", "setup-roles", team["url"]]) == 0  # again after an upgrade: idempotent
    # going back to 0004 dropped the assignments; they are given again
    assert main(["server", "grant", team["url"], team["people"]["facilitator"], "--as", "facilitator",
                 "--initiative", "Budget network"]) == 0
    assert main(["server", "roles", team["url"]]) == 0
    listed = capsys.readouterr().out
    assert f"{team['people']['facilitator']}: facilitator — Budget network" in listed


def test_the_roles_set_up_by_peerdesk_pass_its_own_check(team):
    """setup-roles adds policies and a trigger of PeerDesk's own: `peerdesk check` must not report them as
    someone else's additions."""
    from peerdesk.db.server import ServerAddress, make_server_engine
    from peerdesk.db.services.check import check_server_database

    engine = make_server_engine(ServerAddress.from_url(team["url"]))
    try:
        report = check_server_database(engine, "team")
    finally:
        engine.dispose()
    assert report.ok, report.problems
