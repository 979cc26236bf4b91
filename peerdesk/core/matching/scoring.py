"""Pairwise scores (0-100, in tenths internally) from weighted criteria, hard-constraint masks, and words.

A score is the weighted share of the active criteria on which two peers fit: for *similar* criteria how
alike they are, for *different* ones how unlike. Scores are kept as integer tenths of a point so that
optimality can be checked exactly by anyone with the matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from peerdesk.core.catalogue import catalogue
from peerdesk.core.countries import country_display
from peerdesk.core.matching.criteria import Constraints, Criterion
from peerdesk.core.matching.results import SCALE  # noqa: F401 - the scale is defined with the results
from peerdesk.core.profiles import PeerProfile
from peerdesk.i18n import N_, _, ngettext

WEAK_SCORE = 25.0

_LEVEL_LISTS = {
    "career_level": "career_levels",
    "education_level": "education_levels",
    "influence": "influence_levels",
    "social_standing": "standing_levels",
}
#: Phrases for shared tags, filled with ``{items}`` after translation.
_TAG_WORDS = {
    "problems": N_("both work on {items}"),
    "goals": N_("share the goal of {items}"),
    "tasks": N_("both handle {items}"),
}
_TAG_DEFAULT = N_("share {items}")


def _tag_phrase(code: str, items: str) -> str:
    return _(_TAG_WORDS.get(code, _TAG_DEFAULT)).format(items=items)


def is_empty_profile(profile: PeerProfile) -> bool:
    """No problems, goals or tasks, and no levels: nothing to match on."""
    return not (profile.problems or profile.goals or profile.tasks or profile.career_level or profile.position)


def _field(profile: PeerProfile, code: str):
    return getattr(profile, catalogue().factor(code).peer_field)


def _ranks(code: str) -> dict[str, int]:
    return {level.code: level.rank for level in getattr(catalogue(), _LEVEL_LISTS[code])}


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """The form two values are compared in. Remembered: a cohort repeats the same few hundred tags,
    organisations and countries across thousands of peers, and each pair's explanation asks again."""
    return " ".join(str(text).split()).casefold()


