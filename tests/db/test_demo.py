"""The demo initiative: what a facilitator opening PeerDesk for the first time would see."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db import models as m
from peerdesk.db.services.demo import DEMO_INITIATIVE_NAME, DemoSummary, create_demo_initiative

SPECIAL_NAMES = ("Ёлкина Наталья", "Ndèye Mayé Diouf", "Nguyễn Thị Mai", "Edit Németh")
TOOL_CODES_LEFT_OUT = {
    "expert_group_peer_review",
    "single_peer_self_assessment",
    "multi_peer_self_assessment",
    "multi_peer_reflection",
}


def _factory(path) -> sessionmaker:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    m.Base.metadata.create_all(engine)
    return sessionmaker(engine)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory) -> tuple[sessionmaker, DemoSummary]:
    """The demo built into an SQLite file, then into a PostgreSQL database (same content on both)."""
    if request.param == "sqlite":
        factory = _factory(tmp_path_factory.mktemp("demo") / "demo.peerdesk")
        yield factory, create_demo_initiative(factory)
        return
    from peerdesk.db.workspace import open_location

    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database("demo_module")
    with open_location(cluster.url(name), create=True) as workspace:
        yield workspace.factory, create_demo_initiative(workspace.factory)
    cluster.drop_database(name)


@pytest.fixture
def session(demo):
    factory, _ = demo
    with factory() as session:
        yield session


def _count(session: Session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def _members(session: Session, role: str) -> list[m.Peer]:
    query = select(m.Peer).join(m.Membership, m.Membership.peer_id == m.Peer.id).where(m.Membership.role == role)
    return list(session.scalars(query))


def _contact_rows(session: Session) -> list[tuple[date, int, int, str]]:
    query = select(m.ContactReport.report_date, m.ContactReport.reporter_id, m.ContactEntry.other_id,
                   m.ContactEntry.kind).join(m.ContactEntry.report)  # fmt: skip
    return [tuple(row) for row in session.execute(query)]


def test_initiative_profile(demo, session):
    _, summary = demo
    initiative = session.get(m.Initiative, summary.initiative_id)
    assert initiative.name == summary.name == DEMO_INITIATIVE_NAME
    assert initiative.reform_area == "budget"
    assert initiative.cadence == "long_drawn_out"
    assert (initiative.start_date, initiative.end_date) == (date(2026, 2, 2), date(2027, 1, 29))
    assert set(initiative.working_languages) == {"en", "fr", "ru", "pt", "es"}
    assert "peer_pressure" in initiative.learning_goals
    assert initiative.theory_of_change and initiative.facilitator_name


def test_participants_comparison_and_countries(session):
    participants = _members(session, "participant")
    assert len(participants) == 24
    assert len(_members(session, "comparison")) == 4
    countries = Counter(peer.country for peer in participants)
    assert len(countries) == 8 and set(countries.values()) == {3}
    names = {peer.full_name for peer in participants}
    for name in SPECIAL_NAMES:
        assert name in names, name
    spoken = {code for peer in participants for code in peer.languages}
    assert {"en", "fr", "ru", "pt", "es"} <= spoken
    assert 2 <= sum("en" not in peer.languages for peer in participants) <= 3
    assert all(peer.organisation is not None for peer in participants)


def test_special_peers_languages(session):
    by_name = {peer.full_name: peer for peer in session.scalars(select(m.Peer))}
    assert set(by_name["Ёлкина Наталья"].languages) == {"ru", "en"}
    assert set(by_name["Ndèye Mayé Diouf"].languages) == {"fr", "en"}
    assert by_name["Ndèye Mayé Diouf"].country == "SN"  # countries are stored as ISO codes
    assert by_name["Nguyễn Thị Mai"].country == "VN"
    assert by_name["Edit Németh"].country == "HU"


def test_one_peer_has_an_empty_profile_and_others_are_tagged(session):
    participants = _members(session, "participant")
    untagged = [peer for peer in participants if not peer.tags]
    assert len(untagged) == 1
    for peer in participants:
        if peer.tags:
            kinds = Counter(tag.kind for tag in peer.tags)
            assert 2 <= kinds["problem"] <= 3 and 1 <= kinds["goal"] <= 2 and 1 <= kinds["task"] <= 2


def test_pair_rules(session):
    assert sorted(rule.rule for rule in session.scalars(select(m.PairRule))) == ["must", "never"]


def test_every_pair_shares_a_language(session):
    matching = session.scalars(select(m.MatchingRound)).one()
    assert matching.mode == "pairs" and matching.held_on == date(2026, 2, 5)
    assert matching.criteria["constraints"]["shared_language"] is True
    assert len(matching.units) == 12
    seen: set[int] = set()
    for unit in matching.units:
        first, second = (member.peer for member in unit.members)
        assert set(first.languages) & set(second.languages), (first.full_name, second.full_name)
        assert unit.explanation and 0 <= unit.score <= 1
        assert not ({first.id, second.id} & seen)
        seen |= {first.id, second.id}
    assert len(seen) == 24


def test_plan_leaves_reflection_thin(session):
    codes = [activity.tool_type.code for activity in session.scalars(select(m.Activity))]
    assert len(codes) >= 9
    assert codes.count("single_peer_reflection") <= 1
    assert not TOOL_CODES_LEFT_OUT & set(codes)
    for activity in session.scalars(select(m.Activity).where(m.Activity.all_peers.is_(False))):
        assert activity.participants, activity.title
    visit = session.scalars(select(m.Activity).join(m.ToolType).where(m.ToolType.code == "site_visits")).one()
    assert visit.host and visit.reciprocal is False and visit.cost
    assert {p.role for p in visit.participants} == {"host", "visitor"}


def test_contracts_and_markup_text(session):
    contracts = list(session.scalars(select(m.PeerContract)))
    assert sorted(c.language for c in contracts) == sorted(["en", "fr", "ru", "pt", "es", "vi"])
    assert {c.status for c in contracts} == {"draft", "printed", "signed", "closed"}
    for contract in contracts:
        assert contract.language in contract.peer.languages
        assert (contract.signed_on is not None) == (contract.status in ("signed", "closed"))
        assert len(contract.items) == _count(session, m.CommitmentTemplate)
    assert any("A&B <Ministry>" in c.authoriser_title for c in contracts)
    statuses = {item.status for c in contracts for item in c.items}
    assert {"kept", "partly", "not_kept", "open"} <= statuses
    dues = [item.due_date for c in contracts for item in c.items]
    assert any(due < date(2026, 11, 27) for due in dues) and any(due > date(2026, 11, 27) for due in dues)


def test_contact_reports_are_clean(session):
    rows = _contact_rows(session)
    assert rows
    assert all(reporter != other for _, reporter, other, _ in rows)
    keys = list(session.execute(select(m.ContactReport.reporter_id, m.ContactReport.report_date)))
    assert len(keys) == len(set(keys))
    assert {day.weekday() for day, *_ in rows} == {0, 3}
    assert len({reporter for _, reporter, _, _ in rows}) >= 6


def test_contacts_become_more_informal(session):
    rows = _contact_rows(session)
    first_day = min(day for day, *_ in rows)

    def informal_share(weeks: range) -> float:
        kinds = [kind for day, _, _, kind in rows if (day - first_day).days // 7 in weeks]
        return kinds.count("informal") / len(kinds)

    assert informal_share(range(8, 12)) > informal_share(range(0, 4))


def test_evaluation_data(session):
    checkin_weeks = {row for row in session.scalars(select(m.LearningCheckin.week_start))}
    assert len(checkin_weeks) == 12 and all(week.weekday() == 0 for week in checkin_weeks)
    gains = list(session.scalars(select(m.LearningGain)))
    assert {gain.score for gain in gains} <= {1, 3, 5}
    assert {gain.point for gain in gains} == {"baseline", "midpoint"}
    mean = {point: sum(g.score for g in gains if g.point == point) for point in ("baseline", "midpoint")}
    assert mean["midpoint"] > mean["baseline"]
    for interview in session.scalars(select(m.ValueInterview)):
        assert set(interview.cycles) <= set(interview.answers)
    events = list(session.scalars(select(m.DiffusionEvent)))
    child = next(e for e in events if e.parent_id is not None)
    assert child.sharer_peer_id is None and child.sharer_name and child.people_reached == 4
    assert session.get(m.DiffusionEvent, child.parent_id).people_reached == 1


def test_dates_inside_the_initiative(demo, session):
    start, end = date(2026, 2, 2), date(2027, 1, 29)
    dates = [
        *session.scalars(select(m.Activity.start_date)),
        *session.scalars(select(m.Activity.end_date)),
        *session.scalars(select(m.ContactReport.report_date)),
        *session.scalars(select(m.LearningCheckin.week_start)),
        *session.scalars(select(m.LearningGain.assessed_on)),
        *session.scalars(select(m.ValueInterview.interviewed_on)),
        *session.scalars(select(m.DiffusionEvent.event_date)),
        *session.scalars(select(m.MatchingRound.held_on)),
        *session.scalars(select(m.PeerContract.signed_on).where(m.PeerContract.signed_on.is_not(None))),
        *session.scalars(select(m.CommitmentItem.due_date).where(m.CommitmentItem.due_date.is_not(None))),
    ]
    assert dates and all(start <= day <= end for day in dates)


def test_summary_matches_rows(demo, session):
    _, summary = demo
    assert summary.peers == 24
    assert summary.activities == _count(session, m.Activity)
    assert summary.contracts == _count(session, m.PeerContract)
    assert summary.contact_reports == _count(session, m.ContactReport)
    assert summary.checkins == _count(session, m.LearningCheckin)
    assert summary.gains == _count(session, m.LearningGain)
    assert summary.interviews == _count(session, m.ValueInterview) == 4
    assert summary.diffusion_events == _count(session, m.DiffusionEvent)
    assert 0 < summary.checkins < 24 * 12  # a few weeks are skipped
    assert 0 < summary.contact_reports < 12 * 24  # some peers skip some reports


def test_second_run_refuses(demo):
    factory, _ = demo
    with pytest.raises(ValueError, match="already"):
        create_demo_initiative(factory)
    with factory() as session:
        assert _count(session, m.Initiative) == 1


def test_content_is_deterministic(demo, tmp_path):
    factory, _ = demo
    other = _factory(tmp_path / "again.peerdesk")
    create_demo_initiative(other)

    def fingerprint(factory: sessionmaker):
        with factory() as session:
            query = (
                select(m.ContactReport.report_date, m.Peer.full_name, m.ContactEntry.kind, m.ContactEntry.channel)
                .join(m.ContactEntry.report)
                .join(m.Peer, m.Peer.id == m.ContactEntry.other_id)
                .order_by(m.ContactReport.report_date, m.ContactReport.reporter_id, m.ContactEntry.other_id)
            )
            return [tuple(row) for row in session.execute(query)]

    assert fingerprint(factory) == fingerprint(other)


def test_demo_checklist_shows_work_in_progress(tmp_path):
    from peerdesk.core.catalogue import catalogue
    from peerdesk.db.services.checklist import list_checklist
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.workspace import create_workspace

    made = []
    with create_workspace(tmp_path / "d.peerdesk", populate=lambda f: made.append(create_demo_initiative(f))) as ws:
        rows = list_checklist(ws.factory, made[0].initiative_id)
    codes = set(catalogue().checklist_item_codes())
    assert {r.item_code for r in rows} == codes
    by_stage = {}
    for row in rows:
        by_stage.setdefault(row.stage_number, []).append(row.status)
    assert by_stage[1].count("done") > by_stage[4].count("done")
    assert set(by_stage[4]) == {"not_started"}
