"""Data files made for tests that several test folders need."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def from_a_newer_peerdesk(path: Path) -> None:
    """A data file (replacing any at ``path``) whose schema revision no PeerDesk of today knows, as a
    colleague's newer PeerDesk would leave it."""
    from peerdesk.db.workspace import create_workspace

    path.unlink(missing_ok=True)
    create_workspace(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
