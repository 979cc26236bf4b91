"""Random cohorts for the matching tests."""

from __future__ import annotations

import random

from peerdesk.core.profiles import PeerProfile

PROBLEMS = [f"problem {k}" for k in range(8)]
GOALS = [f"goal {k}" for k in range(6)]
TASKS = [f"task {k}" for k in range(6)]
COUNTRIES = ["Moldova", "Georgia", "Senegal", "Peru", "Viet Nam", "Hungary", "Kazakhstan", "Mozambique"]
LEVELS = ["entry", "mid", "senior", "executive"]


def random_cohort(n: int, seed: int = 0, languages: tuple[str, ...] = ("en", "fr", "ru"), countries: int = 8,
                  orgs: int = 0) -> list[PeerProfile]:
    rng = random.Random(seed)
    people = []
    for k in range(n):
        people.append(PeerProfile(
            id=1000 + k,
            uuid=f"u{k}",
            full_name=f"Peer {k}",
            organisation=f"Org {rng.randrange(orgs)}" if orgs else "",
            country=COUNTRIES[rng.randrange(countries)],
            career_level=rng.choice(LEVELS),
            education_level=rng.choice(["bachelor", "master", "doctorate"]),
            influence=rng.choice(["low", "medium", "high"]),
            languages=tuple(sorted(set(rng.sample(languages, rng.randint(1, min(2, len(languages))))))),
            problems=tuple(rng.sample(PROBLEMS, rng.randint(1, 3))),
            goals=tuple(rng.sample(GOALS, rng.randint(1, 2))),
            tasks=tuple(rng.sample(TASKS, rng.randint(1, 2))),
        ))
    return people
