"""The synthetic initiative: any size, a full year's record, the same content for the same arguments."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import peerdesk
from peerdesk.db.services.check import check_data_file
from peerdesk.db.services.evaluation import load_evaluation_data
from peerdesk.db.services.initiatives import list_initiatives
from peerdesk.db.services.synthetic import create_synthetic_initiative
from peerdesk.db.workspace import create_workspace, open_workspace

ROOT = Path(peerdesk.__file__).resolve().parent.parent
TABLES = (
    "peer", "membership", "organisation", "tag", "peer_tag", "activity", "activity_participant", "match_unit",
    "match_unit_member", "commitment_template", "peer_contract", "commitment_item", "contact_report",
    "contact_entry", "learning_checkin", "learning_gain", "value_interview", "diffusion_event", "checklist_entry",
)  # fmt: skip
# The content a user sees, without identities and timestamps (which differ from file to file).
CONTENT = (
    "SELECT p.full_name, p.country, p.career_level, p.languages FROM peer p ORDER BY p.id",
    "SELECT r.report_date, r.reporter_id, e.other_id, e.kind, e.channel FROM contact_report r "
    "JOIN contact_entry e ON e.report_id = r.id ORDER BY e.id",
    "SELECT peer_id, week_start, productive FROM learning_checkin ORDER BY id",
    "SELECT peer_id, point, area, score FROM learning_gain ORDER BY id",
    "SELECT status, signed_on FROM peer_contract ORDER BY id",
    "SELECT sharer_peer_id, sharer_name, parent_id, people_reached FROM diffusion_event ORDER BY id",
)


def _make(path: Path, peers: int, months: int):
    made = []
    create_workspace(
        path, populate=lambda factory: made.append(create_synthetic_initiative(factory, peers, months))
    ).close()
    return made[0]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "big.peerdesk"
    return path, _make(path, peers=61, months=3)


def test_shape_of_a_synthetic_initiative(synthetic):
    path, summary = synthetic
    counts = _counts(path)
    weeks = 12  # 2 Feb to 1 May 2026
    assert summary.peers == 61
    assert counts["membership"] == 61 + 6  # and one comparison colleague per ten peers
    assert summary.contact_reports == counts["contact_report"] == 61 * 2 * weeks
    assert counts["contact_entry"] > summary.contact_reports  # more than one contact per report on average
    assert summary.contracts == counts["peer_contract"] == 61
    assert counts["commitment_item"] == 61 * counts["commitment_template"]
    assert counts["match_unit_member"] == 61  # every peer in one unit, the odd one in a trio
    assert summary.checkins == counts["learning_checkin"] and 0.85 * 61 * weeks < summary.checkins <= 61 * weeks
    assert summary.gains == counts["learning_gain"] >= 61 * 8 * 2
    assert summary.interviews == counts["value_interview"] == 7
    assert summary.diffusion_events == counts["diffusion_event"] > 0
    assert summary.activities == counts["activity"] and counts["activity_participant"] > 0
    with sqlite3.connect(path) as connection:
        strangers = connection.execute(
            "SELECT count(*) FROM contact_entry e JOIN contact_report r ON r.id = e.report_id "
            "WHERE e.other_id = r.reporter_id OR e.other_id NOT IN "
            "(SELECT peer_id FROM membership WHERE role = 'participant')"
        ).fetchone()[0]
        onward = connection.execute("SELECT count(*) FROM diffusion_event WHERE parent_id IS NOT NULL").fetchone()
        uuids = connection.execute("SELECT count(DISTINCT uuid), count(*) FROM contact_entry").fetchone()
    assert strangers == 0  # peers name other participants, never themselves
    assert onward[0] > 0  # someone reached by a peer shared again
    assert uuids[0] == uuids[1]


def test_synthetic_file_passes_check_and_lists(synthetic):
    path, summary = synthetic
    report = check_data_file(path)
    assert report.ok, report.problems
    with open_workspace(path) as workspace:
        (listed,) = list_initiatives(workspace.factory)
        assert (listed.name, listed.peers, listed.contact_reports) == (summary.name, 61, summary.contact_reports)
        data = load_evaluation_data(workspace.factory, summary.initiative_id)
    assert data is not None


def test_same_arguments_same_content(synthetic, tmp_path):
    path, _ = synthetic
    again = tmp_path / "again.peerdesk"
    _make(again, peers=61, months=3)
    assert _counts(again) == _counts(path)
    with sqlite3.connect(path) as first, sqlite3.connect(again) as second:
        for query in CONTENT:
            assert first.execute(query).fetchall() == second.execute(query).fetchall(), query
        # identities differ, so two synthetic files can be merged without clashing
        assert first.execute("SELECT uuid FROM peer").fetchall() != second.execute("SELECT uuid FROM peer").fetchall()


def test_other_sizes_differ(synthetic, tmp_path):
    path, _ = synthetic
    other = tmp_path / "small.peerdesk"
    summary = _make(other, peers=10, months=1)
    assert summary.peers == 10 and _counts(other)["contact_report"] == 10 * 2 * 4


def test_cli_demo_with_peers(tmp_path):
    path = tmp_path / "scale.peerdesk"
    run = [sys.executable, "-m", "peerdesk", "demo", str(path), "--peers", "30", "--months", "2"]
    made = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    assert "30 peers" in made.stdout and path.exists()
    refused = subprocess.run(
        [sys.executable, "-m", "peerdesk", "demo", str(tmp_path / "x.peerdesk"), "--peers", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 2 and "at least 2 peers" in refused.stderr
    assert not (tmp_path / "x.peerdesk").exists()


def test_a_synthetic_initiative_on_a_server_has_the_same_content(pg_url, tmp_path, capsys):
    """``peerdesk demo URL --peers N`` goes through the same fast inserts as a file, with the same rows."""
    from sqlalchemy import text

    from peerdesk.cli import main
    from peerdesk.db.workspace import open_location

    assert main(["demo", pg_url, "--peers", "13", "--months", "2"]) == 0, capsys.readouterr().err
    path = tmp_path / "same.peerdesk"
    _make(path, peers=13, months=2)
    with open_location(pg_url) as workspace, workspace.engine.connect() as connection:
        counts = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in TABLES}
        on_server = [[tuple(str(value) for value in row) for row in connection.execute(text(query))]
                     for query in CONTENT]
    assert counts == _counts(path)
    with sqlite3.connect(path) as connection:
        in_file = [[tuple(str(bool(value)) if query.startswith("SELECT peer_id, week_start, productive")
                          and index == 2 and value is not None else str(value) for index, value in enumerate(row))
                    for row in connection.execute(query)] for query in CONTENT]
    assert on_server[1:] == in_file[1:]  # same reports, check-ins, scores, contracts, sharing
    assert [row[:3] for row in on_server[0]] == [row[:3] for row in in_file[0]]  # languages: JSON spacing differs
    capsys.readouterr()
    assert main(["check", pg_url]) == 0, capsys.readouterr().err
