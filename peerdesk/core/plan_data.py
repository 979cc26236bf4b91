"""What the plan views and the plan PDF show, as plain data: the services in ``db/services`` fill it,
``reports/plan.py`` and the Tool selection tab read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.core.toolplan import PlannedActivity, ToolOption, ToolPlan
from peerdesk.i18n import N_


@dataclass(frozen=True)
class LogisticsItem:
    item: str
    done: bool = False


@dataclass(frozen=True)
class PlanPeer:
    id: int
    full_name: str
    organisation: str
    country: str


@dataclass(frozen=True)
class PlanActivityRow:
    """An activity as the plan shows and prints it."""

    id: int
    title: str
    tool_code: str
    tool_name: str
    start_date: date
    end_date: date
    duration_hours: float | None
    mode: str
    venue: str
    all_peers: bool
    participants: tuple[tuple[int, str], ...]  # (peer id, role)
    host: str
    reciprocal: bool
    cost: float | None
    currency: str
    logistics: tuple[LogisticsItem, ...]


@dataclass(frozen=True)
class PlanData:
    """Everything the plan views need, read in one transaction."""

    initiative_id: int
    initiative_name: str
    facilitating_organisation: str
    facilitator_name: str
    start_date: date | None
    end_date: date | None
    cadence: str
    learning_goals: tuple[str, ...]
    activities: tuple[PlanActivityRow, ...]
    peers: tuple[PlanPeer, ...]
    tool_options: tuple[ToolOption, ...]

    def tool_plan(self) -> ToolPlan:
        """The plan in the terms of ``core.toolplan``."""
        options = {option.code: option for option in self.tool_options}
        return ToolPlan(
            activities=tuple(
                PlannedActivity(
                    title=row.title,
                    tool_code=row.tool_code,
                    tool_name=row.tool_name,
                    cells=options[row.tool_code].cells if row.tool_code in options else (),
                    supports_goals=options[row.tool_code].supports_goals if row.tool_code in options else (),
                    start_date=row.start_date,
                    end_date=row.end_date,
                    all_peers=row.all_peers,
                    participant_ids=tuple(peer_id for peer_id, _ in row.participants),
                    id=row.id,
                )
                for row in self.activities
            ),
            learning_goals=self.learning_goals,
            start_date=self.start_date,
            end_date=self.end_date,
            cadence=self.cadence,
        )

    def peer_name(self, peer_id: int) -> str:
        for peer in self.peers:
            if peer.id == peer_id:
                return peer.full_name
        return f"#{peer_id}"


STATUSES = ("not_started", "in_progress", "done", "not_applicable")
STATUS_NAMES = {
    "not_started": N_("Not started"),
    "in_progress": N_("In progress"),
    "done": N_("Done"),
    "not_applicable": N_("Not applicable"),
}


@dataclass(frozen=True)
class ChecklistRow:
    stage_number: int
    stage_name: str
    item_code: str
    text: str
    status: str
    note: str
    #: the entry's version when read; 0 for an item nobody has saved yet (no row in the file)
    version: int = 0


def checklist_progress(rows: list[ChecklistRow]) -> dict[str, int]:
    """How many items are in each status."""
    counts = dict.fromkeys(STATUSES, 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts
