"""How long the plan checks, the plan load and the plan PDF take, on the demo and on a large plan.

Run from the repository root: ``python bench/bench_toolplan.py``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peerdesk.core import toolplan as tp  # noqa: E402
from peerdesk.core.catalogue import catalogue  # noqa: E402


def timed(label: str, fn, repeat: int = 3):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<58} {best * 1000:9.1f} ms (best of {repeat})")
    return result


def synthetic_plan(activities: int, peers: int) -> tp.ToolPlan:
    rng = random.Random(4)
    tools = catalogue().tool_types
    start = date(2026, 1, 1)
    planned = []
    for i in range(activities):
        tool = rng.choice(tools)
        begin = start + timedelta(days=rng.randrange(0, 330))
        planned.append(
            tp.PlannedActivity(
                title=f"Activity {i}", tool_code=tool.code, tool_name=tool.name, cells=tool.cells,
                supports_goals=tool.supports_goals, start_date=begin,
                end_date=begin + timedelta(days=rng.randrange(0, 30)),
                all_peers=rng.random() < 0.2, participant_ids=tuple(rng.sample(range(peers), k=min(peers, 6))),
            )
        )
    goals = tuple(g.code for g in catalogue().learning_goals)
    return tp.ToolPlan(tuple(planned), goals, start, date(2026, 12, 31))


def main() -> None:
    from peerdesk.db.services.activities import load_plan
    from peerdesk.db.services.checklist import list_checklist
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.workspace import create_workspace
    from peerdesk.reports.plan import build_plan_pdf

    for activities, peers in ((10, 24), (500, 200), (5000, 1000)):
        plan = synthetic_plan(activities, peers)
        timed(f"checks (coverage, gaps, warnings) on {activities} activities",
              lambda plan=plan: (tp.coverage_counts(plan.activities), tp.coverage_gaps(plan), tp.plan_warnings(plan)))
        timed(f"peer loads, {activities} activities x {peers} peers",
              lambda plan=plan, peers=peers: tp.peer_loads(plan.activities, range(peers)))
    with tempfile.TemporaryDirectory() as folder:
        workspace = create_workspace(Path(folder) / "demo.peerdesk", populate=create_demo_initiative)
        try:
            plan = timed("load_plan on the demo (10 activities, 24 peers)", lambda: load_plan(workspace.factory, 1))
            checklist = list_checklist(workspace.factory, 1)
            pdf = timed("engagement plan PDF for the demo", lambda: build_plan_pdf(plan, checklist))
            print(f"{'demo plan PDF size':<58} {len(pdf) / 1024:9.1f} KiB")
        finally:
            workspace.close()


if __name__ == "__main__":
    main()
