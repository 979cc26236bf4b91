"""What the Tool selection tab shows on opening, read from totals: the plan's activities with how many take
part in each (not who), and each peer's number of activities counted in SQL. At 10,000 peers and 5,000
activities this skips reading 45,000 participants; the full plan (``activities.load_plan``) is still what
the engagement plan PDF and ``peerdesk plan`` use, and gives the same figures."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, distinct, false, func, select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.plan_data import PlanActivityRow, PlanData, PlanPeer
from peerdesk.core.toolplan import PlannedActivity, ToolOption, ToolPlan
from peerdesk.db.models import Activity, ActivityParticipant, Membership, Organisation, Peer
from peerdesk.db.services.activities import read_plan


@dataclass(frozen=True)
class CountedActivityRow(PlanActivityRow):
    """A plan row read with the number of its participants only: ``participants`` is left empty."""

    participant_count: int = 0


def participant_count(row: PlanActivityRow) -> int:
    """How many take part in ``row`` (counted or read), whichever way the plan was read."""
    return row.participant_count if isinstance(row, CountedActivityRow) else len(row.participants)


@dataclass(frozen=True)
class PeerLoad:
    peer_id: int
    full_name: str
    organisation: str
    activities: int


@dataclass(frozen=True)
class PlanOverview:
    """The plan without who takes part (its rows are :class:`CountedActivityRow`), and each participant's
    load in the order of ``plan.peers``, as ``core.toolplan.peer_loads`` counts it on the full plan."""

    plan: PlanData
    peer_loads: tuple[PeerLoad, ...]

    def tool_plan(self) -> ToolPlan:
        """The plan in the terms of ``core.toolplan``, each activity with its participant count."""
        plan = self.plan
        options = {option.code: option for option in plan.tool_options}
        none = ToolOption("", "", ())
        return ToolPlan(  # as PlanData.tool_plan, with the counts (dataclasses.replace on each took 0.25 s)
            activities=tuple(
                PlannedActivity(
                    title=row.title, tool_code=row.tool_code, tool_name=row.tool_name,
                    cells=options.get(row.tool_code, none).cells,
                    supports_goals=options.get(row.tool_code, none).supports_goals,
                    start_date=row.start_date, end_date=row.end_date, all_peers=row.all_peers,
                    id=row.id, participant_count=participant_count(row),
                )
                for row in plan.activities
            ),
            learning_goals=plan.learning_goals, start_date=plan.start_date, end_date=plan.end_date,
            cadence=plan.cadence,
        )


def _counts(connection: Connection, initiative_id: int) -> dict[int, int]:
    return dict(connection.execute(
        select(ActivityParticipant.activity_id, func.count())
        .where(ActivityParticipant.activity_id.in_(select(Activity.id).where(Activity.initiative_id == initiative_id)))
        .group_by(ActivityParticipant.activity_id)
    ).all())


def _peers_and_loads(connection: Connection, initiative_id: int) -> list[tuple[PlanPeer, int]]:
    """Each participant (as the full plan lists them) with the activities naming them (one for all peers
    counts apart, whoever it lists)."""
    named = (
        select(ActivityParticipant.peer_id, func.count(distinct(ActivityParticipant.activity_id)).label("taken"))
        .where(ActivityParticipant.activity_id.in_(
            select(Activity.id).where(Activity.initiative_id == initiative_id, Activity.all_peers == false())))
        .group_by(ActivityParticipant.peer_id)
        .subquery()
    )
    rows = connection.execute(
        select(Peer.id, Peer.full_name, Organisation.name, Peer.country, func.coalesce(named.c.taken, 0))
        .join(Membership, Membership.peer_id == Peer.id)
        .outerjoin(Organisation, Organisation.id == Peer.organisation_id)
        .outerjoin(named, named.c.peer_id == Peer.id)
        .where(Membership.initiative_id == initiative_id, Membership.role == "participant")
        .order_by(Peer.full_name)
    ).all()
    return [(PlanPeer(peer_id, name, organisation or "", country), taken)
            for peer_id, name, organisation, country, taken in rows]


def load_plan_overview(factory: sessionmaker, initiative_id: int) -> PlanOverview:
    """The plan as the Tool selection tab opens on it, in one transaction."""
    with factory.begin() as session:
        connection = session.connection()
        loads = _peers_and_loads(connection, initiative_id)
        plan = read_plan(session, initiative_id, {}, tuple(peer for peer, _ in loads), CountedActivityRow,
                         participant_count=_counts(connection, initiative_id))
    for_everyone = sum(1 for row in plan.activities if row.all_peers)
    return PlanOverview(plan, tuple(PeerLoad(peer.id, peer.full_name, peer.organisation, taken + for_everyone)
                                    for peer, taken in loads))
