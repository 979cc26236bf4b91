"""Peers of an initiative with their matching profiles."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from peerdesk.core.profiles import PeerProfile
from peerdesk.db.models import Membership, Peer, PeerTag, Tag


def _tags_by_peer(session: Session, initiative_id: int) -> dict[int, dict[str, list[str]]]:
    rows = session.execute(
        select(PeerTag.peer_id, Tag.kind, Tag.label)
        .join(Tag, Tag.id == PeerTag.tag_id)
        .where(Tag.initiative_id == initiative_id)
        .order_by(Tag.label)
    )
    tags: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for peer_id, kind, label in rows:
        tags[peer_id][kind].append(label)
    return tags


def profile_of(peer: Peer, tags: dict[str, list[str]], role: str) -> PeerProfile:
    return PeerProfile(
        id=peer.id,
        uuid=peer.uuid,
        full_name=peer.full_name,
        email=peer.email,
        organisation=peer.organisation.name if peer.organisation else "",
        country=peer.country,
        position=peer.position,
        professional_affiliation=peer.professional_affiliation,
        career_level=peer.career_level,
        education_level=peer.education_level,
        social_standing=peer.social_standing,
        influence=peer.influence,
        languages=tuple(peer.languages or ()),
        preferred_language=peer.preferred_language,
        problems=tuple(tags.get("problem", ())),
        goals=tuple(tags.get("goal", ())),
        tasks=tuple(tags.get("task", ())),
        risks=tuple(peer.risks or ()),
        risk_note=peer.risk_note,
        consent_given=peer.consent_given,
        role=role,
        notes=peer.notes,
    )


def list_peers(factory: sessionmaker, initiative_id: int, role: str | None = "participant") -> list[PeerProfile]:
    """The initiative's peers by name; ``role=None`` includes the comparison group too."""
    with factory.begin() as session:
        query = (
            select(Peer, Membership.role)
            .join(Membership, Membership.peer_id == Peer.id)
            .where(Membership.initiative_id == initiative_id)
            .options(joinedload(Peer.organisation))
            .order_by(Peer.full_name)
        )
        if role is not None:
            query = query.where(Membership.role == role)
        tags = _tags_by_peer(session, initiative_id)
        return [profile_of(peer, tags.get(peer.id, {}), member_role) for peer, member_role in session.execute(query)]
