"""Every printed document read back against the layout rules: A4 and Letter page sizes, the full reference
on every page, no near-empty page before a document's last, no raster image, percentages with their
base, one commitment once per letter, and a data file that printing leaves byte for byte as it was."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli import main

INITIATIVE = "Budget Credibility Peer Network 2026"
HOSTILE = "A&B <Ministry> ‘Ёлкина’ Ndèye Mayé Diouf Nguyễn — regional network of budget and audit offices 2026"
HOSTILE_PEER = "Ndèye Mayé Diouf-Nguyễn Thị Mai <A&B> ‘Ёлкина-Абдрахманова’ of the Directorate"
SIZES = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MM = 72 / 25.4
TOP, BOTTOM = 18 * MM, 26 * MM  # the text frame's margins (reports.pdf)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hostile_copy(demo_file: Path, tmp_path: Path) -> Path:
    """The demo with a long, hostile initiative name and a long, hostile peer name."""
    target = tmp_path / "hostile.peerdesk"
    target.write_bytes(demo_file.read_bytes())
    db = sqlite3.connect(target)
    db.execute("UPDATE initiative SET name = ?", (HOSTILE,))
    db.execute("UPDATE peer SET full_name = ? WHERE full_name = ?", (HOSTILE_PEER, "Ndèye Mayé Diouf"))
    db.commit()
    db.close()  # folds the write-ahead log back into the file
    return target


def _pages(pdf: bytes) -> list[dict]:
    """Per page: size, text, the text's items with their height, and the footer's page label."""
    pages = []
    for page in PdfReader(BytesIO(pdf)).pages:
        items: list[tuple[float, str]] = []

        def visit(text, cm, tm, font, size, items=items):
            if text.strip():
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                items.append((y, text.strip()))

        text = page.extract_text(visitor_text=visit)
        footer = [t for y, t in items if y < BOTTOM - 2]
        label = next((m for t in footer if (m := re.fullmatch(r"\D*(\d+)\D+(\d+)", t))), None)
        pages.append({"size": (float(page.mediabox.width), float(page.mediabox.height)), "text": text,
                      "items": items, "footer": " ".join(footer), "label": label, "images": len(page.images)})
    return pages


def _check_layout(pages: list[dict], paper: str) -> None:
    width, height = SIZES[paper]
    for number, page in enumerate(pages, 1):
        assert page["size"][0] == pytest.approx(width, abs=1) and page["size"][1] == pytest.approx(height, abs=1)
        assert page["label"] is not None, f"page {number} has no page number"
        current, total = int(page["label"].group(1)), int(page["label"].group(2))
        body = [y for y, _t in page["items"] if BOTTOM - 2 <= y <= height - TOP + 2]
        if current < total:  # only the last page of a document may be less than a quarter full
            frame = height - TOP - BOTTOM
            filled = (height - TOP - min(body)) / frame if body else 0
            assert filled >= 0.25, f"page {number} is {filled:.0%} full"
        # the footer sits where a printer at 100% still prints (at least 12 mm above the edge)
        assert min(y for y, _t in page["items"]) >= 12 * MM


@pytest.fixture(params=["demo", "hostile"])
def data_file(request, demo_file, tmp_path) -> tuple[Path, str]:
    if request.param == "demo":
        return demo_file, INITIATIVE
    return _hostile_copy(demo_file, tmp_path), HOSTILE


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_contracts_and_letters(data_file, paper, tmp_path):
    path, initiative = data_file
    before = _sha(path)
    out, letters = tmp_path / "c.pdf", tmp_path / "l.pdf"
    assert main(["contracts", str(path), "--initiative", initiative, "--out", str(out), "--paper", paper]) == 0
    assert main(["contracts", str(path), "--initiative", initiative, "--out", str(letters), "--report-back",
                 "--today", "2026-11-27", "--paper", paper]) == 0
    assert _sha(path) == before  # printing wrote nothing to the data file (no draft contracts made)
    for pdf in (out, letters):
        pages = _pages(pdf.read_bytes())
        _check_layout(pages, paper)
        for page in pages:  # the full reference, never cut, in every footer
            assert UUID.search(page["footer"]), page["footer"]
    contracts = _pages(out.read_bytes())
    assert sum(1 for p in contracts if p["label"].group(1) == "1") == 6  # the six contracts on file, no more
    text = " ".join(p["text"] for p in _pages(letters.read_bytes()))
    assert "______" not in text and "I will" not in text


def test_each_commitment_once_in_a_letter(demo_file, tmp_path):
    from peerdesk.core.contract_followup import build_report_back, letter_wanted
    from peerdesk.db.services.contracts import gather_contracts
    from peerdesk.db.workspace import open_workspace
    from peerdesk.reports.report_back import build_report_back_pdf

    workspace = open_workspace(demo_file)
    try:
        initiative_id = next(iter(workspace.factory().execute(
            __import__("sqlalchemy").text("SELECT id FROM initiative")).scalars()))
        contracts = [c for c in gather_contracts(workspace.factory, initiative_id) if letter_wanted(c)]
    finally:
        workspace.close()
    assert contracts
    for data in contracts:
        letter = build_report_back(data, __import__("datetime").date(2026, 11, 27), "en")
        assert len(letter.lines) == len(data.items)
        text = " ".join(" ".join(p["text"].split()) for p in _pages(build_report_back_pdf([letter])))
        for line in letter.lines:
            start = " ".join(line.text.split())[:45]
            assert text.count(start) == 1, start


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_summary_plan_and_match_sheet(data_file, paper, tmp_path):
    path, initiative = data_file
    before = _sha(path)
    summary, plan, sheet = tmp_path / "s.pdf", tmp_path / "p.pdf", tmp_path / "m.pdf"
    assert main(["report", str(path), "--initiative", initiative, "--out", str(summary), "--today", "2026-11-27",
                 "--paper", paper, "--lang", "en"]) == 0
    assert main(["plan", str(path), "--initiative", initiative, "--out", str(plan), "--paper", paper]) == 0
    assert main(["match", str(path), "--initiative", initiative, "--pairs", "--sheet", str(sheet),
                 "--paper", paper]) == 0
    assert _sha(path) == before
    for pdf in (summary, plan, sheet):
        pages = _pages(pdf.read_bytes())
        _check_layout(pages, paper)
        assert sum(page["images"] for page in pages) == 0  # charts are vectors, not pictures
    text = " ".join(" ".join(p["text"].split()) for p in _pages(summary.read_bytes()))
    _check_percentages(text)


#: Percentages that carry their base in the same phrase by construction: chart labels whose caption gives
#: the base, and the glossary's example.
_SELF_EXPLAINED = re.compile(r"(density|informal) \d+%|from 40% to 55%|% of pairs")  # the last: an axis unit


def _check_percentages(text: str) -> None:
    """Every percentage in the summary's text is printed with its base ("21 of 24 peers (88%)")."""
    text = _SELF_EXPLAINED.sub("", text)
    assert "%" in text
    for match in re.finditer(r"\d+(?:[.,]\d+)?\s?%", text):
        before = text[max(0, match.start() - 90):match.start()]
        after = text[match.end():match.end() + 30]  # a mean share in a table: "43% (128 obs., 12 peers)"
        assert re.search(r"\d+ of (?:the |all )?\d+", before) or re.match(r"\s*\(\d+ obs\., \d+ peers?\)", after), \
            f"percentage without its base: …{before}{match.group(0)}"
