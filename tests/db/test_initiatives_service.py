"""Initiatives and people by hand, through the services the window and the CLI share."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from peerdesk.core.languages import FROM_COUNTRY, FROM_WORKING, usual_language
from peerdesk.db.models import Tombstone
from peerdesk.db.services import contract_tracking as tracking
from peerdesk.db.services.contracts import contract_problems, create_missing_contracts, list_contracts
from peerdesk.db.services.initiatives import (
    InitiativeInput,
    InitiativeInvalid,
    copy_initiative,
    create_initiative,
    delete_initiative,
    get_initiative,
    input_of,
    list_initiatives,
    update_initiative,
)
from peerdesk.db.services.peers import (
    NewPeer,
    PeerInvalid,
    add_members,
    add_peer,
    list_peers,
    people_outside,
    remove_peer,
    set_role,
)

NETWORK = InitiativeInput(name="Réseau budget 2027", start_date=date(2027, 1, 15), end_date=date(2027, 12, 15),
                          facilitating_organisation="Secrétariat", working_languages=("fr", "en"))


def test_a_new_initiative_starts_with_the_standard_commitments(any_empty_workspace):
    factory = any_empty_workspace.factory
    initiative_id = create_initiative(factory, NETWORK)
    assert [row.kind for row in tracking.list_templates(factory, initiative_id)] == [
        row.kind for row in tracking.STANDARD_TEMPLATES]
    detail = get_initiative(factory, initiative_id)
    assert (detail.start_date, detail.working_languages) == (date(2027, 1, 15), ("fr", "en"))


def test_bad_input_is_refused_field_by_field_and_nothing_is_written(any_empty_workspace):
    factory = any_empty_workspace.factory
    create_initiative(factory, NETWORK)
    with pytest.raises(InitiativeInvalid) as refused:
        create_initiative(factory, InitiativeInput(name=" réseau BUDGET 2027 ", start_date=date(2027, 2, 1),
                                                   end_date=date(2027, 1, 1), cadence="weekly-ish"))
    assert set(refused.value.errors) == {"name", "end_date", "cadence"}
    assert len(list_initiatives(factory)) == 1


def test_edit_rename_and_copy_as_next_cohort(any_empty_workspace):
    factory = any_empty_workspace.factory
    first = create_initiative(factory, NETWORK)
    update_initiative(factory, first, replace(input_of(get_initiative(factory, first)), name="Réseau 2027"))
    assert get_initiative(factory, first).name == "Réseau 2027"
    peer = add_peer(factory, first, NewPeer("Awa Ndiaye", "awa@finances.sn", country="Senegal"),
                    profile={"consent_given": True, "consent_text": "I agree"})
    bare = copy_initiative(factory, first, "Cohorte 2")
    with_people = copy_initiative(factory, first, "Cohorte 3", peer_ids=None)
    assert list_peers(factory, bare) == []
    assert [p.id for p in list_peers(factory, with_people)] == [peer]
    assert len(tracking.list_templates(factory, bare)) == len(tracking.STANDARD_TEMPLATES)
    assert get_initiative(factory, bare).end_date == date(2027, 12, 15)


def test_people_by_hand(any_empty_workspace):
    factory = any_empty_workspace.factory
    first = create_initiative(factory, NETWORK)
    other = create_initiative(factory, InitiativeInput(name="Audit network"))
    with pytest.raises(PeerInvalid) as refused:
        add_peer(factory, first, NewPeer("", "not-an-address"))
    assert str(refused.value).startswith("Full name: Required.; E-mail:")
    awa = add_peer(factory, first, NewPeer("Awa  Ndiaye", "Awa@Finances.sn", languages=("FR",)),
                   profile={"career_level": "senior", "problems": ["arrears"], "consent_given": True,
                            "consent_text": "I agree to my profile being kept"})
    again = add_peer(factory, other, NewPeer("Awa Ndiaye", "awa@finances.sn"))
    assert again == awa, "the same person (by e-mail) is reused, not duplicated"
    with pytest.raises(PeerInvalid):
        add_peer(factory, first, NewPeer("Awa Ndiaye", "awa@finances.sn"))
    profile = list_peers(factory, first)[0]
    assert (profile.full_name, profile.languages, profile.problems) == ("Awa Ndiaye", ("fr",), ("arrears",))
    kofi = add_peer(factory, other, NewPeer("Kofi Mensah", "kofi@mof.gh"))
    assert [name for _, name, _ in people_outside(factory, first)] == ["Kofi Mensah"]
    assert add_members(factory, first, [kofi]) == 1
    set_role(factory, first, kofi, "comparison")
    assert [p.full_name for p in list_peers(factory, first)] == ["Awa Ndiaye"]
    create_missing_contracts(factory, first)
    remove_peer(factory, first, awa)
    assert list_contracts(factory, first) == []
    assert [p.full_name for p in list_peers(factory, other)] == ["Awa Ndiaye", "Kofi Mensah"]


def test_contract_problems_name_what_is_missing_and_where(any_empty_workspace):
    factory = any_empty_workspace.factory
    bare = create_initiative(factory, InitiativeInput(name="No dates"))
    tracking.save_templates(factory, bare, [])
    codes = [problem.code for problem in contract_problems(factory, bare)]
    assert codes == ["no_commitments", "no_dates", "no_facilitator"]
    assert "Initiative → Properties" in contract_problems(factory, bare)[1].message
    ready = create_initiative(factory, NETWORK)
    assert contract_problems(factory, ready) == []


def test_contract_language_from_working_languages_else_country(any_empty_workspace):
    factory = any_empty_workspace.factory
    network = create_initiative(factory, NETWORK)
    agreed = {"consent_given": True, "consent_text": "I agree"}
    add_peer(factory, network, NewPeer("Awa Ndiaye", "awa@finances.sn", country="Senegal"), profile=agreed)
    add_peer(factory, network, NewPeer("João Tembe", "joao@mef.mz", country="MZ", languages=("en",)), profile=agreed)
    create_missing_contracts(factory, network)
    rows = {row.peer_name: (row.language, row.language_source) for row in list_contracts(factory, network)}
    assert rows == {"Awa Ndiaye": ("fr", FROM_COUNTRY), "João Tembe": ("en", FROM_WORKING)}
    assert [usual_language(c) for c in ("Côte d'Ivoire", "CI", "Peru", "Kazakhstan", "Japan")] == [
        "fr", "fr", "es", "ru", ""]


def test_deleting_an_initiative_keeps_the_people_and_leaves_tombstones(any_empty_workspace):
    factory = any_empty_workspace.factory
    network = create_initiative(factory, NETWORK)
    awa = add_peer(factory, network, NewPeer("Awa Ndiaye", "awa@finances.sn"))
    keep = create_initiative(factory, InitiativeInput(name="Other"))
    add_members(factory, keep, [awa])
    uuid = get_initiative(factory, network).uuid
    assert delete_initiative(factory, network) == "Réseau budget 2027"
    assert [i.name for i in list_initiatives(factory)] == ["Other"]
    assert [p.id for p in list_peers(factory, keep)] == [awa]
    with factory.begin() as session:
        tombs = set(session.execute(select(Tombstone.table_name, Tombstone.row_uuid)).all())
    assert ("initiative", uuid) in tombs
    assert any(table == "commitment_template" for table, _ in tombs)


def test_archiving_keeps_everything_and_can_be_undone(any_empty_workspace):
    from peerdesk.db.services.initiatives import archive_initiative

    factory = any_empty_workspace.factory
    network = create_initiative(factory, NETWORK)
    add_peer(factory, network, NewPeer("Awa Ndiaye", "awa@finances.sn"))
    archive_initiative(factory, network)
    [summary] = list_initiatives(factory)
    assert summary.archived and summary.peers == 1
    archive_initiative(factory, network, archived=False)
    assert not list_initiatives(factory)[0].archived
