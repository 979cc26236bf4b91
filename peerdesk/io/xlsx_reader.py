"""Reading an XLSX workbook into rows of values, with python-calamine (a Rust reader), within bounds.

A small XLSX can hold a huge amount once unzipped (a 2 GB cell in 2 MB) or declare a merged range over
16,384 columns and 20,000 rows. Before the reader sees the file, its parts are unzipped as a stream and
counted (never held whole), the cells' used range is measured from the sheet's own cell references, and
a file beyond the limits below is refused with one message. Merged ranges are clipped to the used range.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

#: Everything the workbook holds, unzipped (a 50,000-person list is about 20 MB).
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
#: Rows x columns of the cells that are actually used on the sheet read.
MAX_USED_CELLS = 10_000_000
#: Excel's own limit for one cell's text.
MAX_CELL_CHARS = 32_767
_CHUNK = 1024 * 1024


class XlsxLimitError(Exception):
    """The workbook is beyond what PeerDesk reads; ``str()`` is the one message for people."""


@dataclass
class SheetScan:
    path: str
    max_row: int = 0
    max_col: int = 0
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # rows 1-based, cols 0-based
    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)


_SHEET_RE = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\b(?:\w+:)?id="([^"]+)"')
_REL_RE = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"')
_REL_RE2 = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bId="([^"]+)"')
# Literal-led patterns (fast on a 30 MB sheet): row tags carry digits only, so a letter means a cell.
_WIDE_CELL_RE = re.compile(rb' r="([A-Z]{2,3})\d')
_BIG_ROW_CELL_RE = re.compile(rb' r="([A-Z]{1,3})(\d{7,})"')
_ROW_RE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_FORMULA_CELL_RE = re.compile(rb'<(?:\w+:)?c\b([^>]*?)\br="([A-Z]{1,3})(\d+)"[^>]*>(.*?)</(?:\w+:)?c>', re.S)
_LONG_TEXT_RE = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>[^<]{%d,}" % (MAX_CELL_CHARS * 4 + 1))


def column_index(letters: bytes | str) -> int:
    if isinstance(letters, bytes):
        letters = letters.decode()
    number = 0
    for char in letters:
        number = number * 26 + (ord(char) - 64)
    return number - 1


def _html_unescape(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace"))


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part inside the zip (from workbook.xml and its relationships)."""
    try:
        workbook = archive.read("xl/workbook.xml")[:5_000_000]
        rels = archive.read("xl/_rels/workbook.xml.rels")[:5_000_000]
    except KeyError:
        return {}
    targets = {rid: target for rid, target in _REL_RE.findall(rels)}
    targets.update({rid: target for target, rid in _REL_RE2.findall(rels)})
    paths = {}
    for name, rid in _SHEET_RE.findall(workbook):
        target = targets.get(rid, b"").decode("utf-8", "replace")
        if target:
            paths[_html_unescape(name)] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return paths


def check_and_scan(path: Path, sheet_name: str, name: str) -> SheetScan:
    """Refuse a workbook whose parts unzip beyond the limits; measure the sheet's used range and merges."""
    try:
        with zipfile.ZipFile(path) as archive:
            declared = sum(info.file_size for info in archive.infolist())
            if declared > MAX_UNZIPPED_BYTES:
                raise XlsxLimitError(_too_big(name, declared))
            sheet_path = _sheet_paths(archive).get(sheet_name, "")
            scan = SheetScan(sheet_path)
            total = 0
            for info in archive.infolist():
                is_sheet = info.filename == sheet_path
                is_strings = info.filename.lower().endswith("sharedstrings.xml")
                tail = b""
                has_formula = False
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_UNZIPPED_BYTES:  # the sizes in the zip's directory can lie
                            raise XlsxLimitError(_too_big(name, total))
                        if not (is_sheet or is_strings):
                            continue
                        window = tail + chunk
                        if _has_long_text(window):
                            raise XlsxLimitError(
                                f"{name} holds a cell longer than {MAX_CELL_CHARS:,} characters "
                                "(more than a spreadsheet cell can hold); it is not read."
                            )
                        if is_sheet:
                            _scan_chunk(window, scan)
                            has_formula = has_formula or b"<f" in window
                            _check_used_range(scan, name)
                        tail = window[-(MAX_CELL_CHARS * 4 + 200):] if is_strings else window[-200:]
                if is_sheet and has_formula:
                    scan.formulas_without_value = _formulas_without_value(archive.read(info))
    except XlsxLimitError:
        raise
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, RuntimeError) as exc:
        raise XlsxLimitError(f"{name} is not a readable XLSX workbook ({type(exc).__name__}).") from exc
    except Exception as exc:  # noqa: BLE001 - zlib and zipfile raise many kinds on damaged archives
        raise XlsxLimitError(f"{name} is a damaged XLSX workbook ({type(exc).__name__}).") from exc
    return scan


