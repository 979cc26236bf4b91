"""What a matching run reads from the data file (participants' profiles, pair rules, earlier rounds' pairs),
in four plain SQL queries.

Plain SQL, not the ORM, so that ``peerdesk match`` reads a cohort from a file over ``sqlite3`` without
loading SQLAlchemy (which costs more than a 300-peer matching). The window runs the same queries through
its session (:func:`peerdesk.db.services.matching.load_cohort`), so both get the same cohort. The queries
take named parameters (``:name``), which both ``sqlite3`` and SQLAlchemy's ``text()`` understand.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.core.matching.criteria import Constraints, pair_key
from peerdesk.core.profiles import PeerProfile


@dataclass(frozen=True)
class PairRuleRow:
    id: int
    peer_a_id: int
    peer_b_id: int
    peer_a: str
    peer_b: str
    rule: str  # never | must
    reason: str


@dataclass(frozen=True)
class Cohort:
    """What a matching run needs from the data file."""

    profiles: tuple[PeerProfile, ...]
    rules: tuple[PairRuleRow, ...]
    never_pairs: frozenset[tuple[int, int]]
    must_pairs: frozenset[tuple[int, int]]
    previous_pairs: frozenset[tuple[int, int]]
    notes: tuple[str, ...]  # e.g. duplicate rules that were merged

    def constraints(self, **options) -> Constraints:
        return Constraints(never_pairs=self.never_pairs, must_pairs=self.must_pairs,
                           previous_pairs=self.previous_pairs, **options)


#: Runs one query with its named parameters and gives its rows (as tuples).
Query = Callable[[str, dict], Iterable[Sequence[Any]]]


def sqlite_query(connection: Any) -> Query:
    """A :data:`Query` over a DB-API connection to a data file (``sqlite3``'s or SQLCipher's)."""
    return lambda sql, params: connection.execute(sql, params).fetchall()


def session_query(session: Any) -> Query:
    """A :data:`Query` through an SQLAlchemy session (a file's or a server's). The rows are fetched in one go:
    iterating a result row by row costs a driver call per row (a third of reading 10,000 profiles)."""
    from sqlalchemy import text

    return lambda sql, params: session.execute(text(sql), params).all()


class NoSuchInitiative(LookupError):
    """No initiative of that name; the message lists the ones there are."""


def initiative_named(query: Query, name: str) -> tuple[int, str]:
    """The id and name of the initiative called ``name`` (case and surrounding spaces ignored), as
    :func:`peerdesk.db.services.initiatives.find_initiative` finds it, with the same message if none is."""
    wanted = name.strip().casefold()
    rows = list(query("SELECT id, name FROM initiative ORDER BY name", {}))
    for initiative_id, found in rows:
        if found.casefold() == wanted:
            return int(initiative_id), found
    known = "; ".join(found for _, found in rows) or "none"
    raise NoSuchInitiative(f"no initiative named {name!r} (the file holds: {known})")


def _json_list(value: Any, seen: dict[Any, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """A JSON list column: text from SQLite, already a list from a server's driver. ``seen``: texts decoded
    before in the same read (a cohort's language and risk lists repeat a few values thousands of times)."""
    if isinstance(value, (str, bytes)):
        if seen is not None:
            found = seen.get(value)
            if found is None:
                found = seen[value] = tuple(json.loads(value) or ())
            return found
        value = json.loads(value)
    return tuple(value or ())


# The same rows, joins and order as the ORM query of services.peers.list_peers, so ties on the name
# come out in the same order.
_PEERS = """
SELECT peer.id, peer.uuid, peer.full_name, peer.email,
       CASE WHEN organisation_1.id IS NULL THEN '' ELSE organisation_1.name END,
       peer.country, peer.position, peer.professional_affiliation, peer.career_level, peer.education_level,
       peer.social_standing, peer.influence, peer.languages, peer.preferred_language, peer.risks,
       peer.risk_note, peer.consent_given, peer.notes, membership.role, peer.version
FROM peer JOIN membership ON membership.peer_id = peer.id
LEFT OUTER JOIN organisation AS organisation_1 ON organisation_1.id = peer.organisation_id
WHERE membership.initiative_id = :initiative {role_clause}ORDER BY peer.full_name
"""

_TAGS = """
SELECT peer_tag.peer_id, tag.kind, tag.label FROM peer_tag JOIN tag ON tag.id = peer_tag.tag_id
WHERE tag.initiative_id = :initiative ORDER BY tag.label
"""

_RULES = """
SELECT pair_rule.id, pair_rule.peer_a_id, pair_rule.peer_b_id,
       CASE WHEN a.id IS NULL THEN '?' ELSE a.full_name END, CASE WHEN b.id IS NULL THEN '?' ELSE b.full_name END,
       pair_rule.rule, pair_rule.reason
FROM pair_rule LEFT JOIN peer AS a ON a.id = pair_rule.peer_a_id LEFT JOIN peer AS b ON b.id = pair_rule.peer_b_id
WHERE pair_rule.initiative_id = :initiative ORDER BY pair_rule.id
"""

_ROUND_MEMBERS = """
SELECT match_unit_member.unit_id, match_unit_member.peer_id FROM match_unit_member
JOIN match_unit ON match_unit.id = match_unit_member.unit_id
JOIN matching_round ON matching_round.id = match_unit.round_id
WHERE matching_round.initiative_id = :initiative
"""


def participants(query: Query, initiative_id: int, role: str | None = "participant") -> list[PeerProfile]:
    """The initiative's participants (``role``; None: the comparison group too) with their matching profiles,
    by name: the one way profiles are read, for ``peerdesk match`` and for ``services.peers.list_peers``."""
    tags: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for peer_id, kind, label in query(_TAGS, {"initiative": initiative_id}):
        tags[peer_id][kind].append(label)
    profiles = []
    lists: dict[Any, tuple[str, ...]] = {}
    for (peer_id, uuid, full_name, email, organisation, country, position, affiliation, career, education,
         standing, influence, languages, preferred, risks, risk_note, consent, notes, member_role, version) in query(
            _PEERS.format(role_clause="" if role is None else "AND membership.role = :role "),
            {"initiative": initiative_id, "role": role}):
        own = tags.get(peer_id, {})
        profiles.append(PeerProfile(
            id=peer_id, uuid=uuid, full_name=full_name, email=email, organisation=organisation, country=country,
            position=position, professional_affiliation=affiliation, career_level=career,
            education_level=education, social_standing=standing, influence=influence,
            languages=_json_list(languages, lists), preferred_language=preferred,
            problems=tuple(own.get("problem", ())), goals=tuple(own.get("goal", ())),
            tasks=tuple(own.get("task", ())), risks=_json_list(risks, lists), risk_note=risk_note,
            consent_given=None if consent is None else bool(consent), role=member_role, notes=notes,
            version=version,  # the editor's save is refused over a newer edit made elsewhere
        ))
    return profiles


def pair_rules(query: Query, initiative_id: int) -> list[PairRuleRow]:
    return [PairRuleRow(*row) for row in query(_RULES, {"initiative": initiative_id})]


def read_cohort(query: Query, initiative_id: int) -> Cohort:
    """Participants with profiles, pair rules (duplicates merged, with a note) and every earlier round's
    pairs, read with ``query`` (:func:`sqlite_query` on a file's connection, or :func:`session_query`)."""
    return read_rules_and_history(query, initiative_id, tuple(participants(query, initiative_id)))


def read_rules_and_history(query: Query, initiative_id: int, profiles: tuple[PeerProfile, ...]) -> Cohort:
    """The cohort of ``profiles`` (read before) with the pair rules and earlier rounds' pairs read now: after a
    round is saved or a rule changed, the profiles (most of the reading) have not changed."""
    rules = pair_rules(query, initiative_id)
    units: dict[int, list[int]] = defaultdict(list)
    for unit_id, peer_id in query(_ROUND_MEMBERS, {"initiative": initiative_id}):
        units[unit_id].append(peer_id)
    previous = {pair_key(a, b) for ids in units.values() for k, a in enumerate(ids) for b in ids[k + 1:]}
    never, must, notes = set(), set(), []
    for rule in rules:
        key = pair_key(rule.peer_a_id, rule.peer_b_id)
        target = never if rule.rule == "never" else must
        if key in target:
            notes.append(f"Duplicate {rule.rule}-pair rule for {rule.peer_a} and {rule.peer_b}: counted once.")
        target.add(key)
    return Cohort(profiles, tuple(rules), frozenset(never), frozenset(must), frozenset(previous), tuple(notes))
