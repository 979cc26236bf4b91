"""Checking typed-in evaluation entries before they are saved: every problem gets a reason.

Contact reports come in as rows of a grid (a week of replies gathered by SMS, e-mail or paper). A row
naming someone outside the initiative, or the reporter themself, loses only that name, with a reason;
a row dated outside the initiative, or by a non-member, is refused with a reason; two rows by the same
reporter on the same day (or a row for a report already in the file) are merged, with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

KINDS = ("formal", "informal")
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y", "%d/%m/%y")


@dataclass(frozen=True)
class ContactDraft:
    """One typed row: on ``report_date`` ``reporter_id`` said they were in touch with ``contacts``."""

    row: int
    report_date: date | None
    reporter_id: int | None
    contacts: tuple[tuple[int, str, str], ...]  # (other id, formal|informal, channel)
    notes: str = ""


@dataclass(frozen=True)
class CaptureProblem:
    row: int
    field: str
    message: str


@dataclass
class ContactCheck:
    """The outcome of checking a batch: reports to save, refusals and merge notices."""

    reports: dict[tuple[int, date], ContactDraft] = field(default_factory=dict)
    refused: list[CaptureProblem] = field(default_factory=list)
    notices: list[CaptureProblem] = field(default_factory=list)


def parse_date(text: str) -> date:
    """A date typed as 2026-03-02, 2.3.2026 or 2/3/2026 (day first); ValueError with a reason otherwise."""
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (type it as 2026-03-02 or 2.3.2026)")


def resolve_names(text: str, people: Mapping[int, str]) -> tuple[list[int], list[str]]:
    """Peer ids for names typed with commas or semicolons between them; unknown or ambiguous names come
    back as reasons. A name may be shortened to any unique start of a name or of a word in it."""
    ids, problems = [], []
    for raw in re.split(r"[;,\n]+", text):
        wanted = raw.strip().casefold()
        if not wanted:
            continue
        exact = [pid for pid, name in people.items() if name.casefold() == wanted]
        if exact:
            ids.append(exact[0])
            continue
        candidates = [pid for pid, name in people.items()
                      if name.casefold().startswith(wanted)
                      or any(word.startswith(wanted) for word in name.casefold().split())]
        if len(candidates) == 1:
            ids.append(candidates[0])
        elif candidates:
            names = ", ".join(sorted(people[pid] for pid in candidates)[:4])
            problems.append(f"{raw.strip()!r} could be {names}: type more of the name")
        else:
            problems.append(f"{raw.strip()!r} is not a peer of this initiative")
    return ids, problems


def check_contact_drafts(
    drafts: Sequence[ContactDraft],
    members: Mapping[int, str],
    start: date | None,
    end: date | None,
    existing: Mapping[tuple[int, date], Mapping[int, str]] | None = None,
    channels: Sequence[str] = (),
) -> ContactCheck:
    """Check rows against the initiative's participants (``members``: id -> name) and dates.

    ``existing`` maps (reporter, date) of reports already in the file to their contacts (other -> kind);
    a row for one of those is merged into it. Where a merge meets the same person twice, informal wins.
    """
    existing = existing or {}
    check = ContactCheck()
    for draft in drafts:
        if draft.reporter_id is None or draft.reporter_id not in members:
            check.refused.append(CaptureProblem(draft.row, "reporter", "The reporter is not a participant of "
                                                "this initiative; the row was not saved."))
            continue
        reporter = members[draft.reporter_id]
        if draft.report_date is None:
            check.refused.append(CaptureProblem(draft.row, "date", f"{reporter}: no date; the row was not saved."))
            continue
        if (start and draft.report_date < start) or (end and draft.report_date > end):
            span = f"{start or '…'} to {end or '…'}"
            check.refused.append(CaptureProblem(draft.row, "date", f"{reporter}: {draft.report_date} is outside "
                                                f"the initiative ({span}); the row was not saved."))
            continue
        contacts: dict[int, tuple[str, str]] = {}
        for other, kind, channel in draft.contacts:
            if other == draft.reporter_id:
                check.refused.append(CaptureProblem(draft.row, "contacts", f"{reporter} named themself as a "
                                                    "contact; that name was left out."))
                continue
            if other not in members:
                check.refused.append(CaptureProblem(draft.row, "contacts", f"{reporter} named someone who is "
                                                    "not a participant of this initiative; that name was left out."))
                continue
            if kind not in KINDS:
                check.refused.append(CaptureProblem(draft.row, "kind", f"{reporter}: contact kind {kind!r} must "
                                                    "be formal or informal; that contact was left out."))
                continue
            if channels and channel and channel not in channels:
                check.refused.append(CaptureProblem(draft.row, "channel", f"{reporter}: unknown channel "
                                                    f"{channel!r}; the contact was kept without a channel."))
                channel = ""
            previous = contacts.get(other)
            if previous is None or (previous[0] == "formal" and kind == "informal"):
                contacts[other] = (kind, channel or (previous[1] if previous else ""))
        key = (draft.reporter_id, draft.report_date)
        earlier = check.reports.get(key)
        if earlier is not None or key in existing:
            where = "an earlier row" if earlier is not None else "the report already in the file"
            check.notices.append(CaptureProblem(draft.row, "reporter", f"{reporter} reported twice on "
                                                f"{draft.report_date}: merged with {where}."))
            base = {o: (k, c) for o, k, c in earlier.contacts} if earlier is not None else {}
            if earlier is None:
                base = {o: (k, "") for o, k in existing[key].items()}
            for other, (kind, channel) in contacts.items():
                if other not in base or (base[other][0] == "formal" and kind == "informal"):
                    base[other] = (kind, channel or base.get(other, ("", ""))[1])
            contacts = base
            notes = "\n".join(n for n in ((earlier.notes if earlier else ""), draft.notes) if n)
        else:
            notes = draft.notes
        check.reports[key] = ContactDraft(draft.row, draft.report_date, draft.reporter_id,
                                          tuple((o, k, c) for o, (k, c) in sorted(contacts.items())), notes)
    return check


@dataclass(frozen=True)
class ContactRow:
    """A grid row as typed: date, reporter, who they had informal and formal contact with, channel, note."""

    day: str = ""
    reporter: str = ""
    informal: str = ""
    formal: str = ""
    channel: str = ""
    notes: str = ""

    @property
    def blank(self) -> bool:
        return not any(value.strip() for value in (self.day, self.reporter, self.informal, self.formal, self.notes))


#: What people type for each contact channel and kind in the five languages of the interface and of the
#: questionnaires (English, French, Spanish, Portuguese, Russian), besides the code and its display name.
CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    "in_person": ("in person", "face to face", "en personne", "en présentiel", "face à face", "présentiel",
                  "en persona", "presencial", "em pessoa", "pessoalmente", "лично", "очно", "встреча"),
    "phone": ("phone", "telephone", "call", "téléphone", "appel", "teléfono", "llamada", "telefone",
              "telefonema", "ligação", "телефон", "звонок"),
    "email": ("email", "e-mail", "mail", "courriel", "correo", "correo electrónico", "correio eletrônico",
              "correio electrónico", "почта", "электронная почта", "имейл"),
    "video": ("video call", "video", "visio", "visioconférence", "vidéo", "videollamada", "videoconferencia",
              "videochamada", "videoconferência", "видеозвонок", "видео", "zoom"),
    "messaging": ("messaging", "message", "sms", "whatsapp", "telegram", "messagerie", "mensajería", "mensaje",
                  "mensagem", "mensagens", "сообщение", "мессенджер", "смс"),
    "other": ("other", "autre", "otro", "outro", "другое"),
}
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "formal": ("formal", "formel", "formelle", "formales", "formais", "формальный", "формальная", "официальный"),
    "informal": ("informal", "informel", "informelle", "informales", "informais", "неформальный",
                 "неформальная", "неофициальный"),
}


def fold(text: str) -> str:
    """Case and accents ignored: "Téléphone" and "telephone" are the same word here."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ")