def _has_long_text(window: bytes) -> bool:
    """Whether a text longer than a cell can hold runs through ``window``: blocks of half the limit are
    checked for a tag first (a long run fills at least one of them), and only such a block is searched."""
    limit = MAX_CELL_CHARS * 4
    half = limit // 2
    for start in range(0, max(len(window) - half, 0) + 1, half):
        if b"<" not in window[start:start + half]:
            around = window[max(0, start - limit):start + half + limit]
            if _LONG_TEXT_RE.search(around):
                return True
    return False


def _scan_chunk(window: bytes, scan: SheetScan) -> None:
    # Only columns beyond Z are measured one by one (most lists have fewer than 27 columns, and the
    # bound only needs an upper estimate); rows come in order, so the last row number is the largest.
    if scan.max_col < 26 and b'r="' in window:
        scan.max_col = 26
    for letters in set(_WIDE_CELL_RE.findall(window)):
        scan.max_col = max(scan.max_col, column_index(letters) + 1)
    last_row = window.rfind(b"<row ")
    if last_row < 0:
        last_row = window.rfind(b":row ")
    if last_row >= 0:
        found = _ROW_RE.search(window, last_row - 3 if last_row >= 3 else 0)
        if found:
            scan.max_row = max(scan.max_row, int(found.group(1)))
    for _letters, row in _BIG_ROW_CELL_RE.findall(window):  # a cell far below the last row element
        scan.max_row = max(scan.max_row, int(row))
    if b"mergeCell" not in window:
        return
    for col1, row1, col2, row2 in _MERGE_RE.findall(window):
        merge = (int(row1), column_index(col1), int(row2 or row1), column_index(col2 or col1))
        if merge not in scan.merges:
            scan.merges.append(merge)


def _check_used_range(scan: SheetScan, name: str) -> None:
    if scan.max_row * max(scan.max_col, 1) > MAX_USED_CELLS:
        raise XlsxLimitError(
            f"{name} uses {scan.max_row:,} rows by {scan.max_col:,} columns, beyond the {MAX_USED_CELLS:,} "
            "cells PeerDesk reads; delete the unused rows and columns, or save the list as CSV."
        )


def _formulas_without_value(xml: bytes) -> set[tuple[int, int]]:
    found = set()
    for _attributes, letters, row, body in _FORMULA_CELL_RE.findall(xml):
        if b"<f" in body and not re.search(rb"<(?:\w+:)?v>[^<]", body):
            found.add((int(row), column_index(letters)))
    return found


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} unzips to more than {MAX_UNZIPPED_BYTES // (1024 * 1024)} MB "
        f"(at least {size // (1024 * 1024)} MB); it is not read. Save the list as CSV, or keep only the people."
    )


def read_sheet_rows(path: Path, preferred: tuple[str, ...], name: str) -> tuple[str, list[list], SheetScan]:
    """The chosen sheet's name, its rows of values (merged cells filled, clipped), and its scan."""
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - the Rust reader raises its own kinds for damaged files
        raise XlsxLimitError(f"{name} is not a readable XLSX workbook ({type(exc).__name__}).") from exc
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise XlsxLimitError(f"{name} holds no worksheet.")
        folded = {sheet.casefold(): sheet for sheet in names}
        sheet_name = next((folded[w.casefold()] for w in preferred if w.casefold() in folded), names[0])
        scan = check_and_scan(path, sheet_name, name)
        sheet = workbook.get_sheet_by_name(sheet_name)
        start = sheet.start or (0, 0)
        rows = [list(row) for row in sheet.to_python(skip_empty_area=False)]
    except XlsxLimitError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise XlsxLimitError(f"{name} is a damaged XLSX workbook ({type(exc).__name__}).") from exc
    finally:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001
            pass
    top, left = start if rows else (0, 0)
    if top or left:  # calamine starts at the first used cell; put rows and columns back where people see them
        rows = [[] for _ in range(top)] + [[None] * left + row for row in rows]
    _fill_merges(rows, scan)
    return sheet_name, rows, scan


def _fill_merges(rows: list[list], scan: SheetScan) -> None:
    """Merged cells take their top-left value (as a person sees them), clipped to the used columns and rows."""
    width = max((len(row) for row in rows), default=0)
    for min_row, min_col, max_row, max_col in scan.merges:
        if min_row - 1 >= len(rows) or min_col >= width:
            continue
        top = rows[min_row - 1]
        value = top[min_col] if min_col < len(top) else None
        last_col = min(max_col, width - 1)
        for row_number in range(min_row, min(max_row, len(rows)) + 1):
            values = rows[row_number - 1]
            if len(values) <= last_col:
                values.extend([None] * (last_col + 1 - len(values)))
            for col in range(min_col, last_col + 1):
                if (row_number, col) != (min_row, min_col):
                    values[col] = value
