"""Which PeerDesk field a spreadsheet column means, from its header in English, French, Spanish,
Portuguese or Russian, or from a survey tool's export (``profile/country``, ``group_x/email``)."""

from __future__ import annotations

from peerdesk.core.fields import NAME_PARTS, importable_fields
from peerdesk.core.text import fold

#: The columns an import can fill, in template order (declared in :mod:`peerdesk.core.fields`), and the
#: parts of a name kept in separate columns, which the import joins into ``name``.
PEER_FIELDS: tuple[str, ...] = tuple(field.name for field in importable_fields())
MAPPABLE: tuple[str, ...] = (*PEER_FIELDS, *NAME_PARTS)

MULTI_VALUED = frozenset(field.name for field in importable_fields() if field.multi_valued)

#: Columns survey tools add to every export; recognised so they are ignored quietly.
SURVEY_METADATA = frozenset(
    {
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
        "instanceid", "instancename", "formhub uuid", "meta instanceid", "meta instancename", "version",
        "key", "submissiondate", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
        "status", "reviewstate", "edits", "formversion", "id", "submission time", "validation status",
        "notes", "submitted by", "tags", "index", "parent index", "parent table name",
    }
)

_FOLDED: dict[str, str] = {}


for _field, _words in (*((f.name, f.aliases) for f in importable_fields()), *NAME_PARTS.items()):
    _FOLDED[_field] = _field
    _FOLDED[fold(_field)] = _field
    for _word in _words:
        _FOLDED.setdefault(fold(_word), _field)


def is_survey_export(headers: list[str]) -> bool:
    """True when the headers look like a KoboToolbox/ODK export (group paths, ``_uuid``, ``meta/``)."""
    return any("/" in header or header.startswith("_") or header.startswith("meta") for header in headers)


def field_for_header(header: str, mapping: dict[str, str] | None = None) -> str | None:
    """The PeerDesk field a header means; ``mapping`` (source column -> field) is consulted first."""
    if mapping:
        for key in (header, header.strip(), fold(header)):
            if key in mapping:
                return mapping[key] or None
        folded_mapping = {fold(key): value for key, value in mapping.items()}
        if fold(header) in folded_mapping:
            return folded_mapping[fold(header)] or None
    if header.startswith("_"):  # survey tools' own columns (_uuid, _id, _submission_time)
        return None
    folded = fold(header)
    if folded in _FOLDED:
        return _FOLDED[folded]
    # Survey exports: "profile/country", "group_ab12/email", "profile-name".
    for separator in ("/", ":", "-", "."):
        if separator in header:
            last = fold(header.rsplit(separator, 1)[-1])
            if last in _FOLDED:
                return _FOLDED[last]
    return None


def is_metadata(header: str) -> bool:
    last = header.rsplit("/", 1)[-1]
    return header.startswith("_") or fold(last) in SURVEY_METADATA or fold(header) in SURVEY_METADATA
