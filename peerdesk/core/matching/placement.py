"""Hard rules stay hard: take out of a grouping every peer who breaks a rule there, place them again where
no rule breaks (a group with room, or a trio or smaller group among themselves), and say in words why
the others could not be placed. Used unless the user asks to place everyone even if a rule breaks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from peerdesk.core.profiles import PeerProfile


@dataclass
class Placement:
    groups: list[list[int]]
    smaller: list[list[int]] = field(default_factory=list)  # groups formed from peers taken out
    unplaced: list[int] = field(default_factory=list)


def keep_rules(
    groups: Sequence[Sequence[int]],
    allowed: np.ndarray,
    scores: np.ndarray,
    *,
    group_size: int,
    max_size: int,
    tied: set[int] = frozenset(),
) -> Placement:
    """Groups (indices into ``allowed``) with no forbidden pair left, and where the others went."""
    degree = allowed.sum(axis=1)
    kept: list[list[int]] = []
    removed: list[int] = []
    for group in groups:
        members = list(group)
        while True:
            clashes = {m: sum(1 for x in members if x != m and not allowed[m, x]) for m in members}
            worst = [m for m in members if clashes[m] and m not in tied]
            if not worst:
                break
            # the member with most clashes leaves first; among equals, the one with fewest possible partners
            out = max(worst, key=lambda m: (clashes[m], -degree[m]))
            members.remove(out)
            removed.append(out)
        if len(members) >= 2:
            kept.append(members)
        else:
            removed.extend(members)
    placement = Placement(kept)
    # Hardest to place first: join a kept group with room where every member is an allowed partner.
    for peer in sorted(removed, key=lambda m: degree[m]):
        best, best_gain = None, None
        for group in placement.groups:
            if len(group) >= min(max_size, group_size + 1) or not all(allowed[peer, x] for x in group):
                continue
            gain = int(scores[peer, group].sum())
            if best_gain is None or gain > best_gain:
                best, best_gain = group, gain
        if best is not None:
            best.append(peer)
        else:
            placement.unplaced.append(peer)
    # The rest may still form a trio or a smaller group among themselves.
    left = sorted(placement.unplaced, key=lambda m: degree[m])
    placement.unplaced = []
    while left:
        seed = left.pop(0)
        group = [seed]
        for other in sorted(left, key=lambda m: -int(scores[seed, m])):
            if len(group) >= group_size:
                break
            if all(allowed[other, x] for x in group):
                group.append(other)
        if len(group) >= 2:
            placement.smaller.append(group)
            left = [m for m in left if m not in group]
        else:
            placement.unplaced.append(seed)
    # Still alone: offer a trio (or a pair) with allowed partners taken out of the kept groups; anyone
    # that leaves alone in their group joins another group with room.
    for peer in list(placement.unplaced):
        trio = [peer]
        candidates = [x for group in placement.groups for x in group if x not in tied and allowed[peer, x]]
        for x in sorted(candidates, key=lambda x: -int(scores[peer, x])):
            if len(trio) >= 3:
                break
            if all(allowed[x, y] for y in trio):
                trio.append(x)
        if len(trio) < 2:
            continue
        for group in placement.groups:
            group[:] = [x for x in group if x not in trio]
        placement.smaller.append(trio)
        placement.unplaced.remove(peer)
        orphans = [x for group in placement.groups if len(group) == 1 for x in group]
        placement.groups = [group for group in placement.groups if len(group) >= 2]
        for orphan in orphans:
            home = [g for g in placement.groups + placement.smaller
                    if len(g) < min(max_size, group_size + 1) and all(allowed[orphan, x] for x in g)]
            if home:
                max(home, key=lambda g: int(scores[orphan, g].sum())).append(orphan)
            else:
                placement.unplaced.append(orphan)
    return placement


def unplaced_reason(profiles: Sequence[PeerProfile], reasons: dict[str, np.ndarray], allowed: np.ndarray,
                    i: int, group_size: int) -> str:
    """Why peer ``i`` is left out, naming the rule that narrows their partners most."""
    others = len(profiles) - 1
    name = profiles[i].full_name
    partners = int(allowed[i].sum()) - int(allowed[i, i])
    parts = []
    for reason, mask in reasons.items():
        blocked = int(mask[i].sum()) - int(mask[i, i])
        if not blocked:
            continue
        if reason == "no common language":
            parts.append(f"shares a working language with only {others - blocked} other(s)")
        elif reason == "same organisation":
            parts.append(f"works in the same organisation as {blocked} other(s)")
        elif reason == "same country":
            parts.append(f"comes from the same country as {blocked} other(s)")
        else:
            parts.append(f"{reason} with {blocked} other(s)")
    detail = "; ".join(parts) or "every allowed partner is already in a unit"
    return (f"{name} is not placed: {detail}, so no group of {group_size} keeps every hard rule "
            f"({partners} possible partner(s) in all); place them by hand, or allow rule breaks")
