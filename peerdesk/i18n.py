"""One word catalogue for the whole program, and the formatting of dates, numbers and names.

Every string that reaches a person goes through gettext, in one domain (``peerdesk``), whichever room of
the package it is written in:

* Qt-free code (``core/``, ``db/``, ``io/``, ``reports/``, ``cli/``) calls ``_()``, ``ngettext()`` and
  ``pgettext()`` from this module; arguments are named placeholders filled *after* translation
  (``_("{count} peers").format(count=n)``), plurals go through ``ngettext`` so each language applies its
  own plural rules (Russian has three forms).
* Qt code keeps calling ``self.tr()``; Designer forms keep their ``QCoreApplication.translate`` calls.
  ``peerdesk.ui.i18n`` installs a QTranslator that answers those lookups from this same catalogue, so one
  ``.po`` file per language serves the window, the messages and the printouts alike.
* ``N_()`` marks a string for extraction without translating it (module-level tables, registry labels);
  translate it with ``_()`` where it is shown.

The catalogues live in ``resources/i18n/<lang>/LC_MESSAGES/peerdesk.po`` (translators' files) and are
compiled to ``.mo`` beside them; ``python -m peerdesk.translations`` extracts, updates and compiles them.

The interface language is process-wide (``set_language``); a printout in another language runs inside
``with language("fr"):``, which changes the language for the current thread or task only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gettext as _gettext
import locale as _locale
import os
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache

from peerdesk import paths

DOMAIN = "peerdesk"
SOURCE_LANGUAGE = "en"
#: The languages PeerDesk ships, in the order menus list them.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "ru")
#: Each language's own name for itself, for the language menu (never translated).
NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português", "ru": "Русский"}

_interface_language = SOURCE_LANGUAGE
_override: ContextVar[str | None] = ContextVar("peerdesk_language", default=None)


# --- choosing the language ------------------------------------------------------------------------------


def normalise(code: str | None) -> str | None:
    """``fr_FR.UTF-8`` -> ``fr``; a language PeerDesk does not ship -> None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The operating system's language if PeerDesk ships it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            for part in value.split(":"):
                found = normalise(part)
                if found:
                    return found
            if variable != "LANGUAGE":
                break
    try:
        found = normalise(_locale.getlocale()[0])
    except ValueError:  # pragma: no cover - odd locale settings
        found = None
    return found or SOURCE_LANGUAGE


def resolve_language(preference: str | None = None) -> str:
    """The interface language: ``PEERDESK_LANGUAGE`` if set, else the saved preference, else the system's."""
    return normalise(os.environ.get("PEERDESK_LANGUAGE")) or normalise(preference) or system_language()


def set_language(code: str | None) -> str:
    """Set the process-wide interface language; returns the language actually used."""
    global _interface_language
    _interface_language = normalise(code) or SOURCE_LANGUAGE
    return _interface_language


def current_language() -> str:
    """The language strings are translated into right now (a ``language()`` block's, else the interface's)."""
    return _override.get() or _interface_language


@contextlib.contextmanager
def language(code: str | None) -> Iterator[str]:
    """Translate into ``code`` inside the block (this thread or task only); None keeps the current one."""
    chosen = normalise(code) or current_language()
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


# --- the catalogue ---------------------------------------------------------------------------------------


def catalogue_dir():
    return paths.i18n_dir()


