"""Following contracts up, pure: the due list of share-forward and report-back dates, and the report-back
letter to a peer's home organisation (what was committed, what has been done, what comes next)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerdesk.core.contracts import (
    BLANK,
    DUE_KINDS,
    SCHEDULE_MONTHS,
    Blanks,
    ContractData,
    ItemData,
    clause_text,
    contract_texts,
    filled,
    item_due,
    period_text,
)
from peerdesk.core.countries import country_display

# --- the due list -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueEntry:
    """A share-forward or report-back date that is coming up or already past."""

    contract_id: int | None
    contract_uuid: str
    peer_name: str
    item_id: int | None
    kind: str
    due: date
    days: int  # negative: overdue by that many days

    @property
    def overdue(self) -> bool:
        return self.days < 0


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - some day of every month exists


def next_report_back(item: ItemData, start: date | None) -> date | None:
    """The next report-back date: the item's own due date, else the next one on its schedule after the last
    report (``status_date``) or after ``start`` (signature or initiative start)."""
    if item.due_date is not None:
        return item.due_date
    months = SCHEDULE_MONTHS.get(str(item.params.get("schedule", "")).strip().lower())
    if not months or start is None:
        return None
    after = item.status_date or start
    step = 1
    while _add_months(start, step * months) <= after:  # counted from the start, so 31st stays 31st
        step += 1
    return _add_months(start, step * months)


def due_list(contracts: Iterable[ContractData], today: date, horizon_days: int = 30) -> list[DueEntry]:
    """Open share-forward and report-back commitments due within ``horizon_days`` of ``today`` or overdue,
    soonest first. Closed contracts and kept/not-kept items are left out; a partly kept item stays."""
    entries = []
    for data in contracts:
        if data.status == "closed":
            continue
        for item in data.items:
            if item.kind not in DUE_KINDS or item.status in ("kept", "not_kept"):
                continue
            if item.kind == "report_back":
                due = next_report_back(item, data.signed_on or data.start_date)
            else:
                due = item_due(item)
            if due is None:
                continue
            days = (due - today).days
            if days <= horizon_days:
                entries.append(DueEntry(data.contract_id, data.uuid, data.peer_name, item.id, item.kind, due, days))
    entries.sort(key=lambda e: (e.due, e.peer_name.casefold(), e.kind))
    return entries


# --- the report-back letter -------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterLine:
    text: str
    note: str = ""


@dataclass(frozen=True)
class ReportBackLetter:
    """A letter to the home organisation: what was committed, what has been done, what comes next."""

    language: str
    fallback: bool
    title: str
    date: str
    to_label: str
    to_lines: tuple[str, ...]
    about_label: str
    about: str
    greeting: str
    intro: str
    headings: Mapping[str, str]
    committed: tuple[LetterLine, ...]
    done: tuple[LetterLine, ...]
    attended_heading: str
    attended: tuple[str, ...]
    next: tuple[LetterLine, ...]
    nothing_done: str
    nothing_next: str
    closing: str
    sign_off: str
    signer: tuple[str, ...]
    reference_label: str
    uuid: str
    page_label: str


def build_report_back(
    data: ContractData, today: date, language: str | None = None, root: Path | None = None
) -> ReportBackLetter:
    """The report-back letter for one peer's home organisation, as of ``today``."""
    texts = contract_texts(language or data.language, root)
    status_words = texts.letter("status")
    words = Blanks(peer=filled(data.peer_name), initiative=filled(data.initiative),
                    authoriser=data.authoriser_name.strip())
    committed, done, upcoming = [], [], []
    for item in data.items:
        sentence = clause_text(item, data, texts, activities_listed=False)
        status = status_words.get(item.status, item.status)
        committed.append(LetterLine(sentence, status))
        if item.status in ("kept", "partly"):
            note = status
            if item.status_date:
                note = f"{status}, {texts.format_date(item.status_date)}"
            if item.evidence.strip():
                note = f"{note}: {item.evidence.strip()}"
            done.append(LetterLine(sentence, note))
        if item.status in ("open", "partly"):
            due = next_report_back(item, data.signed_on or data.start_date) if item.kind == "report_back" \
                else item_due(item)
            note = texts.letter("due").format_map(Blanks(date=texts.format_date(due))) if due else ""
            upcoming.append((due or date.max, LetterLine(sentence, note)))
    upcoming.sort(key=lambda pair: pair[0])
    greeting_key = "greeting" if data.authoriser_name.strip() else "greeting_blank"
    return ReportBackLetter(
        language=texts.language,
        fallback=texts.fallback,
        title=texts.letter("title"),
        date=texts.format_date(today),
        to_label=texts.letter("to"),
        to_lines=tuple(line for line in (data.authoriser_name, data.authoriser_title, data.organisation,
                                         country_display(data.country, texts.language)) if line.strip()) or (BLANK,),
        about_label=texts.letter("about"),
        about=f"{data.peer_name} — {data.initiative}",
        greeting=texts.letter(greeting_key).format_map(words),
        intro=texts.letter("intro").format_map(words),
        headings={key: texts.letter(key) for key in ("committed", "done", "next")},
        committed=tuple(committed),
        done=tuple(done),
        attended_heading=texts.letter("activities_attended"),
        attended=tuple(
            f"{a.title} ({period_text(texts, a.start_date, a.end_date)})" for a in data.activities if a.attended
        ),
        next=tuple(line for _, line in upcoming),
        nothing_done=texts.letter("nothing_done"),
        nothing_next=texts.letter("nothing_next"),
        closing=texts.letter("closing"),
        sign_off=texts.letter("sign_off"),
        signer=tuple(line for line in (data.facilitator_name, data.facilitating_organisation) if line.strip()),
        reference_label=texts.label("reference"),
        uuid=data.uuid,
        page_label=texts.data["page"],
    )


def default_items(templates: Iterable[ItemData]) -> tuple[ItemData, ...]:
    """Fresh, open copies of an initiative's template items for a new contract."""
    return tuple(
        ItemData(party=t.party, kind=t.kind, text=t.text, params=dict(t.params), due_date=item_due(t))
        for t in templates
    )

