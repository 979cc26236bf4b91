"""Hard rules are hard: a grouping that cannot keep every rule leaves the right peers unplaced with the
reason, offers a trio where that places someone, and breaks a rule only when the user allows it."""

from __future__ import annotations

from dataclasses import replace

from peerdesk.core.matching.criteria import Constraints, MatchSettings
from peerdesk.core.matching.engine import match
from tests.unit.matching_helpers import random_cohort


def _cohort():
    people = random_cohort(40, seed=3, languages=("en",))
    people = [replace(p, languages=("en",)) for p in people]
    # Two bilingual peers, one who speaks only French (shares a language with just those two),
    # and one who speaks only German (shares a language with nobody).
    people[0] = replace(people[0], full_name="Yves Bilingue", languages=("en", "fr"))
    people[1] = replace(people[1], full_name="Zoé Bilingue", languages=("en", "fr"))
    people[2] = replace(people[2], full_name="Xavier Francophone", languages=("fr",))
    people[3] = replace(people[3], full_name="Wolfgang Deutsch", languages=("de",))
    return people


SETTINGS = MatchSettings(mode="groups", group_size=5, constraints=Constraints(shared_language=True))


def test_no_unit_breaks_a_hard_rule_and_the_unplaced_are_named_with_a_reason():
    people = _cohort()
    result = match(people, SETTINGS, time_limit=0.5)
    assert result.violations == ()
    by_id = {p.id: p for p in people}
    for unit in result.units:
        members = [by_id[m] for m in unit.members]
        for a in members:
            for b in members:
                assert set(a.languages) & set(b.languages), (a.full_name, b.full_name)
    assert result.unmatched == (people[3].id,)
    assert "Wolfgang Deutsch" in result.unmatched_reasons[people[3].id]
    placed = {m for u in result.units for m in u.members}
    assert placed == {p.id for p in people} - {people[3].id}
    xavier_unit = next(u for u in result.units if people[2].id in u.members)
    assert set(xavier_unit.members) == {people[0].id, people[1].id, people[2].id}  # a trio is offered


def test_a_peer_who_shares_a_language_with_too_few_is_left_out_with_the_count():
    people = _cohort()
    people[1] = replace(people[1], languages=("en",))  # now Xavier shares French with Yves only...
    people[4] = replace(people[4], full_name="Ana Lusófona", languages=("pt",))
    people[5] = replace(people[5], full_name="Bia Lusófona", languages=("pt", "en"))
    result = match(people, SETTINGS, time_limit=0.5)
    assert result.violations == ()
    unplaced = set(result.unmatched)
    assert people[3].id in unplaced
    assert "shares a working language with only 0 other(s)" in result.unmatched_reasons[people[3].id]


def test_rule_breaks_only_when_allowed():
    people = _cohort()
    result = match(people, replace(SETTINGS, allow_rule_breaks=True), time_limit=0.5)
    assert result.unmatched == ()
    assert any("no common language" in v for v in result.violations)


def test_cli_exits_1_when_someone_is_unplaced_unless_rule_breaks_are_allowed(tmp_path, capsys):
    from peerdesk.cli import main
    from peerdesk.db.workspace import create_workspace

    data = tmp_path / "cohort.peerdesk"
    create_workspace(data).close()
    rows = ["name,email,languages,problems"]
    for k in range(36):
        rows.append(f"Peer {k},p{k}@example.org,en,problem {k % 5}")
    rows += ["Yves Bilingue,y@example.org,en; fr,problem 1", "Zoé Bilingue,z@example.org,en; fr,problem 2",
             "Xavier Francophone,x@example.org,fr,problem 1", "Wolfgang Deutsch,w@example.org,de,problem 1"]
    source = tmp_path / "cohort.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["import", str(data), str(source), "--initiative", "Net", "--consented", "Registration form"]) == 0
    capsys.readouterr()
    assert main(["match", str(data), "--initiative", "Net", "--groups", "5"]) == 1
    out = capsys.readouterr().out
    assert "unmatched: Wolfgang Deutsch is not placed: shares a working language with only 0 other(s)" in out
    assert "VIOLATION" not in out
    assert main(["match", str(data), "--initiative", "Net", "--groups", "5", "--allow-rule-breaks"]) == 0
    assert "VIOLATION" in capsys.readouterr().out
