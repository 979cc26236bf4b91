"""Reading a spreadsheet someone sent: CSV (any common encoding and delimiter) or XLSX, as rows of text.

Whatever arrives, the result is a :class:`SourceTable` (a header row and text cells, each row carrying the
row number the user sees in their spreadsheet) or a :class:`SourceError` with a one-line message.
Cells a person could not see as plain values (formulas without a computed value) are reported as
problems by row and column instead of being guessed.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from peerdesk.io.formulas import restore_csv

logger = logging.getLogger(__name__)

#: Refuse absurdly large sources before reading them into memory.
MAX_SOURCE_BYTES = 200 * 1024 * 1024
DELIMITERS = ",;\t|"


class SourceError(Exception):
    """The source cannot be read at all. ``str(error)`` is a one-line message for people."""


@dataclass(frozen=True)
class CellProblem:
    row: int
    column: str
    message: str


@dataclass
class SourceTable:
    """A header row and data rows of stripped text; ``row_numbers[i]`` is the spreadsheet row of ``rows[i]``."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    kind: str  # csv | xlsx
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    problems: list[CellProblem] = field(default_factory=list)


# --- CSV -------------------------------------------------------------------------------------------


def detect_encoding(raw: bytes) -> str:
    """The encoding of CSV bytes: a BOM if there is one, else UTF-16 by its zero bytes, else UTF-8 if it
    decodes, else Windows-1252 (the usual Excel "CSV" on Windows), else Latin-1 (which always decodes)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = raw[:4096]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
            return "utf-16-le"
        if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
            return "utf-16-be"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def detect_delimiter(text: str) -> str:
    """The delimiter of CSV text, judged on its first lines (comma when nothing else fits)."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    header = lines[0]
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_csv_bytes(raw: bytes, name: str = "source") -> SourceTable:
    if b"\x00" in raw[:4096] and detect_encoding(raw).startswith("utf-8"):
        raise SourceError(f"{name} is not a text file (it holds binary data).")
    encoding = detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name} could not be decoded as {encoding}: {exc.reason}.") from exc
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise SourceError(f"{name} is not a text file (it holds binary data).")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    try:
        for record in reader:
            line = reader.line_num
            cells = [restore_csv(cell.strip()) for cell in record]
            if headers is None:
                if any(cells):
                    headers = cells
                continue
            if not any(cells):
                continue
            rows.append(cells)
            numbers.append(line)
    except csv.Error as exc:
        raise SourceError(f"{name} is not valid CSV near line {reader.line_num}: {exc}.") from exc
    if headers is None:
        raise SourceError(f"{name} is empty: it has no header row.")
    return SourceTable(headers, rows, numbers, "csv", encoding=encoding, delimiter=delimiter)


# --- XLSX ------------------------------------------------------------------------------------------

