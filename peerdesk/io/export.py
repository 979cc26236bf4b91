"""Export a whole data file: an XLSX workbook (one sheet per table, plus a ``peers`` sheet the importer
reads back) or a zip of CSV files. Text that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from peerdesk.core.atomic import atomic_path
from peerdesk.db.models import Base, Initiative, Membership, Peer
from peerdesk.db.services.peers import profile_of
from peerdesk.io.formulas import looks_like_formula, neutralise_csv
from peerdesk.io.template import TEMPLATE_COLUMNS

PEERS_SHEET = "peers"
PEER_SHEET_COLUMNS = (*TEMPLATE_COLUMNS, "risk_note", "consent_date", "initiative", "uuid")


def _text(value) -> object:
    """A cell value: numbers stay numbers, everything else becomes text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def peer_rows(factory: sessionmaker) -> Iterator[list[object]]:
    """One row per peer and initiative, in the template's columns (a peer in no initiative: one row)."""
    from sqlalchemy.orm import joinedload

    from peerdesk.db.services.peers import _tags_by_peer

    with factory.begin() as session:
        initiatives = session.execute(select(Initiative.id, Initiative.name).order_by(Initiative.name)).all()
        seen: set[int] = set()
        for initiative_id, initiative_name in initiatives:
            tags = _tags_by_peer(session, initiative_id)
            query = (
                select(Peer, Membership.role)
                .join(Membership, Membership.peer_id == Peer.id)
                .where(Membership.initiative_id == initiative_id)
                .options(joinedload(Peer.organisation))
                .order_by(Peer.full_name, Peer.id)
            )
            for peer, role in session.execute(query):
                seen.add(peer.id)
                yield _peer_row(peer, profile_of(peer, tags.get(peer.id, {}), role), initiative_name)
        for peer in session.scalars(select(Peer).options(joinedload(Peer.organisation)).order_by(Peer.full_name)):
            if peer.id not in seen:
                yield _peer_row(peer, profile_of(peer, {}, "participant"), "")


def _peer_row(peer: Peer, profile, initiative_name: str) -> list[object]:
    values = {
        "name": profile.full_name, "email": profile.email, "organisation": profile.organisation,
        "country": profile.country, "position": profile.position, "career_level": profile.career_level,
        "education_level": profile.education_level, "languages": "; ".join(profile.languages),
        "problems": "; ".join(profile.problems), "goals": "; ".join(profile.goals), "tasks": "; ".join(profile.tasks),
        "influence": profile.influence, "phone": peer.phone,
        "professional_affiliation": profile.professional_affiliation,
        "social_standing": profile.social_standing, "preferred_language": profile.preferred_language,
        "risks": "; ".join(profile.risks), "consent_given": "yes" if profile.consent_given else "no",
        "role": profile.role, "notes": profile.notes, "risk_note": profile.risk_note,
        "consent_date": peer.consent_date.isoformat() if peer.consent_date else "",
        "initiative": initiative_name, "uuid": peer.uuid,
    }
    return [values[column] for column in PEER_SHEET_COLUMNS]


def table_rows(factory: sessionmaker, table) -> Iterator[list[object]]:
    with factory.begin() as session:
        for row in session.execute(select(table).order_by(*table.primary_key.columns)):
            yield [_text(value) for value in row]


def export_tables(factory: sessionmaker) -> Iterator[tuple[str, list[str], Iterator[list[object]]]]:
    """(sheet name, headers, rows) for the peers sheet and then every table."""
    yield PEERS_SHEET, list(PEER_SHEET_COLUMNS), peer_rows(factory)
    for table in Base.metadata.sorted_tables:
        yield table.name, [column.name for column in table.columns], table_rows(factory, table)


def export_xlsx(factory: sessionmaker, out: Path | str) -> Path:
    """Write the workbook; formula-looking text is stored as a text cell, which no spreadsheet runs."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    out = Path(out)
    workbook = Workbook(write_only=True)
    for name, headers, rows in export_tables(factory):
        sheet = workbook.create_sheet(name[:31])
        sheet.append(headers)
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, str):
                    value = "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 32)
                if isinstance(value, str) and looks_like_formula(value):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    with atomic_path(out) as partial:  # nothing partial under any name if the disk fills up
        workbook.save(partial)
    return out


def export_csv_zip(factory: sessionmaker, out: Path | str) -> Path:
    """Write a zip with one UTF-8 (BOM) CSV per table; formula-looking text gets a leading apostrophe."""
    out = Path(out)
    with atomic_path(out) as partial, zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, headers, rows in export_tables(factory):
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(headers)
            for row in rows:
                writer.writerow([neutralise_csv(value) if isinstance(value, str) else value for value in row])
            archive.writestr(f"{name}.csv", "\ufeff" + buffer.getvalue())
    return out
