"""Following contracts up, pure: the due list of share-forward and report-back dates, and the report-back
letter to a peer's home organisation (what was committed, what has been done, what comes next)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.core.contracts import (
    DUE_KINDS,
    SCHEDULE_MONTHS,
    Blanks,
    ContractData,
    ItemData,
    clause_text,
    contract_texts,
    filled,
    item_due,
    own_due,
    period_text,
)

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
    return _next_report_back(item.due_date, item.params, item.status_date, start)


def _next_report_back(own: date | None, params: Mapping[str, Any], reported: date | None,
                      start: date | None) -> date | None:
    if own is not None:
        return own
    months = SCHEDULE_MONTHS.get(str(params.get("schedule", "")).strip().lower())
    if not months or start is None:
        return None
    after = reported or start
    step = 1
    while _add_months(start, step * months) <= after:  # counted from the start, so 31st stays 31st
        step += 1
    return _add_months(start, step * months)


def due_date(kind: str, own: date | None, params: Mapping[str, Any], status_date: date | None,
             start: date | None) -> date | None:
    """When a share-forward or report-back commitment is due (``own``: its own due date; ``start``: the
    contract's signature, else the initiative's start), from its stored values: the due list's rule."""
    if kind == "report_back":
        return _next_report_back(own, params, status_date, start)
    return own_due(own, params)


def soonest_first(entries: list[DueEntry]) -> list[DueEntry]:
    """Due-list entries in the order the list shows them: soonest first, then by peer and kind."""
    entries.sort(key=lambda e: (e.due, e.peer_name.casefold(), e.kind))
    return entries


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
            due = due_date(item.kind, item.due_date, item.params, item.status_date, data.signed_on or data.start_date)
            if due is None:
                continue
            days = (due - today).days
            if days <= horizon_days:
                entries.append(DueEntry(data.contract_id, data.uuid, data.peer_name, item.id, item.kind, due, days))
    return soonest_first(entries)


# --- the report-back letter -------------------------------------------------------------------------

#: Sections of a letter, in the order they print; every commitment appears in exactly one of them.
LETTER_SECTIONS = ("kept", "partly", "not_kept", "overdue", "open")
#: Contract statuses a letter is written for unless the user asks for every contract.
LETTER_STATUSES = ("signed", "closed")
#: What a letter prints for a value nobody filled in (never a line to write on).
LETTER_BLANK = "…"


class NoFacilitator(ValueError):
    """A report-back letter is signed by the facilitator, and none is on file."""


@dataclass(frozen=True)
class LetterLine:
    text: str
    note: str = ""


@dataclass(frozen=True)
class ReportBackLetter:
    """A letter to the home organisation, in the third person: a short summary, then the commitments in
    sections that do not repeat (kept, partly kept, not kept, overdue, open and not yet due)."""

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
    summary: str
    sections: tuple[tuple[str, tuple[LetterLine, ...]], ...]
    attended_heading: str
    attended: tuple[str, ...]
    closing: str
    sign_off: str
    signer: tuple[str, ...]
    reference_label: str
    uuid: str
    page_label: str
    peer_name: str

    @property
    def lines(self) -> tuple[LetterLine, ...]:
        return tuple(line for _, lines in self.sections for line in lines)


def letter_wanted(data: ContractData) -> bool:
    """Whether a contract gets a letter without being asked for: it was signed (or is closed)."""
    return data.status in LETTER_STATUSES


def _letter_section(item: ItemData, due: date | None, today: date) -> str:
    if item.status in ("kept", "partly", "not_kept"):
        return item.status
    return "overdue" if due is not None and due < today else "open"


