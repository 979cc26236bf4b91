from datetime import date

from peerdesk.core.contacts import ContactRecord, week_start, weekly_contacts
from peerdesk.core.profiles import PeerProfile, completeness, missing_fields


def test_weekly_contacts_counts_kinds_and_keeps_empty_weeks():
    records = [
        ContactRecord(date(2026, 3, 2), 1, 2, "formal"),
        ContactRecord(date(2026, 3, 5), 1, 3, "informal"),
        ContactRecord(date(2026, 3, 5), 2, 1, "informal"),
        ContactRecord(date(2026, 3, 19), 3, 1, "formal"),
    ]
    weeks = weekly_contacts(records)
    assert [w.week_start for w in weeks] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert [(w.formal, w.informal) for w in weeks] == [(1, 2), (0, 0), (1, 0)]
    assert round(weeks[0].informal_share, 3) == 0.667
    assert weeks[1].informal_share == 0.0


def test_week_start_is_monday():
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)
    assert weekly_contacts([]) == []


def test_completeness_weights_problems_goals_tasks_most():
    empty = PeerProfile(id=1, uuid="u", full_name="Edit Németh")
    assert completeness(empty) == 0.0
    assert missing_fields(empty)[:2] == ["problems", "goals"]
    with_problems = PeerProfile(id=1, uuid="u", full_name="x", problems=("arrears",))
    with_country = PeerProfile(id=1, uuid="u", full_name="x", country="Hungary")
    assert completeness(with_problems) > completeness(with_country) > 0
    full = PeerProfile(
        id=1, uuid="u", full_name="x", problems=("a",), goals=("b",), tasks=("c",), languages=("en",),
        organisation="o", country="c", position="p", career_level="mid", education_level="master", influence="high",
    )
    assert completeness(full) == 1.0
    assert missing_fields(full) == []
