"""Peers of an initiative with their matching profiles; adding people by hand, bringing in people from
another initiative, changing their role and taking them out."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.core.fields import field_label, required_fields
from peerdesk.core.profiles import PeerProfile
from peerdesk.db.models import (
    Activity,
    ActivityParticipant,
    Initiative,
    Membership,
    Organisation,
    Peer,
    PeerContract,
    PeerTag,
    Tag,
)
from peerdesk.db.tombstones import delete_rows
from peerdesk.i18n import _


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
        version=peer.version,
    )


def list_peers(factory: sessionmaker, initiative_id: int, role: str | None = "participant") -> list[PeerProfile]:
    """The initiative's peers by name; ``role=None`` includes the comparison group too.

    Read as plain rows (no ORM objects, :func:`peerdesk.db.services.cohort.participants`): 10,000 profiles in
    a fraction of a second."""
    from peerdesk.db.services.cohort import participants, session_query

    with factory.begin() as session:
        return participants(session_query(session), initiative_id, role)


# --- people by hand ------------------------------------------------------------------------------------

ROLES = ("participant", "comparison")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PeerInvalid(ValueError):
    """Nothing was saved; ``errors`` maps a peer field name to the message to show beside it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field_label(name)}: {message}" for name, message in errors.items()))
        self.errors = dict(errors)


class PeerNotFound(LookupError):
    """No such peer in this initiative; the message says which."""


@dataclass(frozen=True)
class NewPeer:
    """A person added by hand: the required fields first, the rest of the profile optional."""

    full_name: str
    email: str
    organisation: str = ""
    country: str = ""
    position: str = ""
    languages: tuple[str, ...] = ()
    role: str = "participant"


def check_identity(full_name: str, email: str) -> dict[str, str]:
    """Problems with the required fields (peer field name -> message); empty when they will do."""
    return _check(NewPeer(full_name=full_name, email=email))


def _check(data: NewPeer) -> dict[str, str]:
    errors: dict[str, str] = {}
    for field in required_fields():
        value = {"name": data.full_name, "email": data.email}.get(field.name, "")
        if not str(value).strip():
            errors[field.name] = _("Required.")
        elif field.max_length and len(str(value).strip()) > field.max_length:
            errors[field.name] = _("Too long ({count} characters at most).").format(count=field.max_length)
    if "email" not in errors and data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors["email"] = _("{value} is not an e-mail address.").format(value=data.email.strip())
    if data.role not in ROLES:
        errors["role"] = _("Unknown role {value}.").format(value=data.role)
    return errors


def add_peer(factory: sessionmaker, initiative_id: int, data: NewPeer, profile: dict | None = None) -> int:
    """Add a person to the initiative by hand, with the rest of their matching ``profile`` (field name ->
    value, as the profile editor gives it) in the same transaction. Someone already in the file with the
    same e-mail is reused (and joins this initiative) rather than duplicated. Returns the peer's id."""
    errors = _check(data)
    if errors:
        raise PeerInvalid(errors)
    email = data.email.strip()
    with factory.begin() as session:
        if session.get(Initiative, initiative_id) is None:
            raise PeerNotFound(f"initiative {initiative_id} is not in this file")
        peer = session.scalars(select(Peer).where(func.lower(Peer.email) == email.lower())).first()
        profile = dict(profile or {})
        if peer is None:
            # the rest of the profile goes through apply_profile, which keeps it only with consent
            profile = {"country": data.country, "position": data.position,
                       "languages": list(dict.fromkeys(c.strip().lower() for c in data.languages if c.strip())),
                       **profile}
            peer = Peer(full_name=" ".join(data.full_name.split()), email=email)
            organisation = data.organisation.strip()
            if organisation:
                peer.organisation = session.scalars(
                    select(Organisation).where(Organisation.name == organisation)).first() or Organisation(
                    name=organisation, country=data.country.strip())
            session.add(peer)
            session.flush()
        elif session.scalars(select(Membership).where(Membership.initiative_id == initiative_id,
                                                      Membership.peer_id == peer.id)).first():
            raise PeerInvalid({"email": _("{name} is already in this initiative.").format(name=peer.full_name)})
        session.add(Membership(initiative_id=initiative_id, peer_id=peer.id, role=data.role))
        if profile:
            from peerdesk.db.services.matching import apply_profile
            from peerdesk.db.services.privacy import ConsentMissing

            try:
                apply_profile(session, initiative_id, peer, profile)
            except ConsentMissing as exc:
                raise PeerInvalid({"consent_given": str(exc)}) from exc
        return peer.id


