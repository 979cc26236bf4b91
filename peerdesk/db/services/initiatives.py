"""Initiatives: list them with their counts, find one by name, read one in full; create, change, copy
(the next cohort) and delete them."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db.concurrency import check_version, refusing_stale
from peerdesk.db.models import (
    Activity,
    CommitmentTemplate,
    ContactReport,
    Initiative,
    Membership,
    PeerContract,
)
from peerdesk.db.tombstones import delete_rows
from peerdesk.i18n import _

logger = logging.getLogger(__name__)


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
    archived: bool = False


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
    #: the row's version when read: pass it back to update_initiative (a newer edit elsewhere is not overwritten)
    version: int | None = None


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
        archived=initiative.archived_at is not None,
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
        initiative = _initiative(session, initiative_id)
        return _detail(initiative)


# --- creating and changing initiatives -----------------------------------------------------------


class InitiativeInvalid(ValueError):
    """Nothing was saved; ``errors`` maps a field name to the message to show beside it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class InitiativeInput:
    """What the New Initiative / Properties dialog (or ``peerdesk initiative``) asks to save."""

    name: str
    start_date: date | None = None
    end_date: date | None = None
    facilitating_organisation: str = ""
    facilitator_name: str = ""
    reform_area: str = ""
    peer_level: str = "individuals"
    cadence: str = "long_drawn_out"
    learning_goals: tuple[str, ...] = ()
    theory_of_change: str = ""
    description: str = ""
    working_languages: tuple[str, ...] = ()


def input_of(detail: InitiativeDetail) -> InitiativeInput:
    """The saved initiative as an input that can be changed and saved back."""
    return InitiativeInput(
        name=detail.name, start_date=detail.start_date, end_date=detail.end_date,
        facilitating_organisation=detail.facilitating_organisation, facilitator_name=detail.facilitator_name,
        reform_area=detail.reform_area, peer_level=detail.peer_level, cadence=detail.cadence,
        learning_goals=detail.learning_goals, theory_of_change=detail.theory_of_change,
        description=detail.description, working_languages=detail.working_languages,
    )


def _validate(session: Session, data: InitiativeInput, initiative_id: int | None) -> dict[str, str]:
    from peerdesk.core.catalogue import catalogue

    cat = catalogue()
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = _("Give the initiative a name.")
    elif len(name) > 300:
        errors["name"] = _("The name is too long (300 characters at most).")
    else:
        for other_id, other_name in session.execute(select(Initiative.id, Initiative.name)):
            if other_id != initiative_id and other_name.casefold() == name.casefold():
                errors["name"] = _("Another initiative is already called {name}.").format(name=other_name)
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = _("The end date comes before the start date.")
    if data.cadence and data.cadence not in {c.code for c in cat.cadences}:
        errors["cadence"] = _("Unknown cadence {code}.").format(code=data.cadence)
    if data.reform_area and data.reform_area not in {r.code for r in cat.reform_areas}:
        errors["reform_area"] = _("Unknown reform area {code}.").format(code=data.reform_area)
    if data.peer_level and data.peer_level not in {p.code for p in cat.peer_levels}:
        errors["peer_level"] = _("Unknown peer level {code}.").format(code=data.peer_level)
    unknown = [g for g in data.learning_goals if g not in {g.code for g in cat.learning_goals}]
    if unknown:
        errors["learning_goals"] = _("Unknown learning goals: {codes}.").format(codes=", ".join(unknown))
    return errors


def _apply(initiative: Initiative, data: InitiativeInput) -> None:
    initiative.name = data.name.strip()
    initiative.start_date = data.start_date
    initiative.end_date = data.end_date
    initiative.facilitating_organisation = data.facilitating_organisation.strip()
    initiative.facilitator_name = data.facilitator_name.strip()
    initiative.reform_area = data.reform_area
    initiative.peer_level = data.peer_level or "individuals"
    initiative.cadence = data.cadence or "long_drawn_out"
    initiative.learning_goals = list(data.learning_goals)
    initiative.theory_of_change = data.theory_of_change.strip()
    initiative.description = data.description.strip()
    initiative.working_languages = [code.strip().lower() for code in data.working_languages if code.strip()]


