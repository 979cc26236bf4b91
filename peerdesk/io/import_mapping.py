"""A mapping for one kind of source file: which field each column fills, and how its values translate.

Written by the wizard (and by hand for the command line) and read back for the next file with the same
headers. The file form is JSON::

    {"columns": {"profile/career_level": "career_level", "Prénom": "given_name", "junk": ""},
     "values": {"career_level": {"junior": "entry", "director": "executive"}, "influence": {"1": "low"}},
     "name_order": "given_first"}

The flat form of earlier versions, ``{"source column": "peerdesk field"}``, is still accepted.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.core.text import fold
from peerdesk.io.headers import MAPPABLE

logger = logging.getLogger(__name__)

NAME_ORDERS = ("given_first", "surname_first")


class MappingError(Exception):
    """The mapping file is unreadable or names a field PeerDesk does not have."""


@dataclass
class ImportMapping:
    """``columns``: source header -> field ("" ignores it); ``values``: field -> {source value: PeerDesk value};
    ``name_order``: how given-name and surname columns join ("" decides by the list's language)."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    name_order: str = ""

    def __bool__(self) -> bool:
        return bool(self.columns or self.values or self.name_order)

    def recode(self, name: str, text: str) -> str:
        """The PeerDesk value the user chose for ``text`` in field ``name`` (``text`` itself if none)."""
        table = self.values.get(name)
        if not table:
            return text
        if text in table:
            return table[text]
        return self._folded(name).get(fold(text), text)

    def _folded(self, name: str) -> dict[str, str]:
        cache = self.__dict__.setdefault("_folded_cache", {})
        if name not in cache:
            cache[name] = {fold(key): value for key, value in self.values.get(name, {}).items()}
        return cache[name]

    def to_json(self) -> dict:
        data: dict = {"columns": dict(self.columns), "values": {k: dict(v) for k, v in self.values.items() if v}}
        if self.name_order:
            data["name_order"] = self.name_order
        return data


def mapping_from_json(data: object, name: str = "mapping") -> ImportMapping:
    """Check and build a mapping from parsed JSON (either form); raises :class:`MappingError`."""
    if not isinstance(data, dict):
        raise MappingError(f'{name} must be a JSON object {{"columns": {{...}}, "values": {{...}}}}')
    if "columns" in data or "values" in data:
        columns, values, order = data.get("columns") or {}, data.get("values") or {}, data.get("name_order") or ""
    else:
        columns, values, order = data, {}, ""
    if not isinstance(columns, dict) or not all(
        isinstance(k, str) and isinstance(v, str | None) for k, v in columns.items()
    ):
        raise MappingError(f'{name}: "columns" must map each source column to a PeerDesk field name')
    if not isinstance(values, dict) or not all(
        isinstance(k, str) and isinstance(v, dict) and all(isinstance(a, str) and isinstance(b, str | int | float)
                                                           for a, b in v.items())
        for k, v in values.items()
    ):
        raise MappingError(f'{name}: "values" must map each field to {{"source value": "PeerDesk value"}}')
    unknown = sorted({value for value in columns.values() if value and value not in MAPPABLE}
                     | {key for key in values if key not in MAPPABLE})
    if unknown:
        raise MappingError(f"{name} names unknown fields: {', '.join(unknown)} (known: {', '.join(MAPPABLE)})")
    if order not in ("", *NAME_ORDERS):
        raise MappingError(f"{name}: name_order must be one of {', '.join(NAME_ORDERS)}")
    return ImportMapping(
        {key: value or "" for key, value in columns.items()},
        {key: {str(a): str(b) for a, b in table.items()} for key, table in values.items()},
        order,
    )


def load_mapping(path: Path | str | None) -> ImportMapping:
    """Read a mapping file (an empty mapping without one)."""
    if path is None:
        return ImportMapping()
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MappingError(f"mapping file {path.name} cannot be read: {exc}") from exc
    return mapping_from_json(data, f"mapping file {path.name}")


def save_mapping(mapping: ImportMapping, path: Path | str) -> Path:
    path = Path(path)
    path.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def headers_key(headers: list[str]) -> str:
    """What identifies "the same kind of file": its headers, folded and in order."""
    return "|".join(fold(header) for header in headers if header)


# --- mappings remembered for the next file of the same kind ------------------------------------------

REMEMBERED_FILE = "import-mappings.json"
MAX_REMEMBERED = 50


def _remembered_path() -> Path:
    from peerdesk import paths

    return paths.user_config_dir() / REMEMBERED_FILE


def _read_remembered() -> dict[str, dict]:
    try:
        data = json.loads(_remembered_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_mapping(headers: list[str]) -> ImportMapping | None:
    """The mapping last used for a file with these headers (None if there is none or it is unreadable)."""
    entry = _read_remembered().get(headers_key(headers))
    if entry is None:
        return None
    try:
        return mapping_from_json(entry, "remembered mapping")
    except MappingError:
        logger.warning("ignoring a remembered import mapping that no longer fits")
        return None


def remember_mapping(headers: list[str], mapping: ImportMapping) -> None:
    """Keep ``mapping`` for the next file with these headers (the newest few dozen are kept)."""
    data = _read_remembered()
    key = headers_key(headers)
    data.pop(key, None)
    data[key] = mapping.to_json()
    while len(data) > MAX_REMEMBERED:
        data.pop(next(iter(data)))
    path = _remembered_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:  # a mapping not remembered is an inconvenience, never a failed import
        logger.warning("could not remember the import mapping: %s", exc)