def _resolve(text: str, words: Mapping[str, Sequence[str]]) -> list[str]:
    wanted = fold(text)
    exact = [code for code, names in words.items() if any(fold(name) == wanted for name in names)]
    if exact:
        return exact[:1] if len(set(exact)) == 1 else sorted(set(exact))
    return sorted({code for code, names in words.items() if any(fold(name).startswith(wanted) for name in names)})


def resolve_channel(text: str, channels: Mapping[str, str]) -> tuple[str, str | None]:
    """A channel code for a typed code, name, or start of one, in any of the five languages
    (``channels``: code -> name in the interface language)."""
    if not text.strip():
        return "", None
    words = {code: (code, name, *CHANNEL_WORDS.get(code, ())) for code, name in channels.items()}
    matches = _resolve(text, words)
    if len(matches) == 1:
        return matches[0], None
    return "", f"channel {text.strip()!r} is not one of: {', '.join(channels.values())}"


def resolve_kind(text: str) -> str | None:
    """``formal`` or ``informal`` for what was typed in any of the five languages; None if neither."""
    matches = _resolve(text, {code: (code, *names) for code, names in KIND_WORDS.items()}) if text.strip() else []
    return matches[0] if len(matches) == 1 else None


def parse_contact_row(
    number: int, row: ContactRow, people: Mapping[int, str], channels: Mapping[str, str],
    default_day: date | None = None,
) -> tuple[ContactDraft | None, list[CaptureProblem]]:
    """Turn a typed row into a draft. A row with an unreadable date, an unknown reporter or an unknown
    name is not turned into a draft: it stays in the grid, with its reasons, for the typist to fix."""
    problems: list[CaptureProblem] = []
    day = default_day
    if row.day.strip():
        try:
            day = parse_date(row.day)
        except ValueError as exc:
            problems.append(CaptureProblem(number, "date", str(exc)))
    elif day is None:
        problems.append(CaptureProblem(number, "date", "no date (type one, or it is taken from the row above)"))
    reporters, reasons = resolve_names(row.reporter, people)
    problems += [CaptureProblem(number, "reporter", reason) for reason in reasons]
    if not reporters and not reasons:
        problems.append(CaptureProblem(number, "reporter", "who reported? type the reporter's name"))
    elif len(reporters) > 1:
        problems.append(CaptureProblem(number, "reporter", "one reporter per row"))
    channel, reason = resolve_channel(row.channel, channels)
    if reason:
        problems.append(CaptureProblem(number, "channel", reason))
    contacts: list[tuple[int, str, str]] = []
    for kind, text in (("informal", row.informal), ("formal", row.formal)):
        ids, reasons = resolve_names(text, people)
        problems += [CaptureProblem(number, kind, reason) for reason in reasons]
        contacts += [(other, kind, channel) for other in ids]
    if problems:
        return None, problems
    return ContactDraft(number, day, reporters[0], tuple(contacts), row.notes.strip()), []
