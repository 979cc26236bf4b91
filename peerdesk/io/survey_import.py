"""Answers to the contact-report and check-in questionnaires, as exported by KoboToolbox or ODK (CSV or
XLSX), checked row by row before anything is written. The peer-profile answers go through the peer
importer instead (:mod:`peerdesk.io.peers_import`)."""

from __future__ import annotations

from datetime import date

from peerdesk.core.imports import Problem, SurveyPreview
from peerdesk.core.text import fold
from peerdesk.io.peer_values import YES
from peerdesk.io.peer_values import parse_date as _date
from peerdesk.io.sources import SourceTable
from peerdesk.io.xlsform import uuid_from_choice

CONTACT_FIELDS = ("reporter", "report_date", "formal", "informal", "notes")
CHECKIN_FIELDS = ("peer", "week_start", "productive", "note")
NO_WORDS = {"no", "n", "false", "0", "non", "não", "nao", "нет"}


def _field(header: str, known: tuple[str, ...]) -> str | None:
    for separator in ("/", "-", ":"):
        header = header.rsplit(separator, 1)[-1] if separator in header and fold(header) not in known else header
    folded = fold(header).replace(" ", "_")
    return folded if folded in known else None


def survey_kind(headers: list[str]) -> str | None:
    """``contact_report`` or ``checkin`` when the headers are one of those questionnaires' exports."""
    found = {_field(h, CONTACT_FIELDS + CHECKIN_FIELDS) for h in headers}
    if {"reporter", "report_date"} <= found:
        return "contact_report"
    if {"peer", "week_start", "productive"} <= found:
        return "checkin"
    return None


def _peer(text: str, peers: dict[str, int]) -> int:
    """A peer's id from a choice name (``p`` + uuid hex), a uuid or an email."""
    key = uuid_from_choice(text) or text.strip().lower()
    if key not in peers:
        raise ValueError(f"{text!r} is not a peer of this initiative")
    return peers[key]


def build_survey_preview(table: SourceTable, kind: str, peers: dict[str, int]) -> SurveyPreview:
    """Check a contact-report or check-in export. ``peers`` maps uuid and email to the peer id."""
    known = CONTACT_FIELDS if kind == "contact_report" else CHECKIN_FIELDS
    columns: dict[str, str | None] = {}
    index: list[tuple[int, str, str]] = []
    for position, header in enumerate(table.headers):
        name = _field(header, known) if header and not header.startswith("_") else None
        if name and name in {f for _, f, _ in index}:
            name = None
        columns[header] = name
        if name:
            index.append((position, name, header))
    problems = [Problem(p.row, p.column, p.message) for p in table.problems]
    bad_rows = {p.row for p in table.problems}
    records = []
    seen: dict[tuple, int] = {}
    for cells, row in zip(table.rows, table.row_numbers, strict=True):
        record: dict = {"row": row}
        for position, name, header in index:
            text = cells[position].strip() if position < len(cells) else ""
            try:
                if name in ("reporter", "peer"):
                    record[name] = _peer(text, peers) if text else None
                    if not text:
                        raise ValueError("is empty: whose answer is this?")
                elif name in ("report_date", "week_start"):
                    if not text:
                        raise ValueError("is empty")
                    record[name] = _date(text)
                elif name in ("formal", "informal"):
                    record[name] = [_peer(part, peers) for part in text.replace(";", " ").split()]
                elif name == "productive":
                    if text.casefold() in YES:
                        record[name] = True
                    elif text.casefold() in NO_WORDS:
                        record[name] = False
                    else:
                        raise ValueError(f"{text!r} is not yes or no")
                else:
                    record[name] = text
            except ValueError as exc:
                problems.append(Problem(row, header, str(exc)))
                bad_rows.add(row)
        who = record.get("reporter") or record.get("peer")
        when: date | None = record.get("report_date") or record.get("week_start")
        if row not in bad_rows and who and when:
            first = seen.setdefault((who, when), row)
            if first != row:
                problems.append(Problem(row, None, f"same person and date as row {first}", "error"))
                bad_rows.add(row)
        records.append(record)
    if not table.rows:
        problems.append(Problem(None, None, "the source has a header row but no answers in it"))
    return SurveyPreview(kind, records, problems, columns, bad_rows)
