"""The user's preferences, declared once as data.

Each setting says its key, type, default, label and (where it has one) its closed list of choices; the
Preferences dialog is built from ``SETTINGS``, the CLI and the reports read the same values, and nothing
else keeps preferences of its own. Values live in one JSON file in the user's configuration folder
(``settings.json``), written atomically; a damaged or foreign file is ignored (defaults apply) and left
in place for the user to inspect.

Qt-free, so ``core/``, ``reports/`` and the CLI read the same values the window writes.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk import paths
from peerdesk.i18n import LANGUAGES, N_

logger = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "settings.json"

#: Territories whose printers are loaded with US Letter (CLDR's "US" paper size regions).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "PA", "SV", "NI", "DO"})


@dataclass(frozen=True)
class Setting:
    """One preference. ``label`` is marked for translation (``N_``) and translated where it is shown.

    ``choices`` is the closed list of stored values (with ``""`` for "automatic" where allowed);
    ``section`` groups settings in the Preferences dialog; a setting without a label is internal
    (remembered by the program, not shown in Preferences).
    """

    key: str
    type: type
    default: Any
    label: str = ""
    choices: tuple[Any, ...] | None = None
    section: str = ""
    help: str = ""
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> Any:
        """``value`` as this setting's type, or the default if it cannot be one."""
        try:
            if self.type is bool:
                coerced = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
            elif self.type is list:
                coerced = list(value) if isinstance(value, (list, tuple)) else []
            else:
                coerced = self.type(value)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and coerced not in self.choices:
            return self.default
        if self.minimum is not None and coerced < self.minimum:
            return self.default
        if self.maximum is not None and coerced > self.maximum:
            return self.default
        return coerced


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "interface_language", str, "", N_("Interface language"), choices=("", *LANGUAGES),
        section=N_("Language"), help=N_("Automatic follows the system's language. Applies after a restart."),
    ),
    Setting(
        "print_language", str, "", N_("Default language of printouts"), choices=("", *LANGUAGES),
        section=N_("Language"),
        help=N_("Automatic prints in the interface language; a contract uses its peer's language."),
    ),
    Setting(
        "paper_size", str, "", N_("Paper size"), choices=("", "a4", "letter"), section=N_("Printing"),
        help=N_("Automatic chooses US Letter in the Americas' Letter countries and A4 elsewhere."),
    ),
    Setting(
        "backup_folder", str, "", N_("Backup folder"), section=N_("Backups"),
        help=N_("Empty keeps backups in PeerDesk's own data folder."),
    ),
    Setting("backups_to_keep", int, 10, N_("Newest backups kept"), section=N_("Backups"), minimum=1, maximum=1000),
    # Remembered by the program, not shown in Preferences.
    Setting("last_data_file", str, ""),
    # the server database used last (its URL, never a password), when that came after the last file
    Setting("last_server", str, ""),
    Setting("last_initiative", str, ""),
    Setting("recent_files", list, []),
)

_BY_KEY = {setting.key: setting for setting in SETTINGS}


def declared(key: str) -> Setting:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"no setting called {key!r}; declare it in peerdesk.settings.SETTINGS") from None


def settings_file() -> Path:
    return paths.user_config_dir() / SETTINGS_FILE_NAME


class Settings:
    """The values of ``SETTINGS`` in one JSON file; unknown keys in the file are kept as they are."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else settings_file()
        self._values: dict[str, Any] = self._read()
        self._listeners: list[Callable[[str, Any], None]] = []

    def _read(self) -> dict[str, Any]:
        try:
            values = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            logger.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            return {}
        return values if isinstance(values, dict) else {}

    def get(self, key: str) -> Any:
        setting = declared(key)
        if key not in self._values:
            return setting.default if setting.type is not list else list(setting.default)
        return setting.coerce(self._values[key])

    def set(self, key: str, value: Any) -> None:
        setting = declared(key)
        self._values[key] = setting.coerce(value)
        self.save()
        for listener in list(self._listeners):
            listener(key, self._values[key])

    def update(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self._values[key] = declared(key).coerce(value)
        self.save()
        for key in values:
            for listener in list(self._listeners):
                listener(key, self._values[key])

    def is_set(self, key: str) -> bool:
        """Whether the file holds a value for ``key`` (else ``get`` gives its default)."""
        declared(key)
        return key in self._values

    def reset(self, key: str) -> None:
        declared(key)
        self._values.pop(key, None)
        self.save()

    def on_change(self, listener: Callable[[str, Any], None]) -> None:
        self._listeners.append(listener)

    def save(self) -> None:
        """Write the file atomically (a temporary file in the same folder, renamed into place)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(self._values, stream, ensure_ascii=False, indent=2, sort_keys=True)
            os.replace(temporary, self.path)
        except OSError as exc:  # preferences are a convenience: never stop the user's work for them
            logger.warning("could not save settings to %s: %s", self.path, exc)


_current: Settings | None = None


def settings() -> Settings:
    """The user's settings (read once per process; ``reload()`` after the file changed elsewhere)."""
    global _current
    if _current is None or _current.path != settings_file():
        _current = Settings()
    return _current


def reload() -> Settings:
    global _current
    _current = None
    return settings()


# --- resolved values that several rooms need ----------------------------------------------------------


def interface_language() -> str:
    """The interface language to use now: PEERDESK_LANGUAGE, else the preference, else the system's."""
    from peerdesk.i18n import resolve_language

    return resolve_language(settings().get("interface_language"))


def print_language(requested: str | None = None) -> str:
    """The language of a printout: the one asked for, else the preference, else the interface's."""
    from peerdesk.i18n import normalise

    return normalise(requested) or normalise(settings().get("print_language")) or interface_language()


def paper_size(requested: str | None = None) -> str:
    """``a4`` or ``letter``: the one asked for, else the preference, else from the system's territory."""
    for value in (requested, settings().get("paper_size")):
        if value in ("a4", "letter"):
            return value
    return "letter" if _system_territory() in LETTER_TERRITORIES else "a4"


def _system_territory() -> str:
    import locale

    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            break
    else:
        try:
            value = locale.getlocale()[0] or ""
        except ValueError:  # pragma: no cover
            value = ""
    base = value.split(".")[0].replace("-", "_")
    return base.split("_")[1].upper() if "_" in base else ""
