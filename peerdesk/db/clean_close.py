"""What this computer knows about a data file it closed cleanly, so that opening it again can skip the
integrity check (``PRAGMA quick_check`` reads the whole file: about two thirds of opening a large one).

When PeerDesk closes a file it holds the lock on, after SQLite has folded the write-ahead log back into the
file, it writes a small record in its own state folder: the file's size, modification and change times,
inode and device, a digest of its 100-byte SQLite header, and when its contents were last fully checked.
The next opening skips the check only if all of that is unchanged, no ``-wal`` or ``-journal`` file lies
beside it, and the last full check is less than :data:`RECHECK_AFTER` old. The record is removed as soon as
a writer opens the file, so a file left by a crash (or still open elsewhere) never has one. A file changed by
any other program, copied, restored, moved in from another computer or touched in any way changes its change
time (which no program can set) and so is checked in full, as is any file without a record.

The other checks (the header, PeerDesk's schema and revision, a file someone altered) still run at every
opening; they read a few pages only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from peerdesk import paths

logger = logging.getLogger(__name__)

#: A file opened every day is still checked in full once a week (damage from the disk itself shows then).
RECHECK_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class FileState:
    """What changes whenever anything writes to, replaces or copies over a file."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int
    header: str  # sha1 of the first 100 bytes

    @classmethod
    def of(cls, path: Path) -> FileState | None:
        """The file's state, or None when it cannot be trusted as a whole (a journal or non-empty write-ahead
        log beside it: a crash, or another connection still open)."""
        path = Path(path)
        for side in (Path(f"{path}-wal"), Path(f"{path}-journal")):
            try:
                if side.stat().st_size > 0:
                    return None
            except FileNotFoundError:
                pass
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
                stat = os.fstat(handle.fileno())
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev,
                   hashlib.sha1(header).hexdigest())


def record_path(data_file: Path) -> Path:
    """Where the record of ``data_file`` lives (one small file per data file, named by its real path)."""
    real = os.path.realpath(Path(data_file))
    digest = hashlib.sha1(real.encode("utf-8")).hexdigest()[:16]
    return paths.user_state_dir() / "clean-close" / f"{digest}.json"


def last_full_check(data_file: Path, *, now: datetime | None = None) -> datetime | None:
    """When ``data_file`` was last checked in full, if it is unchanged since this computer closed it
    cleanly and that check is recent enough to skip another; None means: check it in full."""
    try:
        record = json.loads(record_path(data_file).read_text(encoding="utf-8"))
        if record.get("path") != os.path.realpath(Path(data_file)):
            return None
        recorded = FileState(**record["state"])
        checked_at = datetime.fromisoformat(record["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    now = now or datetime.now()
    if not timedelta(0) <= now - checked_at < RECHECK_AFTER:
        return None
    return checked_at if FileState.of(Path(data_file)) == recorded else None


def forget(data_file: Path) -> None:
    """A writer opened the file: its record no longer holds (removed before anything writes)."""
    try:
        record_path(data_file).unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("could not remove the clean-close record of %s: %s", data_file, exc)


def remember(data_file: Path, checked_at: datetime) -> bool:
    """Record that ``data_file`` was closed cleanly just now (the caller holds its lock and has closed every
    connection); ``checked_at``: when its contents were last checked in full. Never raises."""
    state = FileState.of(Path(data_file))
    if state is None:
        forget(data_file)
        return False
    record = {"path": os.path.realpath(Path(data_file)), "state": asdict(state),
              "checked_at": checked_at.isoformat(), "closed_at": datetime.now().isoformat()}
    target = record_path(data_file)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(record), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:  # a read-only state folder: the next opening checks in full, as without a record
        logger.warning("could not record the clean close of %s: %s", data_file, exc)
        return False
    return True
