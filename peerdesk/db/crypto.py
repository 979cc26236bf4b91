"""Passphrase encryption of a data file at rest, with SQLCipher 4 (the ``sqlcipher3`` package).

An encrypted file is a whole SQLite database whose every page, header included, is encrypted: without
the passphrase it reads as random bytes. This module knows how to recognise such a file, which
passphrases this process has been given, and how to connect to, copy and re-key an encrypted file.
It raises plain :class:`KeyProblem`; ``db/workspace.py`` turns that into messages for people.

The passphrase goes through SQLCipher's own key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds), which
costs about a fifth of a second. That is paid once per file and passphrase: the derived key is kept in
memory (never on disk) and later connections use it directly, with the salt stored in the file.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from types import ModuleType

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: SQLCipher 4 defaults, which the derived key must match.
KDF_ROUNDS = 256_000
SALT_BYTES = 16
#: Passphrases shorter than this are refused when protecting a file.
MIN_PASSPHRASE = 8
#: The environment variable the command line reads a passphrase from.
PASSPHRASE_VARIABLE = "PEERDESK_PASSPHRASE"


class KeyProblem(Exception):
    """No passphrase, or none of the passphrases given, opens the file."""


_by_path: dict[str, str] = {}
_given: list[str] = []
_raw_keys: dict[tuple[str, bytes], str] = {}


def dbapi() -> ModuleType:
    """The DB-API module of SQLCipher (imported only when an encrypted file is met)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def available() -> bool:
    try:
        dbapi()
    except ImportError:
        return False
    return True


def looks_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of an SQLCipher database (whole
    pages of random-looking bytes). Only a passphrase tells it from any other such file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and head != SQLITE_MAGIC and len(head) == len(SQLITE_MAGIC)


def _key_of(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def remember_passphrase(passphrase: str, path: Path | None = None) -> None:
    """Make ``passphrase`` known to this process (for ``path``, or for any encrypted file it meets:
    a backup or a copy opens with the passphrase of the file it came from)."""
    if not passphrase:
        return
    if path is not None:
        _by_path[_key_of(path)] = passphrase
    if passphrase not in _given:
        _given.append(passphrase)


def drop_passphrase(passphrase: str) -> None:
    """Forget one passphrase (a wrong one typed in a dialog), so it is not tried again."""
    if passphrase in _given:
        _given.remove(passphrase)
    for key in [key for key, value in _by_path.items() if value == passphrase]:
        del _by_path[key]


def forget_passphrases() -> None:
    """Forget every passphrase and derived key (tests; closing the window)."""
    _by_path.clear()
    _given.clear()
    _raw_keys.clear()


def candidates(path: Path) -> list[str]:
    """The passphrases to try on ``path``, the one given for it first."""
    own = _by_path.get(_key_of(path))
    return ([own] if own else []) + [phrase for phrase in _given if phrase != own]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _raw_key(path: Path, passphrase: str) -> str:
    """SQLCipher's raw-key literal for ``passphrase`` on the file at ``path`` (derived once)."""
    with Path(path).open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    cached = _raw_keys.get((passphrase, salt))
    if cached is None:
        derived = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32)
        cached = _raw_keys[(passphrase, salt)] = f"\"x'{derived.hex()}'\""
    return cached


def _quiet(connection) -> None:
    try:  # SQLCipher logs a failed HMAC check to stderr; a wrong passphrase is reported by us instead
        connection.execute("PRAGMA cipher_log_level = NONE")
    except Exception:  # noqa: BLE001 - older SQLCipher: no such pragma
        pass


def connect(path: Path, passphrase: str, *, readonly: bool = False, new: bool = False,
            check_same_thread: bool = True, uri: bool = False):
    """An SQLCipher connection to ``path`` keyed with ``passphrase``; raises :class:`KeyProblem` if the
    passphrase does not open it. ``new``: the file does not exist yet and is made encrypted."""
    module = dbapi()
    path = Path(path)
    if readonly or uri:
        connection = module.connect(f"{path.resolve().as_uri()}{'?mode=ro' if readonly else ''}", uri=True,
                                    check_same_thread=check_same_thread)
    else:
        connection = module.connect(str(path), check_same_thread=check_same_thread)
    _quiet(connection)
    exists = path.exists() and path.stat().st_size > 0
    key = _raw_key(path, passphrase) if exists and not new else _quote(passphrase)
    connection.execute(f"PRAGMA key = {key}")
    if exists:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except module.DatabaseError as exc:
            connection.close()
            raise KeyProblem(str(exc)) from exc
    return connection


def find_passphrase(path: Path) -> str:
    """The first known passphrase that opens ``path`` (remembered for it); :class:`KeyProblem` if none."""
    tried = candidates(path)
    if not tried:
        raise KeyProblem("no passphrase")
    for passphrase in tried:
        try:
            connect(path, passphrase, readonly=True).close()
        except KeyProblem:
            continue
        remember_passphrase(passphrase, path)
        return passphrase
    raise KeyProblem("wrong passphrase")


def export_copy(source, destination: Path, passphrase: str | None, application_id: int) -> None:
    """Write the whole database behind the open SQLCipher ``source`` connection into the new file
    ``destination``: encrypted with ``passphrase``, or plain when it is None. One read transaction, so
    the copy is consistent while others write."""
    key = _quote(passphrase or "")
    target = Path(destination).resolve().as_uri() + "?mode=rwc"
    source.execute(f"ATTACH DATABASE {_quote(target)} AS copy KEY {key}")
    try:
        source.execute("BEGIN")
        source.execute("SELECT sqlcipher_export('copy')").fetchall()
        source.execute(f"PRAGMA copy.application_id = {int(application_id)}")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA copy.user_version = {int(version)}")
        source.execute("COMMIT")
    except BaseException:
        if source.in_transaction:
            source.execute("ROLLBACK")
        raise
    finally:
        source.execute("DETACH DATABASE copy")


def open_for_export(path: Path, passphrase: str | None):
    """An SQLCipher connection to the existing ``path`` (plain when ``passphrase`` is None), for
    :func:`export_copy` (which only reads it; it cannot be read-only, or it could not attach the copy)."""
    if passphrase:
        connection = connect(path, passphrase, uri=True)
    else:
        connection = dbapi().connect(Path(path).resolve().as_uri(), uri=True)
        _quiet(connection)
    connection.isolation_level = None  # transactions are begun by hand
    return connection
