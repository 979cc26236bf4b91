"""Printing many contracts reuses what recurs (QR layouts, parsed and laid-out paragraphs, drawn tables);
what a reader sees must be exactly what reportlab alone would print."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.platypus import Paragraph, Table

from peerdesk.core.contract_followup import build_report_back
from peerdesk.core.contracts import ActivityData, ContractData, ItemData, build_contract
from peerdesk.reports import contracts as contract_pdf
from peerdesk.reports import pdf, reuse
from peerdesk.reports import report_back as letter_pdf
from peerdesk.reports.qr import qr_matrices, qr_matrix

LANGUAGES = ("en", "fr", "ru", "es", "pt", "vi")


def _reference_symbol(value: str) -> list[list[bool]]:
    qr = QrCodeWidget(value, barLevel="M").qr
    qr.make()
    return [[bool(cell) for cell in row] for row in qr.modules]


def test_qr_symbols_are_reportlabs_for_any_payload():
    values = [str(uuid.UUID(int=(i * 0x9E3779B97F4A7C15_F39CC0605CEDC834) % 2**128)) for i in range(60)]
    values += ["", "u1", "12345", "ABC-DEF", "é" * 40, "x" * 90, "Ёлкина Наталья " * 12]
    for value in values:
        assert qr_matrix(value).tolist() == _reference_symbol(value), value


def test_qr_symbols_made_together_are_those_made_one_by_one():
    """A PDF's symbols are scored together, in stacks of a bounded size, whatever their versions."""
    values = [str(uuid.UUID(int=(i * 0x9E3779B97F4A7C15_F39CC0605CEDC834) % 2**128)) for i in range(300)]
    values += ["", "12345", "x" * 90, "é" * 40, "u1"] * 2
    together = qr_matrices(values)
    assert [symbol.tolist() for symbol in together] == [_reference_symbol(value) for value in values]


def _cohort() -> list[ContractData]:
    activities = tuple(ActivityData(f"Exchange {i}", date(2026, 2, 2 + i), date(2026, 2, 4 + i), "Chișinău")
                       for i in range(12))  # long enough for the activity table to run onto a new page
    items = (ItemData("peer", "attend_meetings"), ItemData("peer", "apply_lesson"),
             ItemData("home_org", "time_off", params={"days": 10}))
    return [ContractData(uuid=f"00000000-0000-0000-0000-{i:012d}", peer_name=f"Peer {i % 3} A&B <x>",
                         initiative="Network", language=LANGUAGES[i % len(LANGUAGES)], organisation="Ministry",
                         activities=activities if i % 2 else (), items=items, authoriser_name="Director",
                         facilitator_name="Clara Hoffmann", peer_position="Head of division " * (i % 4))
            for i in range(14)]


class _PlainTable(Table):
    """reportlab's Table as contracts used it before anything was shared."""

    def __init__(self, data, *args, styles=(), **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        for style in styles:
            self.setStyle(style)

    def share(self):
        return self


class _PlainParagraph(Paragraph):
    pass


def _print_both(monkeypatch, build) -> tuple[bytes, bytes]:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: equal pages give equal bytes
    reuse.forget()
    shared = build()
    with monkeypatch.context() as plain:
        plain.setattr(pdf, "LaidOutParagraph", _PlainParagraph)
        plain.setattr(contract_pdf, "SharedTable", _PlainTable)
        plain.setattr(letter_pdf, "SharedTable", _PlainTable)
        alone = build()
    return shared, alone


def test_contracts_print_the_same_with_and_without_reuse(monkeypatch):
    documents = [build_contract(data) for data in _cohort()]
    shared, alone = _print_both(monkeypatch, lambda: contract_pdf.build_contracts_pdf(documents, paper="a4"))
    assert shared == alone
    again, _ = _print_both(monkeypatch, lambda: contract_pdf.build_contracts_pdf(documents, paper="a4"))
    assert again == shared  # a second print, with what the first one kept, is the same too


def test_letters_print_the_same_with_and_without_reuse(monkeypatch):
    letters = [build_report_back(data, date(2026, 11, 27)) for data in _cohort()]
    shared, alone = _print_both(monkeypatch, lambda: letter_pdf.build_report_back_pdf(letters, paper="letter"))
    assert shared == alone


@pytest.mark.parametrize("text", ["plain words", "  spaced\tout  text ", "A&B <Ministry>", "two\nlines",
                                  "Ёлкина\u00a0Н."])
def test_a_paragraph_made_twice_is_the_one_reportlab_makes(text):
    style = pdf.styles()["body"]
    reuse.forget()
    for attempt in range(2):  # the second is made from what the first kept
        made = pdf.para(text)
        reference = Paragraph(pdf.plain(text), style)
        assert made.text == reference.text
        if attempt == 0:
            assert [vars(f) for f in made.frags] == [vars(f) for f in reference.frags]
        assert made.wrap(120, 1000) == reference.wrap(120, 1000)
        assert len(made.blPara.lines) == len(reference.blPara.lines)
