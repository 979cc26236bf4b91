"""The evaluation summary PDF, read back with pypdf: sections, figures, fonts, and no names when anonymised."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from peerdesk.cli import main
from peerdesk.core.evaluation.records import EvaluationData, Person
from peerdesk.db.services.demo import COMPARISON, PEERS
from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary

SECTIONS = ("Evaluation summary", "1. Hourglass status", "2. Engagement", "3. Sustained contact", "4. Learning",
            "5. Value-creation interviews", "6. Diffusion", "7. Contract fulfilment",
            "8. Before and after; comparison group", "9. Gaps and next steps")
TODAY = date(2026, 11, 27)


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def image_count(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


@pytest.fixture(scope="module")
def demo_pdfs(demo_file_template, tmp_path_factory):
    """Both PDFs written by the command line from one demo file (module-scoped: building them takes seconds)."""
    out = tmp_path_factory.mktemp("reports")
    name = "Budget Credibility Peer Network 2026"
    plain, anonymised = out / "summary.pdf", out / "anonymised.pdf"
    assert main(["report", str(demo_file_template), "--initiative", name, "--out", str(plain),
                 "--today", "2026-11-27"]) == 0
    assert main(["report", str(demo_file_template), "--initiative", name, "--out", str(anonymised),
                 "--today", "2026-11-27", "--anonymise"]) == 0
    return PdfReader(plain), PdfReader(anonymised)


def test_summary_holds_sections_figures_and_figures_text(demo_pdfs):
    reader, _ = demo_pdfs
    text = text_of(reader)
    for section in SECTIONS:
        assert section in text
    assert "Budget Credibility Peer Network 2026" in text
    assert "12 peers are in the contact study" in text
    assert "52 people reached back home" in text  # 1 + 4 + 35 + 12
    assert "Ёлкина Наталья" in text and "Nguyễn Thị Mai" in text and "Ndèye Mayé Diouf" in text
    assert image_count(reader) == 0  # every chart is a vector drawing: no raster image
    assert "week starting" in text and "% of pairs" in text  # chart text is text (searchable), axes labelled
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"].get("/Font", {}).values() if "/BaseFont" in font.get_object()}
    assert any("DejaVuSans" in font for font in fonts)  # embedded Unicode font


def test_anonymised_summary_holds_no_peer_name(demo_pdfs):
    _, reader = demo_pdfs
    text = text_of(reader)
    for section in SECTIONS:
        assert section in text
    for seed in PEERS + COMPARISON:
        assert seed.name not in text, seed.name
        surname = seed.name.split()[-1]
        if len(surname) >= 3:
            assert surname not in text, surname
    assert "Florin Lupu" not in text and "Clara Hoffmann" not in text
    assert "P01" in text and "Anonymised" in text
    assert "Free text can still identify" in " ".join(text.split())
    quotes = text[text.rindex("5. Value-creation interviews"):text.rindex("6. Diffusion")]
    for place in ("Georgia", "Tbilisi", "Mozambique"):  # named in interviews: would re-identify a peer
        assert place not in quotes, place
    assert "[organisation or place]" in text
    assert image_count(reader) == 0


def test_empty_initiative_summary_says_what_is_missing():
    data = EvaluationData(1, "A&B <Ministry> network", "", None, None, (), (Person(1, "Ana"),))
    reader = PdfReader(BytesIO(build_evaluation_summary(data, SummaryOptions(today=TODAY))))
    text = text_of(reader)
    assert "A&B <Ministry> network" in text
    assert "No contact reports yet." in text and "No diffusion recorded" in text
    assert "No commitment contracts" in text


def test_report_command_refuses_unknown_initiative(demo_file, tmp_path, capsys):
    code = main(["report", str(demo_file), "--initiative", "Nope", "--out", str(tmp_path / "x.pdf")])
    assert code == 2
    assert "no initiative named 'Nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_report_command_refuses_bad_date_and_missing_folder(demo_file, tmp_path, capsys):
    name = "Budget Credibility Peer Network 2026"
    assert main(["report", str(demo_file), "--initiative", name, "--out", str(tmp_path / "x.pdf"),
                 "--today", "27/11"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["report", str(demo_file), "--initiative", name, "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
