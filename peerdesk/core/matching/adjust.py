"""Changes by hand to a matching: swap two peers, move one to another unit, lock or unlock a unit.

Each function returns new member lists; the caller re-scores them with ``engine.evaluate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from peerdesk.core.matching.criteria import MatchingError
from peerdesk.core.matching.results import UnitResult
from peerdesk.i18n import _


def _where(units: Sequence[UnitResult], peer_id: int) -> int:
    for k, unit in enumerate(units):
        if peer_id in unit.members:
            return k
    raise MatchingError(_("That peer is not in any unit."))


def swap_peers(units: Sequence[UnitResult], a: int, b: int) -> list[UnitResult]:
    """Exchange the places of peers ``a`` and ``b`` (each takes the other's role)."""
    ka, kb = _where(units, a), _where(units, b)
    if ka == kb:
        raise MatchingError(_("Both peers are already in the same unit."))
    if units[ka].locked or units[kb].locked:
        raise MatchingError(_("Unlock the unit first: locked units stay as they are."))
    result = list(units)
    result[ka] = replace(units[ka], members=tuple(b if m == a else m for m in units[ka].members))
    result[kb] = replace(units[kb], members=tuple(a if m == b else m for m in units[kb].members))
    return result


def move_peer(units: Sequence[UnitResult], peer_id: int, target: int | None) -> list[UnitResult]:
    """Move a peer into unit ``target`` (an index), or into a new unit of their own with ``None``."""
    source = _where(units, peer_id)
    if source == target:
        return list(units)
    if units[source].locked or (target is not None and units[target].locked):
        raise MatchingError(_("Unlock the unit first: locked units stay as they are."))
    result = list(units)
    src = units[source]
    keep = [(m, r) for m, r in zip(src.members, src.roles, strict=True) if m != peer_id]
    role = "mentee" if "mentor" in src.roles else "member"
    if target is None:
        result.append(UnitResult((peer_id,), ("member",), 0.0, 0.0, ""))
    else:
        dst = units[target]
        result[target] = replace(dst, members=dst.members + (peer_id,), roles=dst.roles + (role,))
    if keep:
        result[source] = replace(src, members=tuple(m for m, _ in keep), roles=tuple(r for _, r in keep))
    else:
        result.pop(source)
    return result


def set_locked(units: Sequence[UnitResult], index: int, locked: bool) -> list[UnitResult]:
    result = list(units)
    result[index] = replace(units[index], locked=locked)
    return result
