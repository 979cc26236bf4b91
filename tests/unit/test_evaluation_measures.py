"""Evaluation measures on small data checked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.compare import Observation, before_after, compare_groups
from peerdesk.core.evaluation.contact_measures import FORMAL, INFORMAL, NONE, contact_matrix, weekly_density
from peerdesk.core.evaluation.diffusion import diffusion_summary
from peerdesk.core.evaluation.learning import learning_gains, learning_heat_map
from peerdesk.core.evaluation.records import CheckinRecord, DiffusionRecord, GainRecord, Person

MON = date(2026, 3, 2)
THU = date(2026, 3, 5)
NEXT_MON = date(2026, 3, 9)


def record(day, a, b, kind="formal"):
    return ContactRecord(day, a, b, kind)


def test_matrix_four_peers_density_and_informal_share():
    # Pairs: 1-2 formal, 1-3 formal by 1 but informal by 3 (informal wins), 2-4 formal; 6 possible pairs.
    records = [record(MON, 1, 2), record(MON, 1, 3), record(THU, 3, 1, "informal"), record(THU, 4, 2)]
    matrix = contact_matrix(records, [1, 2, 3, 4])
    assert matrix.cells[0] == (NONE, FORMAL, INFORMAL, NONE)
    assert matrix.cells[1][3] == FORMAL and matrix.cells[3][1] == FORMAL  # symmetric
    assert matrix.pair_counts() == (2, 1)
    assert matrix.density == pytest.approx(3 / 6)
    assert matrix.informal_share == pytest.approx(1 / 3)


def test_matrix_period_self_contact_and_strangers_left_out():
    records = [record(MON, 1, 1, "informal"), record(MON, 1, 9), record(NEXT_MON, 1, 2)]
    matrix = contact_matrix(records, [1, 2, 3], start=MON, end=THU)
    assert matrix.pair_counts() == (0, 0)
    assert matrix.density == 0.0 and matrix.informal_share == 0.0
    assert contact_matrix(records, [1, 2, 3]).density == pytest.approx(1 / 3)


def test_weekly_density_keeps_empty_weeks():
    records = [record(MON, 1, 2, "informal"), record(date(2026, 3, 17), 2, 3)]
    weeks = weekly_density(records, [1, 2, 3])
    assert [w.week_start for w in weeks] == [MON, NEXT_MON, date(2026, 3, 16)]
    assert [round(w.density, 3) for w in weeks] == [0.333, 0.0, 0.333]
    assert [w.informal_share for w in weeks] == [1.0, 0.0, 0.0]


def test_learning_heat_map_and_weekly_share():
    checkins = [CheckinRecord(1, MON, True), CheckinRecord(2, MON, False), CheckinRecord(1, date(2026, 3, 16), True)]
    heat = learning_heat_map(checkins, [1, 2])
    assert heat.weeks == (MON, NEXT_MON, date(2026, 3, 16))
    assert heat.cells == ((True, None, True), (False, None, None))
    assert heat.productive_share == pytest.approx(2 / 3)
    assert heat.weekly_share() == [0.5, None, 1.0]


def test_learning_gains_by_area_and_peer():
    base, mid = date(2026, 2, 5), date(2026, 6, 15)
    gains = [
        GainRecord(1, base, "baseline", "sequencing", 1), GainRecord(1, mid, "midpoint", "sequencing", 5),
        GainRecord(1, base, "baseline", "prioritising", 3), GainRecord(1, mid, "midpoint", "prioritising", 1),
        GainRecord(2, base, "baseline", "sequencing", 3), GainRecord(2, mid, "midpoint", "sequencing", 3),
        GainRecord(3, base, "baseline", "sequencing", 1),
    ]
    summary = learning_gains(gains, ["sequencing", "prioritising", "measuring_impact"])
    sequencing, prioritising, measuring = summary.by_area
    assert (sequencing.peers, sequencing.mean_first, sequencing.mean_last, sequencing.mean_gain) == (2, 2.0, 4.0, 2.0)
    assert prioritising.mean_gain == -2.0 and measuring.peers == 0
    peer1 = summary.by_peer[0]
    assert (peer1.peer_id, peer1.mean_gain, peer1.improved, peer1.declined) == (1, 1.0, 1, 1)  # (+4 - 2) / 2
    assert summary.assessed_once == (3,)
    assert summary.points == ("baseline", "midpoint")


def test_diffusion_paper_example():
    """Five participants a-e: a shares with f, f with g, h, i, j; e convenes m, n, o, p; b, c, d share nothing."""
    a, b, c, d, e = 1, 2, 3, 4, 5
    events = [
        DiffusionRecord(10, a, "", None, MON, "conversation", "f", 1),
        DiffusionRecord(11, None, "f", 10, THU, "briefing", "g h i j", 4),
        DiffusionRecord(12, e, "", None, MON, "workshop", "m n o p", 4),
    ]
    summary = diffusion_summary(events, [a, b, c, d, e])
    assert summary.reached == 9
    assert summary.depth == 2
    assert summary.silent_peers == (b, c, d)
    assert summary.silent_share == pytest.approx(0.6)
    by_peer = {reach.peer_id: reach for reach in summary.by_peer}
    assert (by_peer[a].reached, by_peer[a].depth, by_peer[a].events) == (5, 2, 2)
    assert (by_peer[e].reached, by_peer[e].depth) == (4, 1)


def test_diffusion_cycle_and_missing_parent_lose_nothing():
    events = [
        DiffusionRecord(1, None, "x", 2, MON, "talk", "", 2),
        DiffusionRecord(2, None, "y", 1, MON, "talk", "", 3),
        DiffusionRecord(3, 7, "", 99, MON, "talk", "", 5),
    ]
    summary = diffusion_summary(events, [7])
    assert summary.reached == 10
    assert summary.silent_peers == ()


def test_before_after_and_groups_with_counts():
    obs = [Observation(MON, 1, 1.0), Observation(MON, 2, 3.0), Observation(NEXT_MON, 1, 4.0),
           Observation(NEXT_MON, 9, 0.0)]
    result = before_after(obs, NEXT_MON, peer_ids=[1, 2])
    assert (result.before.observations, result.before.peers, result.before.mean) == (2, 2, 2.0)
    assert (result.after.observations, result.after.mean, result.change) == (1, 4.0, 2.0)
    groups = compare_groups(obs, [1, 2], [9, 10])
    assert groups.participants.observations == 3 and groups.comparison.peers == 1
    assert groups.comparison.mean == 0.0


def test_anonymiser_codes_are_stable_and_text_is_scrubbed():
    people = [Person(5, "Nguyễn Thị Mai"), Person(2, "Ёлкина Наталья"), Person(9, "Natalia Popa", "comparison")]
    anon = Anonymiser(people, other_names=["Florin Lupu"])
    assert [anon.code(2), anon.code(5), anon.code(9)] == ["P01", "P02", "C01"]
    again = Anonymiser(list(reversed(people)), other_names=["Florin Lupu"])
    assert again.code(5) == "P02"
    text = anon.text("Mai met Ёлкина Наталья and F. Lupu; Natalia Popa agreed. A&B <Ministry>")
    assert "Mai" not in text and "Ёлкина" not in text and "Lupu" not in text and "Popa" not in text
    assert "P02 met P01" in text and "A&B <Ministry>" in text
    assert Anonymiser(people, enabled=False).name(5) == "Nguyễn Thị Mai"


def test_a_large_matrix_is_drawn_in_groups_keeping_the_strongest_contact():
    from peerdesk.reports.charts.heatmap import matrix_array

    records = [ContactRecord(MON, 1, 2, "formal"), ContactRecord(MON, 3, 6, "informal"),
               ContactRecord(MON, 4, 5, "formal")]
    matrix = contact_matrix(records, [1, 2, 3, 4, 5, 6])
    grouped = matrix_array(matrix, most=3)  # peers in pairs: (1,2) (3,4) (5,6)
    assert grouped.tolist() == [[FORMAL, NONE, NONE], [NONE, NONE, INFORMAL], [NONE, INFORMAL, NONE]]
    assert matrix_array(matrix).tolist() == [list(row) for row in matrix.cells]
