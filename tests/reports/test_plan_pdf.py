"""The engagement plan PDF read back with pypdf, and the ``peerdesk plan`` command."""

from __future__ import annotations

import re
import shutil
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli import main
from peerdesk.db.services.activities import load_plan, update_plan_settings
from peerdesk.db.services.checklist import list_checklist, set_checklist_entry
from peerdesk.reports.plan import build_plan_pdf


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def demo_pdf(demo_file_template, tmp_path_factory) -> tuple[PdfReader, str]:
    """Built once for the module's read-only checks, from a private copy of the demo file."""
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_workspace

    path = tmp_path_factory.mktemp("plan") / "demo.peerdesk"
    shutil.copyfile(demo_file_template, path)
    workspace = open_workspace(path)
    factory = workspace.factory
    demo_initiative = list_initiatives(factory)[0]
    set_checklist_entry(factory, demo_initiative.id, "tool_selection", "in_progress", "Ask A&B <Ministry> first")
    set_checklist_entry(factory, demo_initiative.id, "peer_contracts", "done", "")
    pdf = build_plan_pdf(
        load_plan(factory, demo_initiative.id), list_checklist(factory, demo_initiative.id), today=date(2026, 11, 27)
    )
    workspace.close()
    reader = PdfReader(BytesIO(pdf))
    return reader, flat(" ".join(page.extract_text() for page in reader.pages))


def test_plan_pdf_holds_activities_warnings_and_checklist(demo_pdf) -> None:
    reader, text = demo_pdf
    assert 4 <= len(reader.pages) <= 8
    for title in (
        "Opening workshop: what makes a budget credible?",
        "Study visit to Georgia's Ministry of Finance",
        "Reflection note: what I applied at home",
    ):
        assert title in text
    assert "Long and drawn out" in text
    assert "One-sided visit" in text
    # warnings and the gap
    assert "no review or assessment is planned" in text
    assert "Reflection starts only on 1 December 2026" in text.replace("\u00a0", " ")
    assert "Foundational engagement / Sharing and exchange" in text
    assert "Expert group peer review" in text
    # checklist: all four stages, statuses and a note with markup characters printed as typed
    for stage in ("Establish the foundational engagement", "Apply learning at scale"):
        assert stage in text
    assert "Choose the tools that will carry contact beyond the first meeting." in text
    assert "In progress" in text and "Not started" in text and "Done" in text
    assert "Ask A&B <Ministry> first" in text
    assert "9 of 27 items done, 7 in progress" in text  # the demo's own progress plus the two set above


def test_plan_pdf_prints_names_and_embeds_fonts(demo_pdf) -> None:
    reader, text = demo_pdf
    for name in ("Ёлкина Наталья", "Nguyễn Thị Mai", "Ndèye Mayé Diouf"):
        assert name in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if descriptor is not None:
                descriptor = descriptor.get_object()
                fonts.add((str(font["/BaseFont"]), "/FontFile2" in descriptor))
    assert fonts and all(embedded for _, embedded in fonts)


def test_plan_without_activities_or_goals(empty_workspace) -> None:
    from peerdesk.db.models import Initiative

    with empty_workspace.factory.begin() as session:
        initiative = Initiative(name="Empty plan", start_date=date(2026, 1, 1), end_date=date(2026, 6, 30))
        session.add(initiative)
        session.flush()
        initiative_id = initiative.id
    update_plan_settings(empty_workspace.factory, initiative_id, cadence="quick_thick", learning_goals=[])
    pdf = build_plan_pdf(load_plan(empty_workspace.factory, initiative_id), [])
    text = flat(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages))
    assert "No activities planned yet." in text
    assert "The plan has no activities yet" in text
    assert "Quick and thick" in text


def test_cli_writes_the_plan(demo_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan.pdf"
    code = main(["plan", str(demo_file), "--initiative", "budget credibility peer network 2026", "--out", str(out)])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    printed = capsys.readouterr().out
    assert "10 activities, 1 empty cells, 2 warnings" in printed
    assert "no review or assessment" in printed


def test_cli_bad_usage(demo_file: Path, tmp_path: Path, capsys) -> None:
    assert main(["plan", str(demo_file), "--initiative", "Nope", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "no initiative named 'Nope'" in capsys.readouterr().err
    assert main(["plan", str(demo_file), "--out", str(tmp_path / "x.txt")]) == 2
    assert main(["plan", str(demo_file), "--out", str(tmp_path / "missing" / "x.pdf")]) == 2
    assert main(["plan", str(tmp_path / "nothing.peerdesk"), "--out", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