@cache
def translations(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``code`` (an empty one for English or a missing file)."""
    if code == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=str(catalogue_dir()), languages=[code], fallback=True)


def reload_catalogues() -> None:
    """Forget loaded catalogues (after ``python -m peerdesk.translations compile``, or in tests)."""
    translations.cache_clear()


def _(message: str) -> str:
    """``message`` in the current language."""
    return translations(current_language()).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it now (translate it where it is shown)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` in the current language; fill ``{n}`` (or other names) with ``.format`` after."""
    return translations(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same English words by ``context``."""
    return translations(current_language()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations(current_language()).npgettext(context, singular, plural, n)


def translate_or_none(message: str, context: str | None = None, n: int = -1, code: str | None = None) -> str | None:
    """The translation of ``message`` if the catalogue has one, else None (used by the Qt bridge)."""
    catalogue = translations(code or current_language())
    lookup = getattr(catalogue, "_catalog", None)
    if not lookup:
        return None
    keys = [f"{context}\x04{message}", message] if context else [message]
    for key in keys:
        if n >= 0:
            forms = catalogue.ngettext(key, key, n) if (key, 0) in lookup else None
            if forms and forms != key:
                return forms
        found = lookup.get(key)
        if found:
            return found
    return None


# --- dates, numbers and names (CLDR data through Babel) ---------------------------------------------------

NBSP = "\u00a0"


#: CLDR locales used for formatting: English is written the international (British) way, "5 February 2026".
_FORMAT_LOCALES = {"en": "en_GB"}


def _locale_of(code: str | None) -> str:
    chosen = normalise(code) or current_language()
    return _FORMAT_LOCALES.get(chosen, chosen)


def format_date(value: dt.date | None, style: str = "long", lang: str | None = None) -> str:
    """``value`` as a person writes it in the language (``5 février 2026``); never broken across lines."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=style, locale=_locale_of(lang)).replace(" ", NBSP)


def format_date_range(start: dt.date | None, end: dt.date | None, lang: str | None = None) -> str:
    """A period as a person writes it: one day once, a range without repeating the month or year."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return format_date(start or end, lang=lang)
    from babel.dates import format_skeleton

    locale = _locale_of(lang)
    last = format_date(end, lang=lang)
    if start.year != end.year:
        first = format_date(start, lang=lang)
    elif start.month != end.month:
        first = format_skeleton("MMMMd", start, locale=locale)  # "15 January", "15 de enero", "15 января"
    else:
        first = format_skeleton("d", start, locale=locale)  # "17–19 March 2026"
        return (first + "–" + last).replace(" ", NBSP)
    return (first + " – " + last).replace(" ", NBSP).replace(NBSP + "–" + NBSP, NBSP + "–" + " ")


def format_day_month(value: dt.date, lang: str | None = None) -> str:
    """A short day and month for chart ticks ("9 Feb", "9 févr.", "9 февр.")."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", value, locale=_locale_of(lang)).replace(" ", NBSP)


def label_value(label: str, value: str, lang: str | None = None) -> str:
    """``Label: value`` with the language's typography (French puts a no-break space before the colon)."""
    separator = NBSP + ": " if (normalise(lang) or current_language()) == "fr" else ": "
    return f"{label}{separator}{value}"


def format_number(value: float | int, lang: str | None = None, digits: int | None = None, sign: bool = False) -> str:
    """``value`` with the language's separators (``1 234,5``); ``digits`` fixes the decimals, ``sign``
    always shows + or − (a change: ``+1,4``)."""
    from babel.numbers import format_decimal

    pattern = None
    if digits is not None or sign:
        body = "#,##0" + ("." + "0" * digits if digits else "")
        pattern = f"+{body};-{body}" if sign else body
    return format_decimal(value, format=pattern, locale=_locale_of(lang)).replace("\u202f", NBSP)


def format_percent(share: float, lang: str | None = None, digits: int = 0) -> str:
    """``share`` (0.58) as ``58 %`` / ``58%`` in the language's own way."""
    from babel.numbers import format_percent as babel_format_percent

    if digits:
        from babel import Locale

        pattern = Locale.parse(_locale_of(lang)).percent_formats[None].pattern
        last_zero = pattern.rindex("0") + 1
        pattern = pattern[:last_zero] + "." + "0" * digits + pattern[last_zero:]
        text = babel_format_percent(share, format=pattern, locale=_locale_of(lang))
    else:
        text = babel_format_percent(share, locale=_locale_of(lang))
    return text.replace("\u202f", NBSP).replace(" ", NBSP)


def country_name(code: str | None, lang: str | None = None) -> str:
    """The ISO 3166 alpha-2 ``code``'s name in the language (``MZ`` -> ``Moçambique``); unknown codes as given."""
    if not code:
        return ""
    from babel import Locale

    return Locale.parse(_locale_of(lang)).territories.get(code.upper(), code)


def language_name(code: str | None, lang: str | None = None) -> str:
    """The ISO 639-1 ``code``'s name in the language (``fr`` -> ``французский``); unknown codes as given."""
    if not code:
        return ""
    from babel import Locale

    return Locale.parse(_locale_of(lang)).languages.get(code.lower(), code)
