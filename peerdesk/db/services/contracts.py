"""The initiative's commitment contracts: the list, creating them from the templates, and gathering what
each contract prints (peer, home organisation, partner of the latest matching round, activities)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from sqlalchemy import String, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload, sessionmaker

from peerdesk.core.contracts import ActivityData, ContractData, ItemData, available_languages, item_due
from peerdesk.core.languages import contract_language_choice, language_source
from peerdesk.db.models import (
    Activity,
    ActivityParticipant,
    CommitmentItem,
    CommitmentTemplate,
    Initiative,
    MatchingRound,
    MatchUnit,
    MatchUnitMember,
    Membership,
    Organisation,
    Peer,
    PeerContract,
)
from peerdesk.i18n import _, ngettext


class ContractNotFound(LookupError):
    """No such contract (or peer) in this initiative; the message says which."""


@dataclass(frozen=True)
class ContractRow:
    id: int
    uuid: str
    peer_id: int
    peer_name: str
    language: str
    status: str
    signed_on: date | None
    authoriser_name: str
    items: int
    kept: int
    partly: int
    not_kept: int
    next_due: date | None
    has_scan: bool = False
    #: why the contract is in its language: core.languages.FROM_PREFERRED, FROM_WORKING, FROM_COUNTRY...
    language_source: str = ""


def list_contracts(factory: sessionmaker, initiative_id: int) -> list[ContractRow]:
    """Contracts by peer name, with how many of their commitments were kept so far.

    Two plain-row queries (no ORM objects): the contracts with their peers, and their commitments counted
    per contract. One query joining and grouping both took twice as long on 10,000 contracts."""
    item = CommitmentItem
    counted = (
        select(
            item.contract_id,
            func.count(item.id),
            func.count(case((item.status == "kept", 1))),
            func.count(case((item.status == "partly", 1))),
            func.count(case((item.status == "not_kept", 1))),
            func.min(case((item.status == "open", item.due_date))),
        )
        .join(PeerContract, PeerContract.id == item.contract_id)
        .where(PeerContract.initiative_id == initiative_id)
        .group_by(item.contract_id)
    )
    contracts = (
        select(
            PeerContract.id, PeerContract.uuid, PeerContract.peer_id, Peer.full_name, PeerContract.language,
            PeerContract.status, PeerContract.signed_on, PeerContract.authoriser_name,
            PeerContract.scan.is_not(None),
            # the stored JSON text: decoded once per distinct value below, not once per contract
            type_coerce(Peer.languages, String), Peer.preferred_language, Peer.country, Organisation.country,
        )
        .join(Peer, Peer.id == PeerContract.peer_id)
        .outerjoin(Organisation, Organisation.id == Peer.organisation_id)
        .where(PeerContract.initiative_id == initiative_id)
    )  # ordered below, in Python: SQLite's sort of the joined rows cost more than list.sort
    sources: dict[tuple, str] = {}

    def source(language: str, preferred: str, spoken: object, country: str) -> str:
        key = (language, preferred, spoken if isinstance(spoken, str | None) else tuple(spoken), country)
        found = sources.get(key)
        if found is None:
            # SQLite gives the JSON text; a server's driver may give the list already decoded
            decoded = json.loads(spoken) if isinstance(spoken, str) else spoken
            found = sources[key] = language_source(language, preferred, decoded or (), country)
        return found

    with factory.begin() as session:
        connection = session.connection()  # Core rows: no ORM bookkeeping for 10,000s of them
        counts = {row[0]: row[1:] for row in connection.execute(counted).all()}
        rows = connection.execute(contracts).all()
    none = (0, 0, 0, 0, None)
    result = []
    for (cid, uuid, peer_id, name, language, status, signed_on, authoriser, has_scan, spoken, preferred, country,
         org_country) in rows:
        items, kept, partly, not_kept, next_due = counts.get(cid, none)
        result.append(ContractRow(
            id=cid, uuid=uuid, peer_id=peer_id, peer_name=name, language=language, status=status,
            signed_on=signed_on, authoriser_name=authoriser, items=items, kept=kept, partly=partly,
            not_kept=not_kept, next_due=next_due, has_scan=bool(has_scan),
            language_source=source(language, preferred, spoken, country or org_country or ""),
        ))
    result.sort(key=attrgetter("peer_name", "id"))
    return result


# --- creating contracts -----------------------------------------------------------------------------


def _template_items(session: Session, initiative_id: int) -> list[CommitmentItem]:
    templates = session.scalars(
        select(CommitmentTemplate)
        .where(CommitmentTemplate.initiative_id == initiative_id)
        .order_by(CommitmentTemplate.position, CommitmentTemplate.id)
    ).all()
    items = []
    for position, template in enumerate(templates):
        params = dict(template.params or {})
        data = ItemData(template.party, template.kind, template.text, params)
        items.append(
            CommitmentItem(
                position=position,
                party=template.party,
                kind=template.kind,
                text=template.text,
                params=params,
                due_date=item_due(data),
            )
        )
    return items


def contract_language(preferred: str, spoken: Iterable[str] = (), country: str = "") -> str:
    """A new contract's language: the peer's preferred one if it has a contract text, else another language
    the peer works in that has one, else their country's usual language, else the preferred one anyway (it
    prints in English, and says so)."""
    return contract_language_choice(preferred, spoken, country, available_languages())[0]


def _peer_country(peer: Peer) -> str:
    return peer.country or (peer.organisation.country if peer.organisation else "")


def create_missing_contracts(
    factory: sessionmaker, initiative_id: int, peer_ids: Iterable[int] | None = None
) -> int:
    """Create a draft contract, with the initiative's default commitments, for every participant (or each
    of ``peer_ids``) that has none yet; returns how many were created."""
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise ContractNotFound(f"initiative {initiative_id} is not in this file")
        query = (
            select(Peer)
            .join(Membership, Membership.peer_id == Peer.id)
            .where(Membership.initiative_id == initiative_id, Membership.role == "participant")
        )
        if peer_ids is not None:
            query = query.where(Peer.id.in_(list(peer_ids)))
        peers = session.scalars(query).all()
        existing = set(
            session.scalars(select(PeerContract.peer_id).where(PeerContract.initiative_id == initiative_id))
        )
        created = 0
        for peer in peers:
            if peer.id in existing:
                continue
            contract = PeerContract(
                initiative_id=initiative_id,
                peer_id=peer.id,
                language=contract_language(peer.preferred_language, peer.languages or (), _peer_country(peer)),
                facilitator_name=initiative.facilitator_name,
            )
            contract.items = _template_items(session, initiative_id)
            session.add(contract)
            created += 1
        return created


# --- what a contract prints -------------------------------------------------------------------------


def _partners(
    session: Session, initiative_id: int, peer_ids: set[int] | None = None
) -> dict[int, tuple[str, ...]]:
    """Each peer's partner(s) in the latest matching round: the other members of their pair or group (of
    every peer, or of ``peer_ids`` only)."""
    latest = session.scalar(
        select(MatchingRound.id)
        .where(MatchingRound.initiative_id == initiative_id)
        .order_by(MatchingRound.held_on.desc(), MatchingRound.id.desc())
        .limit(1)
    )
    if latest is None:
        return {}
    members = select(MatchUnitMember.unit_id, MatchUnitMember.peer_id, Peer.full_name).join(
        Peer, Peer.id == MatchUnitMember.peer_id).join(MatchUnit, MatchUnit.id == MatchUnitMember.unit_id).where(
        MatchUnit.round_id == latest)
    if peer_ids is not None:
        units = select(MatchUnitMember.unit_id).join(MatchUnit, MatchUnit.id == MatchUnitMember.unit_id).where(
            MatchUnit.round_id == latest, MatchUnitMember.peer_id.in_(list(peer_ids)))
        members = members.where(MatchUnitMember.unit_id.in_(units))
    by_unit: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for unit_id, peer_id, name in session.execute(members):
        by_unit[unit_id].append((peer_id, name))
    partners: dict[int, tuple[str, ...]] = {}
    for unit in by_unit.values():
        for peer_id, _name in unit:
            partners[peer_id] = tuple(sorted((name for other, name in unit if other != peer_id), key=str.casefold))
    return partners


def _activities(session: Session, initiative_id: int, peer_ids: set[int]) -> dict[int, list[ActivityData]]:
    few = len(peer_ids) <= 500  # one contract's detail: read only its peer's rows, not the whole plan's
    activities_query = (
        select(Activity.id, Activity.title, Activity.start_date, Activity.end_date, Activity.venue, Activity.all_peers)
        .where(Activity.initiative_id == initiative_id).order_by(Activity.start_date, Activity.id)
    )
    listed_query = (
        select(ActivityParticipant.activity_id, ActivityParticipant.peer_id, ActivityParticipant.attended)
        .join(Activity, Activity.id == ActivityParticipant.activity_id)
        .where(Activity.initiative_id == initiative_id)
    )
    if few:
        listed_query = listed_query.where(ActivityParticipant.peer_id.in_(list(peer_ids)))
        theirs = select(ActivityParticipant.activity_id).where(ActivityParticipant.peer_id.in_(list(peer_ids)))
        activities_query = activities_query.where(or_(Activity.all_peers, Activity.id.in_(theirs)))
    activities = session.execute(activities_query).all()
    taking_part: dict[int, dict[int, bool | None]] = defaultdict(dict)
    for activity_id, peer_id, attended in session.execute(listed_query):
        taking_part[activity_id][peer_id] = attended
    by_peer: dict[int, list[ActivityData]] = defaultdict(list)
    for activity_id, title, start, end, venue, all_peers in activities:
        listed = taking_part.get(activity_id, {})
        # every peer for an activity open to all, else only its listed peers (not activities x peers)
        for peer_id in peer_ids if all_peers else (p for p in listed if p in peer_ids):
            by_peer[peer_id].append(ActivityData(title, start, end, venue, listed.get(peer_id)))
    return by_peer


def gather_contracts(
    factory: sessionmaker,
    initiative_id: int,
    contract_ids: Iterable[int] | None = None,
    peer_ids: Iterable[int] | None = None,
) -> list[ContractData]:
    """What each of the initiative's contracts prints, by peer name (all, or those named by id)."""
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise ContractNotFound(f"initiative {initiative_id} is not in this file")
        query = (
            select(PeerContract)
            .join(Peer, Peer.id == PeerContract.peer_id)
            .where(PeerContract.initiative_id == initiative_id)
            .options(
                selectinload(PeerContract.items),
                selectinload(PeerContract.peer).selectinload(Peer.organisation),
            )
            .order_by(Peer.full_name, PeerContract.id)
        )
        if contract_ids is not None:
            query = query.where(PeerContract.id.in_(list(contract_ids)))
        if peer_ids is not None:
            query = query.where(PeerContract.peer_id.in_(list(peer_ids)))
        contracts = session.scalars(query).all()
        few = {c.peer_id for c in contracts} if len(contracts) <= 500 else None
        partners = _partners(session, initiative_id, few)
        activities = _activities(session, initiative_id, {c.peer_id for c in contracts})
        result = []
        for contract in contracts:
            peer = contract.peer
            organisation = peer.organisation
            result.append(
                ContractData(
                    contract_id=contract.id,
                    uuid=contract.uuid,
                    peer_name=peer.full_name,
                    initiative=initiative.name,
                    language=contract.language,
                    status=contract.status,
                    signed_on=contract.signed_on,
                    closed_on=contract.closed_on,
                    peer_position=peer.position,
                    organisation=organisation.name if organisation else "",
                    country=peer.country or (organisation.country if organisation else ""),
                    facilitating_organisation=initiative.facilitating_organisation,
                    start_date=initiative.start_date,
                    end_date=initiative.end_date,
                    partners=partners.get(peer.id, ()),
                    activities=tuple(activities.get(peer.id, ())),
                    items=tuple(
                        ItemData(
                            id=item.id,
                            party=item.party,
                            kind=item.kind,
                            text=item.text,
                            params=dict(item.params or {}),
                            due_date=item.due_date,
                            status=item.status,
                            status_date=item.status_date,
                            evidence=item.evidence,
                        )
                        for item in contract.items
                    ),
                    authoriser_name=contract.authoriser_name,
                    authoriser_title=contract.authoriser_title,
                    facilitator_name=contract.facilitator_name or initiative.facilitator_name,
                )
            )
        return result


