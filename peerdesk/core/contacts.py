"""Contact reports as plain records, and the weekly counts behind the first evaluation chart."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class ContactRecord:
    """One reported contact: on ``report_date`` the reporter said they had been in touch with other."""

    report_date: date
    reporter_id: int
    other_id: int
    kind: str  # formal | informal
    channel: str = ""


@dataclass(frozen=True)
class WeeklyContacts:
    week_start: date
    formal: int
    informal: int

    @property
    def total(self) -> int:
        return self.formal + self.informal

    @property
    def informal_share(self) -> float:
        return self.informal / self.total if self.total else 0.0


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def weekly_contacts(records: list[ContactRecord]) -> list[WeeklyContacts]:
    """Formal and informal contacts reported per week, with empty weeks in between kept as zeros."""
    if not records:
        return []
    counts: Counter[tuple[date, str]] = Counter(
        (week_start(record.report_date), record.kind) for record in records
    )
    first = min(week for week, _ in counts)
    last = max(week for week, _ in counts)
    weeks = []
    current = first
    while current <= last:
        weeks.append(WeeklyContacts(current, counts[(current, "formal")], counts[(current, "informal")]))
        current += timedelta(days=7)
    return weeks
