"""Which PeerDesk field a spreadsheet column means, from its header in English, French, Spanish,
Portuguese or Russian, or from a survey tool's export (``profile/country``, ``group_x/email``)."""

from __future__ import annotations

import functools
import re
import unicodedata

#: The peer fields an import can fill, in template order. ``name`` is the person's full name.
PEER_FIELDS: tuple[str, ...] = (
    "name",
    "email",
    "organisation",
    "country",
    "position",
    "career_level",
    "education_level",
    "languages",
    "problems",
    "goals",
    "tasks",
    "influence",
    "phone",
    "professional_affiliation",
    "social_standing",
    "preferred_language",
    "risks",
    "risk_note",
    "consent_given",
    "consent_date",
    "role",
    "notes",
    "initiative",
    "uuid",
)

MULTI_VALUED = frozenset({"languages", "problems", "goals", "tasks", "risks"})

# Header words people use, per field. Compared after folding (lower case, no accents, no punctuation).
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "participant", "participant name", "peer", "peer name", "person",
        "nom", "nom complet", "nom et prenom", "prenom et nom", "participant e",
        "nombre", "nombre completo", "nombre y apellido", "nombres y apellidos",
        "nome", "nome completo",
        "имя", "фио", "ф и о", "полное имя", "имя и фамилия", "фамилия имя", "фамилия имя отчество", "участник",
    ),
    "email": (
        "email", "e mail", "email address", "mail", "courriel", "adresse email", "adresse e mail", "adresse courriel",
        "correo", "correo electronico", "email correo", "e mail correo", "endereco de email", "endereco de e mail",
        "электронная почта", "эл почта", "почта", "e mail адрес", "адрес электронной почты",
    ),
    "organisation": (
        "organisation", "organization", "org", "institution", "agency", "ministry", "employer", "home organisation",
        "home organization", "organisme", "structure", "ministere", "employeur",
        "organizacion", "institucion", "entidad", "organizacao", "instituicao", "orgao",
        "организация", "учреждение", "ведомство", "министерство", "место работы",
    ),
    "country": ("country", "pays", "pais", "страна", "country name"),
    "position": (
        "position", "job title", "title", "post", "role title", "function", "poste", "fonction", "titre",
        "cargo", "puesto", "funcion", "funcao", "должность", "позиция",
    ),
    "career_level": (
        "career level", "career", "seniority", "level", "niveau de carriere", "niveau hierarchique",
        "nivel de carrera", "nivel profesional", "nivel de carreira", "nivel hierarquico",
        "уровень карьеры", "уровень должности", "карьерный уровень",
    ),
    "education_level": (
        "education level", "education", "highest degree", "degree", "niveau d etudes", "niveau d education",
        "diplome", "nivel educativo", "nivel de estudios", "nivel de educacion", "escolaridade",
        "nivel de escolaridade", "nivel de educacao", "образование", "уровень образования",
    ),
    "languages": (
        "languages", "language", "langues", "langue", "idiomas", "idioma", "lenguas", "linguas", "lingua",
        "языки", "язык", "working languages",
    ),
    "problems": (
        "problems", "problem", "challenges", "problems and challenges", "problemes", "defis", "problemas",
        "desafios", "retos", "проблемы", "вызовы", "трудности",
    ),
    "goals": ("goals", "goal", "objectives", "objectifs", "buts", "objetivos", "metas", "цели", "задачи реформы"),
    "tasks": ("tasks", "task", "responsibilities", "taches", "tareas", "tarefas", "задачи", "обязанности"),
    "influence": (
        "influence", "influence over reforms", "influence on reform", "influencia", "влияние",
        "влияние на реформы",
    ),
    "phone": ("phone", "telephone", "mobile", "tel", "telefono", "telefone", "celular", "телефон"),
    "professional_affiliation": (
        "professional affiliation", "affiliation", "association", "professional association",
        "affiliation professionnelle", "afiliacion profesional", "afiliacao profissional",
        "профессиональная ассоциация",
    ),
    "social_standing": ("social standing", "standing", "statut", "statut social", "estatus", "status social", "статус"),
    "preferred_language": (
        "preferred language", "langue preferee", "idioma preferido", "lingua preferida", "предпочитаемый язык",
    ),
    "risks": ("risks", "risk", "risques", "riesgos", "riscos", "риски"),
    "risk_note": ("risk note", "risk notes", "note sur les risques", "nota de riesgo", "nota de risco", "о рисках"),
    "consent_given": (
        "consent", "consent given", "consentement", "consentimiento", "consentimento", "согласие",
    ),
    "consent_date": ("consent date", "date du consentement", "fecha de consentimiento", "data do consentimento",
                     "дата согласия"),
    "role": ("role", "membership role", "group", "groupe", "grupo", "роль"),
    "notes": ("notes", "note", "comments", "comment", "remarques", "commentaires", "notas", "comentarios",
              "observacoes", "примечания", "комментарии"),
    "initiative": ("initiative", "programme", "program", "iniciativa", "инициатива"),
    "uuid": ("uuid", "peer uuid"),
}

#: Columns survey tools add to every export; recognised so they are ignored quietly.
SURVEY_METADATA = frozenset(
    {
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
        "instanceid", "instancename", "formhub uuid", "meta instanceid", "meta instancename", "version",
        "key", "submissiondate", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
        "status", "reviewstate", "edits", "formversion", "id", "submission time", "validation status",
        "notes", "submitted by", "tags", "index", "parent index", "parent table name",
    }
)

_FOLDED: dict[str, str] = {}


_PUNCTUATION = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents off, punctuation to single spaces: "Nom / Prénom" -> "nom prenom"."""
    if text.isascii():
        return _PUNCTUATION.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Keep Cyrillic letters whole (й is decomposed by NFKD; recompose after stripping combining marks
    # only from Latin letters would be fiddly), so strip marks only when the base is ASCII.
    out = []
    for char in decomposed:
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    text = unicodedata.normalize("NFC", "".join(out))
    return re.sub(r"[\W_]+", " ", text).strip()


for _field, _words in _ALIASES.items():
    _FOLDED[_field] = _field
    _FOLDED[fold(_field)] = _field
    for _word in _words:
        _FOLDED.setdefault(fold(_word), _field)


def is_survey_export(headers: list[str]) -> bool:
    """True when the headers look like a KoboToolbox/ODK export (group paths, ``_uuid``, ``meta/``)."""
    return any("/" in header or header.startswith("_") or header.startswith("meta") for header in headers)


def field_for_header(header: str, mapping: dict[str, str] | None = None) -> str | None:
    """The PeerDesk field a header means; ``mapping`` (source column -> field) is consulted first."""
    if mapping:
        for key in (header, header.strip(), fold(header)):
            if key in mapping:
                return mapping[key] or None
        folded_mapping = {fold(key): value for key, value in mapping.items()}
        if fold(header) in folded_mapping:
            return folded_mapping[fold(header)] or None
    if header.startswith("_"):  # survey tools' own columns (_uuid, _id, _submission_time)
        return None
    folded = fold(header)
    if folded in _FOLDED:
        return _FOLDED[folded]
    # Survey exports: "profile/country", "group_ab12/email", "profile-name".
    for separator in ("/", ":", "-", "."):
        if separator in header:
            last = fold(header.rsplit(separator, 1)[-1])
            if last in _FOLDED:
                return _FOLDED[last]
    return None


def is_metadata(header: str) -> bool:
    last = header.rsplit("/", 1)[-1]
    return header.startswith("_") or fold(last) in SURVEY_METADATA or fold(header) in SURVEY_METADATA
