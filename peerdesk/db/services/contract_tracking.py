"""Keeping track of contracts: their status, each commitment's outcome, the signed scan kept in the data
file, the initiative's default commitments (templates), and the due list."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, delete, or_, select, type_coerce
from sqlalchemy.orm import selectinload, sessionmaker

from peerdesk.core.consent import SCAN
from peerdesk.core.contract_followup import DueEntry, due_date, soonest_first
from peerdesk.core.contracts import (
    CONTRACT_STATUSES,
    DUE_KINDS,
    ITEM_STATUSES,
    KINDS,
    PARTIES,
    ItemData,
    item_due,
)
from peerdesk.core.scans import ScanNameError, safe_scan_name
from peerdesk.db.concurrency import check_version, refusing_stale
from peerdesk.db.models import CommitmentItem, CommitmentTemplate, Initiative, Peer, PeerContract
from peerdesk.db.services.contracts import ContractNotFound
from peerdesk.db.services.privacy import require_consent
from peerdesk.i18n import _

#: A signed scan larger than this is refused (the data file would grow out of proportion).
MAX_SCAN_BYTES = 25 * 1024 * 1024


class ContractInputError(ValueError):
    """Input a contract cannot take (unknown status, signed without a date...); nothing was saved."""


@dataclass(frozen=True)
class ItemRow:
    id: int | None
    party: str
    kind: str
    text: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    due_date: date | None = None
    status: str = "open"
    status_date: date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class ContractDetail:
    id: int
    uuid: str
    peer_id: int
    peer_name: str
    peer_language: str
    language: str
    status: str
    signed_on: date | None
    closed_on: date | None
    authoriser_name: str
    authoriser_title: str
    facilitator_name: str
    notes: str
    scan_filename: str
    scan_size: int
    items: tuple[ItemRow, ...]
    #: the contract's version when read: pass it back when saving (a newer edit elsewhere is not overwritten)
    version: int | None = None


def _contract(session, contract_id: int) -> PeerContract:
    contract = session.get(PeerContract, contract_id)
    if contract is None:
        raise ContractNotFound(f"contract {contract_id} is not in this file")
    return contract


def _row(item: CommitmentItem | CommitmentTemplate) -> ItemRow:
    return ItemRow(
        id=item.id,
        party=item.party,
        kind=item.kind,
        text=item.text,
        params=dict(item.params or {}),
        due_date=getattr(item, "due_date", None),
        status=getattr(item, "status", "open"),
        status_date=getattr(item, "status_date", None),
        evidence=getattr(item, "evidence", ""),
    )


def get_contract(factory: sessionmaker, contract_id: int) -> ContractDetail:
    with factory.begin() as session:
        contract = session.scalars(
            select(PeerContract)
            .where(PeerContract.id == contract_id)
            .options(selectinload(PeerContract.items), selectinload(PeerContract.peer))
        ).first()
        if contract is None:
            raise ContractNotFound(f"contract {contract_id} is not in this file")
        size = len(contract.scan) if contract.scan else 0
        return ContractDetail(
            id=contract.id,
            uuid=contract.uuid,
            peer_id=contract.peer_id,
            peer_name=contract.peer.full_name,
            peer_language=contract.peer.preferred_language,
            language=contract.language,
            status=contract.status,
            signed_on=contract.signed_on,
            closed_on=contract.closed_on,
            authoriser_name=contract.authoriser_name,
            authoriser_title=contract.authoriser_title,
            facilitator_name=contract.facilitator_name,
            notes=contract.notes,
            scan_filename=contract.scan_filename,
            scan_size=size,
            items=tuple(_row(item) for item in contract.items),
            version=contract.version,
        )


def update_contract(
    factory: sessionmaker,
    contract_id: int,
    *,
    status: str,
    signed_on: date | None = None,
    closed_on: date | None = None,
    language: str | None = None,
    authoriser_name: str | None = None,
    authoriser_title: str | None = None,
    facilitator_name: str | None = None,
    notes: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Set a contract's status and details. A signed contract needs its signing date; a closed one keeps it.
    Raises :class:`~peerdesk.db.concurrency.EditConflict` if someone saved it after ``expected_version``."""
    if status not in CONTRACT_STATUSES:
        raise ContractInputError(_("unknown contract status {status}").format(status=repr(status)))
    if status == "signed" and signed_on is None:
        raise ContractInputError(_("a signed contract needs the date it was signed"))
    if signed_on and closed_on and closed_on < signed_on:
        raise ContractInputError(_("a contract cannot be closed before it was signed"))
    with refusing_stale(factory, PeerContract, contract_id), factory.begin() as session:
        contract = _contract(session, contract_id)
        check_version(contract, expected_version, _("the contract of {name}").format(name=contract.peer.full_name))
        contract.status = status
        contract.signed_on = signed_on if status in ("signed", "closed") else None
        contract.closed_on = (closed_on or date.today()) if status == "closed" else None
        for name, value in (("language", language), ("authoriser_name", authoriser_name),
                            ("authoriser_title", authoriser_title), ("facilitator_name", facilitator_name),
                            ("notes", notes)):
            if value is not None:
                setattr(contract, name, value.strip() if name != "notes" else value)


