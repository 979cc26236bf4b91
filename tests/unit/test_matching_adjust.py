"""Changes by hand: swap, move, lock; locked units refuse changes; re-scoring follows."""

from __future__ import annotations

import pytest
from matching_helpers import random_cohort

from peerdesk.core.matching.adjust import move_peer, set_locked, swap_peers
from peerdesk.core.matching.criteria import MatchingError, MatchSettings
from peerdesk.core.matching.engine import evaluate, match


def test_swap_move_lock_and_rescore():
    people = random_cohort(8, seed=9, languages=("en",))
    settings = MatchSettings(mode="pairs")
    result = match(people, settings)
    units = list(result.units)
    a, b = units[0].members[0], units[1].members[1]
    swapped = swap_peers(units, a, b)
    assert b in swapped[0].members and a in swapped[1].members
    again = evaluate(people, settings, swapped)
    assert again.total_score <= result.total_score  # the optimum cannot be beaten by hand
    moved = move_peer(again.units, a, 2)
    assert len(moved[2].members) == 3 and len(moved[1].members) == 1
    alone = move_peer(moved, a, None)
    assert alone[-1].members == (a,)
    locked = set_locked(again.units, 0, True)
    with pytest.raises(MatchingError, match="Unlock the unit first"):
        swap_peers(locked, locked[0].members[0], locked[1].members[0])
    rerun = match(people, settings, locked=[u.members for u in locked if u.locked])
    assert rerun.units[0].members == locked[0].members and rerun.units[0].locked


def test_swap_inside_one_unit_is_refused():
    people = random_cohort(4, seed=1, languages=("en",))
    units = match(people, MatchSettings()).units
    with pytest.raises(MatchingError, match="same unit"):
        swap_peers(units, *units[0].members)
