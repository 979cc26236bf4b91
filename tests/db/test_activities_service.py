"""Plan services against the demo file: validation at the field, nothing half-saved, tool types, checklist."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from peerdesk.core import toolplan as tp
from peerdesk.db.models import Activity, ActivityParticipant, Membership, Tombstone
from peerdesk.db.services.activities import (
    ActivityInput,
    ActivityInvalid,
    LogisticsItem,
    PlanSettingsInvalid,
    create_activity,
    delete_activity,
    get_activity,
    list_activities,
    load_plan,
    update_activity,
    update_plan_settings,
)
from peerdesk.db.services.checklist import ChecklistInvalid, list_checklist, set_checklist_entry
from peerdesk.db.services.tool_types import (
    ToolTypeInUse,
    ToolTypeInvalid,
    create_tool_type,
    delete_tool_type,
    list_tool_types,
)


@pytest.fixture
def factory(any_demo_workspace):
    return any_demo_workspace.factory


@pytest.fixture
def plan(factory, any_demo_initiative):
    return load_plan(factory, any_demo_initiative.id)


def tool_id(factory, code: str) -> int:
    return next(t.id for t in list_tool_types(factory) if t.code == code)


def activity_count(factory) -> int:
    with factory.begin() as session:
        return session.scalar(select(func.count()).select_from(Activity))


def reflection_input(factory, plan, **changes) -> ActivityInput:
    data = ActivityInput(
        tool_type_id=tool_id(factory, "multi_peer_reflection"),
        title="Mid-year debrief: what did we try at home?",
        start_date=date(2026, 7, 7),
        end_date=date(2026, 7, 7),
        duration_hours=2.5,
        mode="online",
        participants=tuple((peer.id, "participant") for peer in plan.peers[:4]),
        logistics=(LogisticsItem("Send questions a week ahead"), LogisticsItem("Book the video room", True)),
    )
    return replace(data, **changes)


def test_demo_plan_flags_a_gap_and_peer_pressure(plan) -> None:
    tool_plan = plan.tool_plan()
    assert len(tool_plan.activities) == 10
    gaps = tp.coverage_gaps(tool_plan, plan.tool_options)
    assert ("foundational", "sharing") in {(g.part, g.challenge) for g in gaps}
    warnings = tp.plan_warnings(tool_plan, plan.tool_options)
    assert any(w.code == tp.GOAL_UNSUPPORTED and w.subject == "peer_pressure" for w in warnings)
    assert any(w.code == tp.REFLECTION_ONLY_AT_END for w in warnings)


def test_create_activity_and_read_it_back(factory, plan, any_demo_initiative) -> None:
    data = reflection_input(factory, plan)
    new_id = create_activity(factory, any_demo_initiative.id, data)
    detail = get_activity(factory, new_id)
    assert detail.data.title == data.title
    assert detail.data.logistics == data.logistics
    assert sorted(detail.data.participants) == sorted(data.participants)
    after = load_plan(factory, any_demo_initiative.id)
    assert tp.REFLECTION_ONLY_AT_END not in [w.code for w in tp.plan_warnings(after.tool_plan(), after.tool_options)]


def test_end_before_start_is_refused_at_the_end_date(factory, plan, any_demo_initiative) -> None:
    before = activity_count(factory)
    with pytest.raises(ActivityInvalid) as info:
        create_activity(
            factory, any_demo_initiative.id, reflection_input(factory, plan, end_date=date(2026, 7, 1))
        )
    assert set(info.value.errors) == {"end_date"}
    assert "before it starts" in info.value.errors["end_date"]
    assert activity_count(factory) == before


def test_date_outside_the_initiative_is_refused(factory, plan, any_demo_initiative) -> None:
    with pytest.raises(ActivityInvalid) as info:
        create_activity(
            factory, any_demo_initiative.id, reflection_input(factory, plan, start_date=date(2025, 12, 1))
        )
    assert "outside the initiative's span" in info.value.errors["start_date"]
    assert "2026-02-02" in info.value.errors["start_date"]


def test_comparison_colleague_is_not_a_participant(factory, plan, any_demo_initiative) -> None:
    with factory.begin() as session:
        outsider = session.scalar(
            select(Membership.peer_id).where(
                Membership.initiative_id == any_demo_initiative.id, Membership.role == "comparison"
            )
        )
    data = reflection_input(factory, plan, participants=((plan.peers[0].id, "participant"), (outsider, "participant")))
    with pytest.raises(ActivityInvalid) as info:
        create_activity(factory, any_demo_initiative.id, data)
    assert "Not a participant" in info.value.errors["participants"]


def test_several_errors_at_once_and_blank_title(factory, plan, any_demo_initiative) -> None:
    data = reflection_input(factory, plan, title="  ", tool_type_id=None, cost=-5.0)
    with pytest.raises(ActivityInvalid) as info:
        create_activity(factory, any_demo_initiative.id, data)
    assert {"title", "tool_type", "cost"} <= set(info.value.errors)


def test_failed_update_leaves_activity_as_it_was(factory, any_demo_initiative) -> None:
    row = list_activities(factory, any_demo_initiative.id)[0]
    original = get_activity(factory, row.id)
    bad = replace(original.data, title="Renamed", end_date=date(2025, 1, 1))
    with pytest.raises(ActivityInvalid):
        update_activity(factory, row.id, bad)
    assert get_activity(factory, row.id) == original
    update_activity(factory, row.id, replace(original.data, title="A&B <Ministry> opening"))
    assert get_activity(factory, row.id).data.title == "A&B <Ministry> opening"


def test_update_changes_participants(factory, plan, any_demo_initiative) -> None:
    site_visit = next(a for a in plan.activities if a.tool_code == "site_visits")
    detail = get_activity(factory, site_visit.id)
    kept = detail.data.participants[:2]
    update_activity(factory, site_visit.id, replace(detail.data, participants=kept, reciprocal=True))
    again = get_activity(factory, site_visit.id)
    assert sorted(again.data.participants) == sorted(kept)
    assert again.data.reciprocal is True
    with factory.begin() as session:
        assert session.scalar(
            select(func.count()).select_from(Tombstone).where(Tombstone.table_name == "activity_participant")
        ) == len(detail.data.participants) - 2


def test_delete_activity_leaves_a_tombstone_and_can_be_undone(factory, any_demo_initiative) -> None:
    row = list_activities(factory, any_demo_initiative.id)[0]
    before = activity_count(factory)
    detail = delete_activity(factory, row.id)
    assert activity_count(factory) == before - 1
    with factory.begin() as session:
        assert session.scalar(select(Tombstone).where(Tombstone.row_uuid == row.uuid)) is not None
        assert session.scalar(
            select(func.count()).select_from(ActivityParticipant).where(ActivityParticipant.activity_id == row.id)
        ) == 0
    create_activity(factory, any_demo_initiative.id, detail.data)
    assert activity_count(factory) == before


def test_tool_type_in_use_cannot_be_deleted(factory) -> None:
    custom = create_tool_type(factory, name="Home-team debrief", cells=[("sustained", "reflection")],
                              supports_goals=["peer_support"])
    assert next(t for t in list_tool_types(factory) if t.id == custom).builtin is False
    with pytest.raises(ToolTypeInUse) as info:
        delete_tool_type(factory, tool_id(factory, "site_visits"))
    assert "built-in" in str(info.value)


def test_custom_tool_type_used_by_an_activity_is_refused_with_the_reason(factory, plan, any_demo_initiative) -> None:
    custom = create_tool_type(factory, name="Home-team debrief", cells=[("sustained", "reflection")])
    create_activity(factory, any_demo_initiative.id, reflection_input(factory, plan, tool_type_id=custom))
    with pytest.raises(ToolTypeInUse) as info:
        delete_tool_type(factory, custom)
    assert "used by 1 planned activity" in str(info.value)
    assert any_demo_initiative.name in str(info.value)
    unused = create_tool_type(factory, name="Peer clinic", cells=[("sustained", "sharing")])
    delete_tool_type(factory, unused)
    assert unused not in {t.id for t in list_tool_types(factory)}


def test_custom_tool_type_needs_name_and_cell(factory) -> None:
    with pytest.raises(ToolTypeInvalid) as info:
        create_tool_type(factory, name=" ", cells=[])
    assert set(info.value.errors) == {"name", "cells"}
    with pytest.raises(ToolTypeInvalid) as info:
        create_tool_type(factory, name="site visits", cells=[("sustained", "sharing")])
    assert "already" in info.value.errors["name"]


def test_plan_settings(factory, any_demo_initiative) -> None:
    update_plan_settings(factory, any_demo_initiative.id, cadence="quick_thick",
                         learning_goals=["peer_pressure", "formal_knowledge"])
    plan = load_plan(factory, any_demo_initiative.id)
    assert plan.cadence == "quick_thick"
    assert plan.learning_goals == ("formal_knowledge", "peer_pressure")  # catalogue order
    with pytest.raises(PlanSettingsInvalid):
        update_plan_settings(factory, any_demo_initiative.id, cadence="sometimes", learning_goals=["x"])


def test_checklist_defaults_and_updates(factory, any_demo_initiative) -> None:
    rows = list_checklist(factory, any_demo_initiative.id)
    assert len(rows) == 27 and {r.stage_number for r in rows} == {1, 2, 3, 4}
    statuses = {r.item_code: r.status for r in rows}
    assert statuses["theory_of_change"] == "done"  # the demo's facilitators are part-way through
    assert statuses["usage_feedback"] == "not_started"
    set_checklist_entry(factory, any_demo_initiative.id, "tool_selection", "in_progress", "Reflection still thin")
    set_checklist_entry(factory, any_demo_initiative.id, "tool_selection", "done", "Added a mid-year debrief")
    row = next(r for r in list_checklist(factory, any_demo_initiative.id) if r.item_code == "tool_selection")
    assert (row.status, row.note) == ("done", "Added a mid-year debrief")
    with pytest.raises(ChecklistInvalid):
        set_checklist_entry(factory, any_demo_initiative.id, "tool_selection", "finished", "")
    with pytest.raises(ChecklistInvalid):
        set_checklist_entry(factory, any_demo_initiative.id, "no_such_item", "done", "")
