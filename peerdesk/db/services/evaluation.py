"""Evaluation data read out of the file as plain records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.records import (
    ActivityRecord,
    CheckinRecord,
    ContractRecord,
    DiffusionRecord,
    EvaluationData,
    GainRecord,
    InterviewRecord,
    Person,
)
from peerdesk.db.models import (
    Activity,
    ActivityParticipant,
    CommitmentItem,
    ContactEntry,
    ContactReport,
    DiffusionEvent,
    Initiative,
    LearningGain,
    Membership,
    Peer,
    PeerContract,
    ValueInterview,
)


class EvaluationNotFound(LookupError):
    """The initiative is not in the file."""


def _contact_query(initiative_id: int):
    return (
        select(
            ContactReport.report_date,
            ContactReport.reporter_id,
            ContactEntry.other_id,
            ContactEntry.kind,
            ContactEntry.channel,
        )
        .join(ContactEntry, ContactEntry.report_id == ContactReport.id)
        # a contact with someone erased on request stays in the file, but measures need both ends
        .where(ContactReport.initiative_id == initiative_id, ContactEntry.other_id.is_not(None))
        .order_by(ContactReport.report_date, ContactReport.reporter_id, ContactEntry.other_id)
    )


def list_contact_records(factory: sessionmaker, initiative_id: int) -> list[ContactRecord]:
    """Every reported contact of the initiative, oldest first."""
    with factory.begin() as session:
        return [ContactRecord(*row) for row in session.execute(_contact_query(initiative_id))]


def load_evaluation_data(factory: sessionmaker, initiative_id: int, today: date | None = None) -> EvaluationData:
    """All of one initiative's evaluation evidence, in one read."""
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise EvaluationNotFound(f"initiative {initiative_id} is not in this file")
        people = tuple(
            Person(peer_id, name, role)
            for peer_id, name, role in session.execute(
                select(Peer.id, Peer.full_name, Membership.role)
                .join(Membership, Membership.peer_id == Peer.id)
                .where(Membership.initiative_id == initiative_id)
                .order_by(Peer.full_name)
            )
        )
        # The two large tables (a year of twice-weekly reports is tens of thousands of rows) are read
        # through the driver, without SQLAlchemy's per-row type processing: same rows, same order.
        day = _DateCache()
        contacts = tuple(
            ContactRecord(day(report_date), reporter_id, other_id, kind, channel)
            for report_date, reporter_id, other_id, kind, channel in _driver_rows(
                session,
                "SELECT r.report_date, r.reporter_id, e.other_id, e.kind, e.channel FROM contact_report r "
                # a contact with someone erased on request stays in the file, but measures need both ends
                "JOIN contact_entry e ON e.report_id = r.id WHERE r.initiative_id = ? AND e.other_id IS NOT NULL "
                "ORDER BY r.report_date, r.reporter_id, e.other_id", initiative_id)
        )
        checkins = tuple(
            CheckinRecord(peer_id, day(week), None if productive is None else bool(productive), note)
            for peer_id, week, productive, note in _driver_rows(
                session,
                "SELECT peer_id, week_start, productive, note FROM learning_checkin WHERE initiative_id = ? "
                "ORDER BY week_start, peer_id", initiative_id)
        )
        gains = tuple(
            GainRecord(row.peer_id, row.assessed_on, row.point, row.area, row.score)
            for row in session.scalars(
                select(LearningGain).where(LearningGain.initiative_id == initiative_id)
                .order_by(LearningGain.assessed_on, LearningGain.peer_id, LearningGain.area)
            )
        )
        interviews = tuple(
            InterviewRecord(row.peer_id, row.interviewed_on, dict(row.answers or {}), dict(row.cycles or {}),
                            tuple(row.outcome_families or ()))
            for row in session.scalars(
                select(ValueInterview).where(ValueInterview.initiative_id == initiative_id)
                .order_by(ValueInterview.interviewed_on, ValueInterview.id)
            )
        )
        diffusion = tuple(
            DiffusionRecord(row.id, row.sharer_peer_id, row.sharer_name, row.parent_id, row.event_date, row.form,
                            row.audience, row.people_reached)
            for row in session.scalars(
                select(DiffusionEvent).where(DiffusionEvent.initiative_id == initiative_id)
                .order_by(DiffusionEvent.event_date, DiffusionEvent.id)
            )
        )
        attended = dict(
            session.execute(
                select(ActivityParticipant.activity_id, func.count())
                .where(ActivityParticipant.attended.is_(True))
                .group_by(ActivityParticipant.activity_id)
            ).all()
        )
        invited = dict(
            session.execute(
                select(ActivityParticipant.activity_id, func.count()).group_by(ActivityParticipant.activity_id)
            ).all()
        )
        activities = tuple(
            ActivityRecord(row.title, row.start_date, row.end_date, row.attendance,
                           invited.get(row.id, 0), attended.get(row.id, 0))
            for row in session.scalars(
                select(Activity).where(Activity.initiative_id == initiative_id).order_by(Activity.start_date)
            )
        )
        identifying = _identifying_terms(session, initiative_id, [p.id for p in people])
        statuses: dict[int, list[str]] = {}
        for contract_id, status in session.execute(
            select(CommitmentItem.contract_id, CommitmentItem.status)
            .join(PeerContract, PeerContract.id == CommitmentItem.contract_id)
            .where(PeerContract.initiative_id == initiative_id)
            .order_by(CommitmentItem.contract_id, CommitmentItem.id)
        ):
            statuses.setdefault(contract_id, []).append(status)
        contracts = []
        for contract in session.scalars(select(PeerContract).where(PeerContract.initiative_id == initiative_id)):
            items = statuses.get(contract.id, [])
            contracts.append(ContractRecord(contract.peer_id, contract.status, len(items), items.count("kept"),
                                            items.count("partly"), items.count("not_kept")))
        return EvaluationData(
            initiative_id=initiative.id,
            name=initiative.name,
            facilitator=initiative.facilitator_name,
            start_date=initiative.start_date,
            end_date=initiative.end_date,
            learning_goals=tuple(initiative.learning_goals or ()),
            people=people,
            contacts=contacts,
            checkins=checkins,
            gains=gains,
            interviews=interviews,
            diffusion=diffusion,
            activities=activities,
            contracts=tuple(contracts),
            today=today,
            identifying=identifying,
        )


