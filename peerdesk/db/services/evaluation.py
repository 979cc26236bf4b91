"""Evaluation data read out of the file as plain records."""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TypeVar

import numpy as np
from sqlalchemy import case, func, select
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from peerdesk.core.catalogue import catalogue
from peerdesk.core.collector import collector_paused
from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.capture import CHANNEL_WORDS, KINDS
from peerdesk.core.evaluation.learning import POINT_NAMES
from peerdesk.core.evaluation.records import (
    ActivityRecord,
    ContractRecord,
    DiffusionRecord,
    EvaluationData,
    InterviewRecord,
    Person,
)
from peerdesk.core.evaluation.tables import CheckinTable, ContactTable, GainTable
from peerdesk.db.dialect import is_sqlite
from peerdesk.db.models import (
    Activity,
    ActivityParticipant,
    CommitmentItem,
    ContactEntry,
    ContactReport,
    DiffusionEvent,
    Initiative,
    Membership,
    Peer,
    PeerContract,
    ValueInterview,
)
from peerdesk.db.services.evaluation_columns import Column, found_codes, read_columns

R = TypeVar("R")


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
    with collector_paused(), factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise EvaluationNotFound(f"initiative {initiative_id} is not in this file")
        # The large tables (a year of twice-weekly reports is tens of thousands of rows, a large cohort's
        # hundreds of thousands) are read into columns (ContactTable, CheckinTable, GainTable) that the
        # measures take as arrays, without one Python object per row (see evaluation_columns); the contacts
        # alongside the rest where the file allows (see _alongside; the contacts take longer than the rest
        # together, so the scores are read here)
        read_contacts = _alongside(factory, session, lambda other: _contacts(other, initiative_id))
        gains = _gains(session, initiative_id)
        people = tuple(
            Person(peer_id, name, role)
            for peer_id, name, role in session.execute(
                select(Peer.id, Peer.full_name, Membership.role)
                .join(Membership, Membership.peer_id == Peer.id)
                .where(Membership.initiative_id == initiative_id)
                .order_by(Peer.full_name)
            )
        )
        checkins = _checkins(session, initiative_id)
        interviews = tuple(
            InterviewRecord(row.peer_id, row.interviewed_on, dict(row.answers or {}), dict(row.cycles or {}),
                            tuple(row.outcome_families or ()))
            for row in session.scalars(
                select(ValueInterview).where(ValueInterview.initiative_id == initiative_id)
                .order_by(ValueInterview.interviewed_on, ValueInterview.id)
            )
        )
        diffusion = tuple(
            DiffusionRecord(*row)
            for row in session.execute(
                select(DiffusionEvent.id, DiffusionEvent.sharer_peer_id, DiffusionEvent.sharer_name,
                       DiffusionEvent.parent_id, DiffusionEvent.event_date, DiffusionEvent.form,
                       DiffusionEvent.audience, DiffusionEvent.people_reached)
                .where(DiffusionEvent.initiative_id == initiative_id)
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
            ActivityRecord(title, start, end, attendance, invited.get(activity_id, 0), attended.get(activity_id, 0))
            for activity_id, title, start, end, attendance in session.execute(
                select(Activity.id, Activity.title, Activity.start_date, Activity.end_date, Activity.attendance)
                .where(Activity.initiative_id == initiative_id).order_by(Activity.start_date)
            )
        )
        identifying = _identifying_terms(session, initiative_id)
        # each contract's commitments counted by status in the query (a large cohort has tens of thousands)
        status = CommitmentItem.status
        counts = {
            contract_id: (items, kept, partly, not_kept)
            for contract_id, items, kept, partly, not_kept in session.execute(
                select(CommitmentItem.contract_id, func.count(), func.sum(case((status == "kept", 1), else_=0)),
                       func.sum(case((status == "partly", 1), else_=0)),
                       func.sum(case((status == "not_kept", 1), else_=0)))
                .join(PeerContract, PeerContract.id == CommitmentItem.contract_id)
                .where(PeerContract.initiative_id == initiative_id)
                .group_by(CommitmentItem.contract_id)
            )
        }
        contracts = [
            ContractRecord(peer_id, contract_status, *counts.get(contract_id, (0, 0, 0, 0)))
            for contract_id, peer_id, contract_status in session.execute(
                select(PeerContract.id, PeerContract.peer_id, PeerContract.status)
                .where(PeerContract.initiative_id == initiative_id)
            )
        ]
        contacts = read_contacts()
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


def _alongside(factory: sessionmaker, session, read: Callable[[object], R]) -> Callable[[], R]:
    """``read(a session)`` run on a second connection in a thread of its own, meanwhile the caller reads the
    rest; the returned function waits for its result (or raises its error). SQLite runs a query without
    holding Python's lock, so on a data file the two reads share the laptop's two cores; elsewhere (a
    server, a database in memory that has one connection) ``read`` runs on the caller's session when the
    result is asked for.

    The two reads are two transactions: a change committed between their starts could be in one and not the
    other. On a data file the window is the only writer (the file's lock), and every change it makes reads
    the evaluation again afterwards, so a view read across a change is replaced at once."""
    engine = session.get_bind()
    if not is_sqlite(session.connection()) or not isinstance(engine.pool, QueuePool):
        return lambda: read(session)

    def run() -> R:
        with collector_paused(), factory.begin() as other:
            result = read(other)
        _give_back_memory()
        return result

    return _helper().submit(run).result


def _give_back_memory() -> None:
    """Linux's C library keeps what a thread other than the main one freed (here, the texts of numbers the
    columns were parsed from: tens of MB for a large cohort) in that thread's own arena, where the rest of
    the program cannot use it; hand it back to the system."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # another C library (musl): nothing to do
        pass


_helpers: list[ThreadPoolExecutor] = []
_helpers_lock = threading.Lock()


def _helper() -> ThreadPoolExecutor:
    """One thread kept for the second read: a new thread each time would take a new memory arena (the C
    library's), and the window's memory would grow by tens of MB with each read of a large cohort."""
    with _helpers_lock:
        if not _helpers:
            _helpers.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaluation-read"))
        return _helpers[0]


#: The words the contact columns hold in a sound file (the schema's kinds; the channels capture and import
#: write, or none)
_CHANNELS = ("", *CHANNEL_WORDS)


def _contacts(session, initiative_id: int, fast: bool = True) -> ContactTable:
    if fast and is_sqlite(session.connection()):
        table = _contacts_apart(session, initiative_id)
        if table is not None:
            return table
    read = read_columns(session, [Column("r.report_date", "day"), Column("r.reporter_id"), Column("e.other_id"),
                                  Column("e.kind", "code", KINDS), Column("e.channel", "code", _CHANNELS)],
                        # a contact with someone erased on request stays in the file, but measures need both ends
                        "contact_report r JOIN contact_entry e ON e.report_id = r.id "
                        "WHERE r.initiative_id = ? AND e.other_id IS NOT NULL", [initiative_id], fast)
    day, reporter, other, kind, channel = read.arrays
    return ContactTable.from_codes(day, reporter, other, kind, read.values[3], channel, read.values[4])


def _contacts_apart(session, initiative_id: int) -> ContactTable | None:
    """SQLite, when the initiative holds a good share of the file's reports: its reports, then every contact
    entry in the file's order, joined by numpy. The join in SQL looks each report's entries up in an index
    and each entry's row in the table, three times as long as reading the two tables straight through.
    None when the initiative holds under a quarter of the reports (the entries of others would be read
    for nothing)."""
    reports = read_columns(session, [Column("id"), Column("reporter_id"), Column("report_date", "day")],
                           "contact_report WHERE initiative_id = ?", [initiative_id])
    report_id, reporter, day = reports.arrays
    total = session.connection().exec_driver_sql("SELECT count(*) FROM contact_report").scalar_one()
    if len(report_id) * 4 < total:
        return None
    # a contact with someone erased on request stays in the file, but measures need both ends
    entries = read_columns(session, [Column("report_id"), Column("other_id"), Column("kind", "code", KINDS),
                                     Column("channel", "code", _CHANNELS)],
                           "contact_entry WHERE other_id IS NOT NULL", [])
    of_report, other, kind, channel = entries.arrays
    order = np.argsort(report_id, kind="stable")
    ids = report_id[order]
    found = np.minimum(np.searchsorted(ids, of_report), max(len(ids) - 1, 0))
    mine = ids[found] == of_report if len(ids) else np.zeros(len(of_report), dtype=bool)
    rows = order[found[mine]]
    return ContactTable.from_codes(day[rows], reporter[rows], other[mine], kind[mine], entries.values[2],
                                   channel[mine], entries.values[3])


def _checkins(session, initiative_id: int, fast: bool = True) -> CheckinTable:
    read = read_columns(session, [Column("peer_id"), Column("week_start", "day"), Column("productive", "answer")],
                        "learning_checkin WHERE initiative_id = ?", [initiative_id], fast)
    table = CheckinTable(*read.arrays, {})
    # the few notes (most check-ins have none), put on their rows
    noted = read_columns(session, [Column("peer_id"), Column("week_start", "day"), Column("note", "code")],
                         "learning_checkin WHERE initiative_id = ? AND note IS NOT NULL AND note != ''",
                         [initiative_id], fast=False)
    if len(noted.arrays[0]):
        peer, week, note = noted.arrays
        table.add_notes(peer, week, [noted.values[2][code] for code in note.tolist()])
    return table


def _gains(session, initiative_id: int, fast: bool = True) -> GainTable:
    # the usual areas and points are given, which spares a first pass to find them (any other is read all
    # the same); the table names only those found, as that pass would
    areas = tuple(area.code for area in catalogue().learning_areas)
    read = read_columns(session, [Column("peer_id"), Column("assessed_on", "day"), Column("score"),
                                  Column("area", "code", areas), Column("point", "code", _POINTS)],
                        "learning_gain WHERE initiative_id = ?", [initiative_id], fast)
    peer, day, score, area, point = read.arrays
    (area, areas), (point, points) = found_codes(area, read.values[3]), found_codes(point, read.values[4])
    return GainTable(peer, day, score, area, areas, point, points)


#: the assessment points PeerDesk's demo, synthetic cohorts and most facilitators use
_POINTS = (*POINT_NAMES, "end")


def _identifying_terms(session, initiative_id: int) -> tuple[str, ...]:
    """Organisations, countries (as stored and by name) and venues named in the initiative (its members')."""
    from peerdesk.db.models import Organisation
    from peerdesk.i18n import country_name

    terms: set[str] = set()
    countries: set[str] = set()
    for organisation, country in session.execute(
        select(Organisation.name, Peer.country).select_from(Peer)
        .outerjoin(Organisation, Organisation.id == Peer.organisation_id)
        .join(Membership, Membership.peer_id == Peer.id).where(Membership.initiative_id == initiative_id)
        .distinct()
    ):
        for value in (organisation, country):
            if value and value.strip():
                terms.add(value.strip())
        if country and len(country.strip()) == 2:
            countries.add(country.strip())
    for country in countries:  # each country's names looked up once, not once per peer
        terms.update({country_name(country, "en"), country_name(country)})
    for (venue,) in session.execute(select(Activity.venue).where(Activity.initiative_id == initiative_id)):
        if venue and venue.strip():
            terms.add(venue.strip())
            terms.update(part.strip() for part in venue.split(",") if len(part.strip()) >= 3)
    return tuple(sorted(terms))
