"""Coverage of the 2 x 4 map, gaps and every plan warning: one plan that triggers each rule, one that does not."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core import toolplan as tp
from peerdesk.core.catalogue import catalogue

START, END = date(2026, 1, 1), date(2026, 12, 31)


def act(code: str, start: date, end: date | None = None, *, title: str = "", peers=(), all_peers=None):
    """An activity; without chosen peers it is for all peers (set all_peers=False for one with nobody)."""
    all_peers = not peers if all_peers is None else all_peers
    tool = catalogue().tool_type(code)
    return tp.PlannedActivity(
        title=title or tool.name,
        tool_code=code,
        tool_name=tool.name,
        cells=tool.cells,
        supports_goals=tool.supports_goals,
        start_date=start,
        end_date=end or start,
        all_peers=all_peers,
        participant_ids=tuple(peers),
    )


def plan(*activities, goals=("formal_knowledge",)) -> tp.ToolPlan:
    return tp.ToolPlan(tuple(activities), tuple(goals), START, END, "long_drawn_out")


def codes(p: tp.ToolPlan) -> list[str]:
    return [w.code for w in tp.plan_warnings(p)]


# A balanced year: opening conference, a review round, pairs, site visits and reflection along the way.
GOOD = plan(
    act("large_group_meetings", date(2026, 1, 10), date(2026, 1, 12)),
    act("multi_peer_self_assessment", date(2026, 2, 1), date(2026, 3, 1)),
    act("paired_engagements", date(2026, 2, 1), date(2026, 10, 31)),
    act("site_visits", date(2026, 5, 4), date(2026, 5, 7)),
    act("multi_peer_reflection", date(2026, 6, 1)),
    act("peer_produced_knowledge_products", date(2026, 6, 1), date(2026, 9, 30)),
    goals=("formal_knowledge", "experiential_knowledge", "peer_support", "peer_pressure"),
)


def test_good_plan_has_no_warnings_and_no_gaps() -> None:
    assert tp.plan_warnings(GOOD) == []
    assert tp.coverage_gaps(GOOD) == []


def test_coverage_counts_every_cell() -> None:
    counts = tp.coverage_counts(GOOD.activities)
    assert len(counts) == 8
    assert counts[("foundational", "interaction")] == 1
    assert counts[("sustained", "knowledge")] == 2  # site visit + peer-produced product
    assert counts[("sustained", "reflection")] == 1


def test_empty_cell_is_a_gap_with_the_tools_that_fill_it() -> None:
    p = plan(act("large_group_meetings", date(2026, 1, 10)), act("paired_engagements", date(2026, 2, 1)))
    gaps = {(g.part, g.challenge): g for g in tp.coverage_gaps(p)}
    assert ("foundational", "interaction") not in gaps
    sharing = gaps[("foundational", "sharing")]
    names = [o.name for o in sharing.suggestions]
    # most used in the field first: expert review and multi-peer assessment (13 of 52) before single-peer (5)
    assert names[-1] == "Single-peer self-assessment"
    assert set(names) == {"Expert group peer review", "Single-peer self-assessment", "Multi-peer self-assessment"}
    assert {o.code for o in gaps[("sustained", "reflection")].suggestions} == {
        "single_peer_reflection",
        "multi_peer_reflection",
    }


def test_field_pattern_puts_reflection_last() -> None:
    pattern = tp.field_pattern()
    assert pattern[("foundational", "knowledge")] == max(pattern.values())
    assert pattern[("foundational", "reflection")] < pattern[("foundational", "interaction")]
    assert pattern[("foundational", "interaction")] == pytest.approx((31 + 26) / 52)


def test_no_activities() -> None:
    assert codes(plan()) == [tp.NO_ACTIVITIES, tp.GOAL_UNSUPPORTED]
    assert tp.NO_ACTIVITIES not in codes(GOOD)


def test_no_reflection() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 1, 10)),
        act("paired_engagements", date(2026, 2, 1), date(2026, 9, 1)),
        act("site_visits", date(2026, 5, 1)),
    )
    warnings = {w.code: w for w in tp.plan_warnings(p)}
    assert tp.NO_REFLECTION in warnings
    assert "Multi-peer reflection" in warnings[tp.NO_REFLECTION].suggestions
    assert tp.REFLECTION_ONLY_AT_END not in warnings
    assert tp.NO_REFLECTION not in codes(GOOD)


def test_reflection_only_at_the_end() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 1, 10)),
        act("paired_engagements", date(2026, 2, 1), date(2026, 9, 1)),
        act("single_peer_reflection", date(2026, 12, 1), date(2026, 12, 20)),
    )
    warnings = {w.code: w for w in tp.plan_warnings(p)}
    assert tp.REFLECTION_ONLY_AT_END in warnings
    assert "1\u00a0December\u00a02026" in warnings[tp.REFLECTION_ONLY_AT_END].message
    assert tp.NO_REFLECTION not in warnings
    assert tp.REFLECTION_ONLY_AT_END not in codes(GOOD)


def test_nothing_after_first_event() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 3, 1), date(2026, 3, 3)),
        act("single_peer_reflection", date(2026, 3, 3)),
        act("training_sessions", date(2026, 3, 2)),
    )
    warnings = {w.code: w for w in tp.plan_warnings(p)}
    assert tp.NOTHING_AFTER_FIRST_EVENT in warnings
    assert "3\u00a0March\u00a02026" in warnings[tp.NOTHING_AFTER_FIRST_EVENT].message
    assert tp.NOTHING_AFTER_FIRST_EVENT not in codes(GOOD)


def test_ongoing_activity_starting_with_the_first_event_counts_as_later_contact() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 3, 1), date(2026, 3, 3)),
        act("online_networking", date(2026, 3, 1), date(2026, 12, 1)),
    )
    assert tp.NOTHING_AFTER_FIRST_EVENT not in codes(p)


def test_no_sustained_contact() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 1, 10)),
        act("training_sessions", date(2026, 4, 1)),
        act("multi_peer_reflection", date(2026, 6, 1)),
    )
    assert tp.NO_SUSTAINED_CONTACT in codes(p)
    assert tp.NO_SUSTAINED_CONTACT not in codes(GOOD)


def test_peer_pressure_without_review_tool() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 1, 10)),
        act("paired_engagements", date(2026, 2, 1), date(2026, 9, 1)),
        act("multi_peer_reflection", date(2026, 6, 1)),
        goals=("formal_knowledge", "peer_pressure"),
    )
    warnings = [w for w in tp.plan_warnings(p) if w.code == tp.GOAL_UNSUPPORTED]
    assert [w.subject for w in warnings] == ["peer_pressure"]
    assert "review or assessment" in warnings[0].message
    assert set(warnings[0].suggestions) <= {
        "Expert group peer review",
        "Single-peer self-assessment",
        "Multi-peer self-assessment",
        "Common assessment products",
    }
    assert warnings[0].suggestions


def test_other_unsupported_goal() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 1, 10)),
        act("paired_engagements", date(2026, 2, 1), date(2026, 9, 1)),
        act("multi_peer_reflection", date(2026, 6, 1)),
        goals=("training_support",),
    )
    warnings = [w for w in tp.plan_warnings(p) if w.code == tp.GOAL_UNSUPPORTED]
    assert len(warnings) == 1 and "Specific training support" in warnings[0].message
    assert "Training sessions" in warnings[0].suggestions
    assert tp.GOAL_UNSUPPORTED not in codes(GOOD)


def test_few_tool_types() -> None:
    p = plan(
        act("paired_engagements", date(2026, 2, 1), date(2026, 9, 1)),
        act("multi_peer_reflection", date(2026, 6, 1)),
        act("multi_peer_reflection", date(2026, 1, 1)),
    )
    assert tp.FEW_TOOL_TYPES in codes(p)
    assert tp.FEW_TOOL_TYPES not in codes(GOOD)


def test_every_warning_code_is_exercised() -> None:
    # guard: a new rule must come with its own test above
    assert set(tp.WARNING_CODES) == {
        "no_activities", "no_reflection", "reflection_only_at_end", "nothing_after_first_event",
        "no_sustained_contact", "goal_unsupported", "few_tool_types", "no_participants",
    }


def test_custom_tool_type_fills_a_cell() -> None:
    custom = tp.ToolOption("custom_debrief", "Home-team debrief", (("sustained", "reflection"),), ("peer_support",))
    p = plan(act("large_group_meetings", date(2026, 1, 10)))
    options = (*tp.catalogue_options(), custom)
    gap = next(g for g in tp.coverage_gaps(p, options) if g.challenge == "reflection" and g.part == "sustained")
    assert "Home-team debrief" in [o.name for o in gap.suggestions]


def test_peer_loads_count_all_peer_activities_for_everyone() -> None:
    p = plan(
        act("large_group_meetings", date(2026, 1, 10), all_peers=True),
        act("paired_engagements", date(2026, 2, 1), peers=(1, 2)),
        act("site_visits", date(2026, 5, 1), peers=(2, 99)),
    )
    assert tp.peer_loads(p.activities, [1, 2, 3]) == {1: 2, 2: 3, 3: 1}
    assert tp.tool_usage(p.activities)["site_visits"] == 1


def test_activity_without_participants_is_warned_about() -> None:
    lonely = plan(*GOOD.activities, act("site_visits", date(2026, 7, 1), title="Visit to Dakar", all_peers=False),
                  goals=GOOD.learning_goals)
    warnings = [w for w in tp.plan_warnings(lonely) if w.code == tp.NO_PARTICIPANTS]
    assert [w.subject for w in warnings] == ["Visit to Dakar"]
    assert "Visit to Dakar" in warnings[0].message
    with_people = plan(*GOOD.activities, act("site_visits", date(2026, 7, 1), peers=(1, 2)), goals=GOOD.learning_goals)
    assert tp.NO_PARTICIPANTS not in codes(with_people)
