"""Contract wording, placeholders, fallbacks and the due list, without a database."""

from __future__ import annotations

import json
from datetime import date

import pytest

from peerdesk.core.contract_followup import (
    NoFacilitator,
    build_report_back,
    due_list,
    letter_wanted,
    next_report_back,
)
from peerdesk.core.contracts import (
    BLANK,
    KINDS,
    ContractData,
    ItemData,
    available_languages,
    build_contract,
    contract_texts,
)
from peerdesk.paths import contract_texts_dir

LANGUAGES = ("en", "fr", "es", "pt", "ru")


def _data(**overrides) -> ContractData:
    values = dict(
        uuid="1234",
        peer_name="Ёлкина Наталья",
        initiative="Budget network",
        organisation="A&B <Ministry>",
        partners=("Nguyễn Thị Mai",),
        items=(
            ItemData("peer", "contact_partner", params={"frequency": "every two weeks"}),
            ItemData("peer", "share_forward", params={"form": "presentation", "audience": 20, "due": "2026-06-30"}),
            ItemData("home_org", "time_off", params={"days": 10}),
            ItemData("home_org", "budget_diffusion", params={"amount": 5000, "currency": "USD"}),
            ItemData("peer", "custom", text="Write <one> note & share it"),
        ),
    )
    values.update(overrides)
    return ContractData(**values)


def test_every_language_has_a_complete_text():
    assert set(LANGUAGES) <= set(available_languages())
    assert available_languages()[0] == "en"
    english = json.loads((contract_texts_dir() / "en.json").read_text(encoding="utf-8"))
    for code in LANGUAGES:
        texts = contract_texts(code)
        assert texts.language == code and not texts.fallback
        for kind in KINDS:
            assert texts.data["kinds"][kind]
        assert set(texts.data["headings"]) == set(english["headings"])
        assert set(texts.data["labels"]) == set(english["labels"])
        # the letters' third-person wording is optional: without it a letter quotes the contract's sentences
        assert set(texts.data["report_back"]) | {"letter_kinds"} == set(english["report_back"])
        assert "{page}" in texts.data["page"] and "{pages}" in texts.data["page"]
        assert len(texts.data["months"]) == 12


def test_texts_are_written_in_their_own_language():
    headings = {code: contract_texts(code).heading("signatures") for code in LANGUAGES}
    assert headings == {"en": "Signatures", "fr": "Signatures", "es": "Firmas", "pt": "Assinaturas", "ru": "Подписи"}
    titles = {contract_texts(code).data["title"] for code in LANGUAGES}
    assert len(titles) == 5


def test_placeholders_are_filled_in_the_contract_language():
    document = build_contract(_data(language="fr"))
    texts = [clause.text for clause in document.peer_clauses + document.home_clauses]
    assert "Nguyễn Thị Mai toutes les deux semaines" in texts[0]
    assert "par une présentation devant environ 20 personnes, au plus tard le 30\u00a0juin\u00a02026" in texts[1]
    assert texts[2] == "Write <one> note & share it"  # custom wording as typed
    assert "jusqu’à 10 jours ouvrables" in texts[3]
    assert "5\u202f000 USD" in texts[4]
    assert document.headings["peer_commitments"] == "Mes engagements en tant que participant(e)"


def test_missing_values_print_as_lines_to_fill_in():
    data = _data(partners=(), organisation="", items=(ItemData("peer", "joint_activity"),
                                                       ItemData("home_org", "budget_engagement")))
    document = build_contract(data)
    assert document.peer_clauses[0].text == f"I will work with {BLANK} on a joint piece of work: {BLANK}."
    assert BLANK in document.home_clauses[0].text
    assert dict(document.fields)["Home organisation"] == ""


def test_own_wording_is_printed_as_typed_in_any_language():
    item = ItemData("peer", "apply_lesson", text="Try the <arrears> register", params={"own_wording": True})
    document = build_contract(_data(items=(item,)), "ru")
    assert document.peer_clauses[0].text == "Try the <arrears> register"


def test_language_without_a_text_falls_back_to_english():
    document = build_contract(_data(language="vi"))
    assert document.fallback and document.language == "en" and document.requested_language == "vi"
    assert document.title == "Peer learning commitment"
    assert not build_contract(_data(language="ru")).fallback
    assert build_contract(_data(language="ru"), "es").language == "es"


