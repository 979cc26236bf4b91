"""Server passwords in the system keyring (Windows Credential Manager, macOS Keychain, Secret Service),
only when the user asked PeerDesk to remember one. Never in PeerDesk's settings or logs.

A machine with no usable keyring (a bare Linux session, a locked-down laptop) simply remembers nothing:
:func:`remember` then returns False so the window can say so.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerdesk.db.server import ServerAddress

logger = logging.getLogger(__name__)

SERVICE = "PeerDesk"


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None, Exception
    return keyring, KeyringError


def keyring_available() -> bool:
    """Whether this machine has a keyring PeerDesk can keep a password in (not the "fail" or "null" one)."""
    keyring, _error = _keyring()
    if keyring is None:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is the same as none
        return False
    module = type(backend).__module__
    return not (module.endswith(".fail") or module.endswith(".null")) and getattr(backend, "priority", 1) > 0


def remembered_password(address: ServerAddress) -> str | None:
    keyring, error = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, address.display)
    except (error, RuntimeError) as exc:  # no backend, a locked keyring...
        logger.info("no password from the keyring for %s: %s", address.display, exc)
        return None


def remember(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` for ``address``; False if this machine has no usable keyring."""
    keyring, error = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, address.display, password)
        return True
    except (error, RuntimeError) as exc:
        logger.warning("could not keep the password for %s in the keyring: %s", address.display, exc)
        return False


def forget(address: ServerAddress) -> None:
    keyring, error = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, address.display)
    except (error, RuntimeError):
        pass
