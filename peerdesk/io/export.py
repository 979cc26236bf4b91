"""Write an export of a whole data file: an XLSX workbook (one sheet per table, plus a ``peers`` sheet the
importer reads back) or a zip of CSV files, from the rows :mod:`peerdesk.db.services.export_data` gives.
Text that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from peerdesk.core.atomic import atomic_path
from peerdesk.io.formulas import looks_like_formula, neutralise_csv

#: (sheet name, headers, rows), as :func:`peerdesk.db.services.export_data.export_tables` gives them.
Table = tuple[str, list[str], Iterator[list[object]]]


def export_xlsx(tables: Iterable[Table], out: Path | str) -> Path:
    """Write the workbook; formula-looking text is stored as a text cell, which no spreadsheet runs."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    out = Path(out)
    workbook = Workbook(write_only=True)
    for name, headers, rows in tables:
        sheet = workbook.create_sheet(name[:31])
        sheet.append(headers)
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, str):
                    value = "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 32)
                if isinstance(value, str) and looks_like_formula(value):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    with atomic_path(out) as partial:  # nothing partial under any name if the disk fills up
        workbook.save(partial)
    return out


def export_csv_zip(tables: Iterable[Table], out: Path | str) -> Path:
    """Write a zip with one UTF-8 (BOM) CSV per table; formula-looking text gets a leading apostrophe."""
    out = Path(out)
    with atomic_path(out) as partial, zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, headers, rows in tables:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(headers)
            for row in rows:
                writer.writerow([neutralise_csv(value) if isinstance(value, str) else value for value in row])
            archive.writestr(f"{name}.csv", "\ufeff" + buffer.getvalue())
    return out