def build_report_back(
    data: ContractData, today: date, language: str | None = None, root: Path | None = None
) -> ReportBackLetter:
    """The report-back letter for one peer's home organisation, as of ``today``; raises
    :class:`NoFacilitator` when the contract names no facilitator to sign it."""
    if not data.facilitator_name.strip():
        raise NoFacilitator(data.initiative)
    texts = contract_texts(language or data.language, root)
    letter = texts.data["report_back"]
    english = contract_texts("en", root).data["report_back"]

    def word(key: str) -> Any:
        return letter.get(key, english.get(key))

    wording = letter.get("letter_kinds")
    words = Blanks(peer=filled(data.peer_name), initiative=filled(data.initiative),
                   authoriser=data.authoriser_name.strip())
    sections: dict[str, list[tuple[date, LetterLine]]] = {key: [] for key in LETTER_SECTIONS}
    for item in data.items:
        if wording:
            sentence = clause_text(item, data, texts, activities_listed=False, wording=wording, blank=LETTER_BLANK)
        else:  # no third-person wording in this language yet: quote the contract's own sentence
            sentence = "\u201c" + clause_text(item, data, texts, activities_listed=False, blank=LETTER_BLANK) + "\u201d"
        due = next_report_back(item, data.signed_on or data.start_date) if item.kind == "report_back" \
            else item_due(item)
        section = _letter_section(item, due, today)
        notes = []
        when = item.status_date
        if section == "kept" and when:
            notes.append(word("kept_on").format_map(Blanks(date=texts.format_date(when))))
        elif section == "partly" and when:
            notes.append(word("partly_on").format_map(Blanks(date=texts.format_date(when))))
        elif section == "overdue":
            notes.append(word("was_due").format_map(Blanks(date=texts.format_date(due))))
        elif section == "open":
            notes.append(word("due").format_map(Blanks(date=texts.format_date(due))) if due else word("no_date"))
        if item.evidence.strip() and section in ("kept", "partly", "not_kept"):
            notes.append(word("evidence").format_map(Blanks(evidence=item.evidence.strip())))
        sections[section].append((due or date.max, LetterLine(sentence, "\n".join(notes))))
    counts = {key: len(lines) for key, lines in sections.items()}
    summary = word("summary").format_map(Blanks(
        peer=filled(data.peer_name), total=len(data.items), kept=counts["kept"], partly=counts["partly"],
        not_kept=counts["not_kept"], open=counts["open"] + counts["overdue"]))
    headings = word("sections")
    greeting_key = "greeting" if data.authoriser_name.strip() else "greeting_blank"
    organisation = data.facilitating_organisation.strip()
    role = word("signer_role").format_map(Blanks(organisation=organisation)) if organisation \
        else word("signer_role_alone")
    return ReportBackLetter(
        language=texts.language,
        fallback=texts.fallback,
        title=texts.letter("title"),
        date=texts.format_date(today),
        to_label=texts.letter("to"),
        to_lines=tuple(line for line in (data.authoriser_name, data.authoriser_title, data.organisation,
                                         texts.country(data.country)) if line.strip()),
        about_label=texts.letter("about"),
        about=f"{data.peer_name} — {data.initiative}",
        greeting=texts.letter(greeting_key).format_map(words),
        intro=texts.letter("intro").format_map(words),
        summary=summary,
        sections=tuple((headings[key], tuple(line for _, line in sorted(sections[key], key=lambda pair: pair[0])))
                       for key in LETTER_SECTIONS if sections[key]),
        attended_heading=texts.letter("activities_attended"),
        attended=tuple(
            f"{a.title} ({period_text(texts, a.start_date, a.end_date)})" for a in data.activities if a.attended
        ),
        closing=texts.letter("closing"),
        sign_off=texts.letter("sign_off"),
        signer=(data.facilitator_name.strip(), role),
        reference_label=texts.label("reference"),
        uuid=data.uuid,
        page_label=texts.data["page"],
        peer_name=data.peer_name,
    )


def default_items(templates: Iterable[ItemData]) -> tuple[ItemData, ...]:
    """Fresh, open copies of an initiative's template items for a new contract."""
    return tuple(
        ItemData(party=t.party, kind=t.kind, text=t.text, params=dict(t.params), due_date=item_due(t))
        for t in templates
    )

