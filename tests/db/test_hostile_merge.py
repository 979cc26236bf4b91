"""Merging a file made by a hostile or careless co-facilitator: mass deletions stop and show what
cascades, future dates are clamped, wrong values and unsafe scans are listed and left out, and a file
with its own triggers is refused. Nothing in this file is lost, and the CLI never shows a traceback."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import func, select

from peerdesk.cli import main
from peerdesk.db.merge import DeletionsNeedConfirmation, merge_files
from peerdesk.db.models import ContactReport, Peer, PeerContract
from peerdesk.db.workspace import DataFileError, open_workspace
from tests.io.conftest import file_digest


def _other(demo_file, tmp_path, *statements):
    other = tmp_path / "other.peerdesk"
    shutil.copyfile(demo_file, other)
    connection = sqlite3.connect(other)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return other


def _count(workspace, model):
    with workspace.factory.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


TOMB_EVERYTHING = ("INSERT INTO tombstone (table_name, row_uuid, deleted_at) "
                   "SELECT 'initiative', uuid, '2026-01-01 00:00:00' FROM initiative UNION ALL "
                   "SELECT 'peer', uuid, '2026-01-01 00:00:00' FROM peer")


def test_tombstones_for_everything_stop_and_show_the_cascade(demo_file, tmp_path, capsys):
    other = _other(demo_file, tmp_path, TOMB_EVERYTHING)
    before = file_digest(demo_file)
    assert main(["merge", str(demo_file), str(other), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "contact_report" in out and "peer_contract" in out  # what goes with the peers is counted
    assert "it will need --allow-deletions" in out
    assert file_digest(demo_file) == before
    assert main(["merge", str(demo_file), str(other)]) == 1
    err = capsys.readouterr().err
    assert "nothing merged" in err and "--allow-deletions" in err and "Traceback" not in err
    with open_workspace(demo_file) as workspace:
        assert _count(workspace, ContactReport) > 0 and _count(workspace, PeerContract) > 0
        with pytest.raises(DeletionsNeedConfirmation) as caught:
            merge_files(workspace.factory, workspace.path, other)
        assert caught.value.report.deleted["contact_report"] == _count(workspace, ContactReport)
        report = merge_files(workspace.factory, workspace.path, other, allow_deletions=True)
        assert _count(workspace, Peer) == 0 and report.deleted["peer"] > 0


def test_far_future_dates_are_clamped_listed_and_win_nothing(demo_file, tmp_path):
    other = _other(demo_file, tmp_path, "UPDATE peer SET position = 'Forever', updated_at = '9999-12-31 00:00:00' "
                                        "WHERE id = 1",
                   "INSERT INTO organisation (uuid, created_at, updated_at, name, country, kind, notes) VALUES "
                   "('u-org-9999', '9999-12-31 00:00:00', '9999-12-31 00:00:00', 'Future Office', '', '', '')")
    with open_workspace(demo_file) as workspace:
        with workspace.factory.begin() as session:
            before = session.get(Peer, 1).position
        for _ in range(2):  # and again: a 9999 row keeps winning nothing
            report = merge_files(workspace.factory, workspace.path, other)
            assert any("updated_at 9999-12-31" in note and "taken as now" in note for note in report.notes())
            (conflict,) = [c for c in report.conflicts if c.table == "peer"]
            assert conflict.winner == "this file"
        with workspace.factory.begin() as session:
            assert session.get(Peer, 1).position == before
            from peerdesk.db.models import Organisation

            office = session.scalars(select(Organisation).where(Organisation.uuid == "u-org-9999")).one()
            assert office.updated_at.year < 9999 and office.created_at.year < 9999


def test_wrong_types_are_listed_and_skipped_and_later_commands_work(demo_file, tmp_path, capsys):
    other = _other(demo_file, tmp_path,
                   "INSERT INTO peer (uuid, created_at, updated_at, full_name, email, phone, country, position, "
                   "professional_affiliation, career_level, education_level, social_standing, influence, languages, "
                   "preferred_language, risks, risk_note, consent_given, notes) VALUES ('u-bad-1', "
                   "'2026-01-01 00:00:00', '2026-01-01 00:00:00', X'4142', '', '', '', '', '', '', '', '', '', '5', "
                   "'', '[]', '', 0, '')",
                   "UPDATE peer SET languages = '\"fr\"', updated_at = '2026-12-01 00:00:00' WHERE id = 2")
    assert main(["merge", str(demo_file), str(other)]) == 0
    out = capsys.readouterr().out
    assert "skipped: peer" in out and "full_name is not text" in out and "languages should be a list" in out
    assert main(["check", str(demo_file)]) == 0
    assert main(["initiatives", str(demo_file)]) == 0


def test_an_unsafe_scan_name_is_refused_but_the_contract_comes_in(demo_file, tmp_path):
    other = _other(demo_file, tmp_path,
                   "UPDATE peer_contract SET scan = X'4d5a', scan_filename = 'signed.pdf.hta', "
                   "updated_at = '2026-12-01 00:00:00' WHERE id = 1")
    with open_workspace(demo_file) as workspace:
        report = merge_files(workspace.factory, workspace.path, other)
        assert any("signed.pdf.hta" in note for note in report.notes())
        with workspace.factory.begin() as session:
            contract = session.get(PeerContract, 1)
            assert contract.scan_filename != "signed.pdf.hta"


def test_other_file_with_a_trigger_is_refused(demo_file, tmp_path, capsys):
    other = _other(demo_file, tmp_path, "CREATE TRIGGER t AFTER INSERT ON peer BEGIN DELETE FROM peer; END")
    with open_workspace(demo_file) as workspace, pytest.raises(DataFileError, match="unexpected trigger 't'"):
        merge_files(workspace.factory, workspace.path, other)
    assert main(["merge", str(demo_file), str(other)]) == 2
    assert "Traceback" not in capsys.readouterr().err
