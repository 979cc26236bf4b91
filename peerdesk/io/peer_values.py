"""The value of one cell for one peer field, parsed by the field's kind as the registry declares it
(:mod:`peerdesk.core.fields`), and suggestions for values that are not PeerDesk's own (a survey's
``head_of_unit``, an influence rated 1-5, "Moçambique")."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from datetime import date, datetime

from peerdesk.core.catalogue import Catalogue, catalogue_in
from peerdesk.core.countries import country_code, language_code
from peerdesk.core.fields import FieldKind, peer_field
from peerdesk.core.text import fold
from peerdesk.io.xlsform_text import TEXT

EMAIL_RE = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
#: Bare addresses one per line (EMAIL_RE's cells; none of its characters is a line break).
_BARE_ADDRESSES = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+(?:\n[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+)*")
YES = {"yes", "y", "true", "1", "x", "oui", "si", "sí", "sim", "да", "ok"}
NO = {"no", "n", "false", "0", "non", "não", "nao", "нет", ""}
ROLES = {"participant": "participant", "comparison": "comparison", "peer": "participant",
         "control": "comparison", "comparison group": "comparison"}
#: Level fields: registry name -> catalogue attribute.
LEVEL_LISTS = {"career_levels": "career_levels", "education_levels": "education_levels",
               "influence_levels": "influence_levels", "standing_levels": "standing_levels"}


class UnknownCountry(ValueError):
    """A country PeerDesk does not recognise: kept as typed, and flagged (a warning, not an error)."""

    def __init__(self, text: str) -> None:
        super().__init__(f"{text!r} is not a country PeerDesk recognises; it is kept as typed")
        self.text = text


class Vocabulary:
    """Lookups from what people type to catalogue codes, built once per import."""

    def __init__(self, cat: Catalogue) -> None:
        self.levels: dict[str, dict[str, str]] = {}
        self.level_codes: dict[str, list[str]] = {}
        for name in ("career_level", "education_level", "influence", "social_standing"):
            kind = peer_field(name).levels or ""
            levels = getattr(cat, LEVEL_LISTS[kind])
            table: dict[str, str] = {}
            for level in levels:
                # the code, the name in the interface language and in English, the rank, and the
                # questionnaires' words in fr/es/pt/ru
                english = catalogue_in("en").name_of(kind, level.code)
                for word in (level.code, level.name, english, str(level.rank), *TEXT.get(f"{name}.{level.code}", ())):
                    table.setdefault(fold(word), level.code)
            self.levels[name] = table
            self.level_codes[name] = [level.code for level in levels]
        self.languages: dict[str, str] = {}
        for language in cat.languages:
            for word in (language.code, language.name, language.native):
                self.languages[fold(word)] = language.code
        self.risks: dict[str, str] = {}
        for risk in cat.risks:
            self.risks[fold(risk.code)] = risk.code
            self.risks[fold(risk.name)] = risk.code

    def level(self, name: str, text: str) -> str:
        code = self.levels[name].get(fold(text))
        if code is None:
            raise ValueError(f"{text!r} is not one of: {', '.join(self.level_codes[name])}")
        return code

    def language(self, text: str) -> str:
        code = self.languages.get(fold(text)) or language_code(text)
        if code is None:
            raise ValueError(f"{text!r} is not a language name or a two-letter ISO 639-1 code")
        return code


def split_multi(text: str, survey: bool) -> list[str]:
    """Split a multi-valued cell on ``;`` (or newlines); survey select-multiple answers on spaces."""
    parts = re.split(r"[;\n]", text)
    if survey and len(parts) == 1:
        parts = text.split()
    seen: list[str] = []
    for part in parts:
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen


def _languages(text: str, vocab: Vocabulary) -> list[str]:
    parts = [part.strip() for part in re.split(r"[;,\n]", text) if part.strip()]
    codes: list[str] = []
    for part in parts:
        try:
            found = [vocab.language(part)]
        except ValueError:
            words = part.split()
            if len(words) < 2:
                raise
            found = [vocab.language(word) for word in words]
        for code in found:
            if code not in codes:
                codes.append(code)
    return codes


def parse_date(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text[:19], pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD)")


def _checked_text(text: str, limit: int | None) -> str:
    if "\x00" in text:
        raise ValueError("holds a NUL character")
    if limit and len(text) > limit:
        raise ValueError(f"is {len(text)} characters long; at most {limit} fit")
    return text


def _email(text: str, limit: int) -> str | None:
    """The address in an e-mail cell, lower-cased, or None when it is not one."""
    text = text.strip().removeprefix("mailto:")
    return text.lower() if EMAIL_RE.match(text) and len(text) <= limit else None


def parse_value(name: str, text: str, vocab: Vocabulary, survey: bool):
    """The clean value of one cell for field ``name``; raises ValueError with a message for people
    (:class:`UnknownCountry` for a country kept as typed)."""
    field = peer_field(name)
    kind = field.kind
    if kind == FieldKind.LEVEL:
        return vocab.level(name, text)
    if kind == FieldKind.CODES and field.levels == "languages":
        return _languages(text, vocab)
    if kind == FieldKind.LANGUAGE:
        return vocab.language(text)
    if kind == FieldKind.COUNTRY:
        code = country_code(text)
        if code is None:
            raise UnknownCountry(_checked_text(text, field.max_length))
        return code
    if kind == FieldKind.TAGS:
        labels = split_multi(text, survey)
        for label in labels:
            if field.max_length and len(label) > field.max_length:
                raise ValueError(f"a tag is {len(label)} characters long; at most {field.max_length} fit")
            if "\x00" in label:
                raise ValueError("holds a NUL character")
        return labels
    if kind == FieldKind.CODES:  # risks
        codes = []
        for part in split_multi(text, survey):
            code = vocab.risks.get(fold(part))
            if code is None:
                raise ValueError(f"{part!r} is not a known risk ({', '.join(sorted(set(vocab.risks.values())))})")
            codes.append(code)
        return codes
    if kind == FieldKind.EMAIL:
        address = _email(text, field.max_length or 320)
        if address is None:
            raise ValueError(f"{text.strip().removeprefix('mailto:')!r} is not an email address")
        return address
    if kind == FieldKind.BOOLEAN:
        folded = text.strip().casefold()
        if folded in YES:
            return True
        if folded in NO:
            return False
        raise ValueError(f"{text!r} is not yes or no")
    if kind == FieldKind.DATE:
        return parse_date(text.strip())
    if kind == FieldKind.CHOICE:
        role = ROLES.get(fold(text))
        if role is None:
            raise ValueError(f"{text!r} is not participant or comparison")
        return role
    if name == "uuid":
        if not re.fullmatch(r"[0-9a-fA-F-]{36}", text.strip()):
            raise ValueError(f"{text!r} is not a PeerDesk identifier")
        return text.strip().lower()
    return _checked_text(text, field.max_length)


# --- recoding: values that are not PeerDesk's -------------------------------------------------------

#: Field kinds whose values come from a closed list, so a value outside it can be recoded.
RECODABLE = (FieldKind.LEVEL, FieldKind.BOOLEAN, FieldKind.CHOICE, FieldKind.COUNTRY, FieldKind.LANGUAGE,
             FieldKind.CODES)


def allowed_values(name: str, vocab: Vocabulary) -> list[str]:
    """The PeerDesk values a recodable field takes (codes), for the wizard's choice lists."""
    field = peer_field(name)
    if field.kind == FieldKind.LEVEL:
        return list(vocab.level_codes[name])
    if field.kind == FieldKind.BOOLEAN:
        return ["yes", "no"]
    if field.kind == FieldKind.CHOICE:
        return ["participant", "comparison"]
    if field.kind == FieldKind.CODES and field.levels == "risks":
        return sorted(set(vocab.risks.values()))
    if field.kind in (FieldKind.LANGUAGE, FieldKind.CODES):
        return sorted(set(vocab.languages.values()))
    return []