class _DateCache(dict):
    """ISO date text to ``date``, each distinct day parsed once (a year of reports has a few hundred)."""

    def __call__(self, text):
        if text is None or isinstance(text, date):
            return text
        value = self.get(text)
        if value is None:
            value = self[text] = date.fromisoformat(text[:10])
        return value


def _driver_rows(session, sql: str, *params) -> list[tuple]:
    from peerdesk.db.dialect import placeholder

    connection = session.connection()
    return connection.exec_driver_sql(sql.replace("?", placeholder(connection)), params).fetchall()


def _identifying_terms(session, initiative_id: int, peer_ids: list[int]) -> tuple[str, ...]:
    """Organisations, countries (as stored and by name) and venues named in the initiative."""
    from peerdesk.db.models import Organisation
    from peerdesk.i18n import country_name

    terms: set[str] = set()
    for organisation, country in session.execute(
        select(Organisation.name, Peer.country).select_from(Peer)
        .outerjoin(Organisation, Organisation.id == Peer.organisation_id).where(Peer.id.in_(peer_ids))
    ):
        for value in (organisation, country):
            if value and value.strip():
                terms.add(value.strip())
        if country and len(country.strip()) == 2:
            terms.update({country_name(country.strip(), "en"), country_name(country.strip())})
    for (venue,) in session.execute(select(Activity.venue).where(Activity.initiative_id == initiative_id)):
        if venue and venue.strip():
            terms.add(venue.strip())
            terms.update(part.strip() for part in venue.split(",") if len(part.strip()) >= 3)
    return tuple(sorted(terms))
