"""A file this computer closed cleanly, unchanged since, opens without the whole-file integrity check; any
other file (changed, replaced, copied, left by a crash, or last checked a week ago) is checked in full, so
damage is still found and the file refused with its message."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.db import clean_close, workspace
from peerdesk.db.workspace import CorruptDataFile, open_workspace


@pytest.fixture
def checks(monkeypatch) -> list[bool]:
    """Whether each opening ran the integrity check."""
    seen: list[bool] = []
    real = workspace.inspect_data_file

    def spy(path, **kwargs):
        seen.append(kwargs.get("integrity", True))
        return real(path, **kwargs)

    monkeypatch.setattr(workspace, "inspect_data_file", spy)
    return seen


def damage_keeping_times(path: Path) -> None:
    """Damage pages behind the header in place, then put the modification time back as it was (as a careless
    copy tool or a disk fault could): only the change time, which no program sets, still tells."""
    before = path.stat()
    with path.open("r+b") as handle:
        for offset in range(8192, before.st_size, 997):
            handle.seek(offset)
            byte = handle.read(1)
            handle.seek(offset)
            handle.write(bytes([byte[0] ^ 0x5A]))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns


def test_a_cleanly_closed_unchanged_file_opens_without_the_check(demo_file, checks):
    open_workspace(demo_file).close()
    assert clean_close.record_path(demo_file).exists()
    with open_workspace(demo_file) as opened:
        # the record is gone while the file is open: a crash now leaves a file that is checked next time
        assert not clean_close.record_path(demo_file).exists()
        assert opened.checked_at < datetime.now()
    open_workspace(demo_file).close()
    assert checks == [True, False, False]


def test_a_file_damaged_after_its_clean_close_is_still_refused(demo_file, checks):
    open_workspace(demo_file).close()
    damage_keeping_times(demo_file)
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    with pytest.raises(CorruptDataFile, match="damaged"):
        open_workspace(demo_file)
    assert checks == [True, True]
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


def test_a_crash_while_open_leaves_no_record(demo_file, checks):
    crashed = open_workspace(demo_file)
    crashed.engine.dispose()
    crashed.lock.release()  # the process died: no clean close was recorded
    open_workspace(demo_file).close()
    assert checks == [True, True]


def test_a_file_replaced_or_copied_over_is_checked(demo_file, tmp_path, checks):
    open_workspace(demo_file).close()
    copy = tmp_path / "copy.peerdesk"
    shutil.copy2(demo_file, copy)  # the same bytes and times, another file
    os.replace(copy, demo_file)  # restored over the original
    open_workspace(demo_file).close()
    shutil.copy2(demo_file, copy)
    open_workspace(copy).close()  # a copy elsewhere has no record of its own
    assert checks == [True, True, True]


def test_a_write_ahead_log_beside_the_file_means_a_full_check(demo_file, checks):
    open_workspace(demo_file).close()
    Path(f"{demo_file}-wal").write_bytes(b"\0" * 64)  # what a crashed writer leaves (here: not a real log)
    assert clean_close.last_full_check(demo_file) is None
    Path(f"{demo_file}-wal").unlink()
    assert clean_close.last_full_check(demo_file) is not None


def test_a_file_is_checked_in_full_again_after_a_week(demo_file, checks):
    open_workspace(demo_file).close()
    checked = clean_close.last_full_check(demo_file)
    assert checked is not None
    assert clean_close.last_full_check(demo_file, now=checked + clean_close.RECHECK_AFTER - timedelta(minutes=1))
    assert clean_close.last_full_check(demo_file, now=checked + clean_close.RECHECK_AFTER) is None
    # the time of the last full check travels from close to close, it is not renewed by skipping it
    open_workspace(demo_file).close()
    assert clean_close.last_full_check(demo_file) == checked


def test_a_reader_without_the_lock_records_nothing(demo_file, checks):
    open_workspace(demo_file, lock=False).close()
    assert not clean_close.record_path(demo_file).exists()


def test_an_unreadable_or_foreign_record_means_a_full_check(demo_file, checks):
    open_workspace(demo_file).close()
    record = clean_close.record_path(demo_file)
    record.write_text("{not json", encoding="utf-8")
    open_workspace(demo_file).close()
    text = record.read_text(encoding="utf-8").replace(str(os.path.realpath(demo_file)), "/elsewhere/demo.peerdesk")
    record.write_text(text, encoding="utf-8")
    open_workspace(demo_file).close()
    assert checks == [True, True, True]
