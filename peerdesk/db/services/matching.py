"""Matching use cases: load a cohort with its rules and history, edit profiles and pair rules, keep rounds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.countries import country_code
from peerdesk.core.matching.criteria import (
    MatchingError,
    MatchSettings,
    criteria_from_dict,
    criteria_to_dict,
    pair_key,
)
from peerdesk.core.matching.results import MatchResult, UnitResult
from peerdesk.core.profiles import PeerProfile
from peerdesk.db.models import (
    Initiative,
    MatchingRound,
    MatchUnit,
    MatchUnitMember,
    Membership,
    Organisation,
    PairRule,
    Peer,
    PeerTag,
    Tag,
)
from peerdesk.db.services.cohort import (
    Cohort,
    PairRuleRow,
    read_cohort,
    read_rules_and_history,
    session_query,
)
from peerdesk.i18n import _

TAG_KINDS = {"problems": "problem", "goals": "goal", "tasks": "task"}


@dataclass(frozen=True)
class RoundSummary:
    id: int
    name: str
    held_on: date
    mode: str
    total_score: float
    units: int
    peers: int
    notes: str


@dataclass(frozen=True)
class SavedUnit:
    position: int
    members: tuple[int, ...]
    names: tuple[str, ...]
    roles: tuple[str, ...]
    score: float
    locked: bool
    explanation: str
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class RoundDetail:
    summary: RoundSummary
    criteria: dict
    units: tuple[SavedUnit, ...]


@dataclass(frozen=True)
class RoundComparison:
    first: RoundSummary
    second: RoundSummary
    kept: tuple[tuple[str, str], ...]  # pairs of names together in both rounds
    only_first: int
    only_second: int
    peers_in_both: int
    mean_unit_score: tuple[float, float]


def _rules(session, initiative_id: int) -> list[PairRuleRow]:
    names = dict(session.execute(select(Peer.id, Peer.full_name)).all())
    rows = session.scalars(select(PairRule).where(PairRule.initiative_id == initiative_id).order_by(PairRule.id))
    return [PairRuleRow(r.id, r.peer_a_id, r.peer_b_id, names.get(r.peer_a_id, "?"), names.get(r.peer_b_id, "?"),
                        r.rule, r.reason) for r in rows]


def load_cohort(factory: sessionmaker, initiative_id: int) -> Cohort:
    """Participants with profiles, pair rules (duplicates merged, with a note) and every earlier round's pairs
    (read in plain SQL by :func:`peerdesk.db.services.cohort.read_cohort`, as ``peerdesk match`` reads them)."""
    with factory.begin() as session:
        return read_cohort(session_query(session), initiative_id)


def reload_rules_and_history(factory: sessionmaker, initiative_id: int, cohort: Cohort) -> Cohort:
    """``cohort`` with its pair rules and earlier rounds' pairs read again (after a round was saved or deleted,
    or a rule changed), its profiles kept: they are most of the reading and did not change."""
    with factory.begin() as session:
        return read_rules_and_history(session_query(session), initiative_id, cohort.profiles)


def with_profiles(cohort: Cohort, profiles: Sequence[PeerProfile]) -> Cohort:
    """``cohort`` with ``profiles`` read again (after a profile edit or a change of people), its rules and
    history kept: an edit of a person changes neither."""
    return replace(cohort, profiles=tuple(profiles))


# -- pair rules ----------------------------------------------------------------------------------------


def list_pair_rules(factory: sessionmaker, initiative_id: int) -> list[PairRuleRow]:
    with factory.begin() as session:
        return _rules(session, initiative_id)


def add_pair_rule(factory: sessionmaker, initiative_id: int, peer_a: int, peer_b: int, rule: str,
                  reason: str = "") -> PairRuleRow:
    """Add a never- or must-pair rule; a duplicate or contradicting rule is refused with a clear message."""
    if rule not in ("never", "must"):
        raise MatchingError(_("A pair rule is either 'never' or 'must'."))
    if peer_a == peer_b:
        raise MatchingError(_("A pair rule needs two different peers."))
    key = pair_key(peer_a, peer_b)
    with factory.begin() as session:
        for existing in _rules(session, initiative_id):
            if pair_key(existing.peer_a_id, existing.peer_b_id) == key:
                if existing.rule == rule:
                    text = (_("{first} and {second} already have a never-pair rule.") if rule == "never"
                            else _("{first} and {second} already have a must-pair rule."))
                    raise MatchingError(text.format(first=existing.peer_a, second=existing.peer_b))
                raise MatchingError((_("{first} and {second} already have a never-pair rule; remove it first.")
                                     if existing.rule == "never" else
                                     _("{first} and {second} already have a must-pair rule; remove it first.")).format(
                    first=existing.peer_a, second=existing.peer_b))
        row = PairRule(initiative_id=initiative_id, peer_a_id=key[0], peer_b_id=key[1], rule=rule, reason=reason)
        session.add(row)
        session.flush()
        return next(r for r in _rules(session, initiative_id) if r.id == row.id)


def delete_pair_rule(factory: sessionmaker, rule_id: int) -> None:
    with factory.begin() as session:
        session.execute(delete(PairRule).where(PairRule.id == rule_id))


# -- profiles ------------------------------------------------------------------------------------------


def tag_vocabulary(factory: sessionmaker, initiative_id: int) -> dict[str, list[str]]:
    """The initiative's own problems, goals and tasks, by profile field."""
    with factory.begin() as session:
        rows = session.execute(select(Tag.kind, Tag.label).where(Tag.initiative_id == initiative_id)
                               .order_by(Tag.label)).all()
    vocab: dict[str, list[str]] = {field: [] for field in TAG_KINDS}
    kinds = {kind: field for field, kind in TAG_KINDS.items()}
    for kind, label in rows:
        if kind in kinds:
            vocab[kinds[kind]].append(label)
    return vocab


