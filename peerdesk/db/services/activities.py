"""The initiative's planned activities: rows for the plan table, the whole plan for its views and PDF,
and adding, changing and deleting activities with field-by-field validation (nothing saved half-way)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, String, func, literal, select, type_coerce
from sqlalchemy.orm import Session, joinedload, sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.core.plan_data import LogisticsItem, PlanActivityRow, PlanData, PlanPeer  # noqa: F401 - re-exported
from peerdesk.core.toolplan import PlannedActivity, ToolOption, ToolPlan  # noqa: F401
from peerdesk.db.concurrency import check_version, refusing_stale
from peerdesk.db.models import (
    Activity,
    ActivityParticipant,
    Initiative,
    Membership,
    Organisation,
    Peer,
    Tombstone,
    ToolType,
)
from peerdesk.db.services.tool_types import tool_display_name


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
                tool_name=tool_display_name(activity.tool_type),
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


# --------------------------------------------------------------------------------------------- editing

PARTICIPANT_ROLES = ("participant", "host", "visitor")


class ActivityInvalid(ValueError):
    """The activity was not saved; ``errors`` maps a field name to the message to show beside it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = dict(errors)


class ActivityNotFound(LookupError):
    """The activity is no longer in the file (deleted elsewhere)."""


@dataclass(frozen=True)
class ActivityInput:
    """What the activity dialog (or a script) asks to save. ``participants`` are (peer id, role) pairs."""

    tool_type_id: int | None
    title: str
    start_date: date | None
    end_date: date | None
    duration_hours: float | None = None
    mode: str = "face_to_face"
    venue: str = ""
    all_peers: bool = False
    participants: tuple[tuple[int, str], ...] = ()
    host: str = ""
    reciprocal: bool = False
    cost: float | None = None
    currency: str = "USD"
    logistics: tuple[LogisticsItem, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ActivityDetail:
    """One activity in full, for the edit dialog; ``data`` can be saved back unchanged."""

    id: int
    uuid: str
    initiative_id: int
    data: ActivityInput
    #: the row's version when read: pass it back to update_activity (a newer edit elsewhere is not overwritten)
    version: int | None = None


def _validate(session: Session, initiative: Initiative, data: ActivityInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = "Give the activity a name."
    elif len(data.title.strip()) > 300:
        errors["title"] = "Keep the name under 300 characters."
    if data.tool_type_id is None or session.get(ToolType, data.tool_type_id) is None:
        errors["tool_type"] = "Choose a tool type."
    if data.start_date is None:
        errors["start_date"] = "Give a start date."
    if data.end_date is None:
        errors["end_date"] = "Give an end date."
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = (
            f"The activity ends ({data.end_date.isoformat()}) before it starts ({data.start_date.isoformat()})."
        )
    span = (initiative.start_date, initiative.end_date)
    for name, value in (("start_date", data.start_date), ("end_date", data.end_date)):
        if value is None or name in errors:
            continue
        if span[0] and value < span[0] or span[1] and value > span[1]:
            errors[name] = (
                f"{value.isoformat()} is outside the initiative's span "
                f"({_iso(span[0])} to {_iso(span[1])})."
            )
    if data.mode not in {mode.code for mode in catalogue().activity_modes}:
        errors["mode"] = f"Unknown mode {data.mode!r}."
    if data.duration_hours is not None and not 0 <= data.duration_hours <= 10_000:
        errors["duration_hours"] = "Duration must be zero or more hours."
    if data.cost is not None and data.cost < 0:
        errors["cost"] = "Cost cannot be negative."
    members = dict(
        session.execute(
            select(Membership.peer_id, Peer.full_name)
            .join(Peer, Peer.id == Membership.peer_id)
            .where(Membership.initiative_id == initiative.id, Membership.role == "participant")
        ).all()
    )
    outsiders = [peer_id for peer_id, _ in data.participants if peer_id not in members]
    if outsiders:
        names = [session.get(Peer, peer_id) for peer_id in outsiders]
        shown = ", ".join(peer.full_name if peer else f"#{pid}" for pid, peer in zip(outsiders, names, strict=True))
        errors["participants"] = f"Not a participant of this initiative: {shown}."
    elif len({peer_id for peer_id, _ in data.participants}) != len(data.participants):
        errors["participants"] = "A peer is listed twice."
    elif any(role not in PARTICIPANT_ROLES for _, role in data.participants):
        errors["participants"] = "A participant's role must be participant, host or visitor."
    if any(not item.item.strip() for item in data.logistics):
        errors["logistics"] = "A logistics item has no text."
    return errors


def _iso(value: date | None) -> str:
    return value.isoformat() if value else "open"


def _initiative(session: Session, initiative_id: int) -> Initiative:
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise ActivityInvalid({"initiative": f"Initiative {initiative_id} is not in this file."})
    return initiative


def _apply(session: Session, activity: Activity, data: ActivityInput) -> None:
    activity.tool_type_id = data.tool_type_id
    activity.title = data.title.strip()
    activity.start_date = data.start_date
    activity.end_date = data.end_date
    activity.duration_hours = data.duration_hours
    activity.mode = data.mode
    activity.venue = data.venue.strip()
    activity.all_peers = data.all_peers
    activity.host = data.host.strip()
    activity.reciprocal = data.reciprocal
    activity.cost = data.cost
    activity.currency = (data.currency or "USD").strip().upper()[:8]
    activity.logistics = [{"item": item.item.strip(), "done": item.done} for item in data.logistics]
    activity.notes = data.notes
    wanted = {} if data.all_peers else dict(data.participants)
    for participant in list(activity.participants):
        if participant.peer_id not in wanted:
            activity.participants.remove(participant)
            session.add(Tombstone(table_name="activity_participant", row_uuid=participant.uuid))
        else:
            participant.role = wanted.pop(participant.peer_id)
    for peer_id, role in wanted.items():
        activity.participants.append(ActivityParticipant(peer_id=peer_id, role=role))


def create_activity(factory: sessionmaker, initiative_id: int, data: ActivityInput) -> int:
    """Add an activity to the plan; raises :class:`ActivityInvalid` (nothing saved) on bad input."""
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        errors = _validate(session, initiative, data)
        if errors:
            raise ActivityInvalid(errors)
        activity = Activity(initiative_id=initiative_id)
        _apply(session, activity, data)
        session.add(activity)
        session.flush()
        return activity.id


def update_activity(factory: sessionmaker, activity_id: int, data: ActivityInput,
                    expected_version: int | None = None) -> None:
    """Save changes to an activity; raises :class:`ActivityInvalid` (nothing saved) on bad input, and
    :class:`~peerdesk.db.concurrency.EditConflict` if someone saved it after ``expected_version``."""
    with refusing_stale(factory, Activity, activity_id, data.title), factory.begin() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise ActivityNotFound(f"activity {activity_id} is not in this file")
        check_version(activity, expected_version, activity.title)
        errors = _validate(session, activity.initiative, data)
        if errors:
            raise ActivityInvalid(errors)
        _apply(session, activity, data)


def delete_activity(factory: sessionmaker, activity_id: int) -> ActivityDetail:
    """Remove an activity; returns what it was, so the caller can offer to undo by re-creating it."""
    detail = get_activity(factory, activity_id)
    with factory.begin() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise ActivityNotFound(f"activity {activity_id} is not in this file")
        for participant in activity.participants:
            session.add(Tombstone(table_name="activity_participant", row_uuid=participant.uuid))
        session.add(Tombstone(table_name="activity", row_uuid=activity.uuid))
        session.delete(activity)
    return detail


def get_activity(factory: sessionmaker, activity_id: int) -> ActivityDetail:
    with factory.begin() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise ActivityNotFound(f"activity {activity_id} is not in this file")
        return ActivityDetail(
            id=activity.id,
            uuid=activity.uuid,
            initiative_id=activity.initiative_id,
            version=activity.version,
            data=ActivityInput(
                tool_type_id=activity.tool_type_id,
                title=activity.title,
                start_date=activity.start_date,
                end_date=activity.end_date,
                duration_hours=activity.duration_hours,
                mode=activity.mode,
                venue=activity.venue,
                all_peers=activity.all_peers,
                participants=tuple(
                    sorted((p.peer_id, p.role) for p in activity.participants)
                ),
                host=activity.host,
                reciprocal=activity.reciprocal,
                cost=activity.cost,
                currency=activity.currency,
                logistics=tuple(
                    LogisticsItem(str(entry.get("item", "")), bool(entry.get("done", False)))
                    for entry in activity.logistics or ()
                    if isinstance(entry, dict)
                ),
                notes=activity.notes,
            ),
        )


# --------------------------------------------------------------------------------------------- plan


def tool_option_of(tool: ToolType) -> ToolOption:
    known = {t.code: t for t in catalogue().tool_types}
    count = known[tool.code].count_of_52 if tool.code in known else None
    return ToolOption(
        code=tool.code,
        name=tool_display_name(tool),
        cells=tuple((str(cell[0]), str(cell[1])) for cell in tool.cells or () if len(cell) == 2),
        supports_goals=tuple(tool.supports_goals or ()),
        count_of_52=count,
    )


def load_plan(factory: sessionmaker, initiative_id: int) -> PlanData:
    """The initiative's plan: goals, cadence, activities with participants, peers and tool types.

    Activities, participants and peers are read as plain rows (no ORM objects), so a plan of 10,000 peers
    and 5,000 activities loads in a fraction of a second."""
    with factory.begin() as session:
        connection = session.connection()  # Core rows below: no ORM bookkeeping for 50,000 participants
        return read_plan(session, initiative_id, _participants(connection, initiative_id),
                         _plan_peers(connection, initiative_id))


def _plan_peers(connection: Connection, initiative_id: int) -> tuple[PlanPeer, ...]:
    return tuple(PlanPeer(peer_id, name, organisation or "", country) for peer_id, name, organisation, country in
                 connection.execute(
                     select(Peer.id, Peer.full_name, Organisation.name, Peer.country)
                     .join(Membership, Membership.peer_id == Peer.id)
                     .outerjoin(Organisation, Organisation.id == Peer.organisation_id)
                     .where(Membership.initiative_id == initiative_id, Membership.role == "participant")
                     .order_by(Peer.full_name)
                 ).all())


def read_plan(session: Session, initiative_id: int, taking_part: Mapping[int, tuple[tuple[int, str], ...]],
              peers: tuple[PlanPeer, ...], row_type: type[PlanActivityRow] = PlanActivityRow,
              **per_activity: Mapping[int, object]) -> PlanData:
    """The plan inside ``session`` with the participants and peers given (read by the caller, or left out);
    ``per_activity`` fills further fields of ``row_type`` by activity id."""
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise ActivityNotFound(f"initiative {initiative_id} is not in this file")
    tools = session.scalars(select(ToolType).order_by(ToolType.id)).all()
    tool_names = {tool.id: (tool.code, tool_display_name(tool)) for tool in tools}
    activities = session.connection().execute(
        select(Activity.id, Activity.title, Activity.tool_type_id, Activity.start_date, Activity.end_date,
               Activity.duration_hours, Activity.mode, Activity.venue, Activity.all_peers, Activity.host,
               Activity.reciprocal, Activity.cost, Activity.currency,
               type_coerce(Activity.logistics, String))  # the JSON text: decoded once per distinct value
        .where(Activity.initiative_id == initiative_id)
        .order_by(Activity.start_date, Activity.title)
    ).all()
    decoded: dict[object, tuple[LogisticsItem, ...]] = {}

    def logistics(stored: object) -> tuple[LogisticsItem, ...]:
        key = stored if isinstance(stored, str | None) else json.dumps(stored)
        found = decoded.get(key)
        if found is None:  # SQLite gives the JSON text; a server's driver may give the list already decoded
            entries = json.loads(stored) if isinstance(stored, str) else stored
            found = decoded[key] = tuple(
                LogisticsItem(str(e.get("item", "")), bool(e.get("done", False)))
                for e in entries or () if isinstance(e, dict))
        return found

    return PlanData(
        initiative_id=initiative.id,
        initiative_name=initiative.name,
        facilitating_organisation=initiative.facilitating_organisation,
        facilitator_name=initiative.facilitator_name,
        start_date=initiative.start_date,
        end_date=initiative.end_date,
        cadence=initiative.cadence,
        learning_goals=tuple(initiative.learning_goals or ()),
        activities=tuple(
            row_type(
                id=a.id,
                title=a.title,
                tool_code=tool_names[a.tool_type_id][0],
                tool_name=tool_names[a.tool_type_id][1],
                start_date=a.start_date,
                end_date=a.end_date,
                duration_hours=a.duration_hours,
                mode=a.mode,
                venue=a.venue,
                all_peers=a.all_peers,
                participants=tuple(taking_part.get(a.id, ())),
                host=a.host,
                reciprocal=a.reciprocal,
                cost=a.cost,
                currency=a.currency,
                logistics=logistics(a[13]),
                **{name: values.get(a.id, 0) for name, values in per_activity.items()},
            )
            for a in activities
        ),
        peers=peers,
        tool_options=tuple(tool_option_of(tool) for tool in tools),
    )


def _participants(connection: Connection, initiative_id: int) -> dict[int, tuple[tuple[int, str], ...]]:
    """Each activity's (peer id, role) pairs, in the order they were added. On SQLite as one text per
    activity (group_concat), which reads 40,000 participants in about half the time of one row each."""
    joined = (
        select(ActivityParticipant.activity_id, ActivityParticipant.peer_id, ActivityParticipant.role)
        .join(Activity, Activity.id == ActivityParticipant.activity_id)
        .where(Activity.initiative_id == initiative_id)
        .order_by(ActivityParticipant.id)
    )
    if connection.dialect.name != "sqlite":
        grouped: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for activity_id, peer_id, role in connection.execute(joined).all():
            grouped[activity_id].append((peer_id, role))
        return {activity_id: tuple(pairs) for activity_id, pairs in grouped.items()}
    ordered = joined.subquery()  # SQLite's group_concat keeps the order of the rows it is given
    texts = connection.execute(
        select(ordered.c.activity_id,
               func.group_concat(func.cast(ordered.c.peer_id, String) + literal(" ") + ordered.c.role, " "))
        .group_by(ordered.c.activity_id)
    ).all()
    result = {}
    for activity_id, text in texts:
        parts = text.split(" ")  # roles are single words (PARTICIPANT_ROLES)
        result[activity_id] = tuple(zip(map(int, parts[0::2]), parts[1::2], strict=True))
    return result


class PlanSettingsInvalid(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = dict(errors)


def update_plan_settings(
    factory: sessionmaker, initiative_id: int, *, cadence: str, learning_goals: Sequence[str]
) -> None:
    """Set the initiative's cadence and chosen learning goals (codes from the catalogue)."""
    cat = catalogue()
    errors: dict[str, str] = {}
    if cadence not in {c.code for c in cat.cadences}:
        errors["cadence"] = f"Unknown cadence {cadence!r}."
    known = [g.code for g in cat.learning_goals]
    unknown = [g for g in learning_goals if g not in known]
    if unknown:
        errors["learning_goals"] = f"Unknown learning goal(s): {', '.join(unknown)}."
    if errors:
        raise PlanSettingsInvalid(errors)
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise PlanSettingsInvalid({"initiative": f"Initiative {initiative_id} is not in this file."})
        initiative.cadence = cadence
        initiative.learning_goals = [g for g in known if g in set(learning_goals)]
