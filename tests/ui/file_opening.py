"""What the tests of opening a file in the background share, at start-up (test_background_open) and through
File → Open (test_file_open): damaged, held and encrypted files, and waiting for the attempt to end."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSPHRASE = "correct horse battery"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scramble(path: Path) -> None:
    """Damage the pages behind the header: the header looks fine, the integrity check does not."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 997):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def settled(qtbot, window) -> None:
    """Until the attempt is over (the file handed over, or refused)."""
    qtbot.waitUntil(lambda: window._opening is None, timeout=30_000)


@contextmanager
def held_elsewhere(path: Path) -> Iterator[None]:
    """``path`` open in another PeerDesk process (holding its lock) until the block ends."""
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from peerdesk.db.workspace import open_workspace; "
                               "w = open_workspace(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
                               str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.stdin.close()
        holder.wait()


@contextmanager
def encrypted_and_answered(path: Path, monkeypatch) -> Iterator[list[Path]]:
    """``path`` protected with :data:`PASSPHRASE`; the passphrase question answered with it. Yields the
    files the question was asked for; the passphrases remembered are forgotten afterwards."""
    from peerdesk.db import crypto
    from peerdesk.db.protection import set_protection
    from peerdesk.ui import protection

    set_protection(path, PASSPHRASE)
    crypto.forget_passphrases()
    asked: list[Path] = []
    monkeypatch.setattr(protection, "ask_passphrase", lambda parent, path, wrong=False, left=5: asked.append(
        path) or PASSPHRASE)
    try:
        yield asked
    finally:
        crypto.forget_passphrases()
