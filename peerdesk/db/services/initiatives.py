"""Initiatives: list them with their counts, find one by name, read one in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db.models import Activity, ContactReport, Initiative, Membership, PeerContract


@dataclass(frozen=True)
class InitiativeSummary:
    id: int
    uuid: str
    name: str
    facilitating_organisation: str
    reform_area: str
    start_date: date | None
    end_date: date | None
    peers: int
    comparison: int
    activities: int
    contracts: int
    contact_reports: int


@dataclass(frozen=True)
class InitiativeDetail:
    id: int
    uuid: str
    name: str
    facilitating_organisation: str
    reform_area: str
    peer_level: str
    learning_goals: tuple[str, ...]
    theory_of_change: str
    description: str
    start_date: date | None
    end_date: date | None
    cadence: str
    working_languages: tuple[str, ...]
    facilitator_name: str


class InitiativeNotFound(LookupError):
    """No initiative of that name; the message lists the ones there are."""


def _count(session: Session, column, initiative_id: int, *where) -> int:
    query = select(func.count()).select_from(column.table).where(column == initiative_id, *where)
    return session.scalar(query) or 0


def _summary(session: Session, initiative: Initiative) -> InitiativeSummary:
    return InitiativeSummary(
        id=initiative.id,
        uuid=initiative.uuid,
        name=initiative.name,
        facilitating_organisation=initiative.facilitating_organisation,
        reform_area=initiative.reform_area,
        start_date=initiative.start_date,
        end_date=initiative.end_date,
        peers=_count(session, Membership.initiative_id, initiative.id, Membership.role == "participant"),
        comparison=_count(session, Membership.initiative_id, initiative.id, Membership.role == "comparison"),
        activities=_count(session, Activity.initiative_id, initiative.id),
        contracts=_count(session, PeerContract.initiative_id, initiative.id),
        contact_reports=_count(session, ContactReport.initiative_id, initiative.id),
    )


def list_initiatives(factory: sessionmaker) -> list[InitiativeSummary]:
    """Every initiative in the file, by name, with the counts a facilitator looks at first."""
    with factory.begin() as session:
        initiatives = session.scalars(select(Initiative).order_by(Initiative.name)).all()
        return [_summary(session, initiative) for initiative in initiatives]


def find_initiative(factory: sessionmaker, name: str) -> InitiativeSummary:
    """The initiative called ``name`` (case and surrounding spaces ignored)."""
    wanted = name.strip().casefold()
    initiatives = list_initiatives(factory)
    for initiative in initiatives:
        if initiative.name.casefold() == wanted:
            return initiative
    known = "; ".join(initiative.name for initiative in initiatives) or "none"
    raise InitiativeNotFound(f"no initiative named {name!r} (the file holds: {known})")


def get_initiative(factory: sessionmaker, initiative_id: int) -> InitiativeDetail:
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise InitiativeNotFound(f"initiative {initiative_id} is not in this file")
        return InitiativeDetail(
            id=initiative.id,
            uuid=initiative.uuid,
            name=initiative.name,
            facilitating_organisation=initiative.facilitating_organisation,
            reform_area=initiative.reform_area,
            peer_level=initiative.peer_level,
            learning_goals=tuple(initiative.learning_goals or ()),
            theory_of_change=initiative.theory_of_change,
            description=initiative.description,
            start_date=initiative.start_date,
            end_date=initiative.end_date,
            cadence=initiative.cadence,
            working_languages=tuple(initiative.working_languages or ()),
            facilitator_name=initiative.facilitator_name,
        )
