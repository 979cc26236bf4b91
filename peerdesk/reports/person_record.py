"""The answer to a request for access, as a PDF: everything the file holds about one person."""

from __future__ import annotations

from io import BytesIO

from reportlab.platypus import Spacer

from peerdesk.core.person_record import PersonRecord
from peerdesk.i18n import _, format_date, ngettext
from peerdesk.reports.pdf import DocumentMark, new_document, para, table, with_heading

#: A section of many rows with at most this many filled fields prints as one table.
MAX_TABLE_COLUMNS = 6


def _label(name: str) -> str:
    return name[:1].upper() + name[1:].replace("_", " ")


def build_person_record(record: PersonRecord, *, paper: str | None = None) -> bytes:
    """A PDF (bytes): the person's profile, then every other kind of record, each row as label and value."""
    buffer = BytesIO()
    title = _("Personal data held about {name}").format(name=record.name)
    doc = new_document(buffer, title, paper=paper)
    width = doc.width
    story = [DocumentMark("person-record", title, format_date(record.made_on)),
             para(title, "h1"),
             para(_("Made on {date} from the PeerDesk data file, on request. It lists every record that refers to "
                    "{name} ({email}): {count}.").format(
                 date=format_date(record.made_on), name=record.name, email=record.email or _("no e-mail"),
                 count=ngettext("{count} record", "{count} records", record.count).format(count=record.count))),
             para(_("This copy is not encrypted: keep it safe, and give it only to the person it is about.")),
             Spacer(1, 6)]
    for section in record.sections:
        blocks = []
        columns = [label for label in section.rows[0] if label != "uuid" and any(
            row.get(label) for row in section.rows)] if section.rows else []
        if len(section.rows) > 1 and len(columns) <= MAX_TABLE_COLUMNS:
            # many rows of a few fields: one table, one line each (the uuids are in the JSON copy)
            rows = [[_label(c) for c in columns]] + [[row.get(c, "") for c in columns] for row in section.rows]
            story += with_heading(para(f"{section.title} ({len(section.rows)})", "h2"),
                                  [table(rows, widths=[width / len(columns)] * len(columns)), Spacer(1, 6)])
            continue
        for number, row in enumerate(section.rows, 1):
            rows = [[_label(label), value] for label, value in row.items() if value not in ("", None)]
            if len(section.rows) > 1:
                blocks.append(para(f"{section.title} {number}", "h3"))
            blocks.append(table(rows or [[_("(empty)"), ""]], widths=[0.32 * width, 0.68 * width], header=False))
            blocks.append(Spacer(1, 4))
        story += with_heading(para(f"{section.title} ({len(section.rows)})", "h2"), blocks)
    doc.build(story)
    return buffer.getvalue()