def add_members(factory: sessionmaker, initiative_id: int, peer_ids: Iterable[int], role: str = "participant") -> int:
    """Bring people already in the file (from another initiative) into this one, or give members already
    here the ``role``; returns how many joined or changed role."""
    with factory.begin() as session:
        present = {m.peer_id: m for m in session.scalars(
            select(Membership).where(Membership.initiative_id == initiative_id))}
        added = 0
        for peer_id in dict.fromkeys(peer_ids):
            if peer_id in present:
                if present[peer_id].role != role:
                    present[peer_id].role = role
                    added += 1
            elif session.get(Peer, peer_id) is not None:
                session.add(Membership(initiative_id=initiative_id, peer_id=peer_id, role=role))
                added += 1
        return added


def people_outside(factory: sessionmaker, initiative_id: int) -> list[tuple[int, str, str]]:
    """(id, name, e-mail) of the people in the file who are not participants of this initiative (other
    initiatives' people, and its own comparison colleagues), by name."""
    with factory.begin() as session:
        inside = select(Membership.peer_id).where(Membership.initiative_id == initiative_id,
                                                  Membership.role == "participant")
        return [tuple(row) for row in session.execute(
            select(Peer.id, Peer.full_name, Peer.email).where(Peer.id.not_in(inside)).order_by(Peer.full_name))]


def set_role(factory: sessionmaker, initiative_id: int, peer_id: int, role: str) -> None:
    """Make a member a participant or a comparison colleague (who takes part in no activity)."""
    if role not in ROLES:
        raise PeerInvalid({"role": _("Unknown role {value}.").format(value=role)})
    with factory.begin() as session:
        membership = _membership(session, initiative_id, peer_id)
        membership.role = role


def remove_peer(factory: sessionmaker, initiative_id: int, peer_id: int) -> str:
    """Take a person out of the initiative (they stay in the file, and in other initiatives); their contract
    and activity places in this initiative go with them. Returns their name."""
    with factory.begin() as session:
        membership = _membership(session, initiative_id, peer_id)
        name = membership.peer.full_name
        delete_rows(session, PeerContract, PeerContract.initiative_id == initiative_id, PeerContract.peer_id == peer_id)
        activity_ids = select(Activity.id).where(Activity.initiative_id == initiative_id)
        delete_rows(session, ActivityParticipant, ActivityParticipant.peer_id == peer_id,
                    ActivityParticipant.activity_id.in_(activity_ids))
        delete_rows(session, Membership, Membership.id == membership.id)
        return name


def find_member(factory: sessionmaker, initiative_id: int, key: str) -> int:
    """The id of the member whose e-mail (or, failing that, full name) is ``key``, case ignored."""
    wanted = key.strip().casefold()
    for profile in list_peers(factory, initiative_id, role=None):
        if profile.email.casefold() == wanted or profile.full_name.casefold() == wanted:
            return profile.id
    raise PeerNotFound(f"no peer {key!r} in this initiative")


def _membership(session: Session, initiative_id: int, peer_id: int) -> Membership:
    membership = session.scalars(select(Membership).where(
        Membership.initiative_id == initiative_id, Membership.peer_id == peer_id)).first()
    if membership is None:
        raise PeerNotFound(f"peer {peer_id} is not in initiative {initiative_id}")
    return membership
