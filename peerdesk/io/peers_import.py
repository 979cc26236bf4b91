"""Turn a spreadsheet of people into checked peer records and a list of problems, before anything is
written. The preview is what the person sees; :mod:`peerdesk.db.services.import_peers` applies it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from peerdesk.core.catalogue import catalogue
from peerdesk.core.collector import collector_paused
from peerdesk.core.fields import NAME_PARTS, field_label, given_name_first, join_name_parts
from peerdesk.core.imports import ImportPreview, PeerRecord, Problem, identity_keys
from peerdesk.core.text import fold, fold_all
from peerdesk.io.headers import MULTI_VALUED, field_for_header, is_metadata, is_survey_export
from peerdesk.io.import_mapping import ImportMapping, MappingError, load_mapping
from peerdesk.io.peer_values import (
    RECODABLE,
    Vocabulary,
    numeric_scale,
    parse_column,
    parse_value,
    split_multi,
    suggest_value,
)
from peerdesk.io.sources import SourceError, SourceTable, read_source


def _columns_of(mapping: ImportMapping | dict | None) -> dict[str, str]:
    if mapping is None:
        return {}
    if isinstance(mapping, ImportMapping):
        return mapping.columns
    return dict(mapping)


def _find_header_row(table: SourceTable, columns: dict[str, str]) -> SourceTable:
    """Spreadsheets often start with a title ("Participants, Dakar workshop") above the real header row:
    when the first row names no person column, use the first of the next rows that does."""
    def recognised(cells: list[str]) -> set[str]:
        found = {field for cell in cells if cell and (field := field_for_header(cell, columns))}
        return {"name" if field in NAME_PARTS else field for field in found}

    if "name" in recognised(table.headers):
        return table
    for index, cells in enumerate(table.rows[:10]):
        found = recognised(cells)
        if "name" in found and len(found) >= 2:
            return SourceTable(cells, table.rows[index + 1:], table.row_numbers[index + 1:], table.kind,
                               table.encoding, table.delimiter, table.sheet,
                               [p for p in table.problems if p.row > table.row_numbers[index]])
    return table


@dataclass
class ColumnPlan:
    """Which field each source column fills, as the preview decided (before any value is read)."""

    table: SourceTable
    fields: list[tuple[int, str, str]]  # (column index, field, column label)
    columns: dict[str, str | None]
    taken: dict[str, str]
    name_parts: dict[str, tuple[int, str]] = field(default_factory=dict)  # part -> (index, label)
    problems: list[Problem] = field(default_factory=list)


def plan_columns(table: SourceTable, mapping: ImportMapping | dict | None = None) -> ColumnPlan:
    """Decide the field of every column: the mapping first, then the header words of the five languages."""
    columns_map = _columns_of(mapping)
    table = _find_header_row(table, columns_map)
    plan = ColumnPlan(table, [], {}, {})
    for index, header in enumerate(table.headers):
        label = header or f"column {index + 1}"
        found = field_for_header(header, columns_map) if header else None
        if found in NAME_PARTS:
            if found in plan.name_parts:
                plan.problems.append(Problem(None, label, f"also holds the {field_label(found).lower()}, like column "
                                                          f"{plan.name_parts[found][1]!r}; it is ignored", "warning"))
                plan.columns[label] = None
            else:
                plan.name_parts[found] = (index, label)
                plan.columns[label] = found
            continue
        if found and found in plan.taken:
            if found in MULTI_VALUED:  # two columns of the same list (e.g. "languages" and "language 2")
                plan.fields.append((index, found, label))
                plan.columns[label] = found
                continue
            plan.problems.append(
                Problem(None, label, f"also means {found!r}, like column {plan.taken[found]!r}; it is ignored",
                        "warning")
            )
            plan.columns[label] = None
            continue
        plan.columns[label] = found
        if found:
            plan.taken[found] = label
            plan.fields.append((index, found, label))
        elif header and not is_metadata(header):
            plan.problems.append(Problem(None, label, "not recognised; it is ignored (choose its field on the "
                                                      "Columns tab, or map it with a mapping file)", "warning"))
    if plan.name_parts and "name" in plan.taken:
        for _index, label in plan.name_parts.values():
            plan.problems.append(Problem(None, label, "the full name comes from column "
                                                      f"{plan.taken['name']!r}; this part is ignored", "warning"))
            plan.columns[label] = None
        plan.name_parts = {}
    if len(plan.name_parts) == 1 and "name" not in plan.taken:  # a lone "Nom" or "Имя" holds the full name
        ((index, label),) = plan.name_parts.values()
        plan.name_parts = {}
        plan.columns[label] = "name"
        plan.taken["name"] = label
        plan.fields.append((index, "name", label))
    if plan.name_parts:
        plan.taken["name"] = " + ".join(label for _index, label in plan.name_parts.values())
    if "name" not in plan.taken:
        plan.problems.append(Problem(None, None, "no column holds the people's names (expected a header such as "
                                                 "'name', 'nom', 'nombre', 'nome' or 'имя')"))
    return plan


def surname_first(table: SourceTable, mapping: ImportMapping | None) -> bool:
    """Whether name parts join surname first: as the mapping says, else Russian lists keep
    "Фамилия Имя Отчество" as written and the other languages write the given name first."""
    if mapping is not None and mapping.name_order:
        return mapping.name_order == "surname_first"
    cyrillic = any("\u0400" <= char <= "\u04ff" for header in table.headers for char in header)
    return not given_name_first("ru" if cyrillic else "")


def _column_texts(rows: list[list[str]], index: int) -> list[str]:
    """Column ``index`` of every row, stripped ("" where a row stops short)."""
    try:
        return list(map(str.strip, map(itemgetter(index), rows)))
    except IndexError:
        return [cells[index].strip() if index < len(cells) else "" for cells in rows]


def _recoder(name: str, mapping: ImportMapping | None, survey: bool) -> Callable[[str], str] | None:
    """The user's value recoding for column ``name`` (multi-valued cells part by part), or None."""
    if mapping is None or name not in mapping.values:
        return None
    if name in MULTI_VALUED:
        return lambda text: "; ".join(mapping.recode(name, part) for part in split_multi(text, survey))
    return lambda text: mapping.recode(name, text)


