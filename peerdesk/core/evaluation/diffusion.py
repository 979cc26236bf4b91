"""Diffusion back home as share-forward trees, and the scale measures the paper names.

Each event is one sharer reaching ``people_reached`` colleagues; an event's ``parent_id`` names the
event through which its sharer was reached (a shares with f; f then shares with g, h, i, j). A tree's
root is an event by a peer. *Reached* sums people reached over the tree; *depth* is the longest chain
of events (a -> f -> g..j has depth 2; e convening m, n, o, p has depth 1).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from peerdesk.core.evaluation.records import DiffusionRecord


@dataclass(frozen=True)
class DiffusionNode:
    event: DiffusionRecord
    children: tuple[DiffusionNode, ...]

    @property
    def reached(self) -> int:
        return self.event.people_reached + sum(child.reached for child in self.children)

    @property
    def depth(self) -> int:
        return 1 + max((child.depth for child in self.children), default=0)

    @property
    def events(self) -> int:
        return 1 + sum(child.events for child in self.children)


@dataclass(frozen=True)
class PeerReach:
    peer_id: int
    reached: int
    depth: int
    events: int


@dataclass(frozen=True)
class DiffusionSummary:
    trees: tuple[DiffusionNode, ...]
    by_peer: tuple[PeerReach, ...]
    silent_peers: tuple[int, ...]  # participants who shared nothing
    participants: int

    @property
    def reached(self) -> int:
        return sum(tree.reached for tree in self.trees)

    @property
    def depth(self) -> int:
        return max((tree.depth for tree in self.trees), default=0)

    @property
    def silent_share(self) -> float:
        return len(self.silent_peers) / self.participants if self.participants else 0.0


def diffusion_trees(events: Sequence[DiffusionRecord]) -> tuple[DiffusionNode, ...]:
    """The forest of events; an event whose parent is missing (or in a cycle) becomes a root."""
    by_id = {event.id: event for event in events}
    children: dict[int, list[DiffusionRecord]] = defaultdict(list)
    roots = []
    for event in events:
        if event.parent_id is not None and event.parent_id in by_id and event.parent_id != event.id:
            children[event.parent_id].append(event)
        else:
            roots.append(event)

    def build(event: DiffusionRecord, seen: frozenset[int]) -> DiffusionNode:
        kids = sorted(children.get(event.id, []), key=lambda e: (e.event_date, e.id))
        return DiffusionNode(event, tuple(build(kid, seen | {kid.id}) for kid in kids if kid.id not in seen))

    forest = [build(root, frozenset({root.id})) for root in sorted(roots, key=lambda e: (e.event_date, e.id))]
    # Events in a parent cycle are reachable from no root: give each cycle one root so nothing is lost.
    covered: set[int] = set()

    def mark(node: DiffusionNode) -> None:
        covered.add(node.event.id)
        for child in node.children:
            mark(child)

    for tree in forest:
        mark(tree)
    for event in sorted(events, key=lambda e: e.id):
        if event.id not in covered:
            tree = build(event, frozenset({event.id}))
            mark(tree)
            forest.append(tree)
    return tuple(forest)


def diffusion_summary(events: Sequence[DiffusionRecord], participant_ids: Sequence[int]) -> DiffusionSummary:
    """Trees, reach and depth per peer (summed over the trees a peer started) and who shared nothing."""
    trees = diffusion_trees(events)
    per_peer: dict[int, list[DiffusionNode]] = defaultdict(list)
    for tree in trees:
        if tree.event.sharer_peer_id is not None:
            per_peer[tree.event.sharer_peer_id].append(tree)
    by_peer = tuple(
        PeerReach(peer, sum(t.reached for t in ts), max(t.depth for t in ts), sum(t.events for t in ts))
        for peer, ts in sorted(per_peer.items(), key=lambda item: -sum(t.reached for t in item[1]))
    )
    sharers = {event.sharer_peer_id for event in events if event.sharer_peer_id is not None}
    silent = tuple(peer for peer in participant_ids if peer not in sharers)
    return DiffusionSummary(trees, by_peer, silent, len(participant_ids))
