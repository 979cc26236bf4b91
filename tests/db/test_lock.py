"""The one cross-process lock: a second process is stopped with a clear message, a dead holder's lock
is free, the same file through a link is the same lock, and reentry in one process works."""

import os
import subprocess
import sys
import textwrap

import pytest

from peerdesk.db.lock import FileInUse, WorkspaceLock

HOLDER = textwrap.dedent("""
    import sys
    from peerdesk.db.lock import WorkspaceLock
    lock = WorkspaceLock(sys.argv[1])
    lock.acquire(wait=0)
    print("ready", flush=True)
    sys.stdin.read()  # hold until the test closes our stdin
    lock.release()
""")


class Holder:
    """Another process that holds the lock of ``path`` until stopped."""

    def __init__(self, path):
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    def stop(self):
        self.process.stdin.close()
        self.process.wait()

    def kill(self):
        self.process.kill()
        self.process.wait()


@pytest.fixture
def holder_of():
    started = []

    def start(path):
        started.append(Holder(path))
        return started[-1]

    yield start
    for holder in started:
        if holder.process.poll() is None:
            holder.kill()


def test_second_process_is_told_who_holds_the_file(tmp_path, holder_of):
    data = tmp_path / "w.peerdesk"
    holder = holder_of(data)
    lock = WorkspaceLock(data)
    assert lock.holder() is not None and lock.holder().pid == holder.process.pid
    with pytest.raises(FileInUse) as caught:
        lock.acquire(wait=0.2)
    message = str(caught.value)
    assert f"w.peerdesk is in use by PeerDesk (pid {holder.process.pid} on " in message and " since " in message
    holder.stop()
    assert lock.holder() is None
    lock.acquire(wait=0)
    lock.release()


def test_lock_of_a_killed_process_is_free(tmp_path, holder_of):
    data = tmp_path / "w.peerdesk"
    holder = holder_of(data)
    holder.kill()  # kill -9: the lock file stays behind, its OS lock does not
    lock = WorkspaceLock(data)
    assert lock.holder() is None
    assert lock.try_acquire()
    lock.release()
    assert not lock.path.exists()


def test_same_file_through_a_link_is_the_same_lock(tmp_path, holder_of):
    data = tmp_path / "w.peerdesk"
    data.write_bytes(b"")
    link = tmp_path / "link.peerdesk"
    os.symlink(data, link)
    holder_of(data)
    with pytest.raises(FileInUse):
        WorkspaceLock(link).acquire(wait=0)


def test_reentrant_within_one_process(tmp_path):
    data = tmp_path / "w.peerdesk"
    first, second = WorkspaceLock(data), WorkspaceLock(data)
    first.acquire(wait=0)
    second.acquire(wait=0)
    second.release()
    assert first.held_here()
    first.release()
    assert not WorkspaceLock(data).held_here()


def test_garbage_lock_file_counts_as_free(tmp_path):
    lock = WorkspaceLock(tmp_path / "w.peerdesk")
    lock.path.write_text("not json")
    assert lock.holder() is None
    assert lock.try_acquire()
    lock.release()
