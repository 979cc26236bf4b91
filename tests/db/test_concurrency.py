"""Two people editing the same peer (two windows, two laptops on one server): the second save never
overwrites the first silently. On one data file (two sessions) and on a PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.db.concurrency import EditConflict, computer_account


def _small_initiative(workspace) -> tuple[int, int]:
    from peerdesk.db.services.initiatives import InitiativeInput, create_initiative
    from peerdesk.db.services.peers import NewPeer, add_peer

    initiative_id = create_initiative(workspace.factory, InitiativeInput(
        name="Budget network 2027", start_date=date(2027, 1, 1), end_date=date(2027, 12, 31)))
    peer_id = add_peer(workspace.factory, initiative_id, NewPeer(full_name="Ana Silva", email="ana@mof.example"),
                       profile={"consent_given": True, "consent_text": "I agree to PeerDesk keeping my profile"})
    return initiative_id, peer_id


def _profile(workspace, initiative_id: int, peer_id: int):
    from peerdesk.db.services.peers import list_peers

    return next(p for p in list_peers(workspace.factory, initiative_id) if p.id == peer_id)


def _two_editors_of_one_peer(first, second, initiative_id: int, peer_id: int, first_name: str) -> None:
    from peerdesk.db.services.matching import update_profile

    shown_to_first = _profile(first, initiative_id, peer_id)
    shown_to_second = _profile(second, initiative_id, peer_id)
    update_profile(first.factory, initiative_id, peer_id, {"position": "Budget director"},
                   expected_version=shown_to_first.version)
    with pytest.raises(EditConflict) as caught:
        update_profile(second.factory, initiative_id, peer_id, {"position": "Head of treasury"},
                       expected_version=shown_to_second.version)
    conflict = caught.value
    assert f"changed by {first_name} at " in str(conflict) and "reload or keep yours" in str(conflict)
    assert str(conflict).startswith("Ana Silva: ")
    # nothing of the second edit was written: "Reload" shows the first person's value
    reloaded = _profile(second, initiative_id, peer_id)
    assert reloaded.position == "Budget director"
    assert reloaded.version == conflict.version
    # "Keep mine": the second person's values, saved on the newest version
    update_profile(second.factory, initiative_id, peer_id, {"position": "Head of treasury"},
                   expected_version=conflict.version)
    assert _profile(first, initiative_id, peer_id).position == "Head of treasury"
    # ...and the first editor, still showing the version it saved, is now the one told
    with pytest.raises(EditConflict):
        update_profile(first.factory, initiative_id, peer_id, {"notes": "met in Vienna"},
                       expected_version=reloaded.version)


def test_two_editors_of_one_peer_in_one_data_file(tmp_path):
    from peerdesk.db.workspace import create_workspace, open_workspace

    path = tmp_path / "team.peerdesk"
    create_workspace(path).close()
    with open_workspace(path, lock=False) as first, open_workspace(path, lock=False) as second:
        initiative_id, peer_id = _small_initiative(first)
        _two_editors_of_one_peer(first, second, initiative_id, peer_id, computer_account())


def test_two_editors_of_one_peer_on_a_server(pg_url):
    from peerdesk.db.workspace import open_location

    with open_location(pg_url, create=True) as first, open_location(pg_url) as second:
        initiative_id, peer_id = _small_initiative(first)
        _two_editors_of_one_peer(first, second, initiative_id, peer_id, first.server.user)


def test_an_update_that_loses_a_race_is_refused_not_written(tmp_path):
    """Between reading the row and writing it, someone else saved it: the version in the UPDATE no longer
    matches, and the save becomes the same conflict (no silent overwrite)."""
    from peerdesk.db.concurrency import refusing_stale
    from peerdesk.db.models import Peer
    from peerdesk.db.workspace import create_workspace, open_workspace

    path = tmp_path / "team.peerdesk"
    create_workspace(path).close()
    with open_workspace(path, lock=False) as first, open_workspace(path, lock=False) as second:
        _initiative_id, peer_id = _small_initiative(first)
        with pytest.raises(EditConflict) as caught:
            with refusing_stale(second.factory, Peer, peer_id, "Ana Silva"), second.factory.begin() as session:
                slow = session.get(Peer, peer_id)
                with first.factory.begin() as quick:
                    quick.get(Peer, peer_id).position = "Budget director"
                slow.position = "Head of treasury"
        assert caught.value.version == 3
        with first.factory.begin() as session:
            assert session.get(Peer, peer_id).position == "Budget director"


def test_initiative_properties_and_activities_refuse_a_stale_save(tmp_path):
    from dataclasses import replace

    from peerdesk.db.services.initiatives import get_initiative, input_of, update_initiative
    from peerdesk.db.workspace import create_workspace, open_workspace

    path = tmp_path / "team.peerdesk"
    create_workspace(path).close()
    with open_workspace(path, lock=False) as first, open_workspace(path, lock=False) as second:
        initiative_id, _peer_id = _small_initiative(first)
        seen = get_initiative(second.factory, initiative_id)
        update_initiative(first.factory, initiative_id, replace(input_of(seen), facilitator_name="Ivana"),
                          expected_version=get_initiative(first.factory, initiative_id).version)
        with pytest.raises(EditConflict, match="Budget network 2027: changed by"):
            update_initiative(second.factory, initiative_id, replace(input_of(seen), cadence="quick_and_thick"),
                              expected_version=seen.version)
        assert get_initiative(second.factory, initiative_id).facilitator_name == "Ivana"


def test_who_saved_is_kept_and_each_save_moves_the_version(tmp_path):
    from peerdesk.db.models import Peer
    from peerdesk.db.workspace import create_workspace

    with create_workspace(tmp_path / "a.peerdesk") as workspace:
        _initiative_id, peer_id = _small_initiative(workspace)
        with workspace.factory.begin() as session:
            peer = session.get(Peer, peer_id)
            assert peer.updated_by == computer_account()
            before = peer.version
            peer.notes = "x"
        with workspace.factory.begin() as session:
            assert session.get(Peer, peer_id).version == before + 1


def test_a_contract_and_an_activity_saved_elsewhere_are_not_overwritten(demo_file):
    from dataclasses import replace

    from peerdesk.db.services import contract_tracking as tracking
    from peerdesk.db.services.activities import get_activity, list_activities, update_activity
    from peerdesk.db.services.contracts import list_contracts
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_workspace

    with open_workspace(demo_file, lock=False) as first, open_workspace(demo_file, lock=False) as second:
        initiative_id = list_initiatives(first.factory)[0].id
        contract_id = list_contracts(first.factory, initiative_id)[0].id
        seen = tracking.get_contract(second.factory, contract_id)
        tracking.update_contract(first.factory, contract_id, status=seen.status, signed_on=seen.signed_on,
                                 notes="posted on Monday", expected_version=seen.version)
        with pytest.raises(EditConflict, match=f"the contract of {seen.peer_name}: changed by"):
            tracking.update_contract(second.factory, contract_id, status=seen.status, signed_on=seen.signed_on,
                                     notes="lost in the post", expected_version=seen.version)
        assert tracking.get_contract(second.factory, contract_id).notes == "posted on Monday"

        activity_id = list_activities(first.factory, initiative_id)[0].id
        shown = get_activity(second.factory, activity_id)
        update_activity(first.factory, activity_id, replace(shown.data, venue="Vienna"), expected_version=shown.version)
        with pytest.raises(EditConflict, match="changed by"):
            update_activity(second.factory, activity_id, replace(shown.data, venue="Ljubljana"),
                            expected_version=shown.version)
        assert get_activity(second.factory, activity_id).data.venue == "Vienna"


def test_the_command_line_prints_a_refused_save_as_one_sentence():
    from datetime import datetime

    from peerdesk.cli import describe_environment_error

    problem = EditConflict("Ana Silva", "ivana", datetime(2026, 12, 2, 9, 30), 5)
    assert describe_environment_error(RuntimeError("save failed")) is None
    wrapped = RuntimeError("save failed")
    wrapped.__cause__ = problem
    assert describe_environment_error(wrapped) == str(problem)
    assert str(problem).startswith("Ana Silva: changed by ivana at 2") and str(problem).endswith("keep yours")


def test_a_merge_that_brings_a_newer_edit_moves_the_version(tmp_path):
    """An editor open on the row before a co-facilitator's file was merged in must reload, not overwrite."""
    import shutil

    from peerdesk.db.merge import merge_files
    from peerdesk.db.models import Peer
    from peerdesk.db.workspace import create_workspace, open_workspace

    mine, laptop = tmp_path / "mine.peerdesk", tmp_path / "laptop.peerdesk"
    with create_workspace(mine) as workspace:
        initiative_id, peer_id = _small_initiative(workspace)
    shutil.copyfile(mine, laptop)
    with open_workspace(laptop) as other:
        from peerdesk.db.services.matching import update_profile

        update_profile(other.factory, initiative_id, peer_id, {"position": "Budget director"})
        with other.factory() as session:
            session.execute(Peer.__table__.update().values(updated_by="ivana"))
            session.commit()
    with open_workspace(mine) as workspace:
        shown = _profile(workspace, initiative_id, peer_id)
        report = merge_files(workspace.factory, mine, laptop)
        assert report.updated["peer"] == 1 and not [c for c in report.conflicts if "version" in c.columns]
        from peerdesk.db.services.matching import update_profile

        with pytest.raises(EditConflict, match="changed by ivana"):
            update_profile(workspace.factory, initiative_id, peer_id, {"position": "Head of treasury"},
                           expected_version=shown.version)


