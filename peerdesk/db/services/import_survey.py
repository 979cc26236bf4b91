"""Apply contact-report and check-in answers from a survey export, in ONE transaction.

An answer for a person and date already in the file replaces it (a re-sent form), never duplicates it.
A peer ticked as both formal and informal contact is recorded as informal: the peers arranged it too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.imports import SurveyPreview
from peerdesk.db.models import ContactEntry, ContactReport, LearningCheckin, Membership, Peer
from peerdesk.db.tombstones import delete_rows


class SurveyImportRefused(Exception):
    pass


@dataclass(frozen=True)
class SurveyImportResult:
    created: int
    replaced: int
    skipped_rows: tuple[int, ...]


def initiative_peer_keys(factory: sessionmaker, initiative_id: int) -> dict[str, int]:
    """uuid and email (lower case) -> peer id, for the initiative's members."""
    with factory.begin() as session:
        rows = session.execute(
            select(Peer.id, Peer.uuid, Peer.email)
            .join(Membership, Membership.peer_id == Peer.id)
            .where(Membership.initiative_id == initiative_id)
        )
        keys: dict[str, int] = {}
        for pid, uuid, email in rows:
            keys[uuid] = pid
            if email:
                keys[email.lower()] = pid
        return keys


def apply_survey_import(factory: sessionmaker, preview: SurveyPreview, initiative_id: int, *,
                        skip_bad_rows: bool = False) -> SurveyImportResult:
    if preview.has_errors and not skip_bad_rows:
        raise SurveyImportRefused(f"{len(preview.errors)} problem(s) in the answers; nothing imported")
    created = replaced = 0
    with factory.begin() as session:
        for record in preview.good_records():
            if preview.kind == "contact_report":
                existing = session.scalars(select(ContactReport).where(
                    ContactReport.initiative_id == initiative_id,
                    ContactReport.reporter_id == record["reporter"],
                    ContactReport.report_date == record["report_date"])).first()
                if existing is not None:
                    delete_rows(session, ContactEntry, ContactEntry.report_id == existing.id)
                    existing.notes = record.get("notes", existing.notes)
                    report = existing
                    replaced += 1
                else:
                    report = ContactReport(initiative_id=initiative_id, reporter_id=record["reporter"],
                                           report_date=record["report_date"], notes=record.get("notes", ""))
                    session.add(report)
                    created += 1
                session.flush()
                kinds = {pid: "formal" for pid in record.get("formal", [])}
                kinds.update({pid: "informal" for pid in record.get("informal", [])})
                kinds.pop(record["reporter"], None)
                for pid, kind in kinds.items():
                    session.add(ContactEntry(report_id=report.id, other_id=pid, kind=kind))
            else:
                existing = session.scalars(select(LearningCheckin).where(
                    LearningCheckin.initiative_id == initiative_id,
                    LearningCheckin.peer_id == record["peer"],
                    LearningCheckin.week_start == record["week_start"])).first()
                if existing is not None:
                    existing.productive = record.get("productive", existing.productive)
                    existing.note = record.get("note", existing.note)
                    replaced += 1
                else:
                    session.add(LearningCheckin(initiative_id=initiative_id, peer_id=record["peer"],
                                                week_start=record["week_start"],
                                                productive=bool(record.get("productive")),
                                                note=record.get("note", "")))
                    created += 1
    return SurveyImportResult(created, replaced, tuple(sorted(preview.bad_rows)) if skip_bad_rows else ())
