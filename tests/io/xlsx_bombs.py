"""Two spreadsheet bombs (issue 11): a merged range over every column of 20,000 rows, and one huge cell."""

import zipfile, time
from pathlib import Path
from openpyxl import Workbook

def merged_bomb(path: Path) -> Path:
    wb = Workbook(); ws = wb.active; ws.title = "peers"
    ws.append(["name", "email"]); ws.append(["Ann", "a@x.org"]); ws.append(["Bob", "b@x.org"])
    wb.save(path)
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD20001"/></mergeCells>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path

def huge_cell_bomb(path: Path, size: int = 2 * 1024**3) -> Path:
    wb = Workbook(); ws = wb.active; ws.title = "peers"
    ws.append(["name", "email"]); ws.append(["PLACEHOLDER", "a@x.org"])
    wb.save(path)
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name, data in parts.items():
            if b"PLACEHOLDER" in data:
                text = data.decode()
                head, tail = text.split("PLACEHOLDER")
                with out.open(name, "w", force_zip64=True) as member:
                    member.write(head.encode())
                    block = b"A" * (16 * 1024 * 1024)
                    for _ in range(size // len(block)):
                        member.write(block)
                    member.write(tail.encode())
            else:
                out.writestr(name, data)
    return path

