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
    #: header words people use for this column in the five languages (compared folded: no case, accents)
    aliases: tuple[str, ...] = ()
    #: offered in the import template and the export's peers sheet
    in_template: bool = True
    example: str = ""

    @property
    def multi_valued(self) -> bool:
        return self.kind in (FieldKind.CODES, FieldKind.TAGS)


PEER_FIELDS: tuple[PeerField, ...] = (
    PeerField(
        "name", N_("Full name"), max_length=300, required=True, help=N_("Full name (required)"),
        example="Ndèye Mayé Diouf",
        aliases=("name", "full name", "fullname", "participant", "participant name", "peer", "peer name", "person",
                 "nom complet", "nom et prenom", "prenom et nom", "participant e",
                 "nombre completo", "nombre y apellido", "nombres y apellidos", "apellidos y nombres",
                 "nome completo", "фио", "ф и о", "полное имя", "имя и фамилия", "фамилия имя",
                 "фамилия имя отчество", "участник"),
    ),
    PeerField(
        "email", N_("E-mail"), FieldKind.EMAIL, max_length=320, required=True, example="ndeye.diouf@example.org",
        help=N_("Email address; a person with the same email is updated, not duplicated"),
        aliases=("email", "e mail", "email address", "mail", "courriel", "adresse email", "adresse e mail",
                 "adresse courriel", "correo", "correo electronico", "email correo", "e mail correo",
                 "endereco de email", "endereco de e mail", "электронная почта", "эл почта", "почта",
                 "e mail адрес", "адрес электронной почты"),
    ),
    PeerField(
        "organisation", N_("Organisation"), max_length=300, completeness=1, example="Ministry of Finance",
        help=N_("Home organisation (ministry, agency, audit office...)"),
        aliases=("organisation", "organization", "org", "institution", "agency", "ministry", "employer",
                 "home organisation", "home organization", "organisme", "structure", "ministere", "employeur",
                 "organizacion", "institucion", "entidad", "organizacao", "instituicao", "orgao",
                 "организация", "учреждение", "ведомство", "министерство", "место работы"),
    ),
    PeerField("country", N_("Country"), FieldKind.COUNTRY, max_length=100, completeness=1, example="Senegal",
              help=N_("Country, as a name in any of the five languages or an ISO code"),
              aliases=("country", "pays", "pais", "страна", "country name")),
    PeerField("position", N_("Position"), max_length=300, completeness=1, example="Head of budget preparation",
              help=N_("Job title"),
              aliases=("position", "job title", "title", "post", "role title", "function", "poste", "fonction",
                       "titre", "cargo", "puesto", "funcion", "funcao", "должность", "позиция")),
    PeerField("career_level", N_("Career level"), FieldKind.LEVEL, levels="career_levels", completeness=1,
              help=N_("One code from the 'allowed values' sheet"), example="senior",
              aliases=("career level", "career", "seniority", "level", "niveau de carriere", "niveau hierarchique",
                       "nivel de carrera", "nivel profesional", "nivel de carreira", "nivel hierarquico",
                       "уровень карьеры", "уровень должности", "карьерный уровень")),
    PeerField("education_level", N_("Education level"), FieldKind.LEVEL, levels="education_levels",
              completeness=1, help=N_("One code from the 'allowed values' sheet"), example="master",
              aliases=("education level", "education", "highest degree", "degree", "niveau d etudes",
                       "niveau d education", "diplome", "nivel educativo", "nivel de estudios",
                       "nivel de educacion", "escolaridade", "nivel de escolaridade", "nivel de educacao",
                       "образование", "уровень образования")),
    PeerField("languages", N_("Working languages"), FieldKind.CODES, levels="languages", completeness=2,
              help=N_("ISO 639-1 codes or names, separated by ;"), example="fr; en",
              aliases=("languages", "language", "langues", "langue", "idiomas", "idioma", "lenguas", "linguas",
                       "lingua", "языки", "язык", "working languages")),
    PeerField("problems", N_("Problems and challenges"), FieldKind.TAGS, max_length=200, completeness=3,
              help=N_("Problems and challenges, separated by ; (new ones join the initiative's list)"),
              example="arrears control; budget credibility",
              aliases=("problems", "problem", "challenges", "problems and challenges", "problemes", "defis",
                       "problemas", "desafios", "retos", "проблемы", "вызовы", "трудности")),
    PeerField("goals", N_("Goals"), FieldKind.TAGS, max_length=200, completeness=3,
              help=N_("Goals, separated by ;"), example="programme budgeting",
              aliases=("goals", "goal", "objectives", "objectifs", "buts", "objetivos", "metas", "цели",
                       "задачи реформы")),
    PeerField("tasks", N_("Tasks"), FieldKind.TAGS, max_length=200, completeness=2,
              help=N_("Tasks, separated by ;"), example="budget circular",
              aliases=("tasks", "task", "responsibilities", "taches", "tareas", "tarefas", "задачи",
                       "обязанности")),
    PeerField("influence", N_("Influence over the reform"), FieldKind.LEVEL, levels="influence_levels",
              completeness=1, help=N_("Influence over the reform: low, medium or high"), example="medium",
              aliases=("influence", "influence over reforms", "influence on reform", "influencia", "влияние",
                       "влияние на реформы")),
    PeerField("phone", N_("Phone"), max_length=64, help=N_("Phone"),
              aliases=("phone", "telephone", "mobile", "tel", "telefono", "telefone", "celular", "телефон")),
    PeerField("professional_affiliation", N_("Professional affiliation"), max_length=300,
              help=N_("Professional association"),
              aliases=("professional affiliation", "affiliation", "association", "professional association",
                       "affiliation professionnelle", "afiliacion profesional", "afiliacao profissional",
                       "профессиональная ассоциация")),
    PeerField("social_standing", N_("Social standing"), FieldKind.LEVEL, levels="standing_levels",
              help=N_("junior, peer or senior"),
              aliases=("social standing", "standing", "statut", "statut social", "estatus", "status social",
                       "статус")),
    PeerField("preferred_language", N_("Preferred language for documents"), FieldKind.LANGUAGE, max_length=8,
              help=N_("One language code"),
              aliases=("preferred language", "langue preferee", "idioma preferido", "lingua preferida",
                       "предпочитаемый язык")),
    PeerField("risks", N_("Risks"), FieldKind.CODES, levels="risks",
              help=N_("Codes from the 'allowed values' sheet, separated by ;"),
              aliases=("risks", "risk", "risques", "riesgos", "riscos", "риски")),
    PeerField("risk_note", N_("Note on risks"), FieldKind.LONG_TEXT, in_template=False,
              aliases=("risk note", "risk notes", "note sur les risques", "nota de riesgo", "nota de risco",
                       "о рисках")),
    PeerField("consent_given", N_("Consent given"), FieldKind.BOOLEAN, help=N_("yes or no"), example="yes",
              aliases=("consent", "consent given", "consentement", "consentimiento", "consentimento", "согласие")),
    PeerField("consent_date", N_("Date of consent"), FieldKind.DATE, in_template=False,
              aliases=("consent date", "date du consentement", "fecha de consentimiento", "data do consentimento",
                       "дата согласия")),
    PeerField("consent_text", N_("Text agreed to"), FieldKind.LONG_TEXT, in_template=False,
              help=N_("The consent wording the person agreed to"),
              aliases=("consent text", "text agreed to", "consent wording", "texte du consentement",
                       "texto del consentimiento", "texto do consentimento", "текст согласия")),
    PeerField("role", N_("Role in the initiative"), FieldKind.CHOICE, help=N_("participant (default) or comparison"),
              example="participant", aliases=("role", "membership role", "group", "groupe", "grupo", "роль")),
    PeerField("notes", N_("Notes"), FieldKind.LONG_TEXT, help=N_("Anything else"),
              aliases=("notes", "note", "comments", "comment", "remarques", "commentaires", "notas", "comentarios",
                       "observacoes", "примечания", "комментарии")),
)