def _add_standard_commitments(session: Session, initiative: Initiative) -> None:
    from peerdesk.db.services.contract_tracking import STANDARD_TEMPLATES

    for position, row in enumerate(STANDARD_TEMPLATES):
        session.add(CommitmentTemplate(initiative_id=initiative.id, position=position, party=row.party,
                                       kind=row.kind, text=row.text, params=dict(row.params)))


def _initiative(session, initiative_id: int) -> Initiative:
    """The initiative ``initiative_id``, or InitiativeNotFound."""
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise InitiativeNotFound(f"initiative {initiative_id} is not in this file")
    return initiative


def _check(session, data: InitiativeInput, initiative_id: int | None) -> None:
    errors = _validate(session, data, initiative_id)
    if errors:
        raise InitiativeInvalid(errors)


def _new_initiative(session, data: InitiativeInput) -> Initiative:
    """A new, checked initiative with ``data``'s properties, added and flushed (so it has an id)."""
    _check(session, data, None)
    initiative = Initiative(name=data.name.strip())
    _apply(initiative, data)
    session.add(initiative)
    session.flush()
    return initiative


def create_initiative(factory: sessionmaker, data: InitiativeInput) -> int:
    """A new initiative, starting with the standard commitments (editable under Default commitments)."""
    with factory.begin() as session:
        initiative = _new_initiative(session, data)
        _add_standard_commitments(session, initiative)
        session.flush()
        logger.info("created initiative %s", initiative.uuid)
        return initiative.id


def update_initiative(factory: sessionmaker, initiative_id: int, data: InitiativeInput,
                      expected_version: int | None = None) -> None:
    """Save an initiative's properties; :class:`~peerdesk.db.concurrency.EditConflict` if someone saved
    them after ``expected_version`` (nothing written)."""
    with refusing_stale(factory, Initiative, initiative_id, data.name), factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        check_version(initiative, expected_version, initiative.name)
        _check(session, data, initiative_id)
        _apply(initiative, data)


def copy_initiative(
    factory: sessionmaker, initiative_id: int, new_name: str, *, peer_ids: Iterable[int] | None = (),
) -> int:
    """The next cohort: a new initiative with the same settings, default commitments and plan of activities
    (without participants), and the chosen peers (``peer_ids``; ``None`` for every member, same roles)."""
    with factory.begin() as session:
        source = _initiative(session, initiative_id)
        data = replace(input_of(_detail(source)), name=new_name)
        copy = _new_initiative(session, data)
        templates = session.scalars(
            select(CommitmentTemplate).where(CommitmentTemplate.initiative_id == initiative_id)
            .order_by(CommitmentTemplate.position, CommitmentTemplate.id)
        ).all()
        for template in templates:
            session.add(CommitmentTemplate(initiative_id=copy.id, position=template.position, party=template.party,
                                           kind=template.kind, text=template.text, params=dict(template.params or {})))
        skip = {"id", "uuid", "created_at", "updated_at", "initiative_id"}
        for activity in session.scalars(select(Activity).where(Activity.initiative_id == initiative_id)):
            values = {c.key: getattr(activity, c.key) for c in Activity.__table__.columns if c.key not in skip}
            session.add(Activity(initiative_id=copy.id, **values))
        wanted = None if peer_ids is None else set(peer_ids)
        for membership in session.scalars(select(Membership).where(Membership.initiative_id == initiative_id)):
            if wanted is None or membership.peer_id in wanted:
                session.add(Membership(initiative_id=copy.id, peer_id=membership.peer_id, role=membership.role))
        session.flush()
        return copy.id


def archive_initiative(factory: sessionmaker, initiative_id: int, archived: bool = True) -> None:
    """Archive a finished initiative (everything kept; the window lists it apart), or bring it back."""
    from peerdesk.db.models import utcnow

    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        initiative.archived_at = utcnow() if archived else None


def delete_initiative(factory: sessionmaker, initiative_id: int) -> str:
    """Delete the initiative and everything recorded under it (the people stay in the file); a tombstone
    lets a merge carry the deletion to a co-facilitator's copy. Returns the deleted initiative's name."""
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        name = initiative.name
        delete_rows(session, Initiative, Initiative.id == initiative_id)
        return name


def _detail(initiative: Initiative) -> InitiativeDetail:
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
        version=initiative.version,
    )
