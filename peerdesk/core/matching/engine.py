"""One matching run: constraints and locks in, explained units with scores, warnings and proof out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from peerdesk.core.catalogue import catalogue
from peerdesk.core.matching.criteria import MatchingError, MatchSettings, pair_key
from peerdesk.core.matching.groups import best_groups, group_sizes
from peerdesk.core.matching.placement import keep_rules, unplaced_reason
from peerdesk.core.matching.results import MatchResult, UnitResult
from peerdesk.core.matching.scoring import (
    SCALE,
    Feasibility,
    feasibility,
    group_explanation,
    is_empty_profile,
    pair_explanation,
    score_matrix,
    unit_warnings,
    why_alone,
)
from peerdesk.core.profiles import PeerProfile
from peerdesk.i18n import _, ngettext

EXACT_PAIRS_LIMIT = 600  # above this many peers, pairs come with a proven gap instead of a full proof


class _Pairs:
    """The values of some pairs of a cohort, read like its matrix (``pairs[i, j]``); other pairs give ``default``."""

    def __init__(self, default) -> None:
        self.values: dict[tuple[int, int], object] = {}
        self.default = default

    def __getitem__(self, key: tuple[int, int]):
        return self.values.get(key, self.default)


#: Units whose pairs are scored together in one small matrix (a few hundred peers: cheap for numpy, and far
#: fewer calls than one per unit)
_CHUNK_PEERS = 256


def _within(profiles: Sequence[PeerProfile], settings: MatchSettings,
            groups: Sequence[Sequence[int]]) -> tuple[_Pairs, Feasibility]:
    """Scores and hard-rule masks of the pairs inside each group (cohort indices) only. A pair's score and
    rules depend on its two peers alone, so a matrix of a few groups' members gives the very numbers the whole
    cohort's would: re-scoring 1,000 saved pairs of 2,000 peers needs 1,000 pairs, not 2 million."""
    scores, repeat = _Pairs(0), _Pairs(False)
    reasons: dict[str, _Pairs] = {}
    chunks: list[list[Sequence[int]]] = [[]]
    size = 0
    for idx in groups:
        if size + len(idx) > _CHUNK_PEERS and chunks[-1]:
            chunks.append([])
            size = 0
        chunks[-1].append(idx)
        size += len(idx)
    for chunk in chunks:
        members = [profiles[i] for idx in chunk for i in idx]
        sub_scores, sub = score_matrix(members, settings.criteria), feasibility(members, settings.constraints)
        start = 0
        for idx in chunk:
            for a, i in enumerate(idx, start):
                for b, j in enumerate(idx, start):
                    if a != b:
                        scores.values[i, j] = sub_scores[a, b]
                        repeat.values[i, j] = sub.repeat[a, b]
                        for reason, mask in sub.reasons.items():
                            reasons.setdefault(reason, _Pairs(False)).values[i, j] = mask[a, b]
            start += len(idx)
    none = np.zeros((0, 0), dtype=bool)
    return scores, Feasibility(allowed=none, repeat=repeat, reasons=reasons)  # type: ignore[arg-type]