def suggest_value(name: str, text: str, vocab: Vocabulary, scale: tuple[float, float] | None = None) -> str | None:
    """A PeerDesk value for a source value that is not one (None: no good guess). Numbers on a scale are
    spread over the levels (1-5 -> low, low, medium, high, high); words by close spelling."""
    field = peer_field(name)
    if field.kind == FieldKind.COUNTRY:
        return country_code(text)
    if field.kind in (FieldKind.LANGUAGE,) or (field.kind == FieldKind.CODES and field.levels == "languages"):
        return vocab.languages.get(fold(text)) or language_code(text)
    options = allowed_values(name, vocab)
    if field.kind == FieldKind.LEVEL:
        number = _number(text)
        if number is not None and scale is not None and scale[1] > scale[0]:
            position = (number - scale[0]) / (scale[1] - scale[0])
            return options[min(len(options) - 1, max(0, round(position * (len(options) - 1))))]
        words = vocab.levels[name]
    elif field.kind == FieldKind.CODES:
        words = vocab.risks
    else:
        words = {fold(option): option for option in options}
    folded = fold(text).replace("_", " ")
    if folded in _HR_WORDS.get(name, {}):
        return _HR_WORDS[name][folded]
    if folded in words:
        return words[folded]
    close = difflib.get_close_matches(folded, list(words), n=1, cutoff=0.6)
    if close:
        return words[close[0]]
    for word, code in words.items():  # "head of unit" contains "head"...
        if len(word) > 3 and (word in folded or folded in word):
            return code
    return None


