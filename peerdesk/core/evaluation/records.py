"""Everything the evaluation measures read, as plain frozen records (filled by db.services.evaluation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.contacts import ContactRecord


@dataclass(frozen=True)
class Person:
    """A member of the initiative: a participant or a comparison colleague."""

    id: int
    name: str
    role: str = "participant"  # participant | comparison


@dataclass(frozen=True)
class CheckinRecord:
    peer_id: int
    week_start: date
    productive: bool
    note: str = ""


@dataclass(frozen=True)
class GainRecord:
    peer_id: int
    assessed_on: date
    point: str
    area: str
    score: int


@dataclass(frozen=True)
class InterviewRecord:
    peer_id: int
    interviewed_on: date
    answers: dict[str, str]
    cycles: dict[str, str]
    outcome_families: tuple[str, ...] = ()


@dataclass(frozen=True)
class DiffusionRecord:
    id: int
    sharer_peer_id: int | None
    sharer_name: str
    parent_id: int | None
    event_date: date
    form: str
    audience: str
    people_reached: int


@dataclass(frozen=True)
class ActivityRecord:
    title: str
    start_date: date
    end_date: date
    attendance: int | None
    invited: int
    attended: int


@dataclass(frozen=True)
class ContractRecord:
    peer_id: int
    status: str
    items: int
    kept: int
    partly: int
    not_kept: int


@dataclass(frozen=True)
class EvaluationData:
    """One initiative's evaluation evidence, read in one go."""

    initiative_id: int
    name: str
    facilitator: str
    start_date: date | None
    end_date: date | None
    learning_goals: tuple[str, ...]
    people: tuple[Person, ...]
    #: Reported contacts, oldest first (the file's reader gives a ``ContactTable``: columns, not records)
    contacts: Sequence[ContactRecord] = ()
    #: Weekly check-ins (the file's reader gives a ``CheckinTable``)
    checkins: Sequence[CheckinRecord] = ()
    #: Learning-gain scores (the file's reader gives a ``GainTable``)
    gains: Sequence[GainRecord] = ()
    interviews: tuple[InterviewRecord, ...] = ()
    diffusion: tuple[DiffusionRecord, ...] = ()
    activities: tuple[ActivityRecord, ...] = ()
    contracts: tuple[ContractRecord, ...] = ()
    today: date | None = field(default=None, compare=False)
    #: Organisations, countries and places named in the initiative: free text naming them can identify
    #: a person even with names replaced, so the anonymiser replaces them too.
    identifying: tuple[str, ...] = ()

    @property
    def participants(self) -> tuple[Person, ...]:
        return tuple(person for person in self.people if person.role == "participant")

    @property
    def comparison(self) -> tuple[Person, ...]:
        return tuple(person for person in self.people if person.role == "comparison")

    def name_of(self, peer_id: int) -> str:
        for person in self.people:
            if person.id == peer_id:
                return person.name
        return f"#{peer_id}"
