"""Turn a spreadsheet of people into checked peer records and a list of problems, before anything is
written. The preview is what the person sees; :mod:`peerdesk.db.services.import_peers` applies it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from peerdesk.core.catalogue import Catalogue, catalogue, catalogue_in
from peerdesk.io.headers import MULTI_VALUED, PEER_FIELDS, field_for_header, fold, is_metadata, is_survey_export
from peerdesk.io.sources import SourceError, SourceTable, read_source
from peerdesk.io.xlsform_text import TEXT

EMAIL_RE = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
MAX_LENGTHS = {
    "name": 300, "email": 320, "phone": 64, "organisation": 300, "country": 100, "position": 300,
    "professional_affiliation": 300, "preferred_language": 8, "initiative": 300,
}
MAX_TAG_LENGTH = 200
YES = {"yes", "y", "true", "1", "x", "oui", "si", "sí", "sim", "да", "ok"}
NO = {"no", "n", "false", "0", "non", "não", "nao", "нет", ""}
ROLES = {"participant": "participant", "comparison": "comparison", "peer": "participant",
         "control": "comparison", "comparison group": "comparison"}


class MappingError(Exception):
    """The mapping file is unreadable or names a field PeerDesk does not have."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the source, where the person can find it (spreadsheet row and column)."""

    row: int | None
    column: str | None
    message: str
    severity: str = "error"  # error | warning

    def describe(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass
class PeerRecord:
    """One row's checked values. Only fields with a value in the source are present in ``values``."""

    row: int
    values: dict[str, object]

    @property
    def name(self) -> str:
        return str(self.values.get("name", ""))


@dataclass
class ImportPreview:
    source: str
    records: list[PeerRecord]
    problems: list[Problem]
    columns: dict[str, str | None]  # source header -> field (None: ignored)
    rows_read: int
    kind: str = ""
    encoding: str = ""
    delimiter: str = ""
    bad_rows: set[int] = field(default_factory=set)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == "error" for problem in self.problems)

    def good_records(self) -> list[PeerRecord]:
        return [record for record in self.records if record.row not in self.bad_rows]


def load_mapping(path: Path | str | None) -> dict[str, str]:
    """Read a mapping file ``{"source column": "peerdesk field"}`` (an empty field ignores the column)."""
    if path is None:
        return {}
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MappingError(f"mapping file {path.name} cannot be read: {exc}") from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str | None) for k, v in data.items()):
        raise MappingError(f'mapping file {path.name} must be a JSON object {{"source column": "peerdesk field"}}')
    unknown = sorted({value for value in data.values() if value and value not in PEER_FIELDS})
    if unknown:
        raise MappingError(
            f"mapping file {path.name} names unknown fields: {', '.join(unknown)} "
            f"(known: {', '.join(PEER_FIELDS)})"
        )
    return {key: value or "" for key, value in data.items()}


# --- value parsers: return the clean value or raise ValueError(message) ----------------------------


_LEVEL_LIST = {"career_level": "career_levels", "education_level": "education_levels",
               "influence": "influence_levels", "social_standing": "standing_levels"}


class _Vocabulary:
    """Lookups from what people type to catalogue codes, built once per import."""

    def __init__(self, cat: Catalogue) -> None:
        self.levels: dict[str, dict[str, str]] = {}
        for name, levels in (
            ("career_level", cat.career_levels),
            ("education_level", cat.education_levels),
            ("influence", cat.influence_levels),
            ("social_standing", cat.standing_levels),
        ):
            table: dict[str, str] = {}
            for level in levels:
                # the code, the English name, the rank, and the questionnaires' words in fr/es/pt/ru
                english = catalogue_in("en").name_of(_LEVEL_LIST[name], level.code)  # names in the UI language too
                for word in (level.code, level.name, english, str(level.rank), *TEXT.get(f"{name}.{level.code}", ())):
                    table.setdefault(fold(word), level.code)
            self.levels[name] = table
        self.level_codes = {name: [level.code for level in getattr(cat, attr)] for name, attr in (
            ("career_level", "career_levels"), ("education_level", "education_levels"),
            ("influence", "influence_levels"), ("social_standing", "standing_levels"))}
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
        code = self.languages.get(fold(text))
        if code is None:
            if re.fullmatch(r"[a-z]{2}", text.strip().lower()):
                return text.strip().lower()  # a valid-looking ISO 639-1 code the catalogue lacks
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