#: Columns an import reads that are not profile fields: where the row goes, and who it is (export round trip).
IMPORT_ONLY_FIELDS: tuple[PeerField, ...] = (
    PeerField("initiative", N_("Initiative"), max_length=300, in_template=False,
              aliases=("initiative", "programme", "program", "iniciativa", "инициатива")),
    PeerField("uuid", N_("PeerDesk identifier"), in_template=False, aliases=("uuid", "peer uuid")),
)

#: Parts of a person's name kept in separate columns; an import joins them into the full name.
NAME_PARTS: dict[str, tuple[str, ...]] = {
    "given_name": ("first name", "given name", "given names", "forename", "prenom", "prenoms", "nombre",
                   "nombres", "primer nombre", "nome", "primeiro nome", "prenome", "имя"),
    "surname": ("last name", "surname", "family name", "nom", "nom de famille", "apellido", "apellidos",
                "sobrenome", "apelido", "ultimo nome", "фамилия"),
    "patronymic": ("patronymic", "middle name", "отчество"),
}
NAME_PART_LABELS = {"given_name": N_("Given name"), "surname": N_("Surname"), "patronymic": N_("Patronymic")}

_BY_NAME = {field.name: field for field in (*PEER_FIELDS, *IMPORT_ONLY_FIELDS)}


def peer_field(name: str) -> PeerField:
    """The declared field ``name`` (KeyError names the registry if there is none)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no peer field {name!r}; declare it in peerdesk.core.fields.PEER_FIELDS") from None


def field_label(name: str) -> str:
    """The field's name as a person reads it, in the current language ("Career level", not career_level)."""
    field = _BY_NAME.get(name)
    if field is None and name in NAME_PART_LABELS:
        return _(NAME_PART_LABELS[name])
    return _(field.label) if field else name.replace("_", " ")


def importable_fields() -> tuple[PeerField, ...]:
    """Every column an import can fill: the profile fields, then the initiative and identifier."""
    return (*PEER_FIELDS, *IMPORT_ONLY_FIELDS)


def template_fields() -> tuple[PeerField, ...]:
    return tuple(field for field in PEER_FIELDS if field.in_template)


def given_name_first(language: str) -> bool:
    """Whether a full name is written given name first in lists of this language (Russian lists keep
    "Фамилия Имя Отчество"; the other four write "Ndèye Mayé Diouf")."""
    return language != "ru"


def join_name_parts(parts: dict[str, str], surname_first: bool) -> str:
    """One full name from its parts: "Ndèye Mayé" + "Diouf" -> "Ndèye Mayé Diouf" (or surname first)."""
    given, surname, patronymic = (parts.get(key, "").strip() for key in ("given_name", "surname", "patronymic"))
    ordered = [surname, given, patronymic] if surname_first else [given, patronymic, surname]
    return " ".join(part for part in ordered if part)


def required_fields() -> tuple[PeerField, ...]:
    return tuple(field for field in PEER_FIELDS if field.required)
