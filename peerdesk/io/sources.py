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
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from peerdesk.io.formulas import restore_csv
from peerdesk.io.xlsx_reader import XlsxLimitError, read_sheet_rows

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
    #: CSV lines decoded from another encoding than ``encoding`` (a file mixing UTF-8 and a code page)
    mixed_lines: list[int] = field(default_factory=list)


# --- CSV -------------------------------------------------------------------------------------------


#: What spreadsheets on Windows save as "CSV" besides UTF-8: Western, Central European, Cyrillic...
LEGACY_ENCODINGS = ["cp1252", "cp1250", "cp1251", "koi8_r", "cp866", "cp1257", "cp1254", "cp1253"]
# Letters a wrong guess between Windows-1252 and -1250 produces, rare in the other's lists.
_UNLIKELY = {"cp1252": set("ûÛþÞðÐ³¹º¿¾¼½ª¥µ"), "cp1250": set("čďňřťůěĺľŕČĎŇŘŤŮĚĹĽŔ")}


def detect_encoding(raw: bytes) -> str:
    """The encoding of CSV bytes: a BOM if there is one, else UTF-16 by its zero bytes, else UTF-8 if it
    decodes strictly, else the legacy code page charset-normalizer finds most coherent."""
    return _detect(raw)[0]


def _detect(raw: bytes) -> tuple[str, str | None]:
    """:func:`detect_encoding`, with the text when finding the encoding already decoded it (UTF-8)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", None
    sample = raw[:4096]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
            return "utf-16-le", None
        if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
            return "utf-16-be", None
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return detect_legacy_encoding(raw), None


def detect_legacy_encoding(raw: bytes) -> str:
    """The Windows or DOS code page of bytes that are not UTF-8 (Windows-1252 when nothing is clearer)."""
    from charset_normalizer import from_bytes

    sample = _non_ascii_lines(raw, 400_000)
    results = list(from_bytes(sample, cp_isolation=LEGACY_ENCODINGS))
    if not results:
        return "cp1252"
    best = min(result.chaos for result in results)
    tied = [result.encoding for result in results if result.chaos <= best + 0.01]
    if len(tied) == 1:
        return tied[0]
    if set(tied) >= {"cp1252", "cp1250"}:
        return min(("cp1252", "cp1250"), key=lambda encoding: _unlikely_count(sample, encoding))
    return tied[0]


def _non_ascii_lines(raw: bytes, limit: int) -> bytes:
    """The lines that carry non-ASCII bytes (the ones that decide an encoding), up to ``limit`` bytes."""
    lines = [line for line in raw.splitlines() if not line.isascii()]
    out = b"\n".join(lines)
    return out[:limit] if out else raw[:limit]


def _unlikely_count(sample: bytes, encoding: str) -> int:
    text = sample.decode(encoding, errors="replace")
    return sum(1 for char in text if char in _UNLIKELY[encoding])


def decode_text(raw: bytes, encoding: str | None, name: str) -> tuple[str, str, list[int]]:
    """``raw`` as text, the encoding used, and the lines (1-based) decoded with another encoding because
    the file mixes UTF-8 with a legacy code page (an Excel list pasted into from another one)."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise SourceError(f"{encoding!r} is not an encoding PeerDesk knows (try utf-8, cp1252, cp1251).") from exc
        try:
            return raw.decode(encoding), encoding, []
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise SourceError(f"{name} is not {encoding}: line {line} cannot be read that way.") from exc
    found, text = _detect(raw)
    if text is not None:
        return text, found, []
    if found.startswith("utf-16") or found in ("utf-8", "utf-8-sig"):
        try:
            return raw.decode(found), found, []
        except UnicodeDecodeError as exc:
            raise SourceError(f"{name} could not be decoded as {found}: {exc.reason}.") from exc
    lines = raw.split(b"\n")
    utf8_lines = 0
    failed: list[int] = []
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            failed.append(number)
    if utf8_lines and failed:  # mostly UTF-8 with some rows from elsewhere: decode each row on its own
        legacy = detect_legacy_encoding(b"\n".join(lines[n - 1] for n in failed))
        bad = set(failed)
        text = "\n".join(
            line.decode(legacy) if number in bad else line.decode("utf-8")
            for number, line in enumerate(lines, start=1)
        )
        return text, "utf-8", failed
    return raw.decode(found, errors="strict" if found != "latin-1" else "replace"), found, []


