"""The evaluation measures run over columns (numpy) for speed; here each is checked against a plain,
row-by-row computation of the same definition, on the demo and on a synthetic cohort with erased
contacts, self-reports and strangers mixed in. Any difference in a count, a share or a period fails."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from peerdesk.core.contacts import ContactRecord, week_start
from peerdesk.core.evaluation.analysis import analyse
from peerdesk.core.evaluation.compare import MEASURES, observations
from peerdesk.core.evaluation.contact_measures import FORMAL, INFORMAL, contact_matrix, pair_kinds
from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.core.evaluation.tables import CheckinTable, ContactTable
from peerdesk.db.services.evaluation import list_contact_records, load_evaluation_data

# --- the reference: each measure as its definition reads, one record at a time -------------------------


def ref_pairs(records, members, start=None, end=None) -> dict[tuple[int, int], int]:
    kinds: dict[tuple[int, int], int] = {}
    for r in records:
        if (start and r.report_date < start) or (end and r.report_date > end) or r.reporter_id == r.other_id:
            continue
        if r.reporter_id not in members or r.other_id not in members:
            continue
        pair = (min(r.reporter_id, r.other_id), max(r.reporter_id, r.other_id))
        kinds[pair] = max(kinds.get(pair, 0), INFORMAL if r.kind == "informal" else FORMAL)
    return kinds


def ref_weekly(records, members) -> list[tuple[date, float, float, int]]:
    possible = len(members) * (len(members) - 1) // 2
    first = week_start(min(r.report_date for r in records))
    last = week_start(max(r.report_date for r in records))
    weeks = []
    while first <= last:
        kinds = ref_pairs([r for r in records if week_start(r.report_date) == first], members)
        informal = sum(1 for k in kinds.values() if k == INFORMAL)
        weeks.append((first, len(kinds) / possible, informal / len(kinds) if kinds else 0.0, len(kinds)))
        first += timedelta(days=7)
    return weeks


def ref_heat(checkins, peer_ids) -> tuple[tuple[date, ...], tuple[tuple[bool | None, ...], ...]]:
    answers = {(c.peer_id, c.week_start): c.productive for c in checkins}
    first, last = min(c.week_start for c in checkins), max(c.week_start for c in checkins)
    weeks = tuple(first + timedelta(days=7 * i) for i in range((last - first).days // 7 + 1))
    return weeks, tuple(tuple(answers.get((p, w)) for w in weeks) for p in peer_ids)


def ref_group(values, peers, before: date | None = None, after: date | None = None):
    rows = [(d, p, v) for d, p, v in values if p in peers and (before is None or d < before)
            and (after is None or d >= after)]
    if not rows:
        return 0, 0, None
    return len(rows), len({p for _, p, _ in rows}), sum(v for *_, v in rows) / len(rows)


def ref_observations(data: EvaluationData, measure: str) -> list[tuple[date, int, float]]:
    if measure == "contacts":
        counts = Counter((c.report_date, c.reporter_id) for c in data.contacts)
        return [(d, p, float(n)) for (d, p), n in counts.items()]
    if measure == "checkins":
        return [(c.week_start, c.peer_id, 1.0 if c.productive else 0.0) for c in data.checkins]
    return [(g.assessed_on, g.peer_id, float(g.score)) for g in data.gains]


# --- the comparison ---------------------------------------------------------------------------------------


def check_same(data: EvaluationData) -> None:
    records = list(data.contacts)  # the table read back as plain records
    checkins = list(data.checkins)
    assert isinstance(data.contacts, ContactTable) and isinstance(data.checkins, CheckinTable)
    assert records == sorted(records, key=lambda r: (r.report_date, r.reporter_id, r.other_id))
    analysis = analyse(data, today=date(2026, 12, 31))
    study = list(analysis.study_ids)
    assert study == [p.id for p in data.participants
                     if p.id in {r.reporter_id for r in records} | {r.other_id for r in records}]
    members = set(study)
    for start, end in analysis.windows:
        fast = analysis.matrix(analysis.windows.index((start, end)))
        index = {peer: i for i, peer in enumerate(study)}
        expected = {(index[a], index[b]) if index[a] < index[b] else (index[b], index[a]): kind
                    for (a, b), kind in ref_pairs(records, members, start, end).items()}
        assert dict(fast.pairs) == expected, (start, end)
    assert pair_kinds(data.contacts) == {pair: kind for pair, kind in ref_pairs(
        records, {r.reporter_id for r in records} | {r.other_id for r in records}).items()}
    weekly = [(w.week_start, w.density, w.informal_share, w.pairs) for w in analysis.weekly]
    assert weekly == ref_weekly(records, members)
    participants = [p.id for p in data.participants]
    weeks, cells = ref_heat(checkins, participants)
    answering = [p for p, row in zip(participants, cells, strict=True) if any(c is not None for c in row)]
    assert list(analysis.answering_ids) == answering
    assert analysis.heat.weeks == weeks
    assert analysis.heat.cells == tuple(row for p, row in zip(participants, cells, strict=True) if p in answering)
    assert analysis.productive_peers == sum(1 for row in cells if any(row))
    numbers = analysis.numbers
    assert (numbers.reporters, numbers.contact_reports, numbers.contacts, numbers.checkins) == (
        len({r.reporter_id for r in records}), len({(r.reporter_id, r.report_date) for r in records}), len(records),
        len(checkins))
    comparison = {p.id for p in data.comparison}
    for item in analysis.comparisons:
        values = ref_observations(data, item.measure)
        ba, groups = item.before_after, item.groups
        for figure, expected in ((ba.before, ref_group(values, set(participants), before=analysis.cut)),
                                 (ba.after, ref_group(values, set(participants), after=analysis.cut)),
                                 (groups.participants, ref_group(values, set(participants))),
                                 (groups.comparison, ref_group(values, comparison))):
            assert (figure.observations, figure.peers, figure.mean) == expected, item.measure
    for measure in MEASURES:  # the table reads back as the same observations
        assert sorted((o.day, o.peer_id, o.value) for o in observations(data, measure)) == sorted(
            ref_observations(data, measure))


def test_fast_measures_match_the_reference_on_the_demo(demo_workspace, demo_initiative):
    data = load_evaluation_data(demo_workspace.factory, demo_initiative.id)
    assert len(data.contacts) > 200
    check_same(data)
    # the records read back from the columns are the ones the capture service lists
    listed = list_contact_records(demo_workspace.factory, demo_initiative.id)
    assert list(data.contacts) == listed


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from peerdesk.db.services.synthetic import create_synthetic_initiative
    from peerdesk.db.workspace import create_workspace

    path = Path(tmp_path_factory.mktemp("fast")) / "s.peerdesk"
    made = []
    create_workspace(path, populate=lambda factory: made.append(create_synthetic_initiative(factory, 40, 3))).close()
    return path


def test_fast_measures_match_the_reference_on_a_synthetic_cohort_with_odd_rows(synthetic):
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_workspace

    workspace = open_workspace(synthetic)
    try:
        data = load_evaluation_data(workspace.factory, list_initiatives(workspace.factory)[0].id)
    finally:
        workspace.close()
    check_same(data)
    # self-reports, contacts with strangers and unsorted rows, as a plain list of records would bring them
    records = list(data.contacts)
    first = records[0]
    odd = [ContactRecord(first.report_date, first.reporter_id, first.reporter_id, "informal"),
           ContactRecord(first.report_date + timedelta(days=3), first.reporter_id, 999_999, "informal")]
    shuffled = list(reversed(records)) + odd
    plain = EvaluationData(data.initiative_id, data.name, data.facilitator, data.start_date, data.end_date,
                           data.learning_goals, data.people, tuple(shuffled), tuple(data.checkins), data.gains)
    plain_analysis = analyse(plain, today=date(2026, 12, 31))
    fast = analyse(data, today=date(2026, 12, 31))
    assert plain_analysis.weekly == fast.weekly
    assert [plain_analysis.matrix(i).pairs for i in range(len(fast.windows))] == [
        fast.matrix(i).pairs for i in range(len(fast.windows))]
    ids = [p.id for p in data.participants] + [999_999]
    expected = {}
    for (a, b), kind in ref_pairs(shuffled, set(ids)).items():
        i, j = sorted((ids.index(a), ids.index(b)))
        expected[(i, j)] = kind
    assert contact_matrix(shuffled, ids).pairs == expected
    assert expected[(ids.index(first.reporter_id), len(ids) - 1)] == INFORMAL  # listed, the stranger counts
