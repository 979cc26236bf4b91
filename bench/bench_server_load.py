"""Many people editing the same peers on one PostgreSQL server at once: edits made, refused, lost.

Starts a throwaway PostgreSQL cluster (as the tests do, ``tests/pg_cluster.py``), makes a database with one
initiative of a few peers, then runs N writer processes for S seconds. Each writer, like a person at a
window, reads the initiative's peers through PeerDesk's services, picks one, "types" for a moment, and
saves a new position with the version it read (``update_profile(..., expected_version=...)``). A save
over someone else's newer edit is refused as a conflict.

Afterwards every accepted edit is checked: each one raised the peer's version by exactly one from the
version its writer read, so for each peer the accepted edits' versions must be exactly
initial+1 … final (no two accepted edits on the same version: none overwrote another unseen), and the
stored value must be the accepted edit with the highest version. An accepted edit that is neither the
final value nor followed by a later accepted edit is counted as lost; the figure must be 0.

    python bench/bench_server_load.py [--writers 5] [--seconds 60] [--peers 3] [--think 0.02] [--unguarded]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAX_SECONDS = 600


def _prepare(url: str, peers: int) -> tuple[int, dict[int, int]]:
    """The initiative and its peers; returns (initiative id, {peer id: version})."""
    from peerdesk.db.services.initiatives import InitiativeInput, create_initiative
    from peerdesk.db.services.peers import NewPeer, add_peer, list_peers
    from peerdesk.db.workspace import open_location

    with open_location(url, create=True) as workspace:
        initiative_id = create_initiative(workspace.factory, InitiativeInput(
            name="Load test network", start_date=date(2027, 1, 1), end_date=date(2027, 12, 31)))
        for number in range(peers):
            add_peer(workspace.factory, initiative_id,
                     NewPeer(full_name=f"Peer {number + 1}", email=f"peer{number + 1}@example.org"),
                     profile={"consent_given": True, "consent_text": "load test"})
        return initiative_id, {p.id: p.version for p in list_peers(workspace.factory, initiative_id)}


def _writer(number: int, url: str, initiative_id: int, seconds: float, think: float, guarded: bool, ready,
            results) -> None:
    """One person at a window, editing for ``seconds`` once every writer is ready; puts (accepted,
    conflicts, errors) on ``results``."""
    from peerdesk.db.concurrency import EditConflict
    from peerdesk.db.services.matching import update_profile
    from peerdesk.db.services.peers import list_peers
    from peerdesk.db.workspace import open_location

    chooser = random.Random(number)
    accepted: list[tuple[int, int, str]] = []  # (peer id, version it was saved over, value)
    conflicts = errors = 0
    with open_location(url) as workspace:
        list_peers(workspace.factory, initiative_id)  # connected and imported before the clock starts
        ready.wait()
        deadline = time.monotonic() + seconds
        sequence = 0
        while time.monotonic() < deadline:
            peer = chooser.choice(list_peers(workspace.factory, initiative_id))
            time.sleep(chooser.uniform(0, think))  # typing
            sequence += 1
            value = f"writer {number} edit {sequence}"
            try:
                update_profile(workspace.factory, initiative_id, peer.id, {"position": value},
                               expected_version=peer.version if guarded else None)
            except EditConflict:
                conflicts += 1
                continue
            except Exception as exc:  # noqa: BLE001 - counted and shown, the run goes on
                errors += 1
                print(f"writer {number}: {type(exc).__name__}: {str(exc).splitlines()[0][:150]}", file=sys.stderr)
                continue
            accepted.append((peer.id, peer.version, value))
    results.put((accepted, conflicts, errors))


def verify(initial: dict[int, int], accepted: list[tuple[int, int, str]],
           final: dict[int, tuple[int, str]]) -> tuple[int, list[str]]:
    """(edits lost, problems found). ``final`` maps a peer to its stored (version, position)."""
    by_peer: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for peer_id, read_version, value in accepted:
        by_peer[peer_id].append((read_version + 1, value))
    lost, problems = 0, []
    for peer_id, start in initial.items():
        edits = sorted(by_peer.get(peer_id, []))
        version, position = final[peer_id]
        versions = [v for v, _value in edits]
        expected = list(range(start + 1, version + 1))
        if versions != expected:
            duplicated = len(versions) - len(set(versions))
            lost += max(duplicated, 0)
            problems.append(f"peer {peer_id}: accepted versions {versions[:10]}… vs stored history to {version}")
        if edits and edits[-1][1] != position:
            lost += 1
            problems.append(f"peer {peer_id}: stored {position!r}, last accepted edit {edits[-1][1]!r}")
    return lost, problems


def _final(url: str, initiative_id: int) -> dict[int, tuple[int, str]]:
    from peerdesk.db.services.peers import list_peers
    from peerdesk.db.workspace import open_location

    with open_location(url) as workspace:
        return {p.id: (p.version, p.position) for p in list_peers(workspace.factory, initiative_id)}


def run(writers: int, seconds: float, peers: int, think: float, guarded: bool = True) -> int:
    from tests.pg_cluster import start_cluster

    seconds = min(seconds, MAX_SECONDS)
    cluster = start_cluster()
    try:
        url = cluster.url(cluster.new_database("load"))
        initiative_id, initial = _prepare(url, peers)
        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        ready = context.Barrier(writers + 1)
        processes = [context.Process(target=_writer,
                                     args=(n + 1, url, initiative_id, seconds, think, guarded, ready, results))
                     for n in range(writers)]
        for process in processes:
            process.start()
        ready.wait(timeout=300)  # the writers' imports and connections take a while on a busy machine
        collected = [results.get(timeout=seconds + 300) for _ in processes]
        for process in processes:
            process.join()
        accepted = [edit for edits, _c, _e in collected for edit in edits]
        conflicts = sum(c for _a, c, _e in collected)
        errors = sum(e for _a, _c, e in collected)
        lost, problems = verify(initial, accepted, _final(url, initiative_id))
    finally:
        cluster.stop()
    print(f"server load: {writers} writers for {seconds:g} s on {peers} peers (PostgreSQL, up to {think:g} s "
          "between reading and saving" + (")" if guarded else "; UNGUARDED: saved without the version read)"))
    print(f"  edits made (accepted):      {len(accepted)}  ({len(accepted) / seconds:.1f}/s)")
    print(f"  edits refused as conflicts: {conflicts}")
    print(f"  other errors:               {errors}")
    print(f"  edits lost:                 {lost}")
    for problem in problems[:10]:
        print(f"  ! {problem}")
    return 0 if lost == 0 and not problems else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=5, help="concurrent writer processes (default 5)")
    parser.add_argument("--seconds", type=float, default=60, help=f"how long (default 60, at most {MAX_SECONDS})")
    parser.add_argument("--peers", type=int, default=3, help="how many peers they all edit (default 3)")
    parser.add_argument("--think", type=float, default=0.02,
                        help="longest pause between reading a peer and saving it, seconds (default 0.02)")
    parser.add_argument("--unguarded", action="store_true",
                        help="save without the version read (as before schema 0005): shows the check catching "
                             "lost edits")
    args = parser.parse_args()
    return run(max(1, args.writers), max(1.0, args.seconds), max(1, args.peers), max(0.0, args.think),
               guarded=not args.unguarded)


if __name__ == "__main__":
    sys.exit(main())
