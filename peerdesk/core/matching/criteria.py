"""What a matching optimises (weighted criteria) and what it must respect (hard constraints)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from peerdesk.core.catalogue import catalogue
from peerdesk.i18n import _

MODES = ("similar", "different", "ignore")
MATCH_MODES = ("pairs", "groups", "mentors")


class MatchingError(ValueError):
    """A problem with the matching request, said in words a facilitator understands."""


@dataclass(frozen=True)
class Criterion:
    """One factor of the catalogue with a weight (0-10) and a mode: similar, different or ignore."""

    code: str
    weight: int
    mode: str

    @property
    def active(self) -> bool:
        return self.mode != "ignore" and self.weight > 0


@dataclass(frozen=True)
class Constraints:
    """Hard rules. Pairs are peer ids, each stored as (smaller id, larger id)."""

    shared_language: bool = True
    not_same_organisation: bool = False
    distinct_countries: bool = False
    never_pairs: frozenset[tuple[int, int]] = frozenset()
    must_pairs: frozenset[tuple[int, int]] = frozenset()
    avoid_repeats: bool = True
    previous_pairs: frozenset[tuple[int, int]] = frozenset()
    min_group_size: int = 2
    max_group_size: int = 12


@dataclass(frozen=True)
class MatchSettings:
    """Everything one run needs besides the profiles."""

    mode: str = "pairs"
    criteria: tuple[Criterion, ...] = field(default_factory=lambda: default_criteria())
    constraints: Constraints = Constraints()
    group_size: int = 5
    remainder: str = "larger"  # pairs: "larger" makes a trio, "leave_out" leaves one out; groups: larger|smaller
    mentor_capacity: int = 2
    mentor_min_rank: int = 3  # career rank from which a peer counts as experienced (senior manager)
    #: place everyone even if a hard rule breaks (listed as violations); otherwise such peers stay unplaced
    allow_rule_breaks: bool = False

    def with_criteria(self, criteria: tuple[Criterion, ...]) -> MatchSettings:
        return replace(self, criteria=criteria)


def pair_key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def default_criteria() -> tuple[Criterion, ...]:
    """The catalogue's defaults, which follow the paper: problems, goals and tasks weigh most."""
    return tuple(Criterion(f.code, int(f.default_weight), f.default_mode) for f in catalogue().factors)


def criteria_to_dict(criteria: tuple[Criterion, ...], constraints: Constraints, settings: MatchSettings) -> dict:
    """The JSON kept with a saved round (rules are listed by id; the rows themselves stay in PairRule)."""
    return {
        "weights": {c.code: c.weight for c in criteria},
        "modes": {c.code: c.mode for c in criteria},
        "constraints": {
            "shared_language": constraints.shared_language,
            "not_same_organisation": constraints.not_same_organisation,
            "distinct_countries": constraints.distinct_countries,
            "avoid_repeats": constraints.avoid_repeats,
            "respect_pair_rules": True,
            "min_group_size": constraints.min_group_size,
            "max_group_size": constraints.max_group_size,
        },
        "group_size": settings.group_size,
        "remainder": settings.remainder,
        "mentor_capacity": settings.mentor_capacity,
    }


def criteria_from_dict(data: dict[str, Any]) -> tuple[Criterion, ...]:
    """Criteria saved with a round, completed with defaults for any factor it does not mention."""
    weights = data.get("weights", {}) or {}
    modes = data.get("modes", {}) or {}
    result = []
    for default in default_criteria():
        weight = weights.get(default.code, default.weight if default.code not in modes else 0)
        mode = modes.get(default.code, default.mode if default.code not in weights else "similar")
        weight = max(0, min(10, round(float(weight))))
        result.append(Criterion(default.code, weight, mode if mode in MODES else "ignore"))
    return tuple(result)


def criteria_lines(criteria: tuple[Criterion, ...], constraints: Constraints) -> list[str]:
    """The criteria and rules in words, for the match sheet."""
    names = {f.code: f.name for f in catalogue().factors}
    active = sorted((c for c in criteria if c.active), key=lambda c: -c.weight)
    modes = {"similar": _("similar"), "different": _("different"), "ignore": _("ignored")}
    lines = ["; ".join(_("{criterion}: {mode}, weight {weight}").format(
        criterion=_(names.get(c.code, c.code)), mode=modes.get(c.mode, c.mode), weight=c.weight) for c in active)
        or _("No criteria")]
    rules = []
    if constraints.shared_language:
        rules.append(_("share a working language"))
    if constraints.not_same_organisation:
        rules.append(_("not from the same organisation"))
    if constraints.distinct_countries:
        rules.append(_("no two from the same country"))
    if constraints.avoid_repeats:
        rules.append(_("no repeats from earlier rounds unless unavoidable"))
    if constraints.never_pairs or constraints.must_pairs:
        rules.append(_("{never} never-pair and {must} must-pair rules").format(
            never=len(constraints.never_pairs), must=len(constraints.must_pairs)))
    lines.append(_("Hard rules: {rules}").format(rules="; ".join(rules) if rules else _("none")))
    return lines