class _Cohort:
    def __init__(self, profiles: Sequence[PeerProfile], settings: MatchSettings,
                 groups: Sequence[Sequence[int]] | None = None) -> None:
        """``groups``: score only the pairs inside these groups of cohort indices (re-scoring saved units);
        None: every pair (a matching run)."""
        self.profiles = list(profiles)
        self.settings = settings
        self.ids = tuple(p.id for p in profiles)
        self.index = {pid: i for i, pid in enumerate(self.ids)}
        if groups is None:
            self.scores = score_matrix(self.profiles, settings.criteria)
            self.feas: Feasibility = feasibility(self.profiles, settings.constraints)
        else:
            self.scores, self.feas = _within(self.profiles, settings, groups)  # type: ignore[assignment]
        self.reasons: dict[int, str] = {}  # peer id -> why they are not placed (set by a mode)
        self.by_choice: list[int] = []  # indices left out as the settings ask (idle mentors)

    def unit(self, idx: Sequence[int], roles: Sequence[str] | None = None, locked: bool = False,
             extra_warnings: Sequence[str] = (), rule_bound: bool = False) -> UnitResult:
        idx = list(idx)
        members = [self.profiles[i] for i in idx]
        roles = tuple(roles) if roles else tuple("member" for _ in idx)
        if "mentor" in roles:
            pairs = [(idx[0], j) for j in idx[1:]]
        else:
            pairs = [(idx[a], idx[b]) for a in range(len(idx)) for b in range(a + 1, len(idx))]
        total = sum(int(self.scores[i, j]) for i, j in pairs) / SCALE
        mean = round(total / len(pairs), 1) if pairs else 0.0
        criteria = self.settings.criteria
        if len(idx) == 2:
            phrases = pair_explanation(members[0], members[1], criteria)
        elif "mentor" in roles:
            phrases = [ngettext("{name} mentors {count}", "{name} mentors {count}", len(members) - 1).format(
                name=members[0].full_name, count=len(members) - 1)] + [
                f"{m.full_name}: " + ", ".join(pair_explanation(members[0], m, criteria)[:3]) for m in members[1:]
            ]
        else:
            phrases = group_explanation(members, criteria)
        text = "; ".join(p for p in phrases if p) or _("Nothing in common on the chosen criteria")
        must = self.settings.constraints.must_pairs
        repeats = [] if rule_bound or locked else [
            (self.profiles[i], self.profiles[j]) for i, j in pairs
            if self.feas.repeat[i, j] and pair_key(self.ids[i], self.ids[j]) not in must]
        warnings = list(extra_warnings) + unit_warnings(members, mean, criteria, repeats)
        return UnitResult(tuple(self.ids[i] for i in idx), roles, mean, round(total, 1), text[0].upper() + text[1:],
                          tuple(warnings), locked)

    def violations(self, units: Sequence[UnitResult]) -> list[str]:
        found = []
        for n, unit in enumerate(units, start=1):
            idx = [self.index[m] for m in unit.members]
            if "mentor" in unit.roles:
                pairs = [(idx[0], j) for j in idx[1:]]
            else:
                pairs = [(idx[a], idx[b]) for a in range(len(idx)) for b in range(a + 1, len(idx))]
            for i, j in pairs:
                for reason, mask in self.feas.reasons.items():
                    if mask[i, j]:
                        found.append(_("Unit {number}: {first} and {second} — {reason}").format(
                            number=n, first=self.profiles[i].full_name, second=self.profiles[j].full_name,
                            reason=_(reason)))
            bounds = self.settings.constraints
            if "mentor" not in unit.roles and not (bounds.min_group_size <= len(idx) <= bounds.max_group_size):
                found.append(_("Unit {number} has {count} members, outside the bounds {low}-{high}").format(
                    number=n, count=len(idx), low=bounds.min_group_size, high=bounds.max_group_size))
        placed = {m: k for k, u in enumerate(units) for m in u.members}
        for a, b in sorted(self.settings.constraints.must_pairs):
            if a in self.index and b in self.index and (a not in placed or placed.get(a) != placed.get(b)):
                found.append(_("Must-pair rule not kept: {first} and {second} are not together").format(
                    first=self.profiles[self.index[a]].full_name, second=self.profiles[self.index[b]].full_name))
        return found


def _check(profiles: Sequence[PeerProfile], settings: MatchSettings) -> None:
    if not profiles:
        raise MatchingError(_("There are no peers to match in this initiative."))
    if len(profiles) == 1:
        raise MatchingError(_("Only one peer ({name}): matching needs at least two.").format(
            name=profiles[0].full_name))
    if len({p.id for p in profiles}) != len(profiles):
        raise MatchingError(_("The same peer appears twice in the cohort."))
    c = settings.constraints
    both = c.never_pairs & c.must_pairs
    if both:
        names = {p.id: p.full_name for p in profiles}
        a, b = sorted(both)[0]
        raise MatchingError(_("{first} and {second} are on both the never-pair and the must-pair list; "
                              "remove one of the two rules.").format(first=names.get(a, a), second=names.get(b, b)))
    if settings.mode == "groups":
        if settings.group_size < 2:
            raise MatchingError(_("A group needs at least two members."))
        if not c.min_group_size <= settings.group_size <= c.max_group_size:
            raise MatchingError(_("Group size {size} is outside the bounds {low}-{high}.").format(
                size=settings.group_size, low=c.min_group_size, high=c.max_group_size))
    if settings.mode not in ("pairs", "groups", "mentors"):
        raise MatchingError(_("Unknown matching mode {mode}.").format(mode=repr(settings.mode)))


