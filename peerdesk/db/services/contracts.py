"""The initiative's commitment contracts, as rows for the contracts list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload, sessionmaker

from peerdesk.db.models import Peer, PeerContract


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


def list_contracts(factory: sessionmaker, initiative_id: int) -> list[ContractRow]:
    """Contracts by peer name, with how many of their commitments were kept so far."""
    with factory.begin() as session:
        contracts = session.scalars(
            select(PeerContract)
            .join(Peer, Peer.id == PeerContract.peer_id)
            .where(PeerContract.initiative_id == initiative_id)
            .options(selectinload(PeerContract.items), selectinload(PeerContract.peer))
            .order_by(Peer.full_name)
        ).all()
        rows = []
        for contract in contracts:
            statuses = [item.status for item in contract.items]
            open_dues = [item.due_date for item in contract.items if item.due_date and item.status == "open"]
            rows.append(
                ContractRow(
                    id=contract.id,
                    uuid=contract.uuid,
                    peer_id=contract.peer_id,
                    peer_name=contract.peer.full_name,
                    language=contract.language,
                    status=contract.status,
                    signed_on=contract.signed_on,
                    authoriser_name=contract.authoriser_name,
                    items=len(statuses),
                    kept=statuses.count("kept"),
                    partly=statuses.count("partly"),
                    not_kept=statuses.count("not_kept"),
                    next_due=min(open_dues) if open_dues else None,
                )
            )
        return rows
