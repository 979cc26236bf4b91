"""The evaluation's columns (contacts, check-ins, scores) read back as the records they hold, and the learning
gains over them give the figures of the record-by-record definition (kept here as the reference)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import numpy as np

from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.compare import observations
from peerdesk.core.evaluation.learning import AreaGain, GainSummary, PeerGain, learning_gains
from peerdesk.core.evaluation.records import CheckinRecord, EvaluationData, GainRecord
from peerdesk.core.evaluation.tables import CheckinTable, ContactTable, GainTable

AREAS = ("sequencing", "prioritising", "measuring_impact", "change_team")


def reference_gains(gains: list[GainRecord], areas) -> GainSummary:
    """Learning gains as the definition reads, one record at a time (the implementation before columns)."""
    by_key: dict[tuple[int, str], list[GainRecord]] = defaultdict(list)
    for gain in gains:
        by_key[(gain.peer_id, gain.area)].append(gain)
    pairs = {}
    for key, rows in by_key.items():
        rows.sort(key=lambda row: row.assessed_on)
        if len(rows) >= 2 and rows[0].assessed_on != rows[-1].assessed_on:
            pairs[key] = (rows[0].score, rows[-1].score)
    by_area = []
    for area in areas:
        values = [pair for (_peer, a), pair in pairs.items() if a == area]
        by_area.append(AreaGain(area, len(values), sum(v[0] for v in values) / len(values),
                                sum(v[1] for v in values) / len(values)) if values else AreaGain(area, 0, 0.0, 0.0))
    per_peer: dict[int, list[int]] = defaultdict(list)
    for (peer, _area), (first, last) in pairs.items():
        per_peer[peer].append(last - first)
    by_peer = tuple(PeerGain(peer, len(d), sum(d) / len(d), sum(1 for x in d if x > 0), sum(1 for x in d if x < 0))
                    for peer, d in sorted(per_peer.items()))
    once = tuple(sorted({g.peer_id for g in gains} - set(per_peer)))
    points: list[str] = []
    for gain in sorted(gains, key=lambda g: g.assessed_on):
        label = gain.point or gain.assessed_on.isoformat()
        if label not in points:
            points.append(label)
    return GainSummary(tuple(by_area), by_peer, once, tuple(points))


def random_gains(seed: int) -> list[GainRecord]:
    rng = random.Random(seed)
    start = date(2026, 2, 2)
    points = [(start, "baseline"), (start + timedelta(days=90), "midpoint"), (start + timedelta(days=200), ""),
              (start + timedelta(days=300), "after the study tour")]
    gains = []
    for peer in rng.sample(range(1, 500), 40):
        for area in rng.sample(AREAS, rng.randint(1, len(AREAS))):
            for day, point in rng.sample(points, rng.randint(1, len(points))):
                gains.append(GainRecord(peer, day, point, area, rng.choice((1, 3, 5))))
    rng.shuffle(gains)
    return gains


def test_learning_gains_over_columns_match_the_record_by_record_definition():
    for seed in range(12):
        gains = random_gains(seed)
        areas = [*AREAS, "technical_design"]  # an area nobody was scored in
        assert learning_gains(gains, areas) == reference_gains(gains, areas), seed
        table = GainTable.of(gains)
        assert list(table) == gains  # records given in any order read back in that order
        assert learning_gains(table, areas) == reference_gains(gains, areas)


def test_learning_gains_of_one_date_twice_and_of_nothing():
    day = date(2026, 3, 2)
    twice = [GainRecord(1, day, "baseline", "sequencing", 1), GainRecord(1, day, "baseline", "sequencing", 5),
             GainRecord(2, day, "", "sequencing", 3)]
    summary = learning_gains(twice, AREAS)
    assert summary == reference_gains(twice, AREAS)
    assert summary.by_peer == () and summary.assessed_once == (1, 2)
    assert summary.points == ("baseline", "2026-03-02")
    assert learning_gains([], AREAS) == reference_gains([], AREAS)


def test_score_observations_are_the_scores():
    gains = random_gains(3)
    data = EvaluationData(1, "x", "", None, None, (), (), gains=gains)
    assert sorted((o.day, o.peer_id, o.value) for o in observations(data, "scores")) == sorted(
        (g.assessed_on, g.peer_id, float(g.score)) for g in gains)


def test_contact_table_keeps_words_as_codes_and_reads_them_back():
    day = date(2026, 3, 2)
    records = [ContactRecord(day + timedelta(days=i % 5), 1 + i % 3, 10 + i % 7, ("formal", "informal")[i % 2],
                             ("email", "phone", "", "carrier pigeon")[i % 4]) for i in range(40)]
    table = ContactTable.of(records)
    assert list(table) == sorted(records, key=lambda r: (r.report_date, r.reporter_id, r.other_id))
    assert table.kind_code.dtype == np.int8 and table.day.dtype == np.int32
    assert table.kind.tolist() == [r.kind for r in table]
    assert table.channel.tolist() == [r.channel for r in table]
    assert table.informal.tolist() == [r.kind == "informal" for r in table]
    assert list(table.within(day + timedelta(days=1), day + timedelta(days=2))) == [
        r for r in table if day + timedelta(days=1) <= r.report_date <= day + timedelta(days=2)]


def test_checkin_notes_follow_their_rows_through_sorting_and_slicing():
    monday = date(2026, 3, 2)
    records = [CheckinRecord(peer, monday + timedelta(weeks=week), (peer + week) % 3 == 0 or None,
                             f"note {peer}/{week}" if (peer * week) % 4 == 1 else "")
               for week in (2, 0, 1) for peer in (5, 3, 9)]
    records = [CheckinRecord(r.peer_id, r.week_start, None if r.productive is None else True, r.note) for r in records]
    table = CheckinTable.of(records)
    ordered = sorted(records, key=lambda r: (r.week_start, r.peer_id))
    assert list(table) == ordered
    assert list(table[2:7]) == ordered[2:7]
    assert list(table._take(table.peer == 9)) == [r for r in ordered if r.peer_id == 9]
    blank = CheckinTable.of([CheckinRecord(r.peer_id, r.week_start, r.productive) for r in records])
    blank.add_notes(np.array([r.peer_id for r in records] + [77]),
                    np.array([r.week_start.toordinal() for r in records] + [monday.toordinal()]),
                    [r.note for r in records] + ["nobody's"])
    assert list(blank) == ordered


def test_distinct_is_numpys_unique():
    import numpy as np

    from peerdesk.core.evaluation.tables import distinct

    generator = np.random.default_rng(5)
    for values in (generator.integers(0, 50, 1000), generator.integers(-2**40, 2**40, 1000), np.arange(0),
                   np.array([7]), np.sort(generator.integers(0, 9, 300))):
        assert distinct(values).tolist() == np.unique(values).tolist()


def test_dates_read_from_text_are_the_days_python_reads():
    import random
    from datetime import date

    from peerdesk.db.services.evaluation_columns import _days

    chooser = random.Random(3)
    days = [date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29), date(1900, 3, 1), date(2024, 2, 29)]
    days += [date.fromordinal(chooser.randint(1, date(9999, 12, 31).toordinal())) for _ in range(5000)]
    assert _days(",".join(d.isoformat() for d in days), len(days)).tolist() == [d.toordinal() for d in days]
    for odd in ("1900-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "2026-01-00", "2026/01/01",
                "soon", "2461000.5", "2026-01-05 10:00", "２026-01-01"):
        assert _days(odd, 1) is None and _days("2026-01-01," + odd, 2) is None, odd  # SQLite's check reads them
    assert _days("2026-01-01,2026-01-02", 3) is None  # a row short: one was NULL
