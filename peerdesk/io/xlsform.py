"""XLSForm questionnaires (peer profile, contact report, weekly check-in) for KoboToolbox and ODK, with
labels in five languages. Their answers, exported from the survey tool as CSV or XLSX, import back:
the peer profile through the peer importer, the others through :mod:`peerdesk.io.survey_import`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from peerdesk.core.atomic import atomic_path
from peerdesk.core.catalogue import catalogue
from peerdesk.core.text import tag_slug  # noqa: F401 - re-exported for callers
from peerdesk.io.formulas import as_text_cells
from peerdesk.io.xlsform_text import LANGUAGES, TEXT

FORMS = ("peer_profile", "contact_report", "checkin")
LABEL_COLUMNS = [f"label::{name} ({code})" for code, name in LANGUAGES]
HINT_COLUMNS = [f"hint::{name} ({code})" for code, name in LANGUAGES]
ERROR_COLUMNS = [f"constraint_message::{name} ({code})" for code, name in LANGUAGES]
SURVEY_COLUMNS = ["type", "name", *LABEL_COLUMNS, *HINT_COLUMNS, "required", "constraint", *ERROR_COLUMNS,
                  "choice_filter", "appearance"]
CHOICE_COLUMNS = ["list_name", "name", *LABEL_COLUMNS]
EMAIL_CONSTRAINT = r"regex(., '^[^@\s]+@[^@\s]+\.[^@\s]+$')"


@dataclass(frozen=True)
class FormContext:
    """What an initiative adds to a form: its peers (uuid, name) and its problem/goal/task vocabulary."""

    initiative: str = ""
    peers: tuple[tuple[str, str], ...] = ()
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind (problem/goal/task) -> labels


def peer_choice_name(uuid: str) -> str:
    """A choice name for a peer (letters and digits only, as XLSForm wants): ``p`` + the uuid's hex."""
    return "p" + uuid.replace("-", "")


def uuid_from_choice(name: str) -> str | None:
    """Undo :func:`peer_choice_name`; None if ``name`` is not one."""
    hexpart = name.strip()[1:]
    if not name.strip().startswith("p") or not re.fullmatch(r"[0-9a-f]{32}", hexpart):
        return None
    return f"{hexpart[:8]}-{hexpart[8:12]}-{hexpart[12:16]}-{hexpart[16:20]}-{hexpart[20:]}"


def _labels(key: str) -> list[str]:
    return list(TEXT[key])


def _row(type_: str, name: str, label_key: str | None = None, *, hint: str | None = None, required: bool = False,
         constraint: str = "", error: str | None = None, choice_filter: str = "", appearance: str = "",
         labels: list[str] | None = None) -> list[str]:
    label_values = labels if labels is not None else (_labels(label_key) if label_key else [""] * len(LANGUAGES))
    return [
        type_, name, *label_values,
        *(_labels(hint) if hint else [""] * len(LANGUAGES)),
        "yes" if required else "", constraint,
        *(_labels(error) if error else [""] * len(LANGUAGES)),
        choice_filter, appearance,
    ]


def _level_choices(list_name: str, levels) -> list[list[str]]:
    return [[list_name, level.code, *_labels(f"{list_name}.{level.code}")] for level in levels]


def _peer_choices(context: FormContext) -> list[list[str]]:
    return [["peers", peer_choice_name(uuid), *([name] * len(LANGUAGES))] for uuid, name in context.peers]