def match(
    profiles: Sequence[PeerProfile],
    settings: MatchSettings,
    locked: Sequence[Sequence[int]] = (),
    check_cancel: Callable[[], None] | None = None,
    time_limit: float | None = None,
) -> MatchResult:
    """Match the cohort under ``settings``; ``locked`` units (lists of peer ids) are kept as they are."""
    _check(profiles, settings)
    cohort = _Cohort(profiles, settings)
    locked_units = []
    taken: set[int] = set()
    for members in locked:
        members = [m for m in members if m in cohort.index and m not in taken]
        if members:
            taken.update(members)
            roles = ("mentor",) + ("mentee",) * (len(members) - 1) if settings.mode == "mentors" else None
            locked_units.append(cohort.unit([cohort.index[m] for m in members], roles, locked=True))
    pool = [i for i, pid in enumerate(cohort.ids) if pid not in taken]
    if settings.mode == "pairs":
        result = _pairs(cohort, pool, check_cancel, time_limit)
    elif settings.mode == "groups":
        result = _groups(cohort, pool, check_cancel, time_limit)
    else:
        result = _mentors(cohort, pool)
    units, unmatched, notes, bound, proven, method = result
    units = locked_units + units
    empty = [p.full_name for p in profiles if is_empty_profile(p)]
    if empty:
        notes.append(_("Empty profiles, matched last: {names}.").format(names=", ".join(empty)))
    reasons = {}
    for i in unmatched:
        reasons[cohort.ids[i]] = cohort.reasons.get(cohort.ids[i]) or (
            why_alone(cohort.profiles, cohort.feas, i) if not cohort.feas.allowed[i].any()
            else _("{name} is left over: every allowed partner is already in a unit.").format(
                name=cohort.profiles[i].full_name)
        )
    allowed = cohort.feas.allowed & ~cohort.feas.repeat
    for unit in units:  # pairs used although repeated were allowed after all
        idx = [cohort.index[m] for m in unit.members]
        for i in idx:
            for j in idx:
                if i != j and cohort.feas.repeat[i, j] and cohort.feas.allowed[i, j]:
                    allowed[i, j] = True
    by_choice = set(cohort.by_choice)
    if settings.mode == "pairs" and settings.remainder == "leave_out" and len(unmatched) == 1 \
            and cohort.feas.allowed[unmatched[0]].any():
        by_choice.add(unmatched[0])
    unplaced = tuple(cohort.ids[i] for i in unmatched if i not in by_choice)
    return MatchResult(settings.mode, tuple(units), tuple(cohort.ids[i] for i in unmatched), reasons,
                       tuple(cohort.violations(units)), tuple(notes), cohort.ids, cohort.scores, allowed,
                       bound, proven, method, unplaced)


def _must_groups(cohort: _Cohort, pool: Sequence[int]) -> list[list[int]]:
    """Peers tied by must-pair rules, as connected groups of pool indices."""
    parent = {i: i for i in pool}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in cohort.settings.constraints.must_pairs:
        i, j = cohort.index.get(a), cohort.index.get(b)
        if i in parent and j in parent:
            parent[find(i)] = find(j)
    comps: dict[int, list[int]] = {}
    for i in pool:
        comps.setdefault(find(i), []).append(i)
    return [sorted(c) for c in comps.values() if len(c) > 1]


