"""The Tool selection tab's totals-only read of the plan gives the figures of the full plan: participants per
activity, each peer's load, the warnings and the coverage gaps (on the demo on both backends, and on a
synthetic initiative with activities for all peers)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peerdesk.core import toolplan as tp
from peerdesk.db.services.activities import create_activity, get_activity, load_plan
from peerdesk.db.services.plan_overview import CountedActivityRow, load_plan_overview, participant_count
from peerdesk.db.services.synthetic import create_synthetic_initiative
from peerdesk.db.workspace import create_workspace, open_workspace


def assert_same_figures(factory, initiative_id: int) -> None:
    full = load_plan(factory, initiative_id)
    overview = load_plan_overview(factory, initiative_id)
    assert overview.plan.peers == full.peers
    assert [a.id for a in overview.plan.activities] == [a.id for a in full.activities]
    assert all(isinstance(a, CountedActivityRow) and a.participants == () for a in overview.plan.activities)
    assert [participant_count(a) for a in overview.plan.activities] == [len(a.participants) for a in full.activities]
    full_plan = full.tool_plan()
    loads = tp.peer_loads(full_plan.activities, [p.id for p in full.peers])
    assert [(load.peer_id, load.full_name, load.organisation, load.activities) for load in overview.peer_loads] == [
        (p.id, p.full_name, p.organisation, loads[p.id]) for p in full.peers]
    counted = overview.tool_plan()
    assert tp.plan_warnings(counted, overview.plan.tool_options) == tp.plan_warnings(full_plan, full.tool_options)
    assert tp.coverage_gaps(counted, overview.plan.tool_options) == tp.coverage_gaps(full_plan, full.tool_options)
    assert tp.tool_usage(counted.activities) == tp.tool_usage(full_plan.activities)
    assert [(a.title, a.start_date, a.end_date, a.cells) for a in counted.activities] == [
        (a.title, a.start_date, a.end_date, a.cells) for a in full_plan.activities]


def test_totals_equal_the_full_plan_on_the_demo(any_demo_workspace, any_demo_initiative) -> None:
    factory = any_demo_workspace.factory
    assert_same_figures(factory, any_demo_initiative.id)
    # an activity no one takes part in is warned about from the totals as from the full plan
    some = get_activity(factory, load_plan(factory, any_demo_initiative.id).activities[0].id).data
    create_activity(factory, any_demo_initiative.id, replace(some, title="Nobody yet", participants=(),
                                                             all_peers=False))
    warnings = tp.plan_warnings(load_plan_overview(factory, any_demo_initiative.id).tool_plan())
    assert any(w.code == tp.NO_PARTICIPANTS and w.subject == "Nobody yet" for w in warnings)
    assert_same_figures(factory, any_demo_initiative.id)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("overview") / "synthetic.peerdesk"
    made = []
    create_workspace(path, populate=lambda factory: made.append(create_synthetic_initiative(factory, 61, 3))).close()
    return path, made[0]


def test_totals_equal_the_full_plan_on_a_synthetic_initiative(synthetic) -> None:
    path, initiative = synthetic
    workspace = open_workspace(path)
    try:
        initiative_id = initiative.initiative_id
        plan = load_plan(workspace.factory, initiative_id)
        assert any(a.all_peers for a in plan.activities) and any(a.participants for a in plan.activities)
        assert_same_figures(workspace.factory, initiative_id)
    finally:
        workspace.close()