def find_peer_contract(factory: sessionmaker, initiative_id: int, peer_name: str) -> int:
    """The id of the contract of the participant called ``peer_name`` (case ignored), creating a draft
    from the templates if the participant has none yet."""
    wanted = peer_name.strip().casefold()
    with factory.begin() as session:
        peers = session.execute(
            select(Peer.id, Peer.full_name)
            .join(Membership, Membership.peer_id == Peer.id)
            .where(Membership.initiative_id == initiative_id, Membership.role == "participant")
        ).all()
    matches = [peer_id for peer_id, name in peers if name.casefold() == wanted]
    if not matches:
        raise ContractNotFound(f"no participant named {peer_name!r} in this initiative")
    create_missing_contracts(factory, initiative_id, matches)
    with factory.begin() as session:
        return session.scalars(
            select(PeerContract.id).where(
                PeerContract.initiative_id == initiative_id, PeerContract.peer_id == matches[0]
            )
        ).one()


# --- before contracts are made or printed ---------------------------------------------------------------


@dataclass(frozen=True)
class ContractProblem:
    """Something missing that would make contracts print incomplete, and where to set it."""

    code: str  # no_commitments | no_dates | no_facilitator
    message: str


def contract_problems(
    factory: sessionmaker, initiative_id: int, contract_ids: Iterable[int] | None = None
) -> list[ContractProblem]:
    """What stops the initiative's contracts (all, or those named) from being created or printed complete:
    no commitments, no dates for the contract period, no facilitating organisation. The window and the
    command line both ask this before creating or printing; an empty list means go ahead."""
    problems: list[ContractProblem] = []
    with factory.begin() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise ContractNotFound(f"initiative {initiative_id} is not in this file")
        templates = session.scalar(select(func.count()).select_from(CommitmentTemplate).where(
            CommitmentTemplate.initiative_id == initiative_id)) or 0
        query = select(Peer.full_name).join(PeerContract, PeerContract.peer_id == Peer.id).where(
            PeerContract.initiative_id == initiative_id,
            PeerContract.id.not_in(select(CommitmentItem.contract_id).distinct()))
        if contract_ids is not None:
            query = query.where(PeerContract.id.in_(list(contract_ids)))
        empty = sorted(session.scalars(query))
        if contract_ids is None and not templates:
            problems.append(ContractProblem("no_commitments", _(
                "The initiative has no default commitments. Set them under Commitment contracts → "
                "Default commitments… (\"Use the standard set\" fills in the usual ones).")))
        elif empty:
            problems.append(ContractProblem("no_commitments", ngettext(
                "The contract of {names} has no commitments: add them in its form, or delete it and create "
                "it again from the default commitments.",
                "{count} contracts have no commitments ({names}): add them in each contract's form, or "
                "delete them and create them again from the default commitments.",
                len(empty)).format(count=len(empty), names=", ".join(empty[:5]) + ("…" if len(empty) > 5 else ""))))
        if initiative.start_date is None or initiative.end_date is None:
            problems.append(ContractProblem("no_dates", _(
                "The initiative has no start and end dates, so contracts would print an empty period. "
                "Set them under Initiative → Properties…")))
        if not initiative.facilitating_organisation.strip():
            problems.append(ContractProblem("no_facilitator", _(
                "The initiative names no facilitating organisation, so contracts would have no facilitator "
                "to sign them. Set it under Initiative → Properties…")))
    return problems