_PLAIN_FIELDS = ("country", "position", "professional_affiliation", "career_level", "education_level",
                 "social_standing", "influence", "preferred_language")


def update_profile(factory: sessionmaker, initiative_id: int, peer_id: int, changes: dict,
                   expected_version: int | None = None) -> None:
    """Save a peer's matching profile. Tags new to the initiative join its vocabulary (free entry).
    Without recorded consent only the name, organisation and e-mail are saved (MatchingError says why).
    If someone saved the peer after ``expected_version`` (the version the editor showed), nothing is
    saved and :class:`~peerdesk.db.concurrency.EditConflict` says who and when."""
    from peerdesk.db.concurrency import check_version, refusing_stale
    from peerdesk.db.services.privacy import ConsentMissing

    with refusing_stale(factory, Peer, peer_id, str(changes.get("full_name") or "")), \
            factory.begin() as session:
        peer = session.get(Peer, peer_id)
        if peer is None:
            raise MatchingError(_("That peer no longer exists."))
        check_version(peer, expected_version, peer.full_name)
        try:
            apply_profile(session, initiative_id, peer, changes)
        except ConsentMissing as exc:
            raise MatchingError(str(exc)) from exc


def _apply_consent(peer: Peer, changes: dict) -> None:
    from peerdesk.db.services.privacy import ConsentMissing

    if "consent_given" not in changes:
        return
    text = " ".join(str(changes.get("consent_text") or "").split()) if "consent_text" in changes else None
    if not changes["consent_given"]:
        peer.consent_given, peer.consent_date, peer.consent_text = False, None, ""
        return
    if not peer.consent_given and not (text or peer.consent_text):
        raise ConsentMissing(_("Say what {name} agreed to (the text they were shown) to record their consent.").format(
            name=peer.full_name or _("the person")))
    if not peer.consent_given:
        peer.consent_date = changes.get("consent_date") or date.today()
    peer.consent_given = True
    if text:
        peer.consent_text = text


def _current_profile(session, peer: Peer, initiative_id: int) -> dict:
    current = {name: getattr(peer, name) for name in _PLAIN_FIELDS}
    current["languages"] = list(peer.languages or [])
    for field, kind in TAG_KINDS.items():
        current[field] = sorted(session.scalars(select(Tag.label).join(PeerTag, PeerTag.tag_id == Tag.id).where(
            PeerTag.peer_id == peer.id, Tag.kind == kind, Tag.initiative_id == initiative_id)))
    return current


def _refuse_without_consent(session, initiative_id: int, peer: Peer, changes: dict) -> None:
    """Without consent only name, organisation and e-mail may change (values already there may stay)."""
    from peerdesk.core.consent import PROFILE, consent_missing, needs_consent
    from peerdesk.db.services.privacy import ConsentMissing

    if peer.consent_given:
        return
    current = _current_profile(session, peer, initiative_id) if peer.id else {}
    changed = {}
    for name, value in changes.items():
        if name in current:
            old = current[name]
            new = sorted(value) if isinstance(value, (list, tuple)) and name in TAG_KINDS else (
                list(value) if isinstance(value, (list, tuple)) else str(value or "").strip())
            if new == old or (not new and not old):
                continue
        changed[name] = value
    if needs_consent(changed):
        raise ConsentMissing(consent_missing(peer.full_name or str(changes.get("full_name") or ""), PROFILE))