def _tag_matrix(values: Sequence[Sequence[str]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    for tags in values:
        for tag in tags:
            vocab.setdefault(_norm(tag), len(vocab))
    matrix = np.zeros((len(values), max(len(vocab), 1)), dtype=np.float32)
    for row, tags in enumerate(values):
        for tag in tags:
            matrix[row, vocab[_norm(tag)]] = 1.0
    return matrix


def _jaccard(values: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard similarity of tag sets and a mask of pairs where both have tags."""
    x = _tag_matrix(values)
    inter = x @ x.T
    sizes = x.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    known = (sizes[:, None] > 0) & (sizes[None, :] > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        sim = np.where(known, inter / np.maximum(union, 1), 0.0)
    return sim, known


def criterion_values(profiles: Sequence[PeerProfile], criterion: Criterion) -> np.ndarray:
    """How well each pair fits on one criterion, 0..1, under its mode (0 where either value is unknown)."""
    factor = catalogue().factor(criterion.code)
    values = [getattr(p, factor.peer_field) for p in profiles]
    different = criterion.mode == "different"
    if factor.kind in ("tags", "languages"):
        sim, known = _jaccard(values)
        return np.where(known, 1.0 - sim, 0.0) if different else sim
    if factor.kind == "ordinal" and criterion.code in _LEVEL_LISTS:
        ranks = _ranks(criterion.code)
        r = np.array([ranks.get(v, 0) for v in values], dtype=np.float64)
        span = max(max(ranks.values(), default=2) - 1, 1)
        known = (r[:, None] > 0) & (r[None, :] > 0)
        gap = np.abs(r[:, None] - r[None, :]) / span
        return np.where(known, gap if different else 1.0 - gap, 0.0)
    codes: dict[str, int] = {}
    c = np.array([codes.setdefault(_norm(v), len(codes)) if v else -1 for v in values])
    known = (c[:, None] >= 0) & (c[None, :] >= 0)
    same = c[:, None] == c[None, :]
    return np.where(known, ~same if different else same, False).astype(np.float64)


def score_matrix(profiles: Sequence[PeerProfile], criteria: Sequence[Criterion]) -> np.ndarray:
    """Symmetric int64 matrix of pair scores in tenths of a point (0..1000); the diagonal is 0."""
    n = len(profiles)
    active = [c for c in criteria if c.active]
    total_weight = sum(c.weight for c in active)
    acc = np.zeros((n, n), dtype=np.float64)
    if n == 0 or total_weight == 0:
        return acc.astype(np.int64)
    for criterion in active:
        acc += criterion.weight * criterion_values(profiles, criterion)
    scores = np.rint(acc * (100 * SCALE / total_weight)).astype(np.int64)
    np.fill_diagonal(scores, 0)
    return scores


@dataclass(frozen=True)
class Feasibility:
    """Which pairs may share a unit: ``allowed`` (hard rules), and ``repeat`` (paired in an earlier round)."""

    allowed: np.ndarray
    repeat: np.ndarray
    reasons: dict[str, np.ndarray]


def feasibility(profiles: Sequence[PeerProfile], constraints: Constraints) -> Feasibility:
    """Masks of pairs each hard rule forbids (True = forbidden), and their combination."""
    n = len(profiles)
    index = {p.id: i for i, p in enumerate(profiles)}
    reasons: dict[str, np.ndarray] = {}
    if constraints.shared_language:
        x = _tag_matrix([p.languages for p in profiles])
        has = x.sum(axis=1) > 0
        common = (x @ x.T) > 0
        # Someone whose languages are not recorded is not blocked; they get a warning instead.
        reasons[N_("no common language")] = ~common & has[:, None] & has[None, :]
    if constraints.not_same_organisation:
        reasons[N_("same organisation")] = _same_value([p.organisation for p in profiles])
    if constraints.distinct_countries:
        reasons[N_("same country")] = _same_value([p.country for p in profiles])
    never = np.zeros((n, n), dtype=bool)
    for a, b in constraints.never_pairs:
        if a in index and b in index:
            never[index[a], index[b]] = never[index[b], index[a]] = True
    reasons[N_("never-pair rule")] = never
    forbidden = np.zeros((n, n), dtype=bool)
    for mask in reasons.values():
        forbidden |= mask
    np.fill_diagonal(forbidden, True)
    repeat = np.zeros((n, n), dtype=bool)
    if constraints.avoid_repeats:
        for a, b in constraints.previous_pairs:
            if a in index and b in index:
                repeat[index[a], index[b]] = repeat[index[b], index[a]] = True
    return Feasibility(allowed=~forbidden, repeat=repeat, reasons=reasons)


def _same_value(values: Sequence[str]) -> np.ndarray:
    codes: dict[str, int] = {}
    c = np.array([codes.setdefault(_norm(v), len(codes)) if v else -1 for v in values])
    return (c[:, None] == c[None, :]) & (c[:, None] >= 0)


def why_alone(profiles: Sequence[PeerProfile], feas: Feasibility, i: int) -> str:
    """Why peer ``i`` has no possible partner, in words."""
    others = len(profiles) - 1
    if others <= 0:
        return _("{name} is the only peer to match.").format(name=profiles[i].full_name)
    parts = []
    for reason, mask in feas.reasons.items():
        count = int(mask[i].sum()) - int(mask[i, i])
        if count:
            parts.append(_("{reason} with {count} of {others}").format(reason=_(reason), count=count, others=others))
    detail = "; ".join(parts) if parts else _("every possible partner is already taken or locked")
    return _("{name} cannot be matched with anyone: {detail}.").format(name=profiles[i].full_name, detail=detail)


# -- explanations ------------------------------------------------------------------------------------


def _level_name(code: str, value: str, cat=None) -> str:
    return (cat or catalogue()).name_of(_LEVEL_LISTS[code], value) if value else ""


def pair_explanation(a: PeerProfile, b: PeerProfile, criteria: Sequence[Criterion]) -> list[str]:
    """Phrases naming what each active criterion contributes for this pair, heaviest first."""
    phrases: list[tuple[int, str]] = []
    cat = catalogue()  # once per pair, not once per value (a re-scored round explains a thousand pairs)
    for c in sorted((c for c in criteria if c.active), key=lambda c: -c.weight):
        factor = cat.factor(c.code)
        va, vb = getattr(a, factor.peer_field), getattr(b, factor.peer_field)
        if factor.kind in ("tags", "languages"):
            sa, sb = {_norm(t): t for t in va}, {_norm(t): t for t in vb}
            shared = [sa[k] for k in sa if k in sb]
            if c.mode == "similar" and shared:
                if factor.kind == "languages":
                    names = [cat.language_name(code) for code in shared]
                    phrases.append((c.weight, _("common languages: {languages}").format(languages=", ".join(names))))
                else:
                    phrases.append((c.weight, _tag_phrase(c.code, _(" and ").join(sorted(shared)))))
            elif c.mode == "different" and sa and sb and len(shared) < len(set(sa) | set(sb)):
                phrases.append((c.weight, _("different {factor}").format(factor=_(factor.name).lower())))
        elif factor.kind == "ordinal" and c.code in _LEVEL_LISTS:
            if not va or not vb:
                continue
            label = _(factor.name).lower()
            if va == vb and c.mode == "similar":
                phrases.append((c.weight, _("same {factor} ({value})").format(
                    factor=label, value=_level_name(c.code, va, cat))))
            elif va != vb:
                pair = f"{_level_name(c.code, va, cat)} / {_level_name(c.code, vb, cat)}"
                ranks = _ranks(c.code)
                if c.mode == "similar" and abs(ranks.get(va, 0) - ranks.get(vb, 0)) > 1:
                    continue
                text = (_("different {factor}: {values}") if c.mode == "different" else _("close {factor}: {values}"))
                phrases.append((c.weight, text.format(factor=label, values=pair)))
        else:
            if not va or not vb:
                continue
            same = _norm(va) == _norm(vb)
            if c.code == "country":
                na, nb = country_display(va), country_display(vb)
                text = _("both from {country}").format(country=na) if same else f"{na} / {nb}"
                if same == (c.mode == "similar"):
                    phrases.append((c.weight, text))
            elif same and c.mode == "similar":
                phrases.append((c.weight, _("same {factor} ({value})").format(factor=_(factor.name).lower(), value=va)))
            elif not same and c.mode == "different":
                phrases.append((c.weight, _("different {factor}: {values}").format(
                    factor=_(factor.name).lower(), values=f"{va} / {vb}")))
    return [text for _, text in phrases]


def group_explanation(members: Sequence[PeerProfile], criteria: Sequence[Criterion]) -> list[str]:
    """Phrases for a group: tags shared by several members, the spread of countries and levels."""
    phrases: list[str] = []
    size = len(members)
    for c in sorted((c for c in criteria if c.active), key=lambda c: -c.weight):
        factor = catalogue().factor(c.code)
        if factor.kind == "tags" and c.mode == "similar":
            counts: dict[str, list[str]] = {}
            for m in members:
                for tag in {_norm(t): t for t in getattr(m, factor.peer_field)}.values():
                    counts.setdefault(_norm(tag), []).append(tag)
            common = sorted((len(v), v[0]) for v in counts.values() if len(v) >= 2)
            if common:
                top = [_("{item} ({count} of {size})").format(item=label, count=count, size=size)
                       for count, label in sorted(common, reverse=True)[:3]]
                phrases.append(_tag_phrase(c.code, "; ".join(top)))
        elif c.code == "country":
            countries = [m.country for m in members if m.country]
            if countries:
                distinct = sorted({_norm(x): country_display(x) for x in countries}.values())
                phrases.append(" / ".join(distinct) if len(distinct) > 1 else _("all from {country}").format(
                    country=distinct[0]))
        elif factor.kind == "ordinal" and c.code == "career_level":
            levels = {m.career_level for m in members if m.career_level}
            if len(levels) == 1:
                phrases.append(_("same career level ({level})").format(level=_level_name(c.code, levels.pop())))
            elif levels:
                phrases.append(ngettext("{count} career level", "{count} career levels", len(levels)).format(
                    count=len(levels)))
    return phrases


def unit_warnings(
    members: Sequence[PeerProfile],
    score: float,
    criteria: Sequence[Criterion],
    repeats: Sequence[tuple[PeerProfile, PeerProfile]] = (),
) -> list[str]:
    """Anything weak about a unit, in words."""
    warnings: list[str] = []
    for m in members:
        if is_empty_profile(m):
            warnings.append(_("Empty profile: {name} has no problems, goals, tasks or level yet.").format(
                name=m.full_name))
        elif not m.languages:
            warnings.append(_("Languages not recorded for {name}: check they can talk.").format(name=m.full_name))
    tag_weight = sum(c.weight for c in criteria if c.active and c.code in ("problems", "goals", "tasks"))
    if tag_weight and len(members) >= 2:
        shared = False
        for code in ("problems", "goals", "tasks"):
            sets = [{_norm(t) for t in getattr(m, code)} for m in members]
            if any(sets[i] & sets[j] for i in range(len(sets)) for j in range(i + 1, len(sets))):
                shared = True
        if not shared:
            warnings.append(_("Nothing shared on problems, goals or tasks."))
    if score < WEAK_SCORE and len(members) >= 2:
        warnings.append(_("Weak match (score {score} of 100).").format(score=f"{score:.1f}"))
    for a, b in repeats:
        warnings.append(
            _("{first} and {second} were matched in an earlier round; no other choice was left.").format(
                first=a.full_name, second=b.full_name))
    return warnings