def _languages(text: str, vocab: _Vocabulary, survey: bool) -> list[str]:
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


def _date(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text[:19], pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD)")


def _clean_text(text: str, column_field: str) -> str:
    if "\x00" in text:
        raise ValueError("holds a NUL character")
    limit = MAX_LENGTHS.get(column_field)
    if limit and len(text) > limit:
        raise ValueError(f"is {len(text)} characters long; at most {limit} fit")
    return text


def parse_value(column_field: str, text: str, vocab: _Vocabulary, survey: bool):
    """The clean value of one cell for ``column_field``; raises ValueError with a message for people."""
    if column_field in ("career_level", "education_level", "influence", "social_standing"):
        return vocab.level(column_field, text)
    if column_field == "languages":
        return _languages(text, vocab, survey)
    if column_field == "preferred_language":
        return vocab.language(text)
    if column_field in ("problems", "goals", "tasks"):
        labels = split_multi(text, survey)
        for label in labels:
            if len(label) > MAX_TAG_LENGTH:
                raise ValueError(f"a tag is {len(label)} characters long; at most {MAX_TAG_LENGTH} fit")
            if "\x00" in label:
                raise ValueError("holds a NUL character")
        return labels
    if column_field == "risks":
        codes = []
        for part in split_multi(text, survey):
            code = vocab.risks.get(fold(part))
            if code is None:
                raise ValueError(f"{part!r} is not a known risk ({', '.join(sorted(set(vocab.risks.values())))})")
            codes.append(code)
        return codes
    if column_field == "email":
        text = text.strip().removeprefix("mailto:")
        if not EMAIL_RE.match(text) or len(text) > MAX_LENGTHS["email"]:
            raise ValueError(f"{text!r} is not an email address")
        return text.lower()
    if column_field == "consent_given":
        folded = text.strip().casefold()
        if folded in YES:
            return True
        if folded in NO:
            return False
        raise ValueError(f"{text!r} is not yes or no")
    if column_field == "consent_date":
        return _date(text.strip())
    if column_field == "role":
        role = ROLES.get(fold(text))
        if role is None:
            raise ValueError(f"{text!r} is not participant or comparison")
        return role
    if column_field == "uuid":
        if not re.fullmatch(r"[0-9a-fA-F-]{36}", text.strip()):
            raise ValueError(f"{text!r} is not a PeerDesk identifier")
        return text.strip().lower()
    return _clean_text(text, column_field)


def identity_keys(values: dict[str, object]) -> list[tuple]:
    """How a person is recognised: the same email, or the same name and organisation."""
    keys: list[tuple] = []
    email = values.get("email")
    if email:
        keys.append(("email", str(email).casefold()))
    name = values.get("name")
    if name:
        keys.append(("name", fold(str(name)), fold(str(values.get("organisation", "")))))
    return keys


def _find_header_row(table: SourceTable, mapping: dict[str, str] | None) -> SourceTable:
    """Spreadsheets often start with a title ("Participants, Dakar workshop") above the real header row:
    when the first row names no person column, use the first of the next rows that does."""
    def recognised(cells: list[str]) -> set[str]:
        return {field for cell in cells if cell and (field := field_for_header(cell, mapping))}

    if "name" in recognised(table.headers):
        return table
    for index, cells in enumerate(table.rows[:10]):
        found = recognised(cells)
        if "name" in found and len(found) >= 2:
            return SourceTable(cells, table.rows[index + 1:], table.row_numbers[index + 1:], table.kind,
                               table.encoding, table.delimiter, table.sheet,
                               [p for p in table.problems if p.row > table.row_numbers[index]])
    return table


