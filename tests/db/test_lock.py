import json
import os
import socket

from peerdesk.db.lock import WorkspaceLock


def test_second_opener_sees_the_live_holder(tmp_path):
    data = tmp_path / "w.peerdesk"
    lock = WorkspaceLock(data)
    assert lock.acquire() is None
    # another live process on this host holds it: our parent process stands in for it
    lock.path.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname(), "since": "09:00"}))
    holder = WorkspaceLock(data).holder()
    assert holder is not None and holder.pid == os.getppid()
    assert "since 09:00" in holder.describe()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    data = tmp_path / "w.peerdesk"
    lock = WorkspaceLock(data)
    lock.path.write_text(json.dumps({"pid": 2**22 + 12345, "host": socket.gethostname(), "since": "x"}))
    assert lock.holder() is None
    assert lock.acquire() is None
    lock.release()
    assert not lock.path.exists()


def test_garbage_lock_file_counts_as_free(tmp_path):
    lock = WorkspaceLock(tmp_path / "w.peerdesk")
    lock.path.write_text("not json")
    assert lock.holder() is None
