"""Every path to resources/ and forms/, and the user's own folders.

Frozen-aware: under PyInstaller the bundle root is ``sys._MEIPASS``; from a source checkout it is the
repository root (the folder holding ``resources/``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

from peerdesk import APP_NAME, FILE_SUFFIX

_DIRS = PlatformDirs(appname=APP_NAME, appauthor=False)


def bundle_root() -> Path:
    """The folder that holds ``resources/`` (the repository, or the frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def catalogue_dir() -> Path:
    return resources_dir() / "catalogue"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def contract_texts_dir() -> Path:
    return resources_dir() / "contracts"


def forms_dir() -> Path:
    return bundle_root() / "forms"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


def user_data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def user_log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def user_config_dir() -> Path:
    return Path(_DIRS.user_config_dir)


def user_state_dir() -> Path:
    """What PeerDesk remembers about this computer's use of files (deleting it loses nothing but speed)."""
    return Path(_DIRS.user_state_dir)


def user_cache_dir() -> Path:
    """Things PeerDesk can rebuild at any time (deleting the folder loses nothing)."""
    return Path(_DIRS.user_cache_dir)


def default_data_file() -> Path:
    """The data file opened when the user names none."""
    return user_data_dir() / f"workspace{FILE_SUFFIX}"


def backups_dir() -> Path:
    return user_data_dir() / "backups"
