"""Commitment contracts, pure: the wording of each language, a contract's printable content, the due list.

The data (who, which organisation, which partner, which activities, which commitments) comes in as
:class:`ContractData`; the words come from ``resources/contracts/<lang>.json``. :func:`build_contract`
joins the two into a :class:`ContractDocument` that the PDF builder only has to lay out. A language
without a text falls back to English and the document says so (``fallback``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk import paths
from peerdesk.core.countries import country_code
from peerdesk.i18n import NBSP, country_name

DEFAULT_LANGUAGE = "en"
#: Printed where a value is missing, so that it can be filled in by hand with a pen.
BLANK = "_" * 18
PARTIES = ("peer", "home_org")
PEER_KINDS = ("attend_meetings", "contact_partner", "joint_activity", "apply_lesson", "share_forward")
HOME_KINDS = ("authorisation", "time_off", "budget_engagement", "budget_diffusion", "beneficiaries", "report_back")
KINDS = PEER_KINDS + HOME_KINDS + ("custom",)
#: The values each kind's wording uses from an item's ``params`` (the rest comes from the contract).
KIND_PARAMS: dict[str, tuple[str, ...]] = {
    "attend_meetings": ("meetings",),
    "contact_partner": ("frequency",),
    "joint_activity": ("activity",),
    "apply_lesson": ("lesson",),
    "share_forward": ("form", "audience", "due"),
    "authorisation": (),
    "time_off": ("days",),
    "budget_engagement": ("amount", "currency"),
    "budget_diffusion": ("amount", "currency"),
    "beneficiaries": ("beneficiaries",),
    "report_back": ("schedule",),
    "custom": ("text",),
}
CONTRACT_STATUSES = ("draft", "printed", "signed", "closed")
ITEM_STATUSES = ("open", "kept", "partly", "not_kept")
#: Kinds whose dates make up the due list.
DUE_KINDS = ("share_forward", "report_back")
SCHEDULE_MONTHS = {"monthly": 1, "quarterly": 3, "twice_yearly": 6, "yearly": 12}


class ContractTextError(ValueError):
    """A contract text file is missing keys or is not valid JSON."""


# --- texts ------------------------------------------------------------------------------------------

_REQUIRED = ("title", "intro", "headings", "labels", "closing", "kinds", "signatures", "page", "months",
             "date_format", "report_back")


def _texts_dir(root: Path | None) -> Path:
    return root if root is not None else paths.contract_texts_dir()


def available_languages(root: Path | None = None) -> tuple[str, ...]:
    """Codes of the languages that have a contract text, English first."""
    codes = sorted(p.stem for p in _texts_dir(root).glob("*.json"))
    return tuple(sorted(codes, key=lambda code: (code != DEFAULT_LANGUAGE, code)))


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ContractTextError(f"{path.name}: {exc}") from exc
    missing = [key for key in _REQUIRED if key not in data]
    missing += [f"kinds.{kind}" for kind in KINDS if kind not in data.get("kinds", {})]
    if missing:
        raise ContractTextError(f"{path.name}: missing {', '.join(missing)}")
    return data


@dataclass(frozen=True)
class ContractTexts:
    """One language's wording; ``fallback`` is true when the wanted language had none (English used)."""

    language: str
    requested: str
    data: Mapping[str, Any]

    @property
    def fallback(self) -> bool:
        return self.language != self.requested

    def heading(self, key: str) -> str:
        return self.data["headings"][key]

    def label(self, key: str) -> str:
        return self.data["labels"][key]

    def signature(self, key: str) -> str:
        return self.data["signatures"][key]

    def letter(self, key: str) -> Any:
        return self.data["report_back"][key]

    def format_date(self, value: date | None) -> str:
        if value is None:
            return BLANK
        month = self.data["months"][value.month - 1]
        text = self.data["date_format"].format(day=value.day, month=month, year=value.year)
        return text.replace(" ", NBSP)  # "5 février 2026" never breaks across lines

    def country(self, value: str | None) -> str:
        """A country in this language, from an ISO code (``MZ``) or an English name (``Mozambique``)."""
        return country_in_language(value, self.language)

    def word(self, table: str, value: object) -> str:
        """A coded value (``every_two_weeks``, ``presentation``) in this language; free text as typed."""
        text = str(value).strip()
        key = re.sub(r"[\s-]+", "_", text.lower())
        return self.data.get(table, {}).get(key, text)


def country_in_language(value: str | None, language: str) -> str:
    """``value`` (an ISO 3166 code, or a country name in any of the five languages) named in ``language``.

    Anything unrecognised (a typo, a region) is returned as typed.
    """
    text = (value or "").strip()
    if not text:
        return ""
    code = country_code(text)
    return country_name(code, lang=language) if code else text


