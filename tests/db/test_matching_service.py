"""Matching services and the ``peerdesk match`` command on the demo data file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from peerdesk.cli import main
from peerdesk.core.matching.criteria import MatchingError, MatchSettings
from peerdesk.core.matching.engine import evaluate, match
from peerdesk.db.services.matching import (
    add_pair_rule,
    compare_rounds,
    list_pair_rules,
    list_rounds,
    load_cohort,
    round_detail,
    save_round,
    tag_vocabulary,
    update_profile,
)


def test_cohort_has_rules_and_round_one(any_demo_workspace, any_demo_initiative):
    cohort = load_cohort(any_demo_workspace.factory, any_demo_initiative.id)
    assert len(cohort.profiles) == 24
    assert len(cohort.never_pairs) == 1 and len(cohort.must_pairs) == 1
    assert len(cohort.previous_pairs) == 12
    rounds = list_rounds(any_demo_workspace.factory, any_demo_initiative.id)
    assert [r.units for r in rounds] == [12]


def test_next_round_avoids_repeats_and_saves(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    cohort = load_cohort(factory, any_demo_initiative.id)
    settings = MatchSettings(constraints=cohort.constraints())
    result = match(cohort.profiles, settings)
    must = next(iter(cohort.must_pairs))
    for unit in result.units:
        keys = {tuple(sorted(unit.members))}
        assert keys.isdisjoint(cohort.previous_pairs - cohort.must_pairs)
        assert tuple(sorted(unit.members)) not in cohort.never_pairs
    assert any(tuple(sorted(u.members)) == must for u in result.units)
    saved = save_round(factory, any_demo_initiative.id, "Round 2", date(2026, 6, 1), settings, result)
    assert saved.units == len(result.units)
    detail = round_detail(factory, saved.id)
    assert detail.units[0].explanation == result.units[0].explanation
    assert detail.criteria["weights"]["problems"] == 10
    first = list_rounds(factory, any_demo_initiative.id)[0]
    comparison = compare_rounds(factory, first.id, saved.id)
    names = {p.id: p.full_name for p in cohort.profiles}
    assert comparison.kept == ((names[must[1]], names[must[0]]),) or len(comparison.kept) == 1
    assert comparison.peers_in_both == 24
    # a third round now avoids round 2's pairs too
    again = load_cohort(factory, any_demo_initiative.id)
    assert len(again.previous_pairs) > len(cohort.previous_pairs)


def test_swap_by_hand_rescoring(any_demo_workspace, any_demo_initiative):
    cohort = load_cohort(any_demo_workspace.factory, any_demo_initiative.id)
    settings = MatchSettings(constraints=cohort.constraints())
    result = match(cohort.profiles, settings)
    a, b = result.units[1], result.units[2]
    swapped = [a.__class__((a.members[0], b.members[1]), a.roles, 0, 0, ""),
               b.__class__((b.members[0], a.members[1]), b.roles, 0, 0, "")]
    again = evaluate(cohort.profiles, settings, [result.units[0], *swapped, *result.units[3:]])
    assert again.units[1].members == (a.members[0], b.members[1])
    assert again.units[1].explanation
    assert again.total_score != 0


def test_duplicate_pair_rule_refused(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    rule = list_pair_rules(factory, any_demo_initiative.id)[0]
    with pytest.raises(MatchingError, match="already have a never-pair rule"):
        add_pair_rule(factory, any_demo_initiative.id, rule.peer_b_id, rule.peer_a_id, "never")


def test_profile_edit_with_free_tag(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    cohort = load_cohort(factory, any_demo_initiative.id)
    peer = cohort.profiles[0]
    update_profile(factory, any_demo_initiative.id, peer.id, {
        "problems": [*peer.problems, "A&B <reform> backlog"], "languages": ["en", "ro"], "career_level": "senior"})
    assert "A&B <reform> backlog" in tag_vocabulary(factory, any_demo_initiative.id)["problems"]
    edited = next(p for p in load_cohort(factory, any_demo_initiative.id).profiles if p.id == peer.id)
    assert "A&B <reform> backlog" in edited.problems and edited.languages == ("en", "ro")


def test_the_command_reads_the_same_cohort_as_the_window(demo_workspace, demo_initiative):
    from peerdesk.db.services.cohort import initiative_named, read_cohort, sqlite_query
    from peerdesk.db.services.peers import list_peers
    from peerdesk.db.workspace import readonly_sqlite

    factory = demo_workspace.factory
    window = load_cohort(factory, demo_initiative.id)
    with readonly_sqlite(demo_workspace.path) as connection:
        query = sqlite_query(connection)
        assert initiative_named(query, " budget credibility peer network 2026 ") == (
            demo_initiative.id, demo_initiative.name)
        command = read_cohort(query, demo_initiative.id)
    assert command == window
    assert window.profiles == tuple(list_peers(factory, demo_initiative.id))  # as the ORM builds them
    assert [p.notes for p in window.profiles] == [p.notes for p in list_peers(factory, demo_initiative.id)]
    assert window.rules == tuple(list_pair_rules(factory, demo_initiative.id))
    assert window.previous_pairs and window.never_pairs and window.must_pairs


def test_cli_json_shape(demo_file, capsys):
    code = main(["match", str(demo_file), "--initiative", "Budget Credibility Peer Network 2026", "--pairs",
                 "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert {"units", "total_score", "unmatched", "violations", "scores"} <= data.keys()
    ids, matrix = data["scores"]["ids"], data["scores"]["matrix"]
    assert len(matrix) == len(ids) == 24 and all(len(row) == 24 for row in matrix)
    assert matrix[0][0] is None
    assert any(v is None for row in matrix for v in row[1:])
    assert sorted(m for u in data["units"] for m in u) + data["unmatched"] == sorted(ids)
    assert data["violations"] == []


def test_cli_groups_and_save(demo_file, capsys):
    name = "Budget Credibility Peer Network 2026"
    assert main(["match", str(demo_file), "--initiative", name, "--groups", "4", "--save", "Groups A"]) == 0
    out = capsys.readouterr().out
    assert "saved as round 'Groups A'" in out
    assert main(["match", str(demo_file), "--initiative", name, "--mentors"]) == 0


def test_cli_bad_input(demo_file, empty_workspace, capsys):
    assert main(["match", str(demo_file), "--initiative", "Nope", "--pairs"]) == 2
    assert main(["match", str(demo_file), "--initiative", "Budget Credibility Peer Network 2026",
                 "--groups", "1"]) == 2
    assert "--groups K needs K of at least 2" in capsys.readouterr().err


def test_duplicate_rules_in_the_file_are_merged_with_a_note(any_demo_workspace, any_demo_initiative):
    from peerdesk.db.models import PairRule

    factory = any_demo_workspace.factory
    rule = list_pair_rules(factory, any_demo_initiative.id)[0]
    with factory.begin() as session:
        session.add(PairRule(initiative_id=any_demo_initiative.id, peer_a_id=rule.peer_b_id, peer_b_id=rule.peer_a_id,
                             rule=rule.rule, reason="again"))
    cohort = load_cohort(factory, any_demo_initiative.id)
    assert len(cohort.never_pairs) == 1
    assert any("Duplicate never-pair rule" in note for note in cohort.notes)


def test_cli_zero_and_one_peer(demo_file, capsys):
    from peerdesk.db.models import Initiative, Membership, Peer
    from peerdesk.db.workspace import open_workspace

    workspace = open_workspace(demo_file)
    with workspace.factory.begin() as session:
        session.add(Initiative(name="Empty one"))
        lone = Initiative(name="Lone one")
        session.add(lone)
        session.flush()
        peer = Peer(full_name="Ёлкина Наталья")
        session.add(peer)
        session.flush()
        session.add(Membership(initiative_id=lone.id, peer_id=peer.id))
    workspace.close()
    assert main(["match", str(demo_file), "--initiative", "Empty one", "--pairs"]) == 1
    assert "no peers to match" in capsys.readouterr().err
    assert main(["match", str(demo_file), "--initiative", "Lone one", "--pairs", "--json"]) == 1
    assert "Only one peer (Ёлкина Наталья)" in capsys.readouterr().err


def test_rules_and_history_read_again_keep_the_profiles(any_demo_workspace, any_demo_initiative):
    """After a round is saved the window reads the rules and rounds again, not the profiles: the cohort it
    then holds is the one a full read gives."""
    from peerdesk.db.services.matching import reload_rules_and_history

    factory = any_demo_workspace.factory
    before = load_cohort(factory, any_demo_initiative.id)
    settings = MatchSettings(constraints=before.constraints())
    save_round(factory, any_demo_initiative.id, "Round 2", date(2026, 5, 1), settings,
               match(before.profiles, settings))
    cohort = before.rules[0]
    add_pair_rule(factory, any_demo_initiative.id, before.profiles[0].id, before.profiles[-1].id, "never")
    again = reload_rules_and_history(factory, any_demo_initiative.id, before)
    assert again == load_cohort(factory, any_demo_initiative.id)
    assert again.profiles is before.profiles
    assert len(again.previous_pairs) > len(before.previous_pairs) and len(again.rules) == len(before.rules) + 1
    assert cohort in again.rules


def test_profiles_read_again_keep_the_rules(any_demo_workspace, any_demo_initiative):
    from peerdesk.db.services.matching import with_profiles
    from peerdesk.db.services.peers import list_peers

    factory = any_demo_workspace.factory
    before = load_cohort(factory, any_demo_initiative.id)
    peer = before.profiles[3]
    update_profile(factory, any_demo_initiative.id, peer.id, {"languages": ["fr", "en"]})
    again = with_profiles(before, list_peers(factory, any_demo_initiative.id))
    assert again == load_cohort(factory, any_demo_initiative.id)
    assert next(p for p in again.profiles if p.id == peer.id).languages == ("fr", "en")


def test_repeated_language_lists_are_read_as_written(any_demo_workspace, any_demo_initiative):
    """Language and risk lists are decoded once per distinct text: every peer still gets their own values."""
    from peerdesk.db.services.cohort import _json_list

    seen: dict = {}
    assert _json_list('["en", "fr"]', seen) == ("en", "fr") == _json_list('["en", "fr"]', seen)
    assert _json_list("[]", seen) == () and _json_list(None, seen) == () and _json_list(["ru"], seen) == ("ru",)
    profiles = load_cohort(any_demo_workspace.factory, any_demo_initiative.id).profiles
    assert len({p.languages for p in profiles}) > 1


@pytest.mark.parametrize("mode", ["pairs", "groups", "mentors"])
def test_rescoring_only_the_units_pairs_gives_the_same_result(any_demo_workspace, any_demo_initiative, mode):
    """The window re-scores a saved round from the pairs inside its units, not the whole cohort's matrix:
    scores, explanations, warnings (repeats), broken rules and the unplaced are the same."""
    from dataclasses import replace

    from peerdesk.core.matching.results import UnitResult
    from peerdesk.db.services.matching import round_settings, round_units

    factory = any_demo_workspace.factory
    cohort = load_cohort(factory, any_demo_initiative.id)
    detail = round_detail(factory, list_rounds(factory, any_demo_initiative.id)[-1].id)
    settings = replace(round_settings(detail, cohort), mode=mode)
    settings = replace(settings, constraints=replace(settings.constraints, avoid_repeats=True,
                                                     not_same_organisation=True, distinct_countries=True))
    saved = round_units(detail)
    never = next(iter(cohort.never_pairs))
    must = next(iter(cohort.must_pairs))
    unit_sets = [saved, saved[1:],  # one unit left out: its peers unplaced, a must-pair maybe broken
                 [UnitResult(never, ("member", "member"), 0, 0, "", (), False),  # a never-pair rule broken
                  UnitResult(must[:1], ("member",), 0, 0, "", (), True)]]
    if mode != "mentors":
        unit_sets.append(match(cohort.profiles, replace(settings, constraints=replace(
            settings.constraints, avoid_repeats=False))).units)
    for units in unit_sets:
        whole = evaluate(cohort.profiles, settings, units)
        cheap = evaluate(cohort.profiles, settings, units, only_unit_pairs=True)
        assert cheap.units == whole.units
        assert cheap.violations == whole.violations and cheap.unmatched == whole.unmatched
        assert cheap.unmatched_reasons == whole.unmatched_reasons and cheap.total_score == whole.total_score
    assert any(evaluate(cohort.profiles, settings, u, only_unit_pairs=True).violations for u in unit_sets)
    assert any(w for u in evaluate(cohort.profiles, settings, saved, only_unit_pairs=True).units for w in u.warnings)
