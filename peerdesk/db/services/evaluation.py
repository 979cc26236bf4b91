"""Evaluation data read out of the file as plain records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.contacts import ContactRecord
from peerdesk.db.models import ContactEntry, ContactReport


def list_contact_records(factory: sessionmaker, initiative_id: int) -> list[ContactRecord]:
    """Every reported contact of the initiative, oldest first."""
    with factory.begin() as session:
        rows = session.execute(
            select(
                ContactReport.report_date,
                ContactReport.reporter_id,
                ContactEntry.other_id,
                ContactEntry.kind,
                ContactEntry.channel,
            )
            .join(ContactEntry, ContactEntry.report_id == ContactReport.id)
            .where(ContactReport.initiative_id == initiative_id)
            .order_by(ContactReport.report_date, ContactReport.reporter_id, ContactEntry.other_id)
        )
        return [ContactRecord(*row) for row in rows]