def _pairs(cohort: _Cohort, pool: list[int], check_cancel, time_limit):
    notes: list[str] = []
    units: list[UnitResult] = []
    for comp in _must_groups(cohort, pool):
        units.append(cohort.unit(comp, extra_warnings=[_("Kept together by a must-pair rule.")], rule_bound=True))
        pool = [i for i in pool if i not in comp]
    feas = cohort.feas
    fresh = feas.allowed & ~feas.repeat
    bound, proven, method = None, True, "none"

    def solve(idx: list[int], allowed: np.ndarray, main: bool = False):
        from peerdesk.core.matching.pairs import best_pairs  # scipy loads only when a matching actually runs
        nonlocal bound, proven, method
        if len(idx) < 2:
            return [], list(idx)
        sub = np.ix_(idx, idx)
        exact = len(idx) <= EXACT_PAIRS_LIMIT
        limit = time_limit if time_limit is not None else (None if exact else 1.4 if len(idx) <= 1000 else 7.0)
        res = best_pairs(cohort.scores[sub], allowed[sub], exact=exact, time_limit=limit, check_cancel=check_cancel)
        if main:
            bound = None if res.upper_bound == float("inf") else round(res.upper_bound / SCALE, 1)
            proven, method = res.proven_optimal, res.method
        used = {x for p in res.pairs for x in p}
        return [(idx[i], idx[j]) for i, j in res.pairs], [idx[i] for i in range(len(idx)) if i not in used]

    # Most pairs first, then the best total; peers with empty profiles score little, so they go last.
    pairs, left = solve(pool, fresh, main=True)
    optimised = sum(int(cohort.scores[i, j]) for i, j in pairs) / SCALE
    again, left = solve(left, feas.allowed)
    if again:
        names = ", ".join(f"{cohort.profiles[i].full_name} & {cohort.profiles[j].full_name}" for i, j in again)
        notes.append(_("Repeated from an earlier round because no other partner was possible: {names}.").format(
            names=names))
    pairs += again
    units += [cohort.unit([i, j]) for i, j in sorted(pairs, key=lambda p: -cohort.scores[p])]
    if left and cohort.settings.remainder == "larger":
        for i in list(left):
            best, best_gain = None, -1
            for k, unit in enumerate(units):
                if unit.locked or len(unit.members) != 2 or "must-pair" in " ".join(unit.warnings):
                    continue
                idx = [cohort.index[m] for m in unit.members]
                if all(feas.allowed[i, j] for j in idx):
                    gain = sum(int(cohort.scores[i, j]) for j in idx)
                    if gain > best_gain:
                        best, best_gain = k, gain
            if best is not None:
                idx = [cohort.index[m] for m in units[best].members] + [i]
                units[best] = cohort.unit(idx, extra_warnings=[_("A trio: the cohort has an odd number of peers.")])
                left.remove(i)
    if bound is not None:
        text = (_("Optimised pairs score {score}; proven upper bound {bound} (optimal).") if proven
                else _("Optimised pairs score {score}; proven upper bound {bound}."))
        notes.append(text.format(score=f"{optimised:.1f}", bound=f"{bound:.1f}"))
    return units, left, notes, bound, proven, method


def _groups(cohort: _Cohort, pool: list[int], check_cancel, time_limit):
    settings = cohort.settings
    notes: list[str] = []
    sizes = group_sizes(len(pool), settings.group_size, settings.remainder)
    if not sizes:
        return [], [], notes, None, False, "none"
    seeds = _must_groups(cohort, pool)
    fixed = []
    for comp in seeds:
        if len(fixed) < len(sizes) and len(comp) <= max(sizes):
            fixed.append(comp)
        else:
            notes.append("A must-pair chain is larger than a group; it could not be kept together.")
    sizes = sorted(sizes, reverse=True)
    local = {i: k for k, i in enumerate(pool)}
    sub = np.ix_(pool, pool)
    limit = time_limit if time_limit is not None else (1.0 if len(pool) <= 60 else 3.5)
    fixed_local = [[local[i] for i in comp] for comp in fixed]
    res = best_groups(cohort.scores[sub], (cohort.feas.allowed & ~cohort.feas.repeat)[sub], sizes,
                      fixed=fixed_local, time_limit=limit, check_cancel=check_cancel)
    if res.violations:
        retry = best_groups(cohort.scores[sub], cohort.feas.allowed[sub], sizes, fixed=fixed_local,
                            time_limit=limit, check_cancel=check_cancel)
        if retry.violations < res.violations:
            res = retry
            notes.append(_("Some peers meet again from an earlier round: no grouping without repeats was found."))
    groups = [list(g) for g in res.groups]
    smaller: list[list[int]] = []
    left: list[int] = []
    if res.violations and settings.allow_rule_breaks:
        notes.append(_("No grouping was found that keeps every hard rule (the rules may leave no way to); the "
                       "broken ones are listed. Try another group size or fewer rules."))
    elif res.violations:
        placement = keep_rules(groups, cohort.feas.allowed[sub], cohort.scores[sub], group_size=settings.group_size,
                               max_size=settings.constraints.max_group_size,
                               tied={i for comp in fixed_local for i in comp})
        groups, smaller = placement.groups, placement.smaller
        left = [pool[i] for i in placement.unplaced]
        for i in left:
            cohort.reasons[cohort.ids[i]] = unplaced_reason(cohort.profiles, cohort.feas.reasons, cohort.feas.allowed,
                                                            i, settings.group_size)
        if left:
            notes.append(ngettext(
                "{count} peer could not be placed without breaking a hard rule; they are listed as not placed, "
                "with the reason. Tick “Place everyone even if a rule breaks” (--allow-rule-breaks) to place "
                "them anyway.",
                "{count} peers could not be placed without breaking a hard rule; they are listed as not placed, "
                "with the reason. Tick “Place everyone even if a rule breaks” (--allow-rule-breaks) to place "
                "them anyway.", len(left)).format(count=len(left)))
    tied = {cohort.ids[i] for c in fixed for i in c}
    units = []
    for g, extra in [(g, []) for g in groups] + [
        (g, [_("A smaller group, formed so that no hard rule breaks.")]) for g in smaller
    ]:
        idx = [pool[i] for i in g]
        note = [_("Includes peers kept together by a must-pair rule.")] if tied & {cohort.ids[i] for i in idx} else []
        units.append(cohort.unit(idx, extra_warnings=note + extra))
    units.sort(key=lambda u: -u.score)
    return units, left, notes, None, False, "local search"