def detect_delimiter(text: str) -> str:
    """The delimiter of CSV text, judged on its first lines (comma when nothing else fits)."""
    head = text[:65536].splitlines()  # the first lines, without splitting a 50,000-line file
    lines = [line for line in (head if len(head) > 20 else text.splitlines())[:20] if line.strip()]
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


def read_csv_bytes(raw: bytes, name: str = "source", encoding: str | None = None) -> SourceTable:
    if b"\x00" in raw[:4096] and not encoding and detect_encoding(raw).startswith("utf-8"):
        raise SourceError(f"{name} is not a text file (it holds binary data).")
    try:
        text, encoding, legacy_lines = decode_text(raw, encoding, name)
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name} could not be decoded: {exc.reason}.") from exc
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise SourceError(f"{name} is not a text file (it holds binary data).")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    apostrophes = "'" in text  # only a cell starting with an apostrophe may need restoring
    strip = str.strip
    try:
        for record in reader:
            cells = list(map(strip, record))
            if apostrophes and "'" in "".join(cells):
                cells = [restore_csv(cell) for cell in cells]
            if any(cells):
                headers = cells
                break
        add_row, add_number = rows.append, numbers.append
        for record in reader:
            cells = list(map(strip, record))
            if apostrophes and "'" in "".join(cells):
                cells = [restore_csv(cell) for cell in cells]
            if any(cells):
                add_row(cells)
                add_number(reader.line_num)
    except csv.Error as exc:
        raise SourceError(f"{name} is not valid CSV near line {reader.line_num}: {exc}.") from exc
    if headers is None:
        raise SourceError(f"{name} is empty: it has no header row.")
    return SourceTable(headers, rows, numbers, "csv", encoding=encoding, delimiter=delimiter,
                       mixed_lines=legacy_lines)


# --- XLSX ------------------------------------------------------------------------------------------


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


def read_xlsx(path: Path, preferred_sheets: tuple[str, ...] = ("peers",)) -> SourceTable:
    """The preferred sheet (by name, else the first) of an XLSX workbook, merged cells filled with their
    top-left value (as the person sees it), within the bounds of :mod:`peerdesk.io.xlsx_reader`."""
    try:
        sheet_name, grid, scan = read_sheet_rows(path, preferred_sheets, path.name)
    except XlsxLimitError as exc:
        raise SourceError(str(exc)) from exc
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    problems: list[CellProblem] = []
    formulas: dict[int, list[int]] = {}  # row -> columns holding a formula without a saved value
    for row, index in scan.formulas_without_value:
        formulas.setdefault(row, []).append(index)
    for number, values in enumerate(grid, start=1):
        cells = [value.strip() if value.__class__ is str else _cell_text(value) for value in values]
        if headers is None:
            if any(cells):
                headers = cells
            continue
        for index in formulas.get(number, ()):
            if not (index < len(cells) and cells[index]):
                column = headers[index] if index < len(headers) else f"column {index + 1}"
                problems.append(CellProblem(number, column, "holds a formula with no saved value; paste it as a value"))
        if not any(cells):
            continue
        rows.append(cells)
        numbers.append(number)
    if headers is None:
        raise SourceError(f"{path.name} is empty: sheet {sheet_name!r} has no header row.")
    while headers and not headers[-1]:
        headers.pop()
    return SourceTable(headers, rows, numbers, "xlsx", sheet=sheet_name, problems=problems)


# --- either ----------------------------------------------------------------------------------------


def read_source(
    path: Path | str, preferred_sheets: tuple[str, ...] = ("peers",), encoding: str | None = None
) -> SourceTable:
    """Read a CSV or XLSX file (chosen by its content, not only its name); ``encoding`` overrides the
    detected one for CSV."""
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
    if not raw or raw.isspace():  # (stops at the first other byte; strip() would copy the file)
        raise SourceError(f"{path.name} is empty: it has no header row.")
    return read_csv_bytes(raw, path.name, encoding)
