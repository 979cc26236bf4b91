"""Countries and languages as codes (ISO 3166-1 alpha-2, ISO 639-1), recognised from what people type.

Multilingual networks type "Mozambique", "Moçambique" or "Мозамбик" for the same country; comparing the
text would make three countries of one. The names come from CLDR (through Babel) in the five interface
languages, plus a few common variants CLDR does not list. Anything unrecognised returns ``None`` so the
caller keeps it as typed and flags it, never guesses.
"""

from __future__ import annotations

import functools

from peerdesk.core.text import fold
from peerdesk.i18n import country_name, language_name

#: Locales whose names are recognised (the interface languages).
NAME_LOCALES = ("en", "fr", "es", "pt", "ru")

#: Spellings people use that CLDR does not give (folded form -> code).
_COUNTRY_VARIANTS = {
    "usa": "US", "u s a": "US", "us": "US", "united states of america": "US", "etats unis": "US",
    "uk": "GB", "great britain": "GB", "england": "GB", "britain": "GB",
    "vietnam": "VN", "viet nam": "VN", "cote d ivoire": "CI", "ivory coast": "CI",
    "drc": "CD", "dr congo": "CD", "rdc": "CD", "democratic republic of the congo": "CD",
    "republic of congo": "CG", "congo brazzaville": "CG", "congo kinshasa": "CD",
    "russia": "RU", "russian federation": "RU", "south korea": "KR", "north korea": "KP",
    "kyrgyz republic": "KG", "kirghizia": "KG", "moldova": "MD", "tanzania": "TZ", "laos": "LA",
    "swaziland": "SZ", "eswatini": "SZ", "burma": "MM", "cape verde": "CV", "cabo verde": "CV",
    "macedonia": "MK", "north macedonia": "MK", "czech republic": "CZ", "czechia": "CZ",
    "turkey": "TR", "turkiye": "TR", "the gambia": "GM", "gambia": "GM", "bolivia": "BO",
    "venezuela": "VE", "iran": "IR", "syria": "SY", "palestine": "PS", "east timor": "TL", "timor leste": "TL",
    "киргизия": "KG", "киргизстан": "KG", "белоруссия": "BY", "молдавия": "MD", "рф": "RU",
}
_LANGUAGE_VARIANTS = {
    "farsi": "fa", "persian": "fa", "castilian": "es", "castellano": "es", "kirghiz": "ky", "kyrgyz": "ky",
    "bahasa indonesia": "id", "bahasa": "id", "swahili": "sw", "kiswahili": "sw", "moldovan": "ro",
    "flemish": "nl", "serbo croatian": "sh",
}
def fold_name(text: str) -> str:
    return fold(text)


@functools.lru_cache(maxsize=1)
def _english_country_table() -> dict[str, str]:
    """Codes, English names and the variants: what most lists use, from one locale's data. A text found
    here means the same in :func:`_country_table` (codes and English come first there, the variants
    last), which loads the other four locales only when this one does not know the text."""
    from babel import Locale

    table: dict[str, str] = {}
    english = Locale.parse("en").territories
    for code in english:
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "UN", "EZ", "QO"):
            table[fold_name(code)] = code
    for code, name in english.items():
        if len(code) == 2 and code.isalpha():
            table.setdefault(fold_name(name), code)
    table.update(_COUNTRY_VARIANTS)
    return table


@functools.lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    from babel import Locale

    table: dict[str, str] = {}
    english = Locale.parse("en").territories
    for code in english:
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "UN", "EZ", "QO"):
            table[fold_name(code)] = code
    for locale in NAME_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code in english:
                table.setdefault(fold_name(name), code)
    table.update(_COUNTRY_VARIANTS)
    return table


@functools.lru_cache(maxsize=1)
def _language_table() -> dict[str, str]:
    from babel import Locale

    table: dict[str, str] = {}
    english = Locale.parse("en").languages
    for code in english:
        if len(code) == 2 and code.isalpha():
            table[code] = code
    for locale in NAME_LOCALES:
        for code, name in Locale.parse(locale).languages.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(fold_name(name), code)
    table.update(_LANGUAGE_VARIANTS)
    return table


@functools.lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country typed as a name (five languages) or a code; else None."""
    if not text or not text.strip():
        return None
    folded = fold_name(text)
    for tables in (_english_country_table, _country_table):  # the second only if the first does not know it
        table = tables()
        code = table.get(folded)
        if code is None and len(folded) == 2:
            code = table.get(folded.lower())
        if code is not None:
            return code
    return None


@functools.lru_cache(maxsize=4096)
def language_code(text: str | None) -> str | None:
    """The ISO 639-1 code of a language typed as a name (five languages) or a code; else None."""
    if not text or not text.strip():
        return None
    return _language_table().get(fold_name(text))


def is_country_code(value: str | None) -> bool:
    return bool(value) and len(value) == 2 and value.isupper() and value in _country_table().values()


def country_display(value: str | None, lang: str | None = None) -> str:
    """A stored country (a code, or text kept as typed) as a person reads it in the interface language."""
    if not value:
        return ""
    return country_name(value, lang) if is_country_code(value) else value


def language_display(value: str | None, lang: str | None = None) -> str:
    if not value:
        return ""
    return language_name(value, lang) if len(value) == 2 and value.islower() else value


def country_choices(lang: str | None = None) -> list[tuple[str, str]]:
    """Every country as ``(code, name)`` in the language, sorted by name (for a combo box)."""
    codes = sorted(set(_country_table().values()))
    return sorted(((code, country_name(code, lang)) for code in codes), key=lambda pair: fold_name(pair[1]))


def language_choices(lang: str | None = None) -> list[tuple[str, str]]:
    codes = sorted({code for code in _language_table().values() if len(code) == 2})
    return sorted(((code, language_name(code, lang)) for code in codes), key=lambda pair: fold_name(pair[1]))
