"""Saving evaluation entries: contact reports (checked and merged), check-ins, learning-gain scores,
value-creation interviews, diffusion events and attendance. Each call is one transaction; each refusal
comes back with its reason so the screen or the command can show it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.core.consent import CHECKIN, INTERVIEW
from peerdesk.core.evaluation.capture import CaptureProblem, ContactDraft, check_contact_drafts
from peerdesk.core.evaluation.learning import VALID_SCORES
from peerdesk.db.models import (
    Activity,
    ContactEntry,
    ContactReport,
    DiffusionEvent,
    Initiative,
    LearningCheckin,
    LearningGain,
    Membership,
    ValueInterview,
)
from peerdesk.db.services.privacy import require_consent
from peerdesk.i18n import N_, _, format_date, format_date_range


class EvaluationInputError(ValueError):
    """An entry that cannot be saved; the message says why."""


@dataclass(frozen=True)
class ContactSaveResult:
    saved: int  # reports written (new or merged)
    merged: int
    refused: tuple[CaptureProblem, ...]
    notices: tuple[CaptureProblem, ...]


def _initiative(session: Session, initiative_id: int) -> Initiative:
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise EvaluationInputError(_("initiative {id} is not in this file").format(id=initiative_id))
    return initiative


def _members(session: Session, initiative_id: int, role: str | None = "participant") -> dict[int, str]:
    from peerdesk.db.models import Peer

    query = (select(Peer.id, Peer.full_name).join(Membership, Membership.peer_id == Peer.id)
             .where(Membership.initiative_id == initiative_id))
    if role is not None:
        query = query.where(Membership.role == role)
    return dict(session.execute(query).all())


def _check_date(initiative: Initiative, day: date, what: str) -> None:
    if (initiative.start_date and day < initiative.start_date) or (initiative.end_date and day > initiative.end_date):
        raise EvaluationInputError(_("{what}: {day} is outside the initiative ({period})").format(
            what=_(what), day=format_date(day), period=format_date_range(initiative.start_date, initiative.end_date)))


def save_contact_reports(
    factory: sessionmaker, initiative_id: int, drafts: Sequence[ContactDraft]
) -> ContactSaveResult:
    """Check and save typed contact reports; rows for a report already in the file are merged into it."""
    channels = tuple(channel.code for channel in catalogue().contact_channels)
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        members = _members(session, initiative_id)
        keys = {(d.reporter_id, d.report_date) for d in drafts if d.reporter_id and d.report_date}
        existing_reports: dict[tuple[int, date], ContactReport] = {}
        reporters = {k[0] for k in keys}
        if reporters:
            for report in session.scalars(select(ContactReport).where(
                    ContactReport.initiative_id == initiative_id, ContactReport.reporter_id.in_(reporters))):
                if (report.reporter_id, report.report_date) in keys:
                    existing_reports[(report.reporter_id, report.report_date)] = report
        existing = {key: {entry.other_id: entry.kind for entry in report.contacts}
                    for key, report in existing_reports.items()}
        check = check_contact_drafts(drafts, members, initiative.start_date, initiative.end_date, existing, channels)
        merged = 0
        for key, draft in check.reports.items():
            report = existing_reports.get(key)
            if report is None:
                report = ContactReport(initiative_id=initiative_id, reporter_id=key[0], report_date=key[1],
                                       notes=draft.notes)
                session.add(report)
            else:
                merged += 1
                if draft.notes and draft.notes not in report.notes:
                    report.notes = "\n".join(n for n in (report.notes, draft.notes) if n)
            entries = {entry.other_id: entry for entry in report.contacts}
            for other, kind, channel in draft.contacts:
                entry = entries.get(other)
                if entry is None:
                    report.contacts.append(ContactEntry(other_id=other, kind=kind, channel=channel))
                else:
                    entry.kind = kind
                    entry.channel = channel or entry.channel
        return ContactSaveResult(len(check.reports), merged, tuple(check.refused), tuple(check.notices))


def save_checkin(factory: sessionmaker, initiative_id: int, peer_id: int, week_start: date, productive: bool,
                 note: str = "") -> bool:
    """Save one weekly check-in (the week is the Monday of ``week_start``); returns True if it replaced one."""
    from peerdesk.core.contacts import week_start as monday

    week = monday(week_start)
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        if peer_id not in _members(session, initiative_id, role=None):
            raise EvaluationInputError(_("this person is not a member of the initiative"))
        _check_date(initiative, week_start, N_("check-in"))
        require_consent(session, peer_id, CHECKIN, EvaluationInputError)
        row = session.scalar(select(LearningCheckin).where(
            LearningCheckin.initiative_id == initiative_id, LearningCheckin.peer_id == peer_id,
            LearningCheckin.week_start == week))
        replaced = row is not None
        if row is None:
            row = LearningCheckin(initiative_id=initiative_id, peer_id=peer_id, week_start=week)
            session.add(row)
        row.productive, row.note = bool(productive), note
        return replaced


def save_learning_scores(factory: sessionmaker, initiative_id: int, peer_id: int, assessed_on: date, point: str,
                         scores: Mapping[str, int]) -> int:
    """Save scores (5, 3 or 1) for learning areas at one assessment point; returns how many were saved."""
    areas = {area.code for area in catalogue().learning_areas}
    for area, score in scores.items():
        if area not in areas:
            raise EvaluationInputError(_("{area} is not a learning area").format(area=repr(area)))
        if score not in VALID_SCORES:
            raise EvaluationInputError(_("score {score} for {area}: use 5, 3 or 1").format(
                score=repr(score), area=area))
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        if peer_id not in _members(session, initiative_id, role=None):
            raise EvaluationInputError(_("this person is not a member of the initiative"))
        _check_date(initiative, assessed_on, N_("learning-gain score"))
        for area, score in scores.items():
            row = session.scalar(select(LearningGain).where(
                LearningGain.initiative_id == initiative_id, LearningGain.peer_id == peer_id,
                LearningGain.assessed_on == assessed_on, LearningGain.area == area))
            if row is None:
                row = LearningGain(initiative_id=initiative_id, peer_id=peer_id, assessed_on=assessed_on, area=area)
                session.add(row)
            row.point, row.score = point, score
        return len(scores)


def save_interview(factory: sessionmaker, initiative_id: int, peer_id: int, interviewed_on: date,
                   answers: Mapping[str, str], cycles: Mapping[str, str] | None = None,
                   outcome_families: Sequence[str] = (), interviewer: str = "") -> int:
    """Save a value-creation interview; answer and cycle codes are checked against the catalogue."""
    cat = catalogue()
    questions = {q.code for q in cat.interview_questions}
    valid_cycles = {c.code for c in cat.value_cycles}
    families = {f.code for f in cat.outcome_families}
    cycles = dict(cycles or {})
    unknown = [code for code in list(answers) + list(cycles) if code not in questions]
    if unknown:
        raise EvaluationInputError(_("unknown interview question {question}").format(question=repr(unknown[0])))
    if not any(text.strip() for text in answers.values()):
        raise EvaluationInputError(_("the interview has no answers"))
    bad = [c for c in cycles.values() if c and c not in valid_cycles]
    if bad:
        raise EvaluationInputError(_("{value} is not a value cycle").format(value=repr(bad[0])))
    bad = [f for f in outcome_families if f not in families]
    if bad:
        raise EvaluationInputError(_("{value} is not an outcome family").format(value=repr(bad[0])))
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        if peer_id not in _members(session, initiative_id, role=None):
            raise EvaluationInputError(_("this person is not a member of the initiative"))
        _check_date(initiative, interviewed_on, N_("interview"))
        require_consent(session, peer_id, INTERVIEW, EvaluationInputError)
        row = ValueInterview(initiative_id=initiative_id, peer_id=peer_id, interviewed_on=interviewed_on,
                             interviewer=interviewer, answers={k: v for k, v in answers.items() if v.strip()},
                             cycles={k: v for k, v in cycles.items() if v}, outcome_families=list(outcome_families))
        session.add(row)
        session.flush()
        return row.id


def save_diffusion_event(factory: sessionmaker, initiative_id: int, *, event_date: date, people_reached: int,
                         form: str = "presentation", audience: str = "", sharer_peer_id: int | None = None,
                         sharer_name: str = "", parent_id: int | None = None, notes: str = "") -> int:
    """Save one sharing-forward event: by a peer, or by a colleague reached through an earlier event."""
    if people_reached < 0:
        raise EvaluationInputError(_("people reached cannot be negative"))
    if sharer_peer_id is None and not sharer_name.strip():
        raise EvaluationInputError(_("say who shared: a peer, or the name of the colleague reached earlier"))
    with factory.begin() as session:
        initiative = _initiative(session, initiative_id)
        if sharer_peer_id is not None and sharer_peer_id not in _members(session, initiative_id):
            raise EvaluationInputError(_("the sharer is not a participant of this initiative"))
        if parent_id is not None:
            parent = session.get(DiffusionEvent, parent_id)
            if parent is None or parent.initiative_id != initiative_id:
                raise EvaluationInputError(_("the earlier event named as the source is not in this initiative"))
            if event_date < parent.event_date:
                raise EvaluationInputError(_("a colleague cannot share before they were reached"))
        _check_date(initiative, event_date, N_("diffusion event"))
        row = DiffusionEvent(initiative_id=initiative_id, sharer_peer_id=sharer_peer_id,
                             sharer_name=sharer_name.strip(), parent_id=parent_id, event_date=event_date, form=form,
                             audience=audience, people_reached=people_reached, notes=notes)
        session.add(row)
        session.flush()
        return row.id


def set_attendance(factory: sessionmaker, initiative_id: int, activity_id: int, attendance: int | None) -> None:
    """Record (or clear) the head count of an event."""
    if attendance is not None and attendance < 0:
        raise EvaluationInputError(_("attendance cannot be negative"))
    with factory.begin() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.initiative_id != initiative_id:
            raise EvaluationInputError(_("that activity is not in this initiative"))
        activity.attendance = attendance