def _mentors(cohort: _Cohort, pool: list[int]):
    from peerdesk.core.matching.mentors import best_mentors  # scipy loads only when a matching actually runs
    settings = cohort.settings
    ranks = {lv.code: lv.rank for lv in catalogue().career_levels}
    mentors = [i for i in pool if ranks.get(cohort.profiles[i].career_level, 0) >= settings.mentor_min_rank]
    mentees = [i for i in pool if i not in mentors]
    if not mentors:
        raise MatchingError(_("No experienced peers to act as mentors: nobody's career level is senior manager "
                              "or above."))
    if not mentees:
        raise MatchingError(_("No newer peers to mentor: everyone's career level is senior manager or above."))
    # A must-pair rule between a mentor and a newer peer fixes that mentee to that mentor.
    tied: dict[int, list[int]] = {m: [] for m in mentors}
    for a, b in settings.constraints.must_pairs:
        i, j = cohort.index.get(a), cohort.index.get(b)
        if j in tied and i in mentees:
            i, j = j, i
        elif not (i in tied and j in mentees):
            continue
        if len(tied[i]) < settings.mentor_capacity and j in mentees:
            tied[i].append(j)
            mentees.remove(j)
    capacity = {m: settings.mentor_capacity - len(tied[m]) for m in mentors}
    fresh = cohort.feas.allowed & ~cohort.feas.repeat
    res = best_mentors(cohort.scores, fresh, mentors, mentees, capacity)
    notes = []
    if res.unmatched:
        retry = best_mentors(cohort.scores, cohort.feas.allowed, mentors, mentees, capacity)
        if len(retry.unmatched) < len(res.unmatched):
            res = retry
            notes.append(_("Some mentors meet a mentee again from an earlier round: no other choice was possible."))
    if len(mentees) > sum(capacity.values()):
        notes.append(_("{mentees} newer peers but only {places} free mentor places: raise the mentor capacity "
                       "to place everyone.").format(mentees=len(mentees), places=sum(capacity.values())))
    groups = [(m, [*tied[m], *ms]) for m, ms in res.units]
    units = [cohort.unit([m, *ms], ("mentor",) + ("mentee",) * len(ms)) for m, ms in groups if ms]
    idle = [m for m, ms in groups if not ms]
    cohort.by_choice.extend(idle)
    units.sort(key=lambda u: -u.score)
    return units, list(res.unmatched) + idle, notes, None, True, "assignment"


def evaluate(profiles: Sequence[PeerProfile], settings: MatchSettings, units: Sequence[UnitResult],
             only_unit_pairs: bool = False) -> MatchResult:
    """Re-score units after a change by hand (swap, move, lock): new scores, words, warnings, violations.

    ``only_unit_pairs``: score only the pairs inside the units (the same scores, words, warnings and violations),
    not the whole cohort's matrix; the result then holds no matrix (``scores`` and ``allowed`` are empty), which
    only a new matching run or ``MatchResult.matrix`` would use."""
    if only_unit_pairs:
        index = {p.id: i for i, p in enumerate(profiles)}
        cohort = _Cohort(profiles, settings, [[index[m] for m in u.members if m in index] for u in units])
    else:
        cohort = _Cohort(profiles, settings)
    rebuilt = [cohort.unit([cohort.index[m] for m in u.members if m in cohort.index], u.roles, u.locked)
               for u in units if any(m in cohort.index for m in u.members)]
    placed = {m for u in rebuilt for m in u.members}
    unmatched = tuple(pid for pid in cohort.ids if pid not in placed)
    reasons = {pid: _("{name} is not in any unit.").format(name=cohort.profiles[cohort.index[pid]].full_name)
               for pid in unmatched}
    return MatchResult(settings.mode, tuple(rebuilt), unmatched, reasons, tuple(cohort.violations(rebuilt)), (),
                       cohort.ids, np.zeros((0, 0), dtype=np.int64) if only_unit_pairs else cohort.scores,
                       cohort.feas.allowed, None, False, "by hand")