_MERGE_RE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _column_index(letters: bytes | str) -> int:
    if isinstance(letters, bytes):
        letters = letters.decode()
    number = 0
    for char in letters:
        number = number * 26 + (ord(char) - 64)
    return number - 1


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _merged_ranges(path: Path, sheet_path: str | None) -> list[tuple[int, int, int, int]]:
    """Merged ranges of a sheet as (min_row, min_col, max_row, max_col), 1-based rows, 0-based columns.
    Read-only openpyxl does not expose them, so they are read from the sheet's XML directly."""
    if not sheet_path:
        return []
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read(sheet_path.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return []
    ranges = []
    for col1, row1, col2, row2 in _MERGE_RE.findall(data):
        ranges.append((int(row1), _column_index(col1), int(row2), _column_index(col2)))
    return ranges


def _pick_sheet(workbook, preferred: tuple[str, ...]):
    names = {name.casefold(): name for name in workbook.sheetnames}
    for wanted in preferred:
        if wanted.casefold() in names:
            return workbook[names[wanted.casefold()]]
    return workbook.worksheets[0]


def read_xlsx(path: Path, preferred_sheets: tuple[str, ...] = ("peers",)) -> SourceTable:
    """The preferred sheet (by name, else the first) of an XLSX workbook, merged cells filled with their
    top-left value (as the person sees it)."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise SourceError(f"{path.name} is not a readable XLSX workbook ({type(exc).__name__}).") from exc
    except Exception as exc:  # noqa: BLE001 - a damaged workbook can raise almost anything inside openpyxl
        raise SourceError(f"{path.name} is a damaged XLSX workbook ({type(exc).__name__}).") from exc
    try:
        if not workbook.worksheets:
            raise SourceError(f"{path.name} holds no worksheet.")
        sheet = _pick_sheet(workbook, preferred_sheets)
        sheet_name = sheet.title
        sheet_path = getattr(sheet, "_worksheet_path", None)
        formulas: list[tuple[int, int]] = []
        grid: list[tuple[int, list]] = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = list(row)
            for index, value in enumerate(values):
                if isinstance(value, str) and value.startswith("=") and len(value) > 1:
                    formulas.append((number, index))
            grid.append((number, values))
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise SourceError(f"{path.name} is a damaged XLSX workbook ({type(exc).__name__}).") from exc
    finally:
        workbook.close()
    cached: dict[tuple[int, int], object] = {}
    if formulas:
        cached = _cached_values(path, sheet_name, set(formulas))
    for min_row, min_col, max_row, max_col in _merged_ranges(path, sheet_path):
        if min_row - 1 >= len(grid):
            continue
        top = grid[min_row - 1][1]
        value = top[min_col] if min_col < len(top) else None
        for row_number in range(min_row, min(max_row, len(grid)) + 1):
            values = grid[row_number - 1][1]
            if len(values) <= max_col:
                values.extend([None] * (max_col + 1 - len(values)))
            for col in range(min_col, max_col + 1):
                if (row_number, col) != (min_row, min_col):
                    values[col] = value
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    problems: list[CellProblem] = []
    formula_cells = set(formulas)
    for number, values in grid:
        cells = []
        for index, value in enumerate(values):
            if (number, index) in formula_cells:
                computed = cached.get((number, index))
                value = computed if computed is not None else ""
                if computed is None and headers is not None:
                    column = headers[index] if index < len(headers) else f"column {index + 1}"
                    problems.append(
                        CellProblem(number, column, "holds a formula with no saved value; paste it as a value")
                    )
            cells.append(_cell_text(value))
        if headers is None:
            if any(cells):
                headers = cells
            continue
        if not any(cells):
            continue
        rows.append(cells)
        numbers.append(number)
    if headers is None:
        raise SourceError(f"{path.name} is empty: sheet {sheet_name!r} has no header row.")
    while headers and not headers[-1]:
        headers.pop()
    return SourceTable(headers, rows, numbers, "xlsx", sheet=sheet_name, problems=problems)


def _cached_values(path: Path, sheet_name: str, wanted: set[tuple[int, int]]) -> dict[tuple[int, int], object]:
    """The values Excel saved for formula cells (none if the workbook was never opened in a spreadsheet)."""
    import openpyxl

    found: dict[tuple[int, int], object] = {}
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for number, row in enumerate(workbook[sheet_name].iter_rows(values_only=True), start=1):
                for index, value in enumerate(row):
                    if (number, index) in wanted:
                        found[(number, index)] = value
        finally:
            workbook.close()
    except Exception:  # noqa: BLE001 - a second look that fails just leaves the formulas unresolved
        logger.warning("could not read saved formula values from %s", path)
    return found


# --- either ----------------------------------------------------------------------------------------


def read_source(path: Path | str, preferred_sheets: tuple[str, ...] = ("peers",)) -> SourceTable:
    """Read a CSV or XLSX file (chosen by its content, not only its name)."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path} does not exist.")
    if not path.is_file():
        raise SourceError(f"{path} is a folder, not a spreadsheet.")
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"{path.name} is too large ({size // (1024 * 1024)} MB) to import.")
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise SourceError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, preferred_sheets)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(f"{path.name} is an old Excel (.xls) workbook; save it as .xlsx or .csv first.")
    if head.startswith(b"SQLite format"):
        raise SourceError(f"{path.name} is a database, not a spreadsheet (to combine data files, use merge).")
    if path.suffix.lower() in (".xlsx", ".xlsm") and size:
        raise SourceError(f"{path.name} is named like a workbook but is not an XLSX file.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if not raw.strip():
        raise SourceError(f"{path.name} is empty: it has no header row.")
    return read_csv_bytes(raw, path.name)
