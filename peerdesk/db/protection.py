"""Protecting a data file with a passphrase, changing it, removing it; encrypted (or plain) copies.

The new file is always written beside the old one with SQLCipher's ``sqlcipher_export`` (one read
transaction of the source), checked as any file being opened, and only then renamed into place; the
file's lock is held throughout, so nothing else writes meanwhile. See ``db/crypto.py`` for the keys.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from peerdesk.core.atomic import atomic_path
from peerdesk.db import crypto
from peerdesk.db.lock import WorkspaceLock
from peerdesk.db.workspace import (
    APPLICATION_ID,
    DataFileError,
    _set_defensive,
    inspect_data_file,
    passphrase_for,
)
from peerdesk.i18n import _

logger = logging.getLogger(__name__)


def export_data_file(source: Path, destination: Path, new_passphrase: str | None) -> Path:
    """Copy ``source`` (plain or encrypted) to the new file ``destination``, encrypted with
    ``new_passphrase`` or plain when it is None."""
    if not crypto.available():
        raise DataFileError(_("this installation of PeerDesk cannot encrypt files (SQLCipher is missing)"))
    destination = Path(destination)
    source_passphrase = passphrase_for(Path(source))
    connection = crypto.open_for_export(Path(source), source_passphrase)
    try:
        _set_defensive(connection)
        with atomic_path(destination) as partial:
            crypto.export_copy(connection, Path(partial), new_passphrase, APPLICATION_ID)
            for side in (Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                side.unlink(missing_ok=True)
    finally:
        connection.close()
    if new_passphrase:
        crypto.remember_passphrase(new_passphrase, destination)
    return destination


def set_protection(path: Path, passphrase: str | None, *, guard: WorkspaceLock | None = None) -> None:
    """Re-write the file at ``path`` encrypted with ``passphrase`` (protect, or change the passphrase),
    or plain (None). The new file is written beside it, checked, and renamed into place; the file must
    not be open for writing elsewhere (the lock is taken unless ``guard`` already holds it)."""
    path = Path(path)
    if passphrase is not None and len(passphrase) < crypto.MIN_PASSPHRASE:
        raise DataFileError(_("a passphrase needs at least {count} characters").format(count=crypto.MIN_PASSPHRASE))
    own = guard is None
    guard = guard or WorkspaceLock(path)
    if own:
        guard.acquire(wait=0)
    try:
        inspect_data_file(path)
        incoming = path.with_name(path.name + ".protecting")
        incoming.unlink(missing_ok=True)
        export_data_file(path, incoming, passphrase)
        try:
            inspect_data_file(incoming)
            for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                side.unlink(missing_ok=True)  # no connection is open: their content is in the copy
            os.replace(incoming, path)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
        if passphrase:
            crypto.remember_passphrase(passphrase, path)
        logger.info("%s is now %s", path, "encrypted" if passphrase else "plain")
    finally:
        if own:
            guard.release()