def contract_texts(language: str, root: Path | None = None) -> ContractTexts:
    """The wording for ``language``, or English (with ``fallback`` set) when it has no text."""
    code = (language or DEFAULT_LANGUAGE).strip().lower()
    path = _text_file(root, code)
    return ContractTexts(language=path.stem, requested=code, data=_load(path))


@functools.lru_cache(maxsize=256)
def _text_file(root: Path | None, code: str) -> Path:
    """The file holding ``code``'s wording, else English's; looked up once per language (printing 500
    contracts asked the disk 500 times)."""
    folder = _texts_dir(root)
    path = folder / f"{code}.json"
    if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)?", code) or not path.is_file():
        path = folder / f"{DEFAULT_LANGUAGE}.json"
    return path


# --- data in ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemData:
    """One commitment as stored. ``text`` is printed as typed for custom items, or when
    ``params["own_wording"]`` is true; otherwise the language's wording for the kind is used."""

    party: str
    kind: str
    text: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    due_date: date | None = None
    status: str = "open"
    status_date: date | None = None
    evidence: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ActivityData:
    title: str
    start_date: date | None
    end_date: date | None
    venue: str = ""
    attended: bool | None = None


@dataclass(frozen=True)
class ContractData:
    """Everything a contract prints, gathered from the data file."""

    uuid: str
    peer_name: str
    initiative: str
    language: str = DEFAULT_LANGUAGE
    status: str = "draft"
    signed_on: date | None = None
    closed_on: date | None = None
    peer_position: str = ""
    organisation: str = ""
    country: str = ""
    facilitating_organisation: str = ""
    start_date: date | None = None
    end_date: date | None = None
    partners: tuple[str, ...] = ()
    activities: tuple[ActivityData, ...] = ()
    items: tuple[ItemData, ...] = ()
    authoriser_name: str = ""
    authoriser_title: str = ""
    facilitator_name: str = ""
    contract_id: int | None = None


# --- document out -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    party: str
    kind: str
    text: str
    due_date: date | None = None
    status: str = "open"
    status_date: date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    role: str
    name: str
    title: str
    title_label: str = ""  # what ``title`` is, when not a job title (the facilitator's organisation)


@dataclass(frozen=True)
class ContractDocument:
    """A contract ready to lay out: every string is final (user values as typed, blanks as lines)."""

    uuid: str
    language: str
    requested_language: str
    fallback: bool
    title: str
    subtitle: str
    intro: str
    headings: Mapping[str, str]
    fields: tuple[tuple[str, str], ...]
    peer_clauses: tuple[Clause, ...]
    home_clauses: tuple[Clause, ...]
    activity_header: tuple[str, str, str]
    activities: tuple[tuple[str, str, str], ...]
    no_activities: str
    closing: str
    signatures: tuple[SignatureBlock, ...]
    signature_labels: Mapping[str, str]
    reference_label: str
    page_label: str
    peer_name: str


class Blanks(dict):
    """Placeholders that have no value print as a line to fill in by hand."""

    def __missing__(self, key: str) -> str:
        return BLANK


def filled(value: object) -> str:
    if value is None:
        return BLANK
    text = str(value).strip()
    return text if text else BLANK


def _join(names: Iterable[str]) -> str:
    return ", ".join(name for name in names if name)


def _amount(params: Mapping[str, Any]) -> str:
    amount = params.get("amount")
    if amount in (None, ""):
        return BLANK
    if isinstance(amount, (int, float)):
        amount = f"{amount:,.0f}".replace(",", "\u202f")
    currency = str(params.get("currency") or "").strip()
    return f"{amount} {currency}".strip()


def _parse_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def item_due(item: ItemData) -> date | None:
    """An item's due date: its own, or the one in its parameters (share forward's ``due``)."""
    return own_due(item.due_date, item.params)


def own_due(due_date: date | None, params: Mapping[str, Any]) -> date | None:
    """:func:`item_due` from an item's stored values."""
    return due_date or _parse_date(params.get("due"))