def build_preview(table: SourceTable, mapping: ImportMapping | dict | None = None,
                  source_name: str = "") -> ImportPreview:
    """Check every cell of ``table``; nothing is written."""
    with collector_paused():
        return _build_preview(table, mapping, source_name)


def _build_preview(table: SourceTable, mapping: ImportMapping | dict | None, source_name: str) -> ImportPreview:
    if mapping is not None and not isinstance(mapping, ImportMapping):
        mapping = ImportMapping(columns=dict(mapping))
    plan = plan_columns(table, mapping)
    table = plan.table
    vocab = Vocabulary(catalogue())
    survey = is_survey_export(table.headers)
    problems: list[Problem] = [Problem(p.row, p.column, p.message) for p in table.problems]
    bad_rows: set[int] = {p.row for p in table.problems}
    if table.mixed_lines:
        lines = ", ".join(map(str, table.mixed_lines[:10])) + ("..." if len(table.mixed_lines) > 10 else "")
        problems.append(Problem(None, None, f"the file mixes encodings: line(s) {lines} were not UTF-8 and were "
                                            "read in a Windows encoding; check those names", "warning"))
    problems.extend(plan.problems)
    taken = plan.taken
    order_surname_first = surname_first(table, mapping)
    rows = table.rows
    # Column by column: each column's cells are parsed in one pass (repeated values once), then each
    # row's values are gathered; the problems are listed row by row, as a person reads the sheet.
    found: list[tuple[int, int, int, Problem]] = []  # (row position, step, column position, problem)
    names: list[str] = []
    gathered: list[list] = []
    if plan.name_parts:
        parts = {part: _column_texts(rows, index) for part, (index, _label) in plan.name_parts.items()}
        names.append("name")
        gathered.append([join_name_parts(dict(zip(parts, texts, strict=True)), order_surname_first) or None
                         for texts in zip(*parts.values(), strict=True)])
    for column, (index, column_field, label) in enumerate(plan.fields):
        values, column_problems = parse_column(column_field, _column_texts(rows, index), vocab, survey,
                                               _recoder(column_field, mapping, survey))
        for position, (severity, message) in column_problems.items():
            found.append((position, 0, column, Problem(table.row_numbers[position], label, message, severity)))
        if column_field in names:  # a second column of the same list ("languages", "language 2")
            earlier = gathered[names.index(column_field)]
            for position, value in enumerate(values):
                if value is not None:
                    previous = earlier[position]
                    earlier[position] = value if previous is None else list(dict.fromkeys([*previous, *value]))
            continue
        names.append(column_field)
        gathered.append(values)
    by_row = zip(*gathered, strict=True) if gathered else ((),) * len(rows)
    column_values = dict(zip(names, gathered, strict=True))
    records = [
        PeerRecord(row_number, dict(zip(names, row_values, strict=True)) if None not in row_values
                   else {name: value for name, value in zip(names, row_values, strict=True) if value is not None},
                   keys)
        for row_number, row_values, keys in zip(table.row_numbers, by_row, _identities(column_values, len(rows)),
                                                strict=True)
    ]
    name_values = column_values.get("name")
    if "name" in taken:
        for position, record in enumerate(records):
            if name_values is None or not name_values[position]:
                found.append((position, 1, 0, Problem(record.row, taken["name"], "the name is empty")))
    initiatives = column_values.get("initiative")
    scopes: list[str] | None = None
    if initiatives is not None:  # the same person may be listed once in each initiative
        folded = {value: fold(str(value)) for value in set(initiatives) if value is not None}
        scopes = [folded[value] if value is not None else "" for value in initiatives]
    seen: dict[tuple, int] = {}
    for position, record in enumerate(records if _may_repeat(records, scopes) else ()):
        row_number = record.row
        repeated = None
        for key in record.keys:
            first = seen.setdefault(key if scopes is None else (scopes[position], *key), row_number)
            if first != row_number and repeated is None:
                repeated = key[0], first
        if repeated is not None:
            what, first = repeated
            column = taken.get("email") if what == "email" else taken.get("name")
            what = "email" if what == "email" else "name and organisation"
            found.append((position, 2, 0, Problem(row_number, column,
                                                  f"same {what} as row {first}: the same person twice")))
    width = len(table.headers)
    for position, cells in enumerate(rows if max(map(len, rows), default=0) > width else ()):
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            found.append((position, 3, 0, Problem(table.row_numbers[position], None,
                                                  "has values beyond the last titled column; they are ignored",
                                                  "warning")))
    found.sort(key=lambda entry: entry[:3])
    problems.extend(problem for *_where, problem in found)
    bad_rows.update(problem.row for *_where, problem in found if problem.severity == "error")
    if not table.rows:
        problems.append(Problem(None, None, "the source has a header row but no people in it"))
    return ImportPreview(
        source=source_name,
        records=records,
        problems=problems,
        columns=plan.columns,
        rows_read=len(table.rows),
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        bad_rows=bad_rows,
    )


