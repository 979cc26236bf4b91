"""Each contract and report-back letter, printed in each language, holds no English sentence of the
contract texts, names the peer's country in that language and keeps dates on one line."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from peerdesk import paths
from peerdesk.core.contract_followup import build_report_back
from peerdesk.core.contracts import build_contract
from peerdesk.db.services.contracts import create_missing_contracts, gather_contracts
from peerdesk.reports.contracts import build_contracts_pdf
from peerdesk.reports.report_back import build_report_back_pdf

LANGUAGES = ["fr", "es", "pt", "ru"]


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages))


def _english_sentences() -> set[str]:
    """Every phrase of the English contract texts long enough to be a sentence (placeholders cut out)."""
    found: set[str] = set()

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            for piece in re.split(r"\{[^}]*\}", value):
                piece = piece.strip(" .,:;“”\"")
                if len(piece) >= 18 and " " in piece:
                    found.add(piece)

    walk(json.loads((paths.resources_dir() / "contracts" / "en.json").read_text(encoding="utf-8")))
    return found


@pytest.fixture
def one_contract(demo_workspace, demo_initiative):
    create_missing_contracts(demo_workspace.factory, demo_initiative.id)
    contracts = gather_contracts(demo_workspace.factory, demo_initiative.id)
    return next(data for data in contracts if data.peer_name == "João Tembe")


@pytest.mark.parametrize("code", LANGUAGES)
def test_contract_and_letter_read_in_the_chosen_language(one_contract, code):
    data = replace(one_contract, language=code, country="MZ")
    contract = _text(build_contracts_pdf([build_contract(data, code)])).replace("\u00a0", " ")
    letter = _text(build_report_back_pdf([build_report_back(data, date(2026, 12, 1), code)])).replace("\u00a0", " ")
    for printed in (contract, letter):
        left = [sentence for sentence in _english_sentences() if sentence in printed]
        assert not left, f"{code}: English left: {left[:5]}"
    country = {"fr": "Mozambique", "es": "Mozambique", "pt": "Moçambique", "ru": "Мозамбик"}[code]
    assert country in contract


def test_english_country_names_are_named_in_the_readers_language(one_contract):
    data = replace(one_contract, language="ru", country="Mozambique")
    assert "Мозамбик" in _text(build_contracts_pdf([build_contract(data, "ru")]))


def _catalogue_phrases() -> set[str]:
    """English messages of the catalogue that are long enough to be recognised in a page's text."""
    from peerdesk.translations import extract

    phrases = set()
    for message in extract():
        text = message.id if isinstance(message.id, str) else message.id[0]
        for part in re.split(r"\{[^}]*\}", text):
            part = re.sub(r"\s+", " ", part.replace("&", "")).strip(" .,:;()")
            if len(part) >= 18 and " " in part:
                phrases.add(part)
    # the demo's own records (activity titles, checklist notes) are data typed in English, not interface
    demo_source = (paths.bundle_root() / "peerdesk" / "db" / "services" / "demo.py").read_text(encoding="utf-8")
    return {phrase for phrase in phrases if phrase not in demo_source}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plan_summary_and_match_sheet_hold_no_english_sentence(demo_file, tmp_path, lang):
    """The plan, the evaluation summary and the match sheet print in the chosen language: no phrase of
    the catalogue's English is left on their pages (names of the demo's activities aside, which are data)."""
    from peerdesk.cli import main as cli

    name = "Budget Credibility Peer Network 2026"
    plan, summary, sheet = tmp_path / "plan.pdf", tmp_path / "summary.pdf", tmp_path / "sheet.pdf"
    assert cli(["plan", str(demo_file), "--initiative", name, "--out", str(plan), "--lang", lang]) == 0
    assert cli(["report", str(demo_file), "--initiative", name, "--out", str(summary), "--lang", lang]) == 0
    assert cli(["match", str(demo_file), "--initiative", name, "--pairs", "--sheet", str(sheet),
                "--lang", lang]) == 0
    phrases = _catalogue_phrases()
    for pdf in (plan, summary, sheet):
        text = _text(pdf.read_bytes())
        left = sorted(phrase for phrase in phrases if phrase in text)
        assert not left, f"{lang} {pdf.name}: English left: {left[:8]}"