def apply_profile(session, initiative_id: int, peer: Peer, changes: dict) -> None:
    """Write ``changes`` (profile field name -> value) onto ``peer`` inside the caller's transaction.
    Consent fields (``consent_given``, ``consent_text``) come first; without consent, anything beyond the
    name, organisation and e-mail raises :class:`~peerdesk.db.services.privacy.ConsentMissing`."""
    _apply_consent(peer, changes)
    _refuse_without_consent(session, initiative_id, peer, changes)
    for name in ("full_name", "email"):
        value = " ".join(str(changes.get(name) or "").split())
        if value:
            setattr(peer, name, value)
    for name in _PLAIN_FIELDS:
        if name in changes:
            value = str(changes[name] or "").strip()
            if name == "country":  # stored as an ISO code when recognised, else as typed
                value = country_code(value) or value
            setattr(peer, name, value)
    if "languages" in changes:
        peer.languages = list(dict.fromkeys(code.strip() for code in changes["languages"] if code.strip()))
    if "organisation" in changes:
        name = str(changes["organisation"] or "").strip()
        if not name:
            peer.organisation = None
        else:
            org = session.scalars(select(Organisation).where(Organisation.name == name)).first()
            peer.organisation = org or Organisation(name=name, country=peer.country)
    session.flush()
    peer_id = peer.id
    for field, kind in TAG_KINDS.items():
        if field not in changes:
            continue
        wanted = list(dict.fromkeys(" ".join(str(t).split()) for t in changes[field] if str(t).strip()))
        existing = {t.label.casefold(): t for t in session.scalars(
            select(Tag).where(Tag.initiative_id == initiative_id, Tag.kind == kind))}
        session.execute(delete(PeerTag).where(PeerTag.peer_id == peer_id, PeerTag.tag_id.in_(
            [t.id for t in existing.values()] or [-1])))
        for label in wanted:
            tag = existing.get(label.casefold())
            if tag is None:
                tag = Tag(initiative_id=initiative_id, kind=kind, label=label)
                session.add(tag)
                session.flush()
                existing[label.casefold()] = tag
            session.add(PeerTag(peer_id=peer_id, tag_id=tag.id))


# -- rounds --------------------------------------------------------------------------------------------


def _summary(rnd: MatchingRound) -> RoundSummary:
    peers = {m.peer_id for u in rnd.units for m in u.members}
    return RoundSummary(rnd.id, rnd.name, rnd.held_on, rnd.mode, rnd.total_score, len(rnd.units), len(peers),
                        rnd.notes)


def _summaries(session, where) -> list[RoundSummary]:
    """Rounds' summaries counted in SQL (a round of 10,000 peers is 5,000 units: no ORM objects for them)."""
    units = (select(MatchUnit.round_id, func.count().label("units")).group_by(MatchUnit.round_id)).subquery()
    peers = (
        select(MatchUnit.round_id, func.count(func.distinct(MatchUnitMember.peer_id)).label("peers"))
        .join(MatchUnitMember, MatchUnitMember.unit_id == MatchUnit.id).group_by(MatchUnit.round_id)
    ).subquery()
    rows = session.execute(
        select(MatchingRound.id, MatchingRound.name, MatchingRound.held_on, MatchingRound.mode,
               MatchingRound.total_score, func.coalesce(units.c.units, 0), func.coalesce(peers.c.peers, 0),
               MatchingRound.notes)
        .outerjoin(units, units.c.round_id == MatchingRound.id)
        .outerjoin(peers, peers.c.round_id == MatchingRound.id)
        .where(where)
        .order_by(MatchingRound.held_on, MatchingRound.id)
    )
    return [RoundSummary(*row) for row in rows]


def list_rounds(factory: sessionmaker, initiative_id: int) -> list[RoundSummary]:
    with factory.begin() as session:
        return _summaries(session, MatchingRound.initiative_id == initiative_id)


def save_round(factory: sessionmaker, initiative_id: int, name: str, held_on: date, settings: MatchSettings,
               result: MatchResult, notes: str = "") -> RoundSummary:
    """Keep a matching with its date and the criteria used, in one transaction."""
    name = name.strip()
    if not name:
        raise MatchingError(_("Give the round a name."))
    if not result.units:
        raise MatchingError(_("There is nothing to save: the matching has no units."))
    with factory.begin() as session:
        if session.get(Initiative, initiative_id) is None:
            raise MatchingError(_("That initiative no longer exists."))
        criteria = criteria_to_dict(settings.criteria, settings.constraints, settings)
        rnd = MatchingRound(initiative_id=initiative_id, name=name, held_on=held_on, mode=result.mode,
                            criteria=criteria, total_score=result.total_score, notes=notes)
        for position, unit in enumerate(result.units):
            row = MatchUnit(position=position, score=unit.score, locked=unit.locked, explanation=unit.explanation,
                            warnings=list(unit.warnings))
            row.members = [MatchUnitMember(peer_id=pid, role=role) for pid, role in zip(unit.members, unit.roles,
                                                                                         strict=True)]
            rnd.units.append(row)
        session.add(rnd)
        session.flush()
        return _summary(rnd)