def _may_repeat(records: list[PeerRecord], scopes: list[str] | None) -> bool:
    """Whether two records may share an identity key (within their initiative, when ``scopes`` gives
    each one's): one set of all the keys tells, so a list without repeats skips the row-by-row search."""
    if scopes is None:
        keys = [key for record in records for key in record.keys]
    else:
        keys = [(scope, *key) for record, scope in zip(records, scopes, strict=True) for key in record.keys]
    return len(set(keys)) != len(keys)


def _identities(column_values: dict[str, list], count: int) -> list[list[tuple]]:
    """Each row's :func:`identity_keys`, worked out column by column (the names folded in one sweep,
    the addresses case-folded in one, each organisation once) rather than record by record."""
    emails = [str(email) if email else "" for email in column_values.get("email") or [""] * count]
    joined = "\n".join(emails)
    if joined.count("\n") == len(emails) - 1:  # (an address holds no line break): one casefold for them all
        folded_emails = joined.casefold().split("\n") if emails else []
    else:
        folded_emails = [email.casefold() for email in emails]
    names = column_values.get("name")
    if names is None:
        return [[("email", email)] if email else [] for email in folded_emails]
    folded_names = fold_all([str(name) if name else "" for name in names])
    organisations = column_values.get("organisation") or [""] * count
    folded = {value: fold(str(value if value is not None else "")) for value in set(organisations)}
    return [
        ([("email", email), ("name", folded_name, folded[organisation])] if name else [("email", email)])
        if email else ([("name", folded_name, folded[organisation])] if name else [])
        for email, name, folded_name, organisation in zip(folded_emails, names, folded_names, organisations,
                                                          strict=True)
    ]


