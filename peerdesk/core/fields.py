"""Every peer field, declared once: what it is called on screen, its type, limits and allowed values.

The importer, the template, the export, the profile view and editor, and the matching factors read this
registry instead of keeping their own lists, so adding a field is one entry here plus a migration.
Labels are marked for the catalogue with ``N_`` and translated where they are shown (``field_label``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from peerdesk.i18n import N_, _


class FieldKind(StrEnum):
    TEXT = "text"  # one line of free text
    LONG_TEXT = "long_text"  # several lines (notes)
    EMAIL = "email"
    LEVEL = "level"  # one code from a catalogue list (``levels`` names which)
    CODES = "codes"  # several codes (languages, risks)
    TAGS = "tags"  # several labels from the initiative's own vocabulary (problems, goals, tasks)
    COUNTRY = "country"
    LANGUAGE = "language"
    BOOLEAN = "boolean"
    DATE = "date"
    CHOICE = "choice"  # one of a fixed list (role)


@dataclass(frozen=True)
class PeerField:
    """One field of a peer's profile.

    ``levels`` names the catalogue list a LEVEL or CODES field takes its values from
    (``career_levels``, ``risks``...); ``required`` fields are asked first when a peer is added by hand;
    ``completeness`` is how much the field counts towards a complete matching profile (0: not at all).
    """

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    max_length: int | None = None
    required: bool = False
    levels: str | None = None
    completeness: int = 0
    help: str = ""


PEER_FIELDS: tuple[PeerField, ...] = (
    PeerField("name", N_("Full name"), max_length=300, required=True),
    PeerField("email", N_("E-mail"), FieldKind.EMAIL, max_length=320, required=True),
    PeerField("organisation", N_("Organisation"), max_length=300, completeness=1),
    PeerField("country", N_("Country"), FieldKind.COUNTRY, max_length=100, completeness=1),
    PeerField("position", N_("Position"), max_length=300, completeness=1),
    PeerField("career_level", N_("Career level"), FieldKind.LEVEL, levels="career_levels", completeness=1),
    PeerField("education_level", N_("Education level"), FieldKind.LEVEL, levels="education_levels", completeness=1),
    PeerField("languages", N_("Working languages"), FieldKind.CODES, levels="languages", completeness=2),
    PeerField("problems", N_("Problems and challenges"), FieldKind.TAGS, max_length=200, completeness=3),
    PeerField("goals", N_("Goals"), FieldKind.TAGS, max_length=200, completeness=3),
    PeerField("tasks", N_("Tasks"), FieldKind.TAGS, max_length=200, completeness=2),
    PeerField("influence", N_("Influence over the reform"), FieldKind.LEVEL, levels="influence_levels", completeness=1),
    PeerField("phone", N_("Phone"), max_length=64),
    PeerField("professional_affiliation", N_("Professional affiliation"), max_length=300),
    PeerField("social_standing", N_("Social standing"), FieldKind.LEVEL, levels="standing_levels"),
    PeerField("preferred_language", N_("Preferred language for documents"), FieldKind.LANGUAGE, max_length=8),
    PeerField("risks", N_("Risks"), FieldKind.CODES, levels="risks"),
    PeerField("risk_note", N_("Note on risks"), FieldKind.LONG_TEXT),
    PeerField("consent_given", N_("Consent given"), FieldKind.BOOLEAN),
    PeerField("consent_date", N_("Date of consent"), FieldKind.DATE),
    PeerField("consent_text", N_("Text agreed to"), FieldKind.LONG_TEXT),
    PeerField("role", N_("Role in the initiative"), FieldKind.CHOICE),
    PeerField("notes", N_("Notes"), FieldKind.LONG_TEXT),
)

_BY_NAME = {field.name: field for field in PEER_FIELDS}


def peer_field(name: str) -> PeerField:
    """The declared field ``name`` (KeyError names the registry if there is none)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no peer field {name!r}; declare it in peerdesk.core.fields.PEER_FIELDS") from None


def field_label(name: str) -> str:
    """The field's name as a person reads it, in the current language ("Career level", not career_level)."""
    field = _BY_NAME.get(name)
    return _(field.label) if field else name.replace("_", " ")


def required_fields() -> tuple[PeerField, ...]:
    return tuple(field for field in PEER_FIELDS if field.required)
