"""A country's usual language of official work, for the languages PeerDesk prints contracts in.

Used when a peer's record says nothing about the languages they work in: a budget officer in Dakar gets
a French contract, one in Maputo a Portuguese one. Countries are looked up by ISO 3166 code ("SN") or by
the English name the file stores today ("Senegal", "Côte d'Ivoire"). Countries not listed here (where
the working language of government is none of the five) give no suggestion.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from babel import Locale

#: ISO 3166-1 alpha-2 codes by the language their public administrations usually work in.
_COUNTRIES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": (
        "FR", "BE", "LU", "MC", "CH", "SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GN", "CM", "GA", "CG", "CD",
        "CF", "TD", "DJ", "KM", "MG", "HT", "MA", "DZ", "TN", "MR", "BI", "RW", "SC",
    ),
    "es": (
        "ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "CO", "VE", "EC", "PE", "BO", "CL", "AR",
        "UY", "PY", "GQ",
    ),
    "pt": ("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"),
    "ru": ("RU", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AM", "AZ", "MD"),
    "en": (
        "GB", "IE", "US", "CA", "AU", "NZ", "GH", "NG", "LR", "SL", "GM", "KE", "UG", "TZ", "ZM", "ZW", "MW",
        "BW", "NA", "ZA", "LS", "SZ", "SS", "ET", "PK", "IN", "BD", "LK", "NP", "PH", "JM", "TT", "BB", "GY",
        "BZ", "BS", "FJ", "PG", "SB", "VU", "WS", "TO", "MT", "SG", "MU",
    ),
}

_BY_CODE = {code: language for language, codes in _COUNTRIES_BY_LANGUAGE.items() for code in codes}

#: English names a file may hold besides CLDR's own ("Congo - Kinshasa").
_OTHER_NAMES = {
    "ivory coast": "CI", "cote d'ivoire": "CI", "democratic republic of the congo": "CD", "dr congo": "CD",
    "drc": "CD", "congo, democratic republic of the": "CD", "republic of the congo": "CG", "congo": "CG",
    "congo-brazzaville": "CG", "congo-kinshasa": "CD", "cabo verde": "CV", "east timor": "TL",
    "russian federation": "RU", "united states of america": "US", "usa": "US", "uk": "GB",
    "republic of moldova": "MD", "moldova, republic of": "MD", "swaziland": "SZ", "eswatini": "SZ",
    "the gambia": "GM", "tanzania, united republic of": "TZ", "united republic of tanzania": "TZ",
    "kyrgyz republic": "KG", "sao tome and principe": "ST",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().split())


def _names() -> dict[str, str]:
    names = {_fold(name): code for code, name in Locale("en").territories.items() if len(code) == 2}
    names.update(_OTHER_NAMES)
    return names


_NAMES: dict[str, str] | None = None


def country_code(country: str) -> str:
    """The ISO code of ``country`` given as a code or an English name; "" when it is not recognised."""
    global _NAMES
    value = (country or "").strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    if _NAMES is None:
        _NAMES = _names()
    return _NAMES.get(_fold(value), "")


def usual_language(country: str) -> str:
    """The usual working language of ``country``'s administration (``fr``, ``es``, ``pt``, ``ru``, ``en``),
    or "" when the country is unknown or works in another language."""
    return _BY_CODE.get(country_code(country), "")


#: Where a contract's language came from (shown beside it, so the facilitator can check).
FROM_PREFERRED = "preferred"
FROM_WORKING = "working"
FROM_COUNTRY = "country"
FROM_DEFAULT = "default"


def contract_language_choice(
    preferred: str, spoken: Iterable[str], country: str, available: Sequence[str]
) -> tuple[str, str]:
    """A new contract's language and where it came from: the peer's preferred language if it has a
    contract text, else a working language of theirs that has one, else their country's usual language,
    else the preferred one anyway (printed in English, and the screen says so), else the first text."""
    code = (preferred or "").strip().lower()
    if code in available:
        return code, FROM_PREFERRED
    for other in spoken:
        other = other.strip().lower()
        if other in available:
            return other, FROM_WORKING
    usual = usual_language(country)
    if usual in available:
        return usual, FROM_COUNTRY
    return code or available[0], FROM_DEFAULT


def language_source(language: str, preferred: str, spoken: Iterable[str], country: str) -> str:
    """Which rule explains that a contract is in ``language`` (also after the facilitator changed it)."""
    spoken = [s.strip().lower() for s in spoken]
    if language == (preferred or "").strip().lower():
        return FROM_PREFERRED
    if language in spoken:
        return FROM_WORKING
    if language and language == usual_language(country):
        return FROM_COUNTRY
    return FROM_DEFAULT
