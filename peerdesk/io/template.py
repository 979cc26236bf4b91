"""The import template: a workbook whose first sheet has the columns the importer always recognises,
and a second sheet listing the allowed values, with one example row."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core.catalogue import catalogue
from peerdesk.core.fields import template_fields

#: The template's columns, their help notes and the example row come from the field registry.
TEMPLATE_COLUMNS: tuple[str, ...] = tuple(field.name for field in template_fields())
HELP = {field.name: field.help or field.label for field in template_fields()}
EXAMPLE = {field.name: field.example for field in template_fields() if field.example}


def allowed_values() -> dict[str, list[tuple[str, str]]]:
    """Field -> [(code, meaning)] for the fields with a fixed list."""
    cat = catalogue()
    return {
        "career_level": [(level.code, level.name) for level in cat.career_levels],
        "education_level": [(level.code, level.name) for level in cat.education_levels],
        "influence": [(level.code, level.name) for level in cat.influence_levels],
        "social_standing": [(level.code, level.name) for level in cat.standing_levels],
        "languages": [(language.code, f"{language.name} ({language.native})") for language in cat.languages],
        "risks": [(risk.code, risk.name) for risk in cat.risks],
        "consent_given": [("yes", "consent given"), ("no", "no consent yet")],
        "role": [("participant", "takes part"), ("comparison", "comparison colleague who does not take part")],
    }


def write_template(path: Path | str) -> Path:
    """Write the template workbook to ``path`` (an .xlsx)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "peers"
    sheet.append(list(TEMPLATE_COLUMNS))
    sheet.append([EXAMPLE.get(column, "") for column in TEMPLATE_COLUMNS])
    for index, column in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.comment = Comment(HELP[column], "PeerDesk")
        sheet.column_dimensions[cell.column_letter].width = max(14, len(column) + 4)
    sheet.freeze_panes = "A2"
    values = workbook.create_sheet("allowed values")
    values.append(["field", "value", "meaning"])
    for cell in values[1]:
        cell.font = Font(bold=True)
    ranges: dict[str, str] = {}
    for field_name, options in allowed_values().items():
        first = values.max_row + 1
        for code, meaning in options:
            values.append([field_name, code, meaning])
        ranges[field_name] = f"'allowed values'!$B${first}:$B${values.max_row}"
    values.column_dimensions["A"].width = 18
    values.column_dimensions["B"].width = 14
    values.column_dimensions["C"].width = 50
    for field_name in ("career_level", "education_level", "influence", "social_standing", "consent_given", "role"):
        if field_name not in TEMPLATE_COLUMNS:
            continue
        letter = sheet.cell(row=1, column=TEMPLATE_COLUMNS.index(field_name) + 1).column_letter
        validation = DataValidation(type="list", formula1=ranges[field_name], allow_blank=True)
        validation.error = "Choose a value from the 'allowed values' sheet"
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}5000")
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
