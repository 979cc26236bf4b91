"""Matching benchmarks: pairs against networkx's exact blossom, large cohorts with a proven bound,
groups of 5 with distinct countries against an exact set-partitioning MILP, and 1,000-peer groups.

Run from the repository root: ``python bench/bench_matching.py [--quick]``. With ``--process N``: the whole
``peerdesk match FILE --pairs --json`` process on the N-peer synthetic demo (median of 3, bytecode compiled
as when installed) against networkx's exact matching on the matrix it prints. With ``--rescore N``: the Peer
matching tab's re-score of a saved pairs round of N peers, from the units' pairs against the whole cohort's
matrix (the anchor, and the same units it must give back).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linear_sum_assignment, milp
from scipy.sparse import csc_matrix

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peerdesk.core.matching.criteria import Constraints, default_criteria  # noqa: E402
from peerdesk.core.matching.groups import best_groups, grouping_violations  # noqa: E402
from peerdesk.core.matching.pairs import best_pairs  # noqa: E402
from peerdesk.core.matching.scoring import feasibility, score_matrix  # noqa: E402
from peerdesk.core.profiles import PeerProfile  # noqa: E402

COUNTRIES = ["Moldova", "Georgia", "Senegal", "Peru", "Viet Nam", "Hungary", "Kazakhstan", "Mozambique",
             "Ghana", "Kenya", "Nepal", "Chile"]


def cohort(n: int, seed: int) -> list[PeerProfile]:
    rng = random.Random(seed)
    problems = [f"problem {k}" for k in range(25)]
    goals = [f"goal {k}" for k in range(15)]
    tasks = [f"task {k}" for k in range(15)]
    return [
        PeerProfile(
            id=k, uuid=str(k), full_name=f"Peer {k}", organisation=f"Org {rng.randrange(n // 4 + 1)}",
            country=rng.choice(COUNTRIES), position=rng.choice(["budget director", "auditor", "analyst", "treasurer"]),
            career_level=rng.choice(["entry", "mid", "senior", "executive", "political"]),
            education_level=rng.choice(["bachelor", "master", "doctorate"]),
            influence=rng.choice(["low", "medium", "high"]),
            social_standing=rng.choice(["junior", "peer", "senior"]),
            languages=tuple(sorted(set(rng.sample(["en", "fr", "ru", "es"], rng.randint(1, 3))) | {"en"}
                                   if rng.random() < 0.8 else {rng.choice(["fr", "ru", "es"])})),
            problems=tuple(rng.sample(problems, rng.randint(1, 4))),
            goals=tuple(rng.sample(goals, rng.randint(1, 3))),
            tasks=tuple(rng.sample(tasks, rng.randint(1, 3))),
        )
        for k in range(n)
    ]


def instance(n: int, seed: int, constraints: Constraints | None = None):
    constraints = constraints or Constraints()
    people = cohort(n, seed)
    scores = score_matrix(people, default_criteria())
    return people, scores, feasibility(people, constraints).allowed


def networkx_pairs(scores, allowed):
    graph = nx.Graph()
    iu, ju = np.nonzero(np.triu(allowed, 1))
    graph.add_weighted_edges_from((int(i), int(j), int(scores[i, j])) for i, j in zip(iu, ju, strict=True))
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    return len(matching), sum(int(scores[i, j]) for i, j in matching)


def assignment_bound(scores, allowed) -> float:
    """Half of linear_sum_assignment on the symmetric matrix (fixed points allowed at 0): bounds any pairing."""
    m = np.where(allowed, scores.astype(float), -1e9)
    np.fill_diagonal(m, 0.0)
    rows, cols = linear_sum_assignment(m, maximize=True)
    return m[rows, cols].sum() / 2


def bench_pairs(sizes_exact, sizes_large, seeds: int = 1) -> None:
    print("== pairs (scores in tenths of a point; networkx max_weight_matching maxcardinality=True) ==")
    for n, seed in itertools.product(sizes_exact, range(seeds)):
        _, scores, allowed = instance(n, seed=n + seed)
        t = time.perf_counter()
        ours = best_pairs(scores, allowed)
        t_ours = time.perf_counter() - t
        t = time.perf_counter()
        count, total = networkx_pairs(scores, allowed)
        t_nx = time.perf_counter() - t
        same = (len(ours.pairs), ours.score) == (count, total)
        print(f"n={n:5} seed {seed}  ours {ours.score} in {t_ours:6.2f}s "
              f"({ours.method}, proven={ours.proven_optimal})  "
              f"networkx {total} in {t_nx:7.2f}s  equal={same}  speed-up x{t_nx / t_ours:5.1f}")
    for n, seed in itertools.product(sizes_large, range(seeds)):
        _, scores, allowed = instance(n, seed=n + seed)
        t = time.perf_counter()
        ours = best_pairs(scores, allowed, exact=False, time_limit=1.4 if n <= 1000 else 7.0)
        t_ours = time.perf_counter() - t
        gap = (ours.upper_bound - ours.score) / ours.upper_bound
        lsa = assignment_bound(scores, allowed)
        print(f"n={n:5} seed {seed}  ours {ours.score} in {t_ours:6.2f}s  proven upper bound {ours.upper_bound:.1f} "
              f"(assignment relaxation {lsa:.1f})  gap {gap:.5%}  pairs {len(ours.pairs)}")


def exact_groups(scores, allowed, size, time_limit):
    n = len(scores)
    columns, weights = [], []
    for combo in itertools.combinations(range(n), size):
        idx = np.array(combo)
        if allowed[np.ix_(idx, idx)][np.triu_indices(size, 1)].all():
            columns.append(combo)
            weights.append(scores[np.ix_(idx, idx)].sum() // 2)
    rows = [i for c in columns for i in c]
    cols = [k for k, c in enumerate(columns) for _ in c]
    a = csc_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(columns)))
    res = milp(-np.array(weights, float), constraints=LinearConstraint(a, 1, 1), integrality=np.ones(len(columns)),
               bounds=Bounds(0, 1), options={"time_limit": time_limit})
    best = -res.fun if res.x is not None else float("nan")
    bound = -getattr(res, "mip_dual_bound", res.fun)
    return best, bound, len(columns), res.status


def bench_groups(small_sizes, big: int, oracle_limit: float) -> None:
    print("== groups of 5, distinct countries ==")
    constraints = Constraints(distinct_countries=True)
    for n in small_sizes:
        _, scores, allowed = instance(n, seed=100 + n, constraints=constraints)
        t = time.perf_counter()
        ours = best_groups(scores, allowed, [5] * (n // 5), time_limit=1.0)
        t_ours = time.perf_counter() - t
        t = time.perf_counter()
        best, bound, columns, status = exact_groups(scores, allowed, 5, oracle_limit)
        t_ex = time.perf_counter() - t
        print(f"n={n:4}  ours {ours.score} in {t_ours:.2f}s (violations {ours.violations})  exact MILP over {columns} "
              f"groups: best {best:.0f}, proven bound {bound:.0f} in {t_ex:.1f}s (status {status})  "
              f"ours/bound {ours.score / bound:.4%}")
    _, scores, allowed = instance(big, seed=7, constraints=constraints)
    t = time.perf_counter()
    ours = best_groups(scores, allowed, [5] * (big // 5), time_limit=3.5)
    t_ours = time.perf_counter() - t
    bad = grouping_violations(allowed, ours.groups)
    print(f"n={big}  {len(ours.groups)} groups, score {ours.score}, in {t_ours:.2f}s, hard-rule violations {len(bad)}")


def whole_process(data: Path, runs: int = 3, env: dict[str, str] | None = None) -> dict:
    """Median seconds of the whole ``peerdesk match`` process for optimal pairs on ``data`` (its first
    initiative), networkx's seconds on the matrix it printed, and whether both found the same total."""
    from bench_startup import installed_env

    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as folder:
        env = env or installed_env(Path(folder))

        def peerdesk(*args: str) -> str:
            return subprocess.run([sys.executable, "-m", "peerdesk", *args], cwd=root, env=env, check=True,
                                  capture_output=True, text=True).stdout

        name = json.loads(peerdesk("initiatives", str(data), "--json"))[0]["name"]
        command = ("match", str(data), "--initiative", name, "--pairs", "--json")
        output = peerdesk(*command)  # untimed: compiles and caches, as an installed PeerDesk has it
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            output = peerdesk(*command)
            times.append(time.perf_counter() - began)
    result = json.loads(output)
    matrix = result["scores"]["matrix"]
    allowed = np.array([[value is not None for value in row] for row in matrix])
    scores = np.array([[round((value or 0) * 10) for value in row] for row in matrix])
    began = time.perf_counter()
    _count, total = networkx_pairs(scores, allowed)
    networkx_seconds = time.perf_counter() - began
    return {"ours": statistics.median(times), "runs": times, "networkx": networkx_seconds,
            "same": abs(result["total_score"] - total / 10) < 0.05}


