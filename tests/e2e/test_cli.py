"""The command line as a script would use it: exit codes, one-line errors, JSON."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import peerdesk

ROOT = Path(peerdesk.__file__).resolve().parent.parent


def peerdesk_cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def test_demo_then_check_then_list(tmp_path):
    path = tmp_path / "x.peerdesk"
    made = peerdesk_cli("demo", str(path))
    assert made.returncode == 0, made.stderr
    assert "24 peers" in made.stdout
    checked = peerdesk_cli("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "ok" in checked.stdout
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    listed = peerdesk_cli("initiatives", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    (initiative,) = json.loads(listed.stdout)
    assert initiative["name"] == "Budget Credibility Peer Network 2026"
    assert initiative["peers"] == 24
    assert initiative["activities"] >= 8
    assert initiative["contracts"] >= 5
    assert initiative["contact_reports"] > 100


def test_demo_refuses_to_overwrite(tmp_path):
    path = tmp_path / "mine.peerdesk"
    path.write_text("my notes")
    result = peerdesk_cli("demo", str(path))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert path.read_text() == "my notes"


def test_foreign_file_exit_2_one_line_no_traceback(tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    for command in (["check", str(path)], ["initiatives", str(path)]):
        result = peerdesk_cli(*command)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "not a PeerDesk data file" in result.stderr
    assert path.read_bytes() == b"PK\x03\x04 not really a spreadsheet"


def test_missing_file_and_bad_usage_exit_2(tmp_path):
    missing = peerdesk_cli("check", str(tmp_path / "nope.peerdesk"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    usage = peerdesk_cli("no-such-command")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_check_finds_data_problems_exit_1(demo_file):
    connection = sqlite3.connect(demo_file)
    connection.execute("UPDATE contact_entry SET other_id = (SELECT reporter_id FROM contact_report "
                       "WHERE contact_report.id = contact_entry.report_id) WHERE id = 1")
    connection.commit()
    connection.close()
    result = peerdesk_cli("check", str(demo_file))
    assert result.returncode == 1
    assert "reporter themself" in result.stderr


def test_version():
    result = peerdesk_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"PeerDesk {peerdesk.__version__}"


def test_self_test_passes():
    result = peerdesk_cli("--self-test", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_screenshots_of_every_tab(demo_file, tmp_path):
    out = tmp_path / "shots"
    result = peerdesk_cli("screenshots", "--data", str(demo_file), "--out", str(out), timeout=300)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["contracts.png", "evaluation.png", "matching.png", "tools.png"]
    from PIL import Image

    for png in out.glob("*.png"):
        with Image.open(png) as image:
            assert image.size == (1280, 800)
            assert len(image.getcolors(1 << 20) or range(5000)) > 50, f"{png.name} looks blank"
