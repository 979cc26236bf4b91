"""A lock file beside an open data file, so a second PeerDesk opening the same file can warn.

SQLite would let two programs write the same file safely, one transaction at a time, but two windows
editing the same initiative overwrite each other's edits, so the second one is warned first.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}, since {self.since}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class WorkspaceLock:
    def __init__(self, data_file: Path) -> None:
        self.path = Path(f"{data_file}.lock")
        self.held = False

    def holder(self) -> LockHolder | None:
        """Who holds the lock now, or None if nobody live does (a stale lock counts as free)."""
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
            holder = LockHolder(int(info["pid"]), str(info["host"]), str(info.get("since", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if holder.host == socket.gethostname() and (holder.pid == os.getpid() or not _alive(holder.pid)):
            return None
        return holder

    def acquire(self, *, force: bool = False) -> LockHolder | None:
        """Take the lock; return the other holder instead if one is live and ``force`` is off."""
        other = self.holder()
        if other is not None and not force:
            return other
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().isoformat(" ", "seconds")}
        try:
            self.path.write_text(json.dumps(info), encoding="utf-8")
            self.held = True
        except OSError as exc:  # a read-only folder: work on without the warning
            logger.warning("could not write lock file %s: %s", self.path, exc)
        return None

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
