"""Erasure and access on request, and consent that gates what is kept."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from peerdesk.cli import main as cli
from peerdesk.db.merge import merge_files
from peerdesk.db.models import ContactEntry, Peer, Tombstone
from peerdesk.db.services import privacy
from peerdesk.db.services.contract_tracking import ContractInputError, attach_scan
from peerdesk.db.services.evaluation_capture import EvaluationInputError, save_checkin, save_interview
from peerdesk.db.services.matching import MatchingError, update_profile
from peerdesk.db.services.peers import NewPeer, PeerInvalid, add_peer
from peerdesk.db.workspace import open_workspace

EDIT = ("Edit Németh", "edit.nemeth@mof.example")
INITIATIVE = "Budget Credibility Peer Network 2026"


def traces(data: bytes, name: str, email: str) -> list[str]:
    """Every form of the name or e-mail someone could find in the bytes (UTF-8, or escaped inside JSON)."""
    forms = {name.encode(), email.encode(), email.split("@")[0].encode(),
             json.dumps(name).strip('"').encode(), name.encode("utf-16-le")}
    return [form.decode("utf-8", "replace") for form in forms if form in data]


def test_forget_leaves_no_byte_of_the_person_and_merge_does_not_bring_them_back(demo_file, tmp_path, capsys):
    older = tmp_path / "older.peerdesk"
    shutil.copyfile(demo_file, older)
    assert traces(demo_file.read_bytes(), *EDIT)  # the check can fail: before, she is there
    with open_workspace(demo_file) as workspace:
        with workspace.factory.begin() as session:
            edit = session.scalar(select(Peer).where(Peer.email == EDIT[1]))
            uuid, edit_id = edit.uuid, edit.id
            reported_by_others = session.scalar(select(func.count()).select_from(ContactEntry).where(
                ContactEntry.other_id == edit_id))
    assert cli(["forget", str(demo_file), "--peer", EDIT[1]]) == 0
    out = capsys.readouterr().out
    assert "Edit Németh was erased" in out and "a former participant" in out
    assert not (demo_file.parent / f"{demo_file.name}-wal").exists() or \
        (demo_file.parent / f"{demo_file.name}-wal").stat().st_size == 0
    assert traces(demo_file.read_bytes(), *EDIT) == []
    with open_workspace(demo_file) as workspace:
        with workspace.factory.begin() as session:
            kept = session.scalar(select(func.count()).select_from(ContactEntry).where(ContactEntry.other_id.is_(None)))
            assert kept == reported_by_others > 0  # every contact others reported with her stays, unnamed
            tombstones = session.execute(select(Tombstone.table_name, Tombstone.row_uuid)).all()
            assert ("peer", uuid) in tombstones
            assert all(set(row) <= {"table_name", "row_uuid"} for row in [t._mapping for t in tombstones])
        report = merge_files(workspace.factory, workspace.path, older, allow_deletions=True)
        with workspace.factory.begin() as session:
            assert session.scalar(select(func.count()).select_from(Peer).where(Peer.email == EDIT[1])) == 0
        assert report.inserted["peer"] == 0
    assert traces(demo_file.read_bytes(), *EDIT) == []
    # the older copy carries the erasure when it merges this file in
    with open_workspace(older) as workspace:
        merge_files(workspace.factory, workspace.path, demo_file, allow_deletions=True)
        with workspace.factory.begin() as session:
            assert session.scalar(select(func.count()).select_from(Peer).where(Peer.uuid == uuid)) == 0


def test_after_forget_the_evaluation_still_reports(demo_file, tmp_path, capsys):
    assert cli(["forget", str(demo_file), "--peer", EDIT[1]]) == 0
    out = tmp_path / "summary.pdf"
    assert cli(["report", str(demo_file), "--initiative", INITIATIVE, "--out", str(out)]) == 0, \
        capsys.readouterr().err
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Németh" not in text and "Ion Ciobanu" in text


def test_forget_lists_the_backups_that_still_hold_the_person_and_purges_them(demo_file, capsys):
    assert cli(["backups", str(demo_file), "--take"]) == 0
    assert cli(["forget", str(demo_file), "--peer", "Edit Németh"]) == 0
    out = capsys.readouterr().out
    assert "still hold this person" in out and "--purge-backups" in out
    from peerdesk.db.backups import list_backups

    held = [backup.path for backup in list_backups(demo_file)]
    assert any(traces(path.read_bytes(), *EDIT) for path in held)
    assert cli(["forget", str(demo_file), "--peer", "ion.ciobanu@mof.example", "--purge-backups"]) == 0
    assert "Deleted" in capsys.readouterr().out
    assert all(not path.exists() or not traces(path.read_bytes(), *EDIT) for path in held)


def test_an_unknown_person_is_a_clear_message(demo_file, capsys):
    assert cli(["forget", str(demo_file), "--peer", "nobody@nowhere.example"]) == 2
    assert "no one with the e-mail or name" in capsys.readouterr().err


def test_the_access_export_holds_every_record_about_the_person(demo_file, tmp_path, capsys):
    out = tmp_path / "edit.json"
    assert cli(["person", str(demo_file), "--peer", EDIT[1], "--out", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    counts = {section["table"]: len(section["records"]) for section in record["sections"]}
    with open_workspace(demo_file) as workspace, workspace.factory.begin() as session:
        from peerdesk.db.models import Base

        pid = session.scalar(select(Peer.id).where(Peer.email == EDIT[1]))
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table is Peer.__table__ and table.name != "contact_entry":
                    expected = session.scalar(select(func.count()).select_from(table).where(fk.parent == pid))
                    assert counts.get(table.name, 0) == expected, table.name
        contracts = session.scalar(select(func.count()).select_from(Base.metadata.tables["commitment_item"]).where(
            Base.metadata.tables["commitment_item"].c.contract_id.in_(
                select(Base.metadata.tables["peer_contract"].c.id).where(
                    Base.metadata.tables["peer_contract"].c.peer_id == pid))))
        assert counts["commitment_item"] == contracts > 0
    assert counts["peer"] == 1 and counts["learning_checkin"] > 0 and counts["contact_entry"] > 0
    assert record["person"]["email"] == EDIT[1]
    pdf = tmp_path / "edit.pdf"
    assert cli(["person", str(demo_file), "--peer", "Edit Németh", "--out", str(pdf)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Personal data held about Edit Németh" in text and "Weekly check-ins" in text
    assert "not encrypted" in text


@pytest.fixture
def no_consent(any_empty_workspace):
    from peerdesk.db.services.initiatives import InitiativeInput, create_initiative

    factory = any_empty_workspace.factory
    initiative = create_initiative(factory, InitiativeInput(name="Réseau", start_date=date(2027, 1, 4),
                                                            end_date=date(2027, 12, 15)))
    peer = add_peer(factory, initiative, NewPeer("Awa Ndiaye", "awa@finances.sn", organisation="DGB"))
    return factory, initiative, peer


def test_without_consent_only_name_organisation_and_email_are_kept(no_consent):
    factory, initiative, peer = no_consent
    with pytest.raises(MatchingError, match="has not given consent"):
        update_profile(factory, initiative, peer, {"country": "SN", "career_level": "senior"})
    update_profile(factory, initiative, peer, {"full_name": "Awa N. Ndiaye", "organisation": "DGB Sénégal"})
    with pytest.raises(EvaluationInputError, match="cannot save check-ins"):
        save_checkin(factory, initiative, peer, date(2027, 2, 1), True)
    with pytest.raises(EvaluationInputError, match="cannot save interviews"):
        save_interview(factory, initiative, peer, date(2027, 2, 1), {"practice": "Used the template."})
    with pytest.raises(PeerInvalid, match="has not given consent"):
        add_peer(factory, initiative, NewPeer("Kofi Mensah", "kofi@mof.gh", country="GH"))
    with pytest.raises(privacy.ConsentMissing, match="agreed to"):
        privacy.record_consent(factory, peer, True, text="")
    privacy.record_consent(factory, peer, True, date(2027, 1, 10), "I agree to my profile being kept.")
    update_profile(factory, initiative, peer, {"country": "SN", "career_level": "senior"})
    assert save_checkin(factory, initiative, peer, date(2027, 2, 1), True) is False
    row = privacy.consent_report(factory, initiative, missing_only=False)[0]
    assert (row.consent_date, row.consent_text) == (date(2027, 1, 10), "I agree to my profile being kept.")


def test_a_scan_needs_consent(any_demo_workspace, any_demo_initiative):
    from peerdesk.db.services.contracts import list_contracts

    factory = any_demo_workspace.factory
    contract = list_contracts(factory, any_demo_initiative.id)[0]
    with factory.begin() as session:
        peer = session.get(Peer, contract.peer_id)
        peer.consent_given = False
    with pytest.raises(ContractInputError, match="cannot save signed scans"):
        attach_scan(factory, contract.id, "signed.pdf", b"%PDF-1.4 scan")


def test_the_import_keeps_three_fields_without_consent_and_says_what_it_left_out(any_empty_workspace, tmp_path):
    from peerdesk.db.services.import_peers import apply_import
    from peerdesk.db.services.peers import list_peers
    from peerdesk.io.peers_import import preview_file

    source = tmp_path / "people.csv"
    source.write_text("name,email,organisation,country,career level,problems,consent\n"
                      "Awa Ndiaye,awa@finances.sn,DGB,SN,senior,arrears,no\n"
                      "Kofi Mensah,kofi@mof.gh,MoF,GH,senior,arrears,yes\n", encoding="utf-8")
    result = apply_import(any_empty_workspace.factory, preview_file(source), "Réseau")
    assert result.created == 2
    assert len(result.notes) == 1 and "row 2" in result.notes[0] and "Country" in result.notes[0]
    with any_empty_workspace.factory.begin() as session:
        from peerdesk.db.models import Initiative

        initiative = session.scalar(select(Initiative.id))
    people = {p.full_name: p for p in list_peers(any_empty_workspace.factory, initiative)}
    awa, kofi = people["Awa Ndiaye"], people["Kofi Mensah"]
    assert (awa.email, awa.organisation, awa.country, awa.career_level, awa.problems) == (
        "awa@finances.sn", "DGB", "", "", ())
    assert (kofi.country, kofi.career_level, kofi.problems) == ("GH", "senior", ("arrears",))


def test_consent_listing(demo_file, capsys):
    with open_workspace(demo_file) as workspace:
        add_peer(workspace.factory, 1, NewPeer("Awa Ndiaye", "awa@finances.sn"))
    assert cli(["consent", str(demo_file), "--initiative", INITIATIVE]) == 0
    out = capsys.readouterr().out
    assert "Awa Ndiaye" in out and "no consent recorded" in out and "Edit Németh" not in out


def test_forget_removes_the_person_and_replaces_mentions_on_either_backend(any_demo_workspace):
    factory = any_demo_workspace.factory
    result = privacy.forget_person(factory, EDIT[1])
    assert result.name == EDIT[0] and result.removed["peer"] == 1 and result.contacts_kept > 0
    with factory.begin() as session:
        assert session.scalar(select(func.count()).select_from(Peer).where(Peer.full_name == EDIT[0])) == 0
        assert session.scalar(select(func.count()).select_from(Tombstone).where(Tombstone.row_uuid == result.uuid)) == 1
        assert session.scalar(select(func.count()).select_from(ContactEntry).where(ContactEntry.other_id.is_(None))) \
            == result.contacts_kept
    with pytest.raises(privacy.PersonNotFound):
        privacy.forget_person(factory, EDIT[1])
