"""Consent gates what the file keeps about a person.

Without recorded consent a peer is only a name, an organisation and an e-mail address (enough to write
to them and ask). Their profile, check-ins, interviews and signed scans are kept only once consent is
recorded, with its date and the text they agreed to. The services of ``db/`` apply this, so the window,
the command line and the importer refuse the same things with the same words.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.i18n import N_, _

#: The fields kept for a person who has not (yet) consented.
KEPT_WITHOUT_CONSENT: tuple[str, ...] = ("name", "organisation", "email")
#: Fields about the consent itself, and the person's place in an initiative: always allowed.
CONSENT_FIELDS: tuple[str, ...] = ("consent_given", "consent_date", "consent_text")
_ALWAYS = frozenset(KEPT_WITHOUT_CONSENT + CONSENT_FIELDS + ("role", "full_name"))

#: What gets refused, for messages.
CHECKIN = N_("check-ins")
INTERVIEW = N_("interviews")
SCAN = N_("signed scans")
PROFILE = N_("profile details")


def _filled(value: object) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, set, dict)):
        return bool(value)
    return True


def needs_consent(values: Mapping[str, object], among: tuple[str, ...] | None = None) -> list[str]:
    """The field names in ``values`` with something in them that may only be kept with consent.

    ``among`` (from :func:`gated_fields`) names the fields worth testing, for callers that test many
    rows with the same fields (imports): then each row only looks at those."""
    if among is None:
        among = gated_fields(values)
    return [name for name in among  # text and lists (most values) tested inline: imports call this
            if (value.strip() if type(value := values[name]) is str  # for every row of a list without consent
                else bool(value) if type(value) is list else _filled(value))]


def filled_column(values: list[object]) -> list[bool]:
    """For each of ``values`` (one field's values over many rows, None where a row lacks it), whether it
    holds something, as :func:`needs_consent` tests a value."""
    kinds = set(map(type, values))
    if kinds <= {list, type(None)}:  # lists of tags or languages (None: a row without the field)
        return list(map(bool, values))
    if kinds == {str}:
        return list(map(bool, map(str.strip, values)))
    return [bool(value.strip()) if type(value) is str else bool(value) if type(value) is list else _filled(value)
            for value in values]


def gated_fields(names) -> tuple[str, ...]:
    """Those of ``names`` that are kept only with consent (when they hold something), in their order."""
    return tuple(name for name in names if name not in _ALWAYS)


def consent_missing(name: str, what: str) -> str:
    """The one message for anything refused for lack of consent (``what`` is one of the N_ words above)."""
    return _("{name} has not given consent to their data being kept, so PeerDesk keeps only their name, "
             "organisation and e-mail, and cannot save {what}. Record their consent (with its date and the "
             "text they agreed to) first.").format(name=name or _("This person"), what=_(what))
