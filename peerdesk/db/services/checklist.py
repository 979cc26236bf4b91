"""The facilitator's checklist per initiative: the catalogue's four stages and items, with status and note."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.core.plan_data import STATUS_NAMES, STATUSES, ChecklistRow, checklist_progress  # noqa: F401
from peerdesk.db.models import ChecklistEntry, Initiative


class ChecklistInvalid(ValueError):
    pass


def list_checklist(factory: sessionmaker, initiative_id: int) -> list[ChecklistRow]:
    """Every checklist item in stage order; items never touched are 'not started' with no note."""
    with factory.begin() as session:
        entries = {
            e.item_code: e
            for e in session.scalars(select(ChecklistEntry).where(ChecklistEntry.initiative_id == initiative_id))
        }
        rows = []
        for stage in catalogue().checklist_stages:
            for item in stage.items:
                entry = entries.get(item.code)
                rows.append(
                    ChecklistRow(
                        stage_number=stage.number,
                        stage_name=stage.name,
                        item_code=item.code,
                        text=item.text,
                        status=entry.status if entry else "not_started",
                        note=entry.note if entry else "",
                    )
                )
        return rows


def set_checklist_entry(factory: sessionmaker, initiative_id: int, item_code: str, status: str, note: str) -> None:
    """Record an item's status and note for the initiative (creating its row on first use)."""
    if status not in STATUSES:
        raise ChecklistInvalid(f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.")
    if item_code not in catalogue().checklist_item_codes():
        raise ChecklistInvalid(f"Unknown checklist item {item_code!r}.")
    with factory.begin() as session:
        if session.get(Initiative, initiative_id) is None:
            raise ChecklistInvalid(f"Initiative {initiative_id} is not in this file.")
        entry = session.scalar(
            select(ChecklistEntry).where(
                ChecklistEntry.initiative_id == initiative_id, ChecklistEntry.item_code == item_code
            )
        )
        if entry is None:
            entry = ChecklistEntry(initiative_id=initiative_id, item_code=item_code)
            session.add(entry)
        entry.status = status
        entry.note = note.strip()
