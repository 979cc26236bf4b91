"""The initiative's planned activities, as rows for the plan table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, sessionmaker

from peerdesk.db.models import Activity, ActivityParticipant


@dataclass(frozen=True)
class ActivityRow:
    id: int
    uuid: str
    title: str
    tool_code: str
    tool_name: str
    cells: tuple[tuple[str, str], ...]
    start_date: date
    end_date: date
    mode: str
    venue: str
    all_peers: bool
    participants: int
    cost: float | None
    currency: str
    attendance: int | None


def list_activities(factory: sessionmaker, initiative_id: int) -> list[ActivityRow]:
    """Activities in date order."""
    with factory.begin() as session:
        counts = dict(
            session.execute(
                select(ActivityParticipant.activity_id, func.count())
                .join(Activity, Activity.id == ActivityParticipant.activity_id)
                .where(Activity.initiative_id == initiative_id)
                .group_by(ActivityParticipant.activity_id)
            ).all()
        )
        activities = session.scalars(
            select(Activity)
            .where(Activity.initiative_id == initiative_id)
            .options(joinedload(Activity.tool_type))
            .order_by(Activity.start_date, Activity.title)
        ).all()
        return [
            ActivityRow(
                id=activity.id,
                uuid=activity.uuid,
                title=activity.title,
                tool_code=activity.tool_type.code,
                tool_name=activity.tool_type.name,
                cells=tuple(tuple(cell) for cell in activity.tool_type.cells or ()),
                start_date=activity.start_date,
                end_date=activity.end_date,
                mode=activity.mode,
                venue=activity.venue,
                all_peers=activity.all_peers,
                participants=counts.get(activity.id, 0),
                cost=activity.cost,
                currency=activity.currency,
                attendance=activity.attendance,
            )
            for activity in activities
        ]
