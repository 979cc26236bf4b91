"""Everything a data file holds about one person, as plain data: the answer to a request for access.

The service (``db/services/privacy.py``) fills it from every table that refers to the person; the PDF
(``reports/person_record.py``) and the JSON file are written from this one shape, so both hold the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from peerdesk.i18n import ngettext


@dataclass(frozen=True)
class RecordSection:
    """One kind of record (profile, contracts, check-ins...): its rows, each as field label -> value."""

    key: str  # the table it comes from, stable for machines
    title: str  # for people
    rows: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class PersonRecord:
    name: str
    email: str
    uuid: str
    made_on: date
    sections: list[RecordSection] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many records in all."""
        return sum(len(section.rows) for section in self.sections)

    def written_note(self, out) -> str:
        """What the window and ``peerdesk person`` say once the record is written to ``out``."""
        return ngettext(
            "Wrote {count} record about {name} to {out}. This file is not encrypted: give it only to that person.",
            "Wrote {count} records about {name} to {out}. This file is not encrypted: give it only to that "
            "person.", self.count).format(count=self.count, name=self.name, out=out)

    def to_json(self) -> str:
        return json.dumps({
            "person": {"name": self.name, "email": self.email, "uuid": self.uuid},
            "made_on": self.made_on.isoformat(),
            "sections": [{"table": s.key, "title": s.title, "records": s.rows} for s in self.sections],
        }, ensure_ascii=False, indent=2)


def readable(value: Any) -> str:
    """A stored value as a person would read it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {readable(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(readable(v) for v in value)
    return str(value)