def bench_process(peers: int) -> None:
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as folder:
        data = Path(folder) / "demo.peerdesk"
        subprocess.run([sys.executable, "-m", "peerdesk", "demo", str(data), "--peers", str(peers), "--months", "12"],
                       cwd=root, check=True, capture_output=True)
        figures = whole_process(data)
    print(f"whole `peerdesk match --pairs --json`, {peers} peers: median {figures['ours']:.2f} s "
          f"(runs {[round(t, 2) for t in figures['runs']]}); networkx exact {figures['networkx']:.2f} s; "
          f"ratio {figures['ours'] / figures['networkx']:.3f}; same total: {figures['same']}")


def bench_rescore(peers: int, runs: int = 2) -> None:
    from peerdesk.core.matching.criteria import MatchSettings
    from peerdesk.core.matching.engine import evaluate

    profiles, scores, allowed = instance(peers, 7)
    settings = MatchSettings(constraints=Constraints())
    units = evaluate(profiles, settings, [
        _unit((profiles[i].id, profiles[j].id)) for i, j in best_pairs(scores, allowed).pairs]).units
    times: dict[bool, list[float]] = {False: [], True: []}
    results = {}
    for _ in range(runs):
        for only in (False, True):
            began = time.perf_counter()
            results[only] = evaluate(profiles, settings, units, only_unit_pairs=only)
            times[only].append(time.perf_counter() - began)
    same = results[True].units == results[False].units and results[True].violations == results[False].violations
    whole, cheap = min(times[False]), min(times[True])
    print(f"re-score a saved round of {peers} peers ({len(units)} units): units' pairs {cheap:.2f} s; whole matrix "
          f"(anchor) {whole:.2f} s; ratio {cheap / whole:.2f}; same units: {same}")


def _unit(members):
    from peerdesk.core.matching.results import UnitResult

    return UnitResult(members, ("member",) * len(members), 0.0, 0.0, "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--process", type=int, metavar="N", help="time the whole match process on N peers")
    parser.add_argument("--rescore", type=int, metavar="N", help="re-score a saved round of N peers")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, no networkx at 400")
    parser.add_argument("--pairs-only", action="store_true", help="skip the group benchmarks")
    parser.add_argument("--seeds", type=int, default=1, help="instances per exact pairs size")
    args = parser.parse_args()
    if args.process:
        bench_process(args.process)
        return
    if args.rescore:
        bench_rescore(args.rescore)
        return
    if args.pairs_only:
        bench_pairs([20, 50, 100, 200, 300, 400], [1000, 2000], args.seeds)
        return
    if args.quick:
        bench_pairs([100, 200], [1000])
        bench_groups([30], 1000, 60)
    else:
        bench_pairs([20, 50, 100, 200, 300, 400], [1000, 2000])
        bench_groups([30, 40], 1000, 600)


if __name__ == "__main__":
    main()