def survey_rows(form: str, context: FormContext) -> tuple[list[list[str]], list[list[str]]]:
    """(survey rows, choices rows) of one questionnaire."""
    cat = catalogue()
    yes_no = [["yes_no", "yes", *_labels("yes")], ["yes_no", "no", *_labels("no")]]
    if form == "peer_profile":
        survey = [
            _row("begin_group", "profile", "profile"),
            _row("text", "name", "name", required=True),
            _row("text", "email", "email", hint="email_hint", constraint=EMAIL_CONSTRAINT, error="email_error"),
            _row("text", "organisation", "organisation"),
            _row("text", "country", "country"),
            _row("text", "position", "position"),
            _row("end_group", "profile"),
            _row("begin_group", "matching", "matching"),
            _row("select_one career_level", "career_level", "career_level"),
            _row("select_one education_level", "education_level", "education_level"),
            _row("select_one influence", "influence", "influence"),
            _row("select_multiple languages", "languages", "languages", appearance="minimal"),
        ]
        choices = (
            _level_choices("career_level", cat.career_levels)
            + _level_choices("education_level", cat.education_levels)
            + _level_choices("influence", cat.influence_levels)
            + [["languages", language.code, *([f"{language.native} ({language.code})"] * len(LANGUAGES))]
               for language in cat.languages]
        )
        for kind, column in (("problem", "problems"), ("goal", "goals"), ("task", "tasks")):
            labels = context.tags.get(kind, ())
            if labels:
                survey.append(_row(f"select_multiple {column}", column, column, appearance="minimal"))
                used: set[str] = set()
                for label in labels:
                    slug = tag_slug(label)
                    while slug in used:
                        slug += "_"
                    used.add(slug)
                    choices.append([column, slug, *([label] * len(LANGUAGES))])
            else:
                survey.append(_row("text", column, column, hint="list_hint"))
        survey += [
            _row("select_one yes_no", "consent_given", "consent_given", required=True),
            _row("end_group", "matching"),
        ]
        return survey, choices + yes_no
    if not context.peers:
        raise ValueError(
            f"the {form.replace('_', ' ')} form lists the initiative's peers: name an initiative with peers"
        )
    if form == "contact_report":
        survey = [
            _row("begin_group", "report", "report"),
            _row("select_one peers", "reporter", "reporter", required=True, appearance="minimal"),
            _row("date", "report_date", "report_date", required=True),
            _row("select_multiple peers", "formal", "formal", choice_filter="name != ${reporter}",
                 appearance="minimal"),
            _row("select_multiple peers", "informal", "informal", choice_filter="name != ${reporter}",
                 appearance="minimal"),
            _row("text", "notes", "notes"),
            _row("end_group", "report"),
        ]
        return survey, _peer_choices(context)
    if form == "checkin":
        survey = [
            _row("begin_group", "checkin", "checkin"),
            _row("select_one peers", "peer", "peer", required=True, appearance="minimal"),
            _row("date", "week_start", "week_start", required=True),
            _row("select_one yes_no", "productive", "productive", required=True),
            _row("text", "note", "note"),
            _row("end_group", "checkin"),
        ]
        return survey, _peer_choices(context) + yes_no
    raise ValueError(f"unknown form {form!r} (choose from {', '.join(FORMS)})")


def write_xlsform(form: str, out: Path | str, context: FormContext | None = None) -> Path:
    """Write one questionnaire as an XLSForm workbook (survey, choices and settings sheets)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    context = context or FormContext()
    survey, choices = survey_rows(form, context)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "survey"
    # tag labels, peer names and the initiative's name come from users: text cells only, never formulas
    as_text_cells(sheet, SURVEY_COLUMNS)
    for row in survey:
        as_text_cells(sheet, row)
    choice_sheet = workbook.create_sheet("choices")
    as_text_cells(choice_sheet, CHOICE_COLUMNS)
    for row in choices:
        as_text_cells(choice_sheet, row)
    settings = workbook.create_sheet("settings")
    title = TEXT[f"title_{form}"][0] + (f": {context.initiative}" if context.initiative else "")
    as_text_cells(settings, ["form_title", "form_id", "version", "default_language"])
    as_text_cells(settings, [title, f"peerdesk_{form}", datetime.now().strftime("%Y%m%d%H%M"), LABEL_COLUMNS[0][7:]])
    for each in (sheet, choice_sheet, settings):
        for cell in each[1]:
            cell.font = Font(bold=True)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        workbook.save(partial)
    return out
