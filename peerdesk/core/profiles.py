"""A peer's matching profile as plain data, and how complete it is."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PeerProfile:
    """Everything matching and the screens need to know about one individual peer."""

    id: int
    uuid: str
    full_name: str
    email: str = ""
    organisation: str = ""
    country: str = ""
    position: str = ""
    professional_affiliation: str = ""
    career_level: str = ""
    education_level: str = ""
    social_standing: str = ""
    influence: str = ""
    languages: tuple[str, ...] = ()
    preferred_language: str = ""
    problems: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    risk_note: str = ""
    consent_given: bool = False
    role: str = "participant"
    notes: str = field(default="", compare=False)
    #: the stored row's version when read (a save over a newer edit is refused); None when not from a database
    version: int | None = field(default=None, compare=False)


#: The profile fields matching leans on, with how much each counts towards completeness.
#: Problems, goals and tasks weigh most: they are what learners match on first.
COMPLETENESS_WEIGHTS: dict[str, int] = {
    "problems": 3,
    "goals": 3,
    "tasks": 2,
    "languages": 2,
    "organisation": 1,
    "country": 1,
    "position": 1,
    "career_level": 1,
    "education_level": 1,
    "influence": 1,
}


def completeness(profile: PeerProfile) -> float:
    """Share (0..1) of the matching profile that is filled in, weighted as above."""
    total = sum(COMPLETENESS_WEIGHTS.values())
    have = sum(weight for name, weight in COMPLETENESS_WEIGHTS.items() if getattr(profile, name))
    return have / total


def missing_fields(profile: PeerProfile) -> list[str]:
    """The profile fields still empty, most important first."""
    ranked = sorted(COMPLETENESS_WEIGHTS.items(), key=lambda item: -item[1])
    return [name for name, _ in ranked if not getattr(profile, name)]
