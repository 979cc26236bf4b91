"""The one cross-process lock on a data file, shared by the window and every command that writes.

The lock is an operating-system lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on a small
``NAME.lock`` file beside the *real* file (links resolved, so the same file reached through a link is
guarded too). The OS drops the lock when its process dies, so a stale lock file left by a crash counts as
free; the file's text only says who holds it (pid, host, since), for the message.

Within one process the lock is re-entrant (counted), so the window's own backups and restores, which open
the same file again, do not lock themselves out. A second process waits a little, then stops with
"FILE is in use by PeerDesk (pid N on HOST) since TIME" and changes nothing.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerdesk.i18n import _

logger = logging.getLogger(__name__)

#: How long a second writer waits for the lock before it gives up (seconds); PEERDESK_LOCK_WAIT overrides.
DEFAULT_WAIT = 5.0
_POLL = 0.1


def lock_wait() -> float:
    try:
        return float(os.environ.get("PEERDESK_LOCK_WAIT", DEFAULT_WAIT))
    except ValueError:
        return DEFAULT_WAIT


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        return _("pid {pid} on {host}").format(pid=self.pid, host=self.host) + (
            _(", since {since}").format(since=self.since) if self.since else "")


class FileInUse(Exception):
    """Another PeerDesk process holds the data file. ``str(error)`` is a one-line message."""

    def __init__(self, data_file: Path, holder: LockHolder | None) -> None:
        self.data_file = Path(data_file)
        self.holder = holder
        if holder is None:
            message = _("{name} is in use by another PeerDesk; close it there first").format(name=self.data_file.name)
        else:
            message = _("{name} is in use by PeerDesk (pid {pid} on {host}) since {since}; close it there first")
            message = message.format(name=self.data_file.name, pid=holder.pid, host=holder.host,
                                     since=holder.since or "?")
        super().__init__(message)


def real_path(data_file: Path) -> Path:
    """The file itself, links resolved: one lock per file however it is reached."""
    return Path(os.path.realpath(Path(data_file)))


def _try_os_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows builds
        import msvcrt

        try:
            os.lseek(fd, 1 << 20, os.SEEK_SET)  # a byte past the text, so readers can still read who holds it
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import errno
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        # a file system without locks (some network shares): the lock cannot guard, so do not block on it
        logger.warning("file locks are not supported in this folder (%s); working without the lock", exc)
        return True


def _os_unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        try:
            os.lseek(fd, 1 << 20, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


#: Locks this process holds: lock-file path -> [fd, count].
_HELD: dict[str, list[int]] = {}
_GUARD = threading.RLock()


class WorkspaceLock:
    """The lock on one data file. ``acquire`` / ``release`` may be called repeatedly; it is counted."""

    def __init__(self, data_file: Path) -> None:
        self.data_file = Path(data_file)
        self.path = Path(f"{real_path(data_file)}.lock")
        self.held = False

    def _read_holder(self) -> LockHolder | None:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(int(info["pid"]), str(info["host"]), str(info.get("since", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def held_here(self) -> bool:
        """True if this process holds the lock (through this object or another)."""
        with _GUARD:
            return str(self.path) in _HELD

    def _take(self) -> bool:
        """One attempt; True when this process now holds the lock (or cannot lock a read-only folder)."""
        key = str(self.path)
        with _GUARD:
            if key in _HELD:
                _HELD[key][1] += 1
                return True
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:  # a read-only folder: nothing can write there, so nothing to guard
                logger.warning("could not create lock file %s: %s", self.path, exc)
                _HELD[key] = [-1, 1]
                return True
            if not _try_os_lock(fd) or not _same_file(fd, self.path):
                os.close(fd)  # busy, or the holder removed the file as we opened it: try again
                return False
            info = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().isoformat(" ", "seconds")}
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(info).encode("utf-8"))
            except OSError as exc:
                logger.warning("could not write lock file %s: %s", self.path, exc)
            _HELD[key] = [fd, 1]
            return True

    def holder(self) -> LockHolder | None:
        """Who else holds the lock now, or None when it is free or ours (a crashed holder's lock is free)."""
        if self.held_here() or not self.path.exists():
            return None
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError:
            return None
        try:
            if _try_os_lock(fd):
                _os_unlock(fd)
                return None
        finally:
            os.close(fd)
        return self._read_holder() or LockHolder(0, "?", "")

    def acquire(self, *, wait: float | None = None, force: bool = False) -> None:
        """Take the lock, waiting up to ``wait`` seconds; raise :class:`FileInUse` if another process
        keeps it. (``force`` is accepted for old callers and ignored: a live lock is never stolen.)"""
        if self.held:
            return
        deadline = time.monotonic() + (lock_wait() if wait is None else wait)
        while not self._take():
            if time.monotonic() >= deadline:
                raise FileInUse(self.data_file, self._read_holder())
            time.sleep(_POLL)
        self.held = True

    def try_acquire(self) -> bool:
        """Take the lock only if it is free right now."""
        try:
            self.acquire(wait=0)
        except FileInUse:
            return False
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        key = str(self.path)
        with _GUARD:
            entry = _HELD.get(key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _HELD[key]
            fd = entry[0]
            if fd < 0:
                return
            try:
                # removed while still locked; a waiter that opened the old file notices (_same_file) and retries
                self.path.unlink(missing_ok=True)
            except OSError:  # Windows keeps an open file; an empty lock file is harmless
                pass
            try:
                _os_unlock(fd)
            except OSError:
                pass
            os.close(fd)

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