#: Words HR lists and surveys use for career levels that the catalogue does not name (folded, English).
_HR_WORDS = {"career_level": {
    "junior": "entry", "trainee": "entry", "intern": "entry", "assistant": "entry", "officer": "mid",
    "specialist": "mid", "expert": "mid", "analyst": "mid", "head of unit": "senior", "head of division": "senior",
    "manager": "senior", "deputy director": "senior", "director": "executive", "director general": "executive",
    "head of department": "executive", "minister": "political", "deputy minister": "political",
}}


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def numeric_scale(values: list[str]) -> tuple[float, float] | None:
    """The scale numbers in a column are on (1-5 when every value is a whole number from 1 to 5)."""
    numbers = [n for n in (_number(v) for v in values) if n is not None]
    if not numbers or len(numbers) < len(values):
        return None
    low, high = min(numbers), max(numbers)
    for top in (3, 4, 5, 7, 10):
        if low >= 0 and high <= top and all(float(n).is_integer() for n in numbers):
            return (0.0 if low == 0 else 1.0, float(top))
    return (low, high)


# --- many rows: one column at a time --------------------------------------------------------------

#: Kinds whose cells repeat across rows (closed lists, tag lists): each distinct text is parsed once.
_REPEATING = (*RECODABLE, FieldKind.TAGS)


def parse_column(name: str, texts: list[str], vocab: Vocabulary, survey: bool,
                 recode: Callable[[str], str] | None = None) -> tuple[list, dict[int, tuple[str, str]]]:
    """The values of one column's cells for field ``name``, as ``parse_value(name, recode(text), ...)``
    gives them one by one: a list with None for empty and refused cells, and the problems by position,
    ``("error", message)`` (no value) or ``("warning", message)`` (an unknown country, kept as typed).
    Repeated values (countries, languages, levels, tags) are parsed once per distinct text, and free text
    is only checked for what could be wrong with it, which keeps 50,000 rows quick."""
    field = peer_field(name)
    problems: dict[int, tuple[str, str]] = {}

    def one(text: str):
        try:
            return parse_value(name, recode(text) if recode is not None else text, vocab, survey), None
        except UnknownCountry as exc:
            return exc.text, ("warning", str(exc))
        except ValueError as exc:
            return None, ("error", str(exc))

    if field.kind in _REPEATING:
        outcomes = {text: one(text) for text in set(texts) if text}
        if any(problem is not None for _value, problem in outcomes.values()):
            for position, text in enumerate(texts):
                if text and outcomes[text][1] is not None:
                    problems[position] = outcomes[text][1]
        value_of = {text: value for text, (value, _problem) in outcomes.items()}
        value_of[""] = None
        values = list(map(value_of.__getitem__, texts))
        if field.multi_valued:  # every row its own list, as when parsed one by one
            if set(map(type, values)) == {list}:
                values = list(map(list.copy, values))
            else:
                values = [value.copy() if value is not None else None for value in values]
        return values, problems
    if field.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT) and name != "uuid" and recode is None:
        limit = field.max_length or 0
        values = [text or None for text in texts]
        suspects = ([position for position, text in enumerate(texts) if "\x00" in text or limit and len(text) > limit]
                    if "\x00" in "".join(texts) or limit and max(map(len, texts), default=0) > limit else [])
    elif field.kind == FieldKind.EMAIL and recode is None:  # distinct on every row: checked in one sweep
        limit = field.max_length or 320
        # Most cells are a bare address, checked here; the rest go through _email (mailto:, spaces).
        match = EMAIL_RE.fullmatch
        filled = list(filter(None, texts)) if "" in texts else texts
        joined = "\n".join(filled)
        if (filled and joined.count("\n") == len(filled) - 1 and "mailto:" not in joined
                and max(map(len, filled)) <= limit and _BARE_ADDRESSES.fullmatch(joined)):
            # every filled cell a bare address: one sweep for them all
            lowered = joined.lower().split("\n")
            if filled is not texts:
                addresses = iter(lowered)
                lowered = [next(addresses) if text else None for text in texts]
            return lowered, problems
        values = [text.lower() if match(text) and len(text) <= limit and not text.startswith("mailto:") else None
                  for text in texts]
        for position in [position for position, text in enumerate(texts) if text and values[position] is None]:
            values[position] = _email(texts[position], limit)
        suspects = [position for position, text in enumerate(texts) if text and values[position] is None]
    else:
        values = [None] * len(texts)
        suspects = [position for position, text in enumerate(texts) if text]
    for position in suspects:
        value, problem = one(texts[position])
        values[position] = value
        if problem is not None:
            problems[position] = problem
    return values, problems
