"""Rotating backups of a data file, taken with SQLite's online backup (safe while the file is open).

A backup is taken when a file is opened and at most once a day while it stays open; the newest
``keep`` backups of each data file are kept in ``paths.backups_dir()``, in a folder per data file.
Restoring first backs up the current file, so a restore can itself be undone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from peerdesk import FILE_SUFFIX, paths
from peerdesk.db.lock import WorkspaceLock, real_path
from peerdesk.db.workspace import copy_data_file, inspect_data_file

logger = logging.getLogger(__name__)

DEFAULT_KEEP = 10
KEEP_DAYS = 14
DAILY = timedelta(days=1)
_NAME_RE = re.compile(
    r"^(?P<stamp>\d{8}-\d{6})(?:-(?P<counter>\d+))?-(?P<reason>[a-z-]+)" + re.escape(FILE_SUFFIX) + "$"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    sequence: int = 1  # several backups within one second


def backup_folder(data_file: Path, root: Path | None = None) -> Path:
    """The folder holding ``data_file``'s backups (named after it, plus a short hash of its full path so
    two files called workspace.peerdesk in different folders keep apart)."""
    data_file = Path(data_file).resolve()
    digest = hashlib.sha1(str(data_file).encode("utf-8")).hexdigest()[:8]
    return (root or paths.backups_dir()) / f"{data_file.stem}-{digest}"


def list_backups(data_file: Path, root: Path | None = None) -> list[Backup]:
    """The data file's backups, newest first."""
    folder = backup_folder(data_file, root)
    found = []
    if folder.is_dir():
        for item in folder.iterdir():
            match = _NAME_RE.match(item.name)
            if not match:
                continue
            stamp = match["stamp"]
            try:
                taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
            except ValueError:
                continue
            found.append(Backup(item, taken, match["reason"], item.stat().st_size, int(match["counter"] or 1)))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.sequence), reverse=True)


def backups_to_drop(backups: list[Backup], keep: int = DEFAULT_KEEP, days: int = KEEP_DAYS) -> list[Backup]:
    """Rotation: keep the newest ``keep`` backups, and beyond them one backup per day for ``days`` more
    days, so opening a file ten times in an afternoon does not push last week's state out."""
    kept_days = {backup.taken_at.date() for backup in backups[:keep]}
    extra_days = 0
    drop = []
    for backup in backups[keep:]:
        day = backup.taken_at.date()
        if day not in kept_days and extra_days < days:
            kept_days.add(day)
            extra_days += 1
        else:
            drop.append(backup)
    return drop


def take_backup(data_file: Path, *, reason: str = "opened", keep: int = DEFAULT_KEEP,
                root: Path | None = None) -> Path:
    """Copy ``data_file`` into its backup folder and drop the oldest copies beyond ``keep``."""
    folder = backup_folder(data_file, root)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    same_second = list(folder.glob(f"{stamp}-*")) if folder.is_dir() else []
    counter = len(same_second) + 1
    target = folder / (f"{stamp}-{counter}-{reason}{FILE_SUFFIX}" if counter > 1 else f"{stamp}-{reason}{FILE_SUFFIX}")
    while target.exists():
        counter += 1
        target = folder / f"{stamp}-{counter}-{reason}{FILE_SUFFIX}"
    copy_data_file(Path(data_file), target)
    for old in backups_to_drop(list_backups(data_file, root), keep):
        try:
            old.path.unlink()
        except OSError:
            logger.warning("could not remove old backup %s", old.path)
    logger.info("backed up %s to %s", data_file, target)
    return target


def backup_on_open(data_file: Path, root: Path | None = None) -> Path | None:
    """The automatic backup taken when a file is opened; a failure is logged, never in the user's way.

    A file unchanged since its last backup on opening (nothing wrote to it, replaced or copied over it: the
    same size, times, inode and header, no write-ahead log beside it), whose backup is still there as it was
    written, is not copied again: that backup holds exactly what the file holds (a large file's copy takes
    a second, and ten copies of one state would push the older states out of the rotation)."""
    from peerdesk.db.clean_close import FileState

    data_file = Path(data_file)
    try:
        state = FileState.of(data_file)
        same = _backup_of(data_file, state, root) if state is not None else None
        if same is not None:
            logger.info("%s is unchanged since its backup %s: not copied again", data_file, same)
            return same
        target = take_backup(data_file, reason="opened", root=root)
        if state is not None and FileState.of(data_file) == state:  # nothing wrote to it during the copy
            _remember_backup(data_file, state, target, root)
        return target
    except Exception:  # noqa: BLE001 - a missed backup must not stop the user opening their file
        logger.exception("automatic backup of %s failed", data_file)
        return None


_LAST_OPENED = ".last-opened.json"  # in the file's backup folder; not a backup's name, so never listed


def _backup_of(data_file: Path, state, root: Path | None) -> Path | None:
    """The backup taken on opening of ``data_file`` in exactly this ``state``, if it is still there unchanged."""
    from dataclasses import asdict

    try:
        record = json.loads((backup_folder(data_file, root) / _LAST_OPENED).read_text(encoding="utf-8"))
        backup = backup_folder(data_file, root) / record["backup"]
        if record["source"] != asdict(state) or record["copy"] != _stamp(backup):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return backup


def _remember_backup(data_file: Path, state, backup: Path, root: Path | None) -> None:
    from dataclasses import asdict

    record = {"backup": backup.name, "source": asdict(state), "copy": _stamp(backup)}
    target = backup_folder(data_file, root) / _LAST_OPENED
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        partial.write_text(json.dumps(record), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        logger.info("could not note which backup holds %s: %s", data_file, exc)


def _stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def backup_if_due(data_file: Path, *, reason: str = "daily", keep: int = DEFAULT_KEEP, root: Path | None = None,
                  now: datetime | None = None) -> Path | None:
    """Take a backup unless one was taken in the last day."""
    backups = list_backups(data_file, root)
    now = now or datetime.now()
    if backups and now - backups[0].taken_at < DAILY:
        return None
    return take_backup(data_file, reason=reason, keep=keep, root=root)


def restore_backup(backup: Path, data_file: Path, *, keep: int = DEFAULT_KEEP, root: Path | None = None) -> Path:
    """Put ``backup`` in place of ``data_file``. The current file is backed up first ("before-restore"),
    and the backup is checked before anything is replaced. The file's cross-process lock is held
    throughout, so a restore never runs while a window or a command is writing the file (it raises
    :class:`~peerdesk.db.lock.FileInUse` instead, changing nothing). Through a link, the file the link
    points to is replaced and the link stays."""
    backup = Path(backup)
    data_file = Path(data_file)
    with WorkspaceLock(data_file):
        inspect_data_file(backup)  # refuses a damaged or foreign backup before anything changes
        target = real_path(data_file)
        saved = take_backup(data_file, reason="before-restore", keep=keep + 1, root=root) if target.exists() else None
        incoming = target.with_name(target.name + ".restoring")
        copy_data_file(backup, incoming)
        try:
            for side in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                side.unlink(missing_ok=True)  # the lock is ours: no writer holds them; their content is in `saved`
            os.replace(incoming, target)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
    logger.info("restored %s from %s (previous state saved to %s)", data_file, backup, saved)
    return data_file