def test_dates_read_naturally():
    day = date(2026, 6, 30)
    # joined by no-break spaces: a date never breaks across lines (Russian "30 июня" least of all)
    def read(lang):
        return contract_texts(lang).format_date(day).replace("\u00a0", " ")

    assert " " not in contract_texts("ru").format_date(day)
    assert read("en") == "30 June 2026"
    assert read("es") == "30 de junio de 2026"
    assert read("pt") == "30 de junho de 2026"
    assert read("ru") == "30 июня 2026 года"
    assert contract_texts("fr").format_date(None) == BLANK


def test_due_list_shows_coming_and_overdue_dates_only():
    today = date(2026, 6, 20)
    share = ItemData("peer", "share_forward", due_date=date(2026, 6, 30), id=1)
    late = ItemData("peer", "share_forward", due_date=date(2026, 5, 1), id=2)
    far = ItemData("peer", "share_forward", due_date=date(2026, 12, 1), id=3)
    done = ItemData("peer", "share_forward", due_date=date(2026, 6, 25), status="kept", id=4)
    report = ItemData("home_org", "report_back", params={"schedule": "quarterly"}, id=5)
    other = ItemData("peer", "apply_lesson", due_date=date(2026, 6, 21), id=6)
    contracts = [
        _data(peer_name="B", items=(share, far, done, other)),
        _data(peer_name="A", items=(late, report), signed_on=date(2026, 4, 1)),
        _data(peer_name="C", status="closed", items=(late,)),
    ]
    entries = due_list(contracts, today)
    assert [(e.peer_name, e.item_id, e.due, e.overdue) for e in entries] == [
        ("A", 2, date(2026, 5, 1), True),
        ("B", 1, date(2026, 6, 30), False),
        ("A", 5, date(2026, 7, 1), False),
    ]
    assert entries[0].days == -50


def test_report_back_schedule_moves_on_after_each_report():
    item = ItemData("home_org", "report_back", params={"schedule": "quarterly"}, status="partly",
                    status_date=date(2026, 7, 3))
    assert next_report_back(item, date(2026, 1, 31)) == date(2026, 7, 31)
    assert next_report_back(ItemData("home_org", "report_back"), date(2026, 1, 1)) is None


def test_report_back_letter_puts_each_commitment_in_one_section():
    items = (
        ItemData("peer", "contact_partner", status="kept", status_date=date(2026, 5, 1), evidence="Call log"),
        ItemData("peer", "share_forward", due_date=date(2026, 9, 1)),
        ItemData("peer", "apply_lesson", due_date=date(2026, 3, 1)),  # open and past its date
        ItemData("home_org", "time_off", params={"days": 5}, status="not_kept"),
    )
    data = _data(items=items, authoriser_name="Смирнов А. В.", facilitator_name="Clara Hoffmann",
                 facilitating_organisation="Meridian")
    letter = build_report_back(data, date(2026, 6, 1), "en")
    assert [heading for heading, _ in letter.sections] == [
        "Commitments kept", "Commitments not kept", "Commitments past their date and still open",
        "Commitments still open and not yet due"]
    assert len(letter.lines) == len(items)  # each commitment once
    kept = letter.sections[0][1][0]
    assert kept.text.startswith("Ёлкина Наталья undertook to keep in touch with Nguyễn Thị Mai")
    assert kept.note.replace("\u00a0", " ") == "Kept on 1 May 2026\nEvidence: Call log"
    assert letter.sections[2][1][0].note.replace("\u00a0", " ") == "Was due on 1 March 2026"
    assert letter.summary.endswith("Kept so far: 1; partly kept: 0; not kept: 1; still open: 2.")
    assert BLANK not in " ".join(line.text for line in letter.lines)  # no lines to fill in, even when unset
    assert letter.signer == ("Clara Hoffmann", "Facilitator, Meridian")
    russian = build_report_back(data, date(2026, 6, 1), "ru")
    assert russian.greeting == "Уважаемый(ая) Смирнов А. В.!"
    assert russian.to_lines[-1] == "A&B <Ministry>"
    assert russian.lines[0].text.startswith("Ёлкина Наталья принял(а) на себя обязательство")  # third person


def test_report_back_letter_needs_a_facilitator_and_a_signed_contract():
    with pytest.raises(NoFacilitator):
        build_report_back(_data(facilitator_name=" "), date(2026, 6, 1))
    assert not letter_wanted(_data(status="draft")) and not letter_wanted(_data(status="printed"))
    assert letter_wanted(_data(status="signed")) and letter_wanted(_data(status="closed"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_clause_renders_without_leftover_placeholders(code):
    items = tuple(ItemData("home_org" if kind in ("time_off",) else "peer", kind, text="x") for kind in KINDS)
    document = build_contract(_data(items=items), code)
    for clause in document.peer_clauses + document.home_clauses:
        assert "{" not in clause.text and "}" not in clause.text