def test_a_checklist_item_saved_by_someone_else_is_not_overwritten(tmp_path):
    """Two facilitators on one initiative's checklist: the second save of an item, made over what the
    first one saved after both had read it, is refused (also for an item nobody had touched yet)."""
    from peerdesk.db.services.checklist import list_checklist, set_checklist_entry
    from peerdesk.db.workspace import create_workspace, open_workspace

    path = tmp_path / "team.peerdesk"
    create_workspace(path).close()
    with open_workspace(path, lock=False) as first, open_workspace(path, lock=False) as second:
        initiative_id, _peer_id = _small_initiative(first)

        def shown(workspace):
            return next(r for r in list_checklist(workspace.factory, initiative_id) if r.item_code == "peer_contracts")

        untouched = shown(second)
        assert untouched.version == 0
        set_checklist_entry(first.factory, initiative_id, "peer_contracts", "in_progress", "Drafts sent",
                            expected_version=shown(first).version)
        with pytest.raises(EditConflict, match="changed by .* reload or keep yours") as caught:
            set_checklist_entry(second.factory, initiative_id, "peer_contracts", "done", "",
                                expected_version=untouched.version)
        assert (shown(second).status, shown(second).note) == ("in_progress", "Drafts sent")
        # "Keep mine": saved on the version the conflict named; the first editor's old version is now stale
        set_checklist_entry(second.factory, initiative_id, "peer_contracts", "done", "All signed",
                            expected_version=caught.value.version)
        assert (shown(first).status, shown(first).note) == ("done", "All signed")
        with pytest.raises(EditConflict):
            set_checklist_entry(first.factory, initiative_id, "peer_contracts", "not_applicable", "",
                                expected_version=caught.value.version)