def round_detail(factory: sessionmaker, round_id: int) -> RoundDetail:
    with factory.begin() as session:
        rnd = session.get(MatchingRound, round_id)
        if rnd is None:
            raise MatchingError(_("That round no longer exists."))
        summary = _summaries(session, MatchingRound.id == round_id)[0]
        members: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        for unit_id, peer_id, role, name in session.execute(
            select(MatchUnitMember.unit_id, MatchUnitMember.peer_id, MatchUnitMember.role, Peer.full_name)
            .join(MatchUnit, MatchUnit.id == MatchUnitMember.unit_id)
            .outerjoin(Peer, Peer.id == MatchUnitMember.peer_id)
            .where(MatchUnit.round_id == round_id)
            .order_by(MatchUnitMember.id)
        ).all():  # fetched in one go, not a driver call per row (a round of 10,000 peers)
            members[unit_id].append((peer_id, role, name if name is not None else "?"))
        units = tuple(
            SavedUnit(position, tuple(m[0] for m in members[unit_id]), tuple(m[2] for m in members[unit_id]),
                      tuple(m[1] for m in members[unit_id]), score, locked, explanation, tuple(warnings or ()))
            for unit_id, position, score, locked, explanation, warnings in session.execute(
                select(MatchUnit.id, MatchUnit.position, MatchUnit.score, MatchUnit.locked, MatchUnit.explanation,
                       MatchUnit.warnings)
                .where(MatchUnit.round_id == round_id).order_by(MatchUnit.position, MatchUnit.id)
            ).all()
        )
        return RoundDetail(summary, dict(rnd.criteria or {}), units)


def round_units(detail: RoundDetail) -> list[UnitResult]:
    """A saved round's units in the shape the engine re-scores (to adjust or compare them)."""
    return [UnitResult(u.members, u.roles, u.score, 0.0, u.explanation, u.warnings, u.locked) for u in detail.units]


def round_settings(detail: RoundDetail, cohort: Cohort) -> MatchSettings:
    data = detail.criteria
    options = data.get("constraints", {}) or {}
    constraints = cohort.constraints(
        shared_language=bool(options.get("shared_language", True)),
        not_same_organisation=bool(options.get("not_same_organisation", False)),
        distinct_countries=bool(options.get("distinct_countries", False)),
    )
    return MatchSettings(mode=detail.summary.mode, criteria=criteria_from_dict(data), constraints=constraints,
                         group_size=int(data.get("group_size", 5)), remainder=str(data.get("remainder", "larger")))


def compare_rounds(factory: sessionmaker, first_id: int, second_id: int) -> RoundComparison:
    """Which pairs met again, how many are new, and how the mean unit score moved."""
    a, b = round_detail(factory, first_id), round_detail(factory, second_id)

    def pairs(detail: RoundDetail) -> dict[tuple[int, int], tuple[str, str]]:
        found = {}
        for u in detail.units:
            for k in range(len(u.members)):
                for m in range(k + 1, len(u.members)):
                    key = pair_key(u.members[k], u.members[m])
                    found[key] = (u.names[k], u.names[m])
        return found

    pa, pb = pairs(a), pairs(b)
    kept = tuple(sorted(pa[k] for k in pa.keys() & pb.keys()))
    peers_a = {m for u in a.units for m in u.members}
    peers_b = {m for u in b.units for m in u.members}

    def mean(detail: RoundDetail) -> float:
        return round(sum(u.score for u in detail.units) / len(detail.units), 1) if detail.units else 0.0

    return RoundComparison(a.summary, b.summary, kept, len(pa.keys() - pb.keys()), len(pb.keys() - pa.keys()),
                           len(peers_a & peers_b), (mean(a), mean(b)))


def delete_round(factory: sessionmaker, round_id: int) -> None:
    with factory.begin() as session:
        rnd = session.get(MatchingRound, round_id)
        if rnd is not None:
            session.delete(rnd)


def participant_ids(factory: sessionmaker, initiative_id: int) -> list[int]:
    with factory.begin() as session:
        return list(session.scalars(select(Membership.peer_id).where(Membership.initiative_id == initiative_id,
                                                                     Membership.role == "participant")))


def count_participants(factory: sessionmaker, initiative_id: int) -> int:
    with factory.begin() as session:
        return session.scalar(select(func.count()).select_from(Membership).where(
            Membership.initiative_id == initiative_id, Membership.role == "participant")) or 0
