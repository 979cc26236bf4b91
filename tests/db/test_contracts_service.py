"""Contract services on the demo file: creating, gathering, tracking, scans, templates, due list; and the CLI."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from peerdesk.__main__ import main
from peerdesk.core.contract_followup import due_list
from peerdesk.db.services.contract_tracking import (
    STANDARD_TEMPLATES,
    ContractInputError,
    ItemRow,
    attach_scan,
    get_contract,
    get_scan,
    initiative_due_list,
    list_templates,
    mark_printed,
    remove_scan,
    save_items,
    save_templates,
    set_item_outcome,
    update_contract,
)
from peerdesk.db.services.contracts import (
    ContractNotFound,
    create_missing_contracts,
    find_peer_contract,
    gather_contracts,
    list_contracts,
)


def _contract_of(factory, initiative_id, name):
    return next(row for row in list_contracts(factory, initiative_id) if row.peer_name == name)


def test_gathered_contract_is_prefilled_from_the_data(any_demo_workspace, any_demo_initiative):
    data = {d.peer_name: d for d in gather_contracts(any_demo_workspace.factory, any_demo_initiative.id)}
    natalya = data["Ёлкина Наталья"]
    assert natalya.language == "ru"
    assert natalya.partners == ("Edit Németh",)  # her pair in the matching round
    assert natalya.organisation and natalya.country == "KZ"  # an ISO code, printed as a name
    assert natalya.activities and all(a.title for a in natalya.activities)
    assert natalya.authoriser_name == "Смирнов Алексей Викторович"
    assert len(natalya.items) == 11
    assert data["Edit Németh"].authoriser_title == "Director, A&B <Ministry> Unit"


def test_missing_contracts_are_created_from_the_templates_in_a_language_the_peer_reads(
    any_demo_workspace, any_demo_initiative
):
    factory = any_demo_workspace.factory
    assert create_missing_contracts(factory, any_demo_initiative.id) == 18
    assert create_missing_contracts(factory, any_demo_initiative.id) == 0
    rows = {row.peer_name: row for row in list_contracts(factory, any_demo_initiative.id)}
    assert len(rows) == 24
    assert rows["Ion Ciobanu"].language == "ru"  # Romanian has no text; he also reads Russian
    assert rows["Trần Văn Hùng"].language == "en"  # the first of his languages with a text
    assert rows["Phạm Minh Tuấn"].language == "en"
    assert rows["Zsófia Kovács"].language == "en"
    assert rows["Ion Ciobanu"].status == "draft" and rows["Ion Ciobanu"].items == 11


def test_find_peer_contract_ignores_case_and_reports_unknown_names(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    contract_id = find_peer_contract(factory, any_demo_initiative.id, "  ёлкина наталья ")
    assert get_contract(factory, contract_id).peer_name == "Ёлкина Наталья"
    with pytest.raises(ContractNotFound, match="Nobody"):
        find_peer_contract(factory, any_demo_initiative.id, "Nobody")


def test_status_and_item_outcomes(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    row = _contract_of(factory, any_demo_initiative.id, "Ana Lucía Quispe")
    with pytest.raises(ContractInputError, match="date"):
        update_contract(factory, row.id, status="signed")
    update_contract(factory, row.id, status="signed", signed_on=date(2026, 3, 1), authoriser_name=" A&B <Ministry> ")
    detail = get_contract(factory, row.id)
    assert (detail.status, detail.signed_on, detail.authoriser_name) == ("signed", date(2026, 3, 1), "A&B <Ministry>")
    item = detail.items[4]
    set_item_outcome(factory, item.id, "partly", date(2026, 7, 2), "Presented to 12 colleagues")
    item = get_contract(factory, row.id).items[4]
    assert (item.status, item.status_date, item.evidence) == ("partly", date(2026, 7, 2), "Presented to 12 colleagues")
    with pytest.raises(ContractInputError):
        set_item_outcome(factory, item.id, "maybe")
    assert get_contract(factory, row.id).items[4].status == "partly"  # nothing lost


def test_items_can_be_edited_reordered_and_extended(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    row = _contract_of(factory, any_demo_initiative.id, "Ndèye Mayé Diouf")
    items = list(get_contract(factory, row.id).items)
    custom = ItemRow(None, "peer", "custom", "Présenter la note <budget> & suivre")
    save_items(factory, row.id, [items[1], items[0], custom])
    saved = get_contract(factory, row.id).items
    assert [i.kind for i in saved] == ["contact_partner", "attend_meetings", "custom"]
    assert saved[0].id == items[1].id and saved[0].status == items[1].status
    with pytest.raises(ContractInputError, match="wording"):
        save_items(factory, row.id, [ItemRow(None, "peer", "custom", "  ")])
    assert len(get_contract(factory, row.id).items) == 3


def test_signed_scan_is_kept_in_the_data_file(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    row = _contract_of(factory, any_demo_initiative.id, "João Tembe")
    assert get_scan(factory, row.id) is None
    attach_scan(factory, row.id, "joão-assinado.pdf", b"%PDF-1.4 scan")
    assert get_scan(factory, row.id) == ("joão-assinado.pdf", b"%PDF-1.4 scan")
    assert _contract_of(factory, any_demo_initiative.id, "João Tembe").has_scan
    with pytest.raises(ContractInputError, match="empty"):
        attach_scan(factory, row.id, "empty.png", b"")
    remove_scan(factory, row.id)
    assert get_scan(factory, row.id) is None


def test_templates_can_be_replaced(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    assert len(list_templates(factory, any_demo_initiative.id)) == 11
    custom = ItemRow(None, "home_org", "custom", "Host a visit")
    save_templates(factory, any_demo_initiative.id, [*STANDARD_TEMPLATES[:2], custom])
    templates = list_templates(factory, any_demo_initiative.id)
    assert [t.kind for t in templates] == ["attend_meetings", "contact_partner", "custom"]
    create_missing_contracts(factory, any_demo_initiative.id)
    assert _contract_of(factory, any_demo_initiative.id, "Ion Ciobanu").items == 3


def test_due_list_and_mark_printed(any_demo_workspace, any_demo_initiative):
    factory = any_demo_workspace.factory
    entries = initiative_due_list(factory, any_demo_initiative.id, date(2026, 6, 20))
    # João's share-forward is only partly kept, so it stays on the list; Ndèye's was kept
    assert [(e.peer_name, e.kind, e.days) for e in entries] == [
        ("Ana Lucía Quispe", "share_forward", 10), ("João Tembe", "share_forward", 10),
        ("Nguyễn Thị Mai", "share_forward", 10),
    ]
    late = initiative_due_list(factory, any_demo_initiative.id, date(2026, 7, 10))
    assert late[0].overdue and late[0].days == -10
    row = _contract_of(factory, any_demo_initiative.id, "Nguyễn Thị Mai")
    assert mark_printed(factory, [row.id]) == 1
    assert get_contract(factory, row.id).status == "printed"


@pytest.mark.parametrize("today", [date(2026, 1, 5), date(2026, 6, 20), date(2026, 11, 30), date(2027, 6, 1)])
def test_due_list_read_from_rows_follows_the_due_list_rule(any_demo_workspace, any_demo_initiative, today):
    """The tab reads plain rows (no contract objects): the entries are those the core rule gives for the
    contracts as printed, in the same order, whatever the day and horizon."""
    factory = any_demo_workspace.factory
    contracts = gather_contracts(factory, any_demo_initiative.id)
    for horizon in (0, 30, 400):
        assert initiative_due_list(factory, any_demo_initiative.id, today, horizon) == due_list(
            contracts, today, horizon)


def test_cli_prints_the_whole_initiative_and_one_peer(demo_file, demo_initiative, tmp_path, capsys):
    out = tmp_path / "all.pdf"
    name = "Budget Credibility Peer Network 2026"
    assert main(["contracts", str(demo_file), "--initiative", name, "--out", str(out), "--lang", "en"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(out.read_bytes())).pages)
    assert text.count("Page 1 of") == 6  # the contracts on file: printing creates none
    assert main(["contracts", str(demo_file), "--initiative", name, "--out", str(out), "--lang", "en",
                 "--create-missing"]) == 0
    assert "created 18 draft contracts" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(out.read_bytes())).pages)
    assert text.count("Page 1 of") == 24
    one = tmp_path / "one.pdf"
    assert main(["contracts", str(demo_file), "--initiative", name, "--out", str(one), "--peer", "Nguyễn Thị Mai"]) == 0
    assert "printed in English" in capsys.readouterr().err
    assert "Nguyễn Thị Mai" in " ".join(p.extract_text() for p in PdfReader(str(one)).pages)
    letters = tmp_path / "letters.pdf"
    assert main(["contracts", str(demo_file), "--initiative", name, "--out", str(letters), "--peer",
                 "Ndèye Mayé Diouf", "--report-back", "--today", "2026-11-27"]) == 0
    letter = " ".join(p.extract_text() for p in PdfReader(str(letters)).pages)
    assert "Compte rendu" in letter and "Ndèye Mayé Diouf" in letter
    assert main(["contracts", str(demo_file), "--initiative", name, "--out", str(one), "--peer", "Nobody"]) == 1
    assert main(["contracts", str(demo_file), "--initiative", "Nope", "--out", str(one)]) == 2
    assert main(["contracts", str(demo_file), "--initiative", name, "--out", str(one), "--today", "soon",
                 "--report-back"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "no participant named 'Nobody'" in err