@dataclass(frozen=True)
class ValueChoice:
    """One distinct source value of a recodable column, with PeerDesk's suggestion (None: no guess)."""

    field: str
    source: str
    suggestion: str | None
    count: int


def values_to_recode(table: SourceTable, mapping: ImportMapping | dict | None = None) -> list[ValueChoice]:
    """Each distinct value of the closed-list columns (levels, influence, yes/no, role, countries,
    languages) where some value is not PeerDesk's, with a suggested PeerDesk value for the user to confirm."""
    if mapping is not None and not isinstance(mapping, ImportMapping):
        mapping = ImportMapping(columns=dict(mapping))
    plan = plan_columns(table, mapping)
    vocab = Vocabulary(catalogue())
    survey = is_survey_export(plan.table.headers)
    from peerdesk.core.fields import peer_field

    choices: list[ValueChoice] = []
    for index, name, _label in plan.fields:
        if peer_field(name).kind not in RECODABLE:
            continue
        counts: dict[str, int] = {}
        for cells in plan.table.rows:
            text = cells[index].strip() if index < len(cells) else ""
            parts = split_multi(text, survey) if name in MULTI_VALUED else [text]
            for part in parts:
                if part:
                    counts[part] = counts.get(part, 0) + 1
        failing = []
        for text in counts:
            try:
                parse_value(name, text, vocab, survey)
            except ValueError:
                failing.append(text)
        if not failing and not (mapping is not None and mapping.values.get(name)):
            continue
        scale = numeric_scale(list(counts))
        for text, count in sorted(counts.items(), key=lambda pair: fold(pair[0])):
            if mapping is not None and text in mapping.values.get(name, {}):
                suggestion: str | None = mapping.values[name][text]
            elif scale is None and text not in failing:
                suggestion = None if name in MULTI_VALUED else _parsed_code(name, text, vocab, survey)
            else:
                suggestion = suggest_value(name, text, vocab, scale)
            choices.append(ValueChoice(name, text, suggestion, count))
    return choices


def _parsed_code(name: str, text: str, vocab: Vocabulary, survey: bool) -> str | None:
    try:
        value = parse_value(name, text, vocab, survey)
    except ValueError:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value if isinstance(value, str) else None


def preview_file(path: Path | str, mapping: ImportMapping | dict | None = None,
                 encoding: str | None = None) -> ImportPreview:
    """Read and check a CSV/XLSX file of people. Raises :class:`SourceError` when it cannot be read."""
    path = Path(path)
    with collector_paused():
        table = read_source(path, encoding=encoding)
        return build_preview(table, mapping, path.name)


__all__ = ["ImportMapping", "ImportPreview", "MappingError", "PeerRecord", "Problem", "SourceError",
           "ValueChoice", "build_preview", "identity_keys", "load_mapping", "plan_columns", "preview_file",
           "values_to_recode"]
