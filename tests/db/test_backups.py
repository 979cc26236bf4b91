"""Rotating backups and restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from peerdesk.cli import main
from peerdesk.db.backups import backup_if_due, list_backups, restore_backup, take_backup
from peerdesk.db.workspace import DataFileError, open_workspace


def rows(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT full_name FROM peer ORDER BY id")]
    finally:
        connection.close()


def _peers(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM peer").fetchone()[0]
    finally:
        connection.close()


def test_backups_rotate_to_the_limit(demo_file, tmp_path):
    root = tmp_path / "backups"
    for _ in range(5):
        take_backup(demo_file, reason="opened", keep=3, root=root)
    backups = list_backups(demo_file, root)
    assert len(backups) == 3
    assert all(b.path.parent.parent == root for b in backups)
    connection = sqlite3.connect(backups[0].path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_daily_backup_only_when_due(demo_file, tmp_path):
    root = tmp_path / "backups"
    assert backup_if_due(demo_file, root=root) is not None
    assert backup_if_due(demo_file, root=root) is None
    assert backup_if_due(demo_file, root=root, now=datetime.now() + timedelta(days=1, minutes=1)) is not None


def test_backup_of_an_open_file_and_restore(demo_file, tmp_path):
    root = tmp_path / "backups"
    with open_workspace(demo_file) as workspace:
        before = _peers(demo_file)
        backup = take_backup(workspace.path, root=root)  # online backup while open
        with workspace.factory.begin() as session:
            session.execute(__import__("sqlalchemy").text("DELETE FROM peer"))
    assert _peers(demo_file) == 0
    restore_backup(backup, demo_file, root=root)
    assert _peers(demo_file) == before
    reasons = [b.reason for b in list_backups(demo_file, root)]
    assert "before-restore" in reasons  # the restore itself can be undone


def test_damaged_backup_is_refused_and_file_untouched(demo_file, tmp_path):
    bad = tmp_path / "bad.peerdesk"
    bad.write_bytes(b"not a database")
    before = demo_file.read_bytes()
    with pytest.raises(DataFileError):
        restore_backup(bad, demo_file, root=tmp_path / "b")
    assert demo_file.read_bytes() == before


def test_cli_backups(demo_file, capsys):
    assert main(["backups", str(demo_file), "--take"]) == 0
    assert main(["backups", str(demo_file)]) == 0
    assert "manual" in capsys.readouterr().out


def test_rotation_keeps_one_backup_per_earlier_day():
    from pathlib import Path

    from peerdesk.db.backups import Backup, backups_to_drop

    now = datetime(2026, 11, 27, 18, 0)
    today = [Backup(Path(f"t{n}"), now - timedelta(minutes=n), "opened", 1) for n in range(12)]
    earlier = [Backup(Path(f"d{d}-{n}"), now - timedelta(days=d, minutes=n), "daily", 1)
               for d in range(1, 20) for n in range(2)]
    dropped = {b.path.name for b in backups_to_drop(today + earlier, keep=10, days=14)}
    assert {"t10", "t11"} <= dropped  # same day as the kept ones
    assert "d1-0" not in dropped and "d1-1" in dropped  # newest of each earlier day kept
    assert "d14-0" not in dropped and "d15-0" in dropped  # for 14 days


def test_a_file_unchanged_since_its_backup_on_opening_is_not_copied_again(demo_file, tmp_path):
    from peerdesk.db.backups import backup_on_open

    root = tmp_path / "backups"
    first = backup_on_open(demo_file, root=root)
    again = backup_on_open(demo_file, root=root)
    assert again == first and [b.path for b in list_backups(demo_file, root)] == [first]
    assert rows(first) == rows(demo_file)
    with open_workspace(demo_file) as workspace:  # an edit: the next opening copies the new state
        with workspace.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE peer SET full_name = full_name || ' Jr' WHERE id = 1")
    changed = backup_on_open(demo_file, root=root)
    assert changed != first and len(list_backups(demo_file, root)) == 2
    assert rows(changed) == rows(demo_file) != rows(first)
    changed.unlink()  # the copy that held this state is gone: a new one is taken
    taken = backup_on_open(demo_file, root=root)
    assert taken is not None and taken.exists() and rows(taken) == rows(demo_file)


def test_a_file_replaced_by_the_same_bytes_is_copied_again(demo_file, tmp_path):
    import os
    import shutil

    from peerdesk.db.backups import backup_on_open

    root = tmp_path / "backups"
    first = backup_on_open(demo_file, root=root)
    copy = tmp_path / "copy.peerdesk"
    shutil.copy2(demo_file, copy)
    os.replace(copy, demo_file)
    assert backup_on_open(demo_file, root=root) != first
