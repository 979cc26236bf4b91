"""The facilitator's checklist per initiative: the catalogue's four stages and items, with status and note."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from peerdesk.core.catalogue import catalogue
from peerdesk.core.plan_data import STATUS_NAMES, STATUSES, ChecklistRow, checklist_progress  # noqa: F401
from peerdesk.db.concurrency import EditConflict, check_version, refusing_stale
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
                        version=entry.version if entry else 0,
                    )
                )
        return rows


def set_checklist_entry(factory: sessionmaker, initiative_id: int, item_code: str, status: str, note: str,
                        expected_version: int | None = None) -> None:
    """Record an item's status and note for the initiative (creating its row on first use).

    ``expected_version`` is the version the editor showed (0: nobody had saved the item yet); if someone
    saved the item since, nothing is written and :class:`~peerdesk.db.concurrency.EditConflict` says who
    and when. None saves without that check (the CLI, the demo)."""
    if status not in STATUSES:
        raise ChecklistInvalid(f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.")
    if item_code not in catalogue().checklist_item_codes():
        raise ChecklistInvalid(f"Unknown checklist item {item_code!r}.")
    what = next(item.text for stage in catalogue().checklist_stages for item in stage.items if item.code == item_code)
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
        elif expected_version == 0:  # the editor showed an untouched item, and someone has saved it since
            raise EditConflict.from_row(entry, what)
        else:
            check_version(entry, expected_version, what)
        entry.status = status
        entry.note = note.strip()
        if entry.id is not None:
            with refusing_stale(factory, ChecklistEntry, entry.id, what):
                session.flush()
            return
        try:
            session.flush()
        except IntegrityError as exc:  # someone saved the item's first entry at the same moment
            raise _saved_since(factory, initiative_id, item_code, what) from exc


def _saved_since(factory: sessionmaker, initiative_id: int, item_code: str, what: str) -> EditConflict:
    with factory() as session:
        entry = session.scalar(select(ChecklistEntry).where(
            ChecklistEntry.initiative_id == initiative_id, ChecklistEntry.item_code == item_code))
        return EditConflict.from_row(entry, what) if entry is not None else EditConflict(what, "", None, None)
