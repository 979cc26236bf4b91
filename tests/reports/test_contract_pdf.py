"""Contract and report-back PDFs read back with pypdf: names as typed, fonts embedded, pages, headings."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from peerdesk.core.contract_followup import build_report_back
from peerdesk.core.contracts import BLANK, ContractData, ItemData, build_contract
from peerdesk.db.services.contracts import create_missing_contracts, gather_contracts
from peerdesk.reports.contracts import (
    BuildCancelled,
    build_contracts_pdf,
    iter_contracts_pdf,
    qr_drawing,
)
from peerdesk.reports.report_back import build_report_back_pdf

NAMES = ("Ёлкина Наталья", "Nguyễn Thị Mai", "Ndèye Mayé Diouf", "A&B <Ministry>")


def _pages(pdf: bytes) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page, and whether its file is embedded."""
    fonts = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


@pytest.fixture
def demo_contracts(demo_workspace, demo_initiative):
    create_missing_contracts(demo_workspace.factory, demo_initiative.id)
    return gather_contracts(demo_workspace.factory, demo_initiative.id)


def test_whole_initiative_prints_every_contract_on_its_own_pages(demo_contracts):
    documents = [build_contract(data, "en") for data in demo_contracts]
    pdf = build_contracts_pdf(documents)
    pages = _pages(pdf)
    starts = [i for i, text in enumerate(pages) if re.search(r"Page 1 of \d+", text)]
    assert len(starts) == len(documents) == 24
    # each contract begins on a new page with its title, and its pages count up to the stated total
    totals = [int(re.search(r"Page 1 of (\d+)", pages[i]).group(1)) for i in starts]
    assert sum(totals) == len(pages)
    for start, total in zip(starts, totals, strict=True):
        assert pages[start].count("Peer learning commitment") == 1
        assert f"Page {total} of {total}" in pages[start + total - 1]
    text = " ".join(pages)
    for name in NAMES:
        assert name in text
    assert all(_fonts(pdf).values()) and _fonts(pdf)


def test_one_contract_in_its_language_has_the_languages_headings(demo_contracts):
    by_name = {data.peer_name: data for data in demo_contracts}
    expected = {
        "Ёлкина Наталья": ("ru", "Обязательства направляющей организации", "Страница 1 из"),
        "Ndèye Mayé Diouf": ("fr", "Les engagements de l’organisation d’origine", "Page 1 sur"),
        "João Tembe": ("pt", "Compromissos da organização de origem", "Página 1 de"),
        "Ana Lucía Quispe": ("es", "Compromisos de la organización de origen", "Página 1 de"),
        "Edit Németh": ("en", "What the home organisation commits to", "Page 1 of"),
    }
    for name, (code, heading, page) in expected.items():
        document = build_contract(by_name[name])
        assert document.language == code
        text = " ".join(_pages(build_contracts_pdf([document])))
        assert heading in text and page in text and name in text
        assert document.uuid in text


def test_contract_without_partner_plan_or_authoriser_still_prints_with_lines_to_fill_in():
    data = ContractData(uuid="u-1", peer_name="Nguyễn Thị Mai", initiative="Network", language="vi",
                        items=(ItemData("peer", "joint_activity"), ItemData("home_org", "time_off")))
    document = build_contract(data)
    assert document.fallback
    pages = _pages(build_contracts_pdf([document]))
    text = " ".join(pages)
    assert "Nguyễn Thị Mai" in text and BLANK in text
    assert "No activities have been planned for this participant yet." in text


def test_long_names_wrap_and_markup_prints_as_typed():
    long_org = "Ministry of Finance, Department of " + "Budget Programming and Medium-Term Planning " * 6
    data = ContractData(uuid="u-2", peer_name="Ndèye Mayé Diouf " * 5, initiative="A&B <Ministry> & <b>x</b>",
                        organisation=long_org, authoriser_name="A&B <Ministry>", authoriser_title=long_org,
                        items=(ItemData("peer", "custom", text="<font size=40>big</font> & small"),))
    pdf = build_contracts_pdf([build_contract(data)])
    text = " ".join(_pages(pdf))
    assert "A&B <Ministry> & <b>x</b>" in text
    assert "<font size=40>big</font> & small" in text
    assert "Medium-Term Planning Budget Programming" in text


def test_report_back_letters(demo_contracts):
    by_name = {data.peer_name: data for data in demo_contracts}
    letters = [build_report_back(by_name[name], date(2026, 11, 27)) for name in ("Edit Németh", "Ёлкина Наталья")]
    pdf = build_report_back_pdf(letters)
    pages = _pages(pdf)
    text = " ".join(pages)
    assert "Commitments kept" in text and "Edit Németh undertook" in text
    assert BLANK not in text and "I will" not in text  # third person, no lines to fill in
    assert "Director, A&B <Ministry> Unit" in text and "Ёлкина Наталья" in text
    assert sum(1 for page in pages if re.search(r"(Page|Страница) 1 (of|из)", page)) == 2
    assert all(_fonts(pdf).values())


def test_qr_code_holds_the_contract_uuid():
    code = qr_drawing("0f1e2d3c-aaaa-bbbb-cccc-000000000000")
    assert code.value == "0f1e2d3c-aaaa-bbbb-cccc-000000000000"
    assert len(code.modules) >= 29 and any(any(row) for row in code.modules)  # version 3 or more, with dark modules


def test_generator_reports_progress_and_can_be_cancelled():
    documents = [build_contract(ContractData(uuid=f"u{i}", peer_name=f"Peer {i}", initiative="N")) for i in range(4)]
    steps = iter_contracts_pdf(documents, "building")
    seen = []
    try:
        while True:
            seen.append(next(steps))
    except StopIteration as stop:
        pdf = stop.value
    assert seen[-1] == (4, 4, "building") and len(PdfReader(BytesIO(pdf)).pages) >= 4
    steps = iter_contracts_pdf(documents)
    next(steps)
    next(steps)
    steps.close()  # the build thread stops at the next contract; nothing is left running


def test_cancelling_from_the_callback_stops_the_build():
    documents = [build_contract(ContractData(uuid=f"u{i}", peer_name=f"Peer {i}", initiative="N")) for i in range(3)]

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise BuildCancelled()

    with pytest.raises(BuildCancelled):
        build_contracts_pdf(documents, cancel)


def test_qr_codes_are_the_symbols_reportlab_would_choose():
    """The mask is scored in numpy; the printed symbol must be the one reportlab's own scoring picks."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    for value in ("0f1e2d3c-aaaa-bbbb-cccc-000000000000", "8d5c2b1e-4f3a-4c6d-9e8f-7a6b5c4d3e2f", "x" * 90):
        reference = QrCodeWidget(value, barLevel="M").qr
        reference.make()
        assert qr_drawing(value).modules == [[bool(cell) for cell in row] for row in reference.modules]
