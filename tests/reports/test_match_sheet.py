"""The match sheet PDF reads back with names, explanations and warnings; exports neutralise formulas."""

from __future__ import annotations

import csv
import io
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from peerdesk.core.matching.criteria import MatchSettings, criteria_lines
from peerdesk.core.matching.engine import match
from peerdesk.db.services.matching import load_cohort
from peerdesk.io.match_export import SheetUnit, sheet_units, to_csv, to_xlsx
from peerdesk.reports.match_sheet import build_match_sheet


def _demo_sheet(demo_workspace, demo_initiative):
    cohort = load_cohort(demo_workspace.factory, demo_initiative.id)
    settings = MatchSettings(constraints=cohort.constraints())
    result = match(cohort.profiles, settings)
    return cohort, settings, result, sheet_units(result.units, cohort.profiles)


def test_pdf_reads_back_with_explanations(demo_workspace, demo_initiative):
    cohort, settings, result, units = _demo_sheet(demo_workspace, demo_initiative)
    pdf = build_match_sheet(demo_initiative.name, "Round 2", date(2026, 6, 1), "pairs", units,
                            criteria_lines(settings.criteria, settings.constraints), result.notes)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Match sheet: Round 2" in text
    assert "Ёлкина Наталья" in text and "Ndèye Mayé Diouf" in text
    assert "Both work on arrears control" in text
    assert "Empty profile: Zsófia Kovács" in text
    assert "Shared problems and challenges: similar, weight 10" in text
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts
    assert len(reader.pages) >= 2


def test_markup_prints_as_typed():
    unit = SheetUnit(1, 50.0, False, (("A&B <Ministry>", "member", "Moldova", "Org <1>"),), "x < y & z", ())
    pdf = build_match_sheet("Init & <Co>", "R", None, "pairs", [unit])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "A&B <Ministry>" in text and "x < y & z" in text and "Init & <Co>" in text


def test_csv_and_xlsx_export_neutralise_formulas():
    unit = SheetUnit(1, 61.4, True, (("=HYPERLINK(1)", "member", "Georgia", "+org"),
                                      ("Nguyễn Thị Mai", "member", "Viet Nam", "MoF")), "Both work on x", ("w",))
    text = to_csv([unit]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][3] == "Name" and rows[1][3] == "'=HYPERLINK(1)" and rows[1][6] == "'+org"
    assert rows[2][3] == "Nguyễn Thị Mai"
    book = load_workbook(io.BytesIO(to_xlsx([unit])))
    sheet = book.active
    assert sheet["D2"].value == "'=HYPERLINK(1)" and sheet["B2"].value == 61.4


def test_match_command_writes_sheet_and_export(demo_file, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    from peerdesk.cli import main as cli

    sheet, export = tmp_path / "sheet.pdf", tmp_path / "pairs.xlsx"
    code = cli(["match", str(demo_file), "--initiative", "Budget Credibility Peer Network 2026", "--pairs",
                "--sheet", str(sheet), "--export", str(export)])
    assert code == 0
    text = " ".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Match sheet" in text and "Ёлкина Наталья" in text and "score" in text
    rows = list(openpyxl.load_workbook(export).active.iter_rows(values_only=True))
    names = {cell for row in rows for cell in row if isinstance(cell, str)}
    assert "Nguyễn Thị Mai" in names
    assert cli(["match", str(demo_file), "--initiative", "Budget Credibility Peer Network 2026", "--pairs",
                "--sheet", str(tmp_path / "sheet.txt")]) == 2