def clause_text(item: ItemData, data: ContractData, texts: ContractTexts, activities_listed: bool = True,
                wording: Mapping[str, str] | None = None, blank: str = BLANK) -> str:
    """The sentence an item prints, in the contract's language, with every placeholder filled.

    Meetings that are not named refer to the contract's list of activities (``activities_listed``), or,
    in a document without that list (a letter), name the activities. ``wording`` replaces the contract's
    sentences (a letter's third person); ``blank`` is what a missing value prints as (a line to fill in
    on a contract, an ellipsis in a letter)."""
    params = item.params or {}
    kinds = wording or texts.data["kinds"]

    def fill(value: object) -> str:  # a value, or the blank chosen for this document
        text = "" if value is None else str(value).strip()
        return text or blank

    own = item.kind == "custom" or item.kind not in kinds or params.get("own_wording")
    if own and not (wording and "custom" in wording):
        return fill(item.text)
    if own:
        return wording["custom"].format_map(Blanks(text=fill(item.text)))
    values = Blanks(
        peer=fill(data.peer_name),
        initiative=fill(data.initiative),
        organisation=fill(data.organisation),
        partner=fill(_join(params.get("partners") or data.partners)),
        meetings=fill(params.get("meetings") or _meetings(data, texts, activities_listed)),
        frequency=fill(texts.word("frequencies", params["frequency"]) if params.get("frequency") else ""),
        activity=fill(params.get("activity")),
        lesson=fill(params.get("lesson")),
        form=fill(texts.word("forms", params["form"]) if params.get("form") else ""),
        audience=fill(params.get("audience")),
        due=texts.format_date(item_due(item)) if item_due(item) else blank,
        days=fill(params.get("days")),
        amount=fill(_amount(params).replace(BLANK, "")),
        beneficiaries=fill(params.get("beneficiaries")),
        schedule=fill(texts.word("schedules", params["schedule"]) if params.get("schedule") else ""),
        text=fill(item.text),
    )
    template = kinds[item.kind]
    if (not wording and item.kind == "attend_meetings" and not params.get("meetings") and activities_listed
            and data.activities):
        # "the meetings listed under ..." reads as one phrase in most languages, not "meetings: see ...".
        template = texts.data.get("attend_listed_meetings", template)
    return template.format_map(values)


def _meetings(data: ContractData, texts: ContractTexts, activities_listed: bool) -> str:
    if not data.activities:
        return ""
    if activities_listed:
        return texts.data.get("meetings_listed", "")
    return "; ".join(activity.title for activity in data.activities)


def period_text(texts: ContractTexts, start: date | None, end: date | None) -> str:
    """A period as a person writes it: a one-day event once, a range without repeating its month."""
    if start is None and end is None:
        return ""
    if start is None or end is None:
        return f"{texts.format_date(start)} – {texts.format_date(end)}"
    return _date_range(start, end, texts.language)


@functools.lru_cache(maxsize=4096)
def _date_range(start: date, end: date, language: str) -> str:
    """``format_date_range`` once per period and language: a cohort's contracts share their activities'
    dates, and CLDR formatting is the costliest part of building a contract."""
    from peerdesk.i18n import format_date_range

    return format_date_range(start, end, lang=language)


def build_contract(data: ContractData, language: str | None = None, root: Path | None = None) -> ContractDocument:
    """The printable contract for ``data`` in ``language`` (default: the contract's own language)."""
    texts = contract_texts(language or data.language, root)
    words = Blanks(peer=filled(data.peer_name), initiative=filled(data.initiative))
    clauses = [
        Clause(
            party=item.party,
            kind=item.kind,
            text=clause_text(item, data, texts),
            due_date=item_due(item),
            status=item.status,
            status_date=item.status_date,
            evidence=item.evidence,
        )
        for item in data.items
    ]
    fields = (
        (texts.label("peer"), data.peer_name),
        (texts.label("position"), data.peer_position),
        (texts.label("organisation"), data.organisation),
        (texts.label("country"), texts.country(data.country)),
        (texts.label("partner"), _join(data.partners)),
        (texts.label("facilitating_organisation"), data.facilitating_organisation),
        (texts.label("period"), period_text(texts, data.start_date, data.end_date)),
    )
    activities = tuple(
        (activity.title, period_text(texts, activity.start_date, activity.end_date), activity.venue)
        for activity in data.activities
    )
    return ContractDocument(
        uuid=data.uuid,
        language=texts.language,
        requested_language=texts.requested,
        fallback=texts.fallback,
        title=texts.data["title"],
        subtitle=texts.data.get("subtitle", "{initiative}").format_map(words),
        intro=texts.data["intro"].format_map(words),
        headings=dict(texts.data["headings"]),
        fields=fields,
        peer_clauses=tuple(c for c in clauses if c.party != "home_org"),
        home_clauses=tuple(c for c in clauses if c.party == "home_org"),
        activity_header=(texts.label("activity"), texts.label("dates"), texts.label("venue")),
        activities=activities,
        no_activities=texts.data.get("no_activities", ""),
        closing=texts.data["closing"],
        signatures=(
            SignatureBlock(texts.signature("peer"), data.peer_name, data.peer_position),
            SignatureBlock(texts.signature("authoriser"), data.authoriser_name, data.authoriser_title),
            SignatureBlock(texts.signature("facilitator"), data.facilitator_name, data.facilitating_organisation,
                           texts.label("organisation_short") if "organisation_short" in texts.data["labels"]
                           else texts.label("facilitating_organisation")),
        ),
        signature_labels=dict(texts.data["signatures"]),
        reference_label=texts.label("reference"),
        page_label=texts.data["page"],
        peer_name=data.peer_name,
    )


def page_label(template: str, page: int, pages: int) -> str:
    return template.format_map(Blanks(page=page, pages=pages))
