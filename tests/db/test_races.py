"""Two processes on one data file: a restore or an import while another PeerDesk writes is stopped with
"in use" and changes nothing; a read-only look never deletes side files a writer made meanwhile."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from peerdesk.cli import main
from peerdesk.db.backups import take_backup
from peerdesk.db.models import Peer
from peerdesk.db.workspace import inspect_data_file, open_workspace, readonly_sqlite
from tests.io.conftest import file_digest

WRITER = textwrap.dedent("""
    import sys
    from peerdesk.db.workspace import open_workspace
    from peerdesk.db.models import Peer
    workspace = open_workspace(sys.argv[1])           # the window or a long import: holds the lock
    with workspace.factory.begin() as session:
        session.add(Peer(full_name="Imported while you waited"))
    print("ready", flush=True)
    sys.stdin.read()
    workspace.close()
""")


def _writer(path):
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    assert process.stdout.readline().strip() == "ready"
    return process


def _peers(path):
    with open_workspace(path) as workspace, workspace.factory.begin() as session:
        return session.scalar(select(func.count()).select_from(Peer))


def test_restore_during_an_import_is_refused_and_loses_nothing(demo_file, monkeypatch, capsys):
    monkeypatch.setenv("PEERDESK_LOCK_WAIT", "0.3")
    backup = take_backup(demo_file, reason="manual")
    writer = _writer(demo_file)
    try:
        assert main(["backups", str(demo_file), "--restore", str(backup)]) == 2
        err = capsys.readouterr().err
        assert f"demo.peerdesk is in use by PeerDesk (pid {writer.pid}" \
            in err and " since " in err and "Traceback" not in err
        # a second writer (another import, a merge) is stopped the same way
        assert main(["merge", str(demo_file), str(backup)]) == 2
        assert "in use by PeerDesk" in capsys.readouterr().err
    finally:
        writer.stdin.close()
        writer.wait()
    with open_workspace(demo_file) as workspace, workspace.factory.begin() as session:
        assert session.scalar(select(func.count()).select_from(Peer).where(
            Peer.full_name == "Imported while you waited")) == 1


def test_commands_that_only_read_run_while_the_window_has_the_file(demo_file, tmp_path, monkeypatch, capsys):
    """A facilitator with the window open can still list, export and print from a terminal; what the window
    committed is what the command sees; a command that writes is still stopped."""
    import json

    monkeypatch.setenv("PEERDESK_LOCK_WAIT", "0.3")
    before = _peers(demo_file)
    writer = _writer(demo_file)
    try:
        assert main(["initiatives", str(demo_file), "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert sum(item["peers"] for item in listed) >= 1
        assert main(["export", str(demo_file), str(tmp_path / "all.xlsx")]) == 0
        assert (tmp_path / "all.xlsx").stat().st_size > 0
        capsys.readouterr()
        assert main(["peer", "add", str(demo_file), "--initiative", listed[0]["name"], "--name", "Late Comer",
                     "--email", "late@example.org"]) == 2
        assert "in use by PeerDesk" in capsys.readouterr().err
    finally:
        writer.stdin.close()
        writer.wait()
    assert _peers(demo_file) == before + 1  # the window's peer, and nothing from the refused command


def test_the_lock_of_a_killed_writer_does_not_block(demo_file, monkeypatch):
    monkeypatch.setenv("PEERDESK_LOCK_WAIT", "0.3")
    writer = _writer(demo_file)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert _peers(demo_file) > 0  # opens: the dead process's lock is free


def test_a_read_only_look_keeps_side_files_another_process_committed_into(demo_file, tmp_path):
    copy = tmp_path / "w.peerdesk"
    shutil.copyfile(demo_file, copy)
    inspect_data_file(copy)
    assert not os.path.exists(f"{copy}-wal")
    script = textwrap.dedent("""
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1])
        c.execute("PRAGMA wal_autocheckpoint=0")
        c.execute("UPDATE peer SET full_name = 'Committed by the other process' WHERE id = 1")
        c.commit()                       # the commit lives only in the -wal file for now
        print("committed", flush=True)
        sys.stdin.read()
    """)
    with readonly_sqlite(copy) as connection:  # the look starts when no side file exists...
        other = subprocess.Popen([sys.executable, "-c", script, str(copy)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        assert other.stdout.readline().strip() == "committed"  # ...another process commits meanwhile...
        connection.execute("SELECT count(*) FROM peer").fetchone()
    # ...the look ends: the side files stay, because the other process holds them
    assert os.path.exists(f"{copy}-wal")
    other.send_signal(signal.SIGKILL)  # even if it then dies without a checkpoint
    other.wait()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT full_name FROM peer WHERE id = 1").fetchone()[0] == \
            "Committed by the other process"


def test_a_look_at_a_closed_file_leaves_no_trace(demo_file):
    before = file_digest(demo_file)
    inspect_data_file(demo_file)
    assert file_digest(demo_file) == before
    assert not os.path.exists(f"{demo_file}-wal") and not os.path.exists(f"{demo_file}-shm")


def test_restore_through_a_link_replaces_the_real_file_and_keeps_the_link(demo_file, tmp_path):
    backup = take_backup(demo_file, reason="manual")
    with open_workspace(demo_file) as workspace, workspace.factory.begin() as session:
        session.add(Peer(full_name="After the backup"))
    link = tmp_path / "link.peerdesk"
    os.symlink(demo_file, link)
    assert main(["backups", str(link), "--restore", str(backup)]) == 0
    assert link.is_symlink()
    with open_workspace(demo_file) as workspace, workspace.factory.begin() as session:
        assert session.scalar(select(func.count()).select_from(Peer).where(Peer.full_name == "After the backup")) == 0