def build_preview(table: SourceTable, mapping: dict[str, str] | None = None, source_name: str = "") -> ImportPreview:
    """Check every cell of ``table``; nothing is written."""
    table = _find_header_row(table, mapping)
    vocab = _Vocabulary(catalogue())
    survey = is_survey_export(table.headers)
    problems: list[Problem] = [Problem(p.row, p.column, p.message) for p in table.problems]
    bad_rows: set[int] = {p.row for p in table.problems}
    columns: dict[str, str | None] = {}
    index_field: list[tuple[int, str, str]] = []
    taken: dict[str, str] = {}
    for index, header in enumerate(table.headers):
        label = header or f"column {index + 1}"
        found = field_for_header(header, mapping) if header else None
        if found and found in taken:
            if found in MULTI_VALUED:  # two columns of the same list (e.g. "languages" and "language 2")
                index_field.append((index, found, label))
                columns[label] = found
                continue
            problems.append(
                Problem(None, label, f"also means {found!r}, like column {taken[found]!r}; it is ignored", "warning")
            )
            columns[label] = None
            continue
        columns[label] = found
        if found:
            taken[found] = label
            index_field.append((index, found, label))
        elif header and not is_metadata(header):
            problems.append(Problem(None, label, "not recognised; it is ignored (map it with a mapping file)",
                                    "warning"))
    if "name" not in taken:
        problems.append(Problem(None, None, "no column holds the people's names (expected a header such as "
                                            "'name', 'nom', 'nombre', 'nome' or 'имя')"))
    records: list[PeerRecord] = []
    seen: dict[tuple, int] = {}
    for cells, row_number in zip(table.rows, table.row_numbers, strict=True):
        values: dict[str, object] = {}
        row_ok = True
        for index, column_field, label in index_field:
            text = cells[index].strip() if index < len(cells) else ""
            if not text:
                continue
            try:
                value = parse_value(column_field, text, vocab, survey)
            except ValueError as exc:
                problems.append(Problem(row_number, label, str(exc)))
                row_ok = False
                continue
            if column_field in MULTI_VALUED and column_field in values:
                value = list(dict.fromkeys([*values[column_field], *value]))
            values[column_field] = value
        if "name" in taken and not values.get("name"):
            problems.append(Problem(row_number, taken["name"], "the name is empty"))
            row_ok = False
        scope = fold(str(values.get("initiative", "")))
        for key in identity_keys(values):
            first = seen.get((scope, *key))
            if first is not None and first != row_number:
                what = "email" if key[0] == "email" else "name and organisation"
                column = taken.get("email") if key[0] == "email" else taken.get("name")
                problems.append(Problem(row_number, column, f"same {what} as row {first}: the same person twice"))
                row_ok = False
                break
        for key in identity_keys(values):
            seen.setdefault((scope, *key), row_number)
        if len(cells) > len(table.headers) and any(cell.strip() for cell in cells[len(table.headers):]):
            problems.append(Problem(row_number, None, "has values beyond the last titled column; they are ignored",
                                    "warning"))
        if not row_ok:
            bad_rows.add(row_number)
        records.append(PeerRecord(row_number, values))
    if not table.rows:
        problems.append(Problem(None, None, "the source has a header row but no people in it"))
    return ImportPreview(
        source=source_name,
        records=records,
        problems=problems,
        columns=columns,
        rows_read=len(table.rows),
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        bad_rows=bad_rows,
    )


def preview_file(path: Path | str, mapping: dict[str, str] | None = None) -> ImportPreview:
    """Read and check a CSV/XLSX file of people. Raises :class:`SourceError` when it cannot be read."""
    path = Path(path)
    table = read_source(path)
    return build_preview(table, mapping, path.name)


__all__ = ["ImportPreview", "MappingError", "PeerRecord", "Problem", "SourceError", "build_preview",
           "load_mapping", "preview_file"]
