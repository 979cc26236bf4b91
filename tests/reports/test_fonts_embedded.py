"""Every PDF PeerDesk prints names only fonts it carries, so names print the same on any printer."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from peerdesk.cli import main as cli

INITIATIVE = "Budget Credibility Peer Network 2026"


def unembedded_fonts(path) -> set[str]:
    missing = set()
    for page in PdfReader(path).pages:
        for ref in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


@pytest.mark.parametrize(
    "command",
    [
        ["plan", "--initiative", INITIATIVE],
        ["report", "--initiative", INITIATIVE],
        ["contracts", "--initiative", INITIATIVE, "--peer", "Ёлкина Наталья"],
        ["match", "--initiative", INITIATIVE, "--pairs", "--sheet"],
    ],
    ids=["plan", "report", "contracts", "match-sheet"],
)
def test_pdf_fonts_are_all_embedded(demo_file, tmp_path, command):
    out = tmp_path / "out.pdf"
    name, *rest = command
    tail = [str(out)] if name == "match" else ["--out", str(out)]
    args = [name, str(demo_file), *rest, *tail]
    assert cli(args) == 0
    assert PdfReader(out).pages, "the PDF has pages"
    assert unembedded_fonts(out) == set()
