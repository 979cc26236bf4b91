"""Two spreadsheet bombs (issue 11): a merged range over every column of 20,000 rows, and one huge cell."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook


def _small_workbook(path: Path, rows: list[list[str]]) -> dict[str, bytes]:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "peers"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    with zipfile.ZipFile(path) as source:
        return {info.filename: source.read(info) for info in source.infolist()}


def merged_bomb(path: Path) -> Path:
    """About 5 KB: three rows, and a merged range A2:XFD20001 (every column of 20,000 rows)."""
    parts = _small_workbook(path, [["name", "email"], ["Ann", "a@x.org"], ["Bob", "b@x.org"]])
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD20001"/></mergeCells>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def huge_cell_bomb(path: Path, size: int = 2 * 1024**3) -> Path:
    """One cell of ``size`` letters (2 GB by default) that compresses to a small file."""
    parts = _small_workbook(path, [["name", "email"], ["PLACEHOLDER", "a@x.org"]])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name, data in parts.items():
            if b"PLACEHOLDER" not in data:
                out.writestr(name, data)
                continue
            head, tail = data.split(b"PLACEHOLDER")
            with out.open(name, "w", force_zip64=True) as member:
                member.write(head)
                block = b"A" * (16 * 1024 * 1024)
                for _ in range(size // len(block)):
                    member.write(block)
                member.write(tail)
    return path