def mark_printed(factory: sessionmaker, contract_ids: Iterable[int]) -> int:
    """Drafts among ``contract_ids`` become 'printed'; returns how many changed."""
    ids = list(contract_ids)
    with factory.begin() as session:
        contracts = session.scalars(
            select(PeerContract).where(PeerContract.id.in_(ids), PeerContract.status == "draft")
        ).all()
        for contract in contracts:
            contract.status = "printed"
        return len(contracts)


def set_item_outcome(
    factory: sessionmaker, item_id: int, status: str, status_date: date | None = None, evidence: str = ""
) -> None:
    """Record whether a commitment was kept (kept, partly, not_kept) on a date, with a note of evidence;
    'open' clears the outcome."""
    if status not in ITEM_STATUSES:
        raise ContractInputError(_("unknown commitment status {status}").format(status=repr(status)))
    with factory.begin() as session:
        item = session.get(CommitmentItem, item_id)
        if item is None:
            raise ContractNotFound(f"commitment {item_id} is not in this file")
        item.status = status
        item.status_date = None if status == "open" else (status_date or date.today())
        item.evidence = evidence


def _check_items(items: Sequence[ItemRow]) -> None:
    for number, item in enumerate(items, 1):
        if item.party not in PARTIES:
            raise ContractInputError(_("commitment {number}: unknown party {party}").format(
                number=number, party=repr(item.party)))
        if item.kind not in KINDS:
            raise ContractInputError(_("commitment {number}: unknown kind {kind}").format(
                number=number, kind=repr(item.kind)))
        if item.kind == "custom" and not item.text.strip():
            raise ContractInputError(_("commitment {number}: a custom commitment needs its wording").format(
                number=number))
        if item.status not in ITEM_STATUSES:
            raise ContractInputError(_("commitment {number}: unknown status {status}").format(
                number=number, status=repr(item.status)))


def save_items(factory: sessionmaker, contract_id: int, items: Sequence[ItemRow],
               expected_version: int | None = None) -> None:
    """Replace a contract's commitments by ``items`` in that order (rows keep their id and outcome).
    Raises :class:`~peerdesk.db.concurrency.EditConflict` if someone saved the contract or its commitments
    after ``expected_version`` (the list shown would otherwise drop what they added)."""
    _check_items(items)
    with refusing_stale(factory, PeerContract, contract_id), factory.begin() as session:
        contract = _contract(session, contract_id)
        check_version(contract, expected_version, _("the contract of {name}").format(name=contract.peer.full_name))
        by_id = {item.id: item for item in contract.items}
        kept = []
        for position, row in enumerate(items):
            item = by_id.get(row.id) if row.id is not None else None
            if item is None:
                item = CommitmentItem(party=row.party, kind=row.kind)
            item.position = position
            item.party = row.party
            item.kind = row.kind
            item.text = row.text
            item.params = dict(row.params)
            item.due_date = row.due_date or item_due(ItemData(row.party, row.kind, row.text, row.params))
            item.status = row.status
            item.status_date = row.status_date
            item.evidence = row.evidence
            kept.append(item)
        contract.items = kept


# --- signed scan ------------------------------------------------------------------------------------


def attach_scan(factory: sessionmaker, contract_id: int, filename: str, content: bytes) -> None:
    """Keep the signed paper copy's scan inside the data file (replacing an earlier one). Only PDFs and
    images are kept, under a safe base name (see ``core/scans.py``)."""
    try:
        filename = safe_scan_name(filename)
    except ScanNameError as exc:
        raise ContractInputError(str(exc)) from exc
    if not content:
        raise ContractInputError(_("{file} is empty").format(file=filename))
    if len(content) > MAX_SCAN_BYTES:
        raise ContractInputError(
            _("{file} is {size} MB; scans up to {limit} MB can be kept in the data file").format(
                file=filename, size=len(content) // (1024 * 1024), limit=MAX_SCAN_BYTES // (1024 * 1024))
        )
    with factory.begin() as session:
        contract = _contract(session, contract_id)
        require_consent(session, contract.peer_id, SCAN, ContractInputError)
        contract.scan = bytes(content)
        contract.scan_filename = filename


def get_scan(factory: sessionmaker, contract_id: int) -> tuple[str, bytes] | None:
    """The attached scan as (safe file name, bytes), or None. A stored name that is not a PDF or image
    (a file edited by hand) raises :class:`ContractInputError`: it is never handed to the system."""
    with factory.begin() as session:
        contract = _contract(session, contract_id)
        if not contract.scan:
            return None
        try:
            name = safe_scan_name(contract.scan_filename) if contract.scan_filename else f"contract-{contract.uuid}.pdf"
        except ScanNameError as exc:
            raise ContractInputError(str(exc)) from exc
        return name, bytes(contract.scan)


def remove_scan(factory: sessionmaker, contract_id: int) -> None:
    with factory.begin() as session:
        contract = _contract(session, contract_id)
        contract.scan = None
        contract.scan_filename = ""


# --- the initiative's default commitments -----------------------------------------------------------

#: The default set offered to an initiative that has none yet.
STANDARD_TEMPLATES: tuple[ItemRow, ...] = (
    ItemRow(None, "peer", "attend_meetings"),
    ItemRow(None, "peer", "contact_partner", params={"frequency": "every_two_weeks"}),
    ItemRow(None, "peer", "joint_activity"),
    ItemRow(None, "peer", "apply_lesson"),
    ItemRow(None, "peer", "share_forward", params={"form": "presentation"}),
    ItemRow(None, "home_org", "authorisation"),
    ItemRow(None, "home_org", "time_off"),
    ItemRow(None, "home_org", "budget_engagement"),
    ItemRow(None, "home_org", "budget_diffusion"),
    ItemRow(None, "home_org", "beneficiaries"),
    ItemRow(None, "home_org", "report_back", params={"schedule": "quarterly"}),
)


def list_templates(factory: sessionmaker, initiative_id: int) -> list[ItemRow]:
    with factory.begin() as session:
        templates = session.scalars(
            select(CommitmentTemplate)
            .where(CommitmentTemplate.initiative_id == initiative_id)
            .order_by(CommitmentTemplate.position, CommitmentTemplate.id)
        ).all()
        return [_row(template) for template in templates]


def save_templates(factory: sessionmaker, initiative_id: int, items: Sequence[ItemRow]) -> None:
    """Replace the initiative's default commitments; contracts already made keep theirs."""
    _check_items(items)
    with factory.begin() as session:
        if session.get(Initiative, initiative_id) is None:
            raise ContractNotFound(f"initiative {initiative_id} is not in this file")
        session.execute(delete(CommitmentTemplate).where(CommitmentTemplate.initiative_id == initiative_id))
        for position, row in enumerate(items):
            params = dict(row.params)
            if row.due_date and not params.get("due"):
                params["due"] = row.due_date.isoformat()
            session.add(CommitmentTemplate(initiative_id=initiative_id, position=position, party=row.party,
                                           kind=row.kind, text=row.text, params=params))


# --- due list ---------------------------------------------------------------------------------------


def initiative_due_list(
    factory: sessionmaker, initiative_id: int, today: date, horizon_days: int = 30
) -> list[DueEntry]:
    """Share-forward and report-back dates of the initiative's contracts coming up or overdue.

    Reads only the open share-forward and report-back commitments of contracts not closed, as plain rows,
    and applies to them the due list's rule (:func:`~peerdesk.core.contract_followup.due_date`)."""
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise ContractNotFound(f"initiative {initiative_id} is not in this file")
        start = initiative.start_date
        rows = session.connection().execute(  # Core rows: no ORM bookkeeping for 10,000s of them
            select(
                PeerContract.id, PeerContract.uuid, Peer.full_name, PeerContract.signed_on, CommitmentItem.id,
                CommitmentItem.kind,
                type_coerce(CommitmentItem.params, String),  # the JSON text: decoded once per distinct value
                CommitmentItem.due_date, CommitmentItem.status_date,
            )
            .join(PeerContract, PeerContract.id == CommitmentItem.contract_id)
            .join(Peer, Peer.id == PeerContract.peer_id)
            .where(
                PeerContract.initiative_id == initiative_id,
                PeerContract.status != "closed",
                CommitmentItem.kind.in_(DUE_KINDS),
                CommitmentItem.status.not_in(("kept", "not_kept")),
                # a date of its own past the horizon is never listed (due_list's rule): not read at all
                or_(CommitmentItem.due_date.is_(None), CommitmentItem.due_date <= today + timedelta(days=horizon_days)),
            )
            .order_by(PeerContract.id, CommitmentItem.position)
        ).all()
    # the due list's rule (core.contract_followup.due_list) applied row by row: no contract or item objects
    # for 10,000s of rows; closed contracts and kept or not-kept items were left out by the query
    entries = []
    decoded: dict[str, dict] = {}
    for cid, uuid, name, signed_on, item_id, kind, params, due, status_date in rows:
        if isinstance(params, str):  # SQLite gives the JSON text; a server's driver may give it decoded
            if params not in decoded:
                decoded[params] = json.loads(params) or {}
            params = decoded[params]
        when = due_date(kind, due, params or {}, status_date, signed_on or start)
        if when is not None and (days := (when - today).days) <= horizon_days:
            entries.append(DueEntry(cid, uuid, name, item_id, kind, when, days))
    return soonest_first(entries)
