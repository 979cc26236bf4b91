"""Verify a data file without changing it: SQLite integrity, schema version and structure (nothing
added: no trigger, view, table or index PeerDesk did not make), foreign keys, and every stored value
against the model (types, lengths, lists, scan names)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.db.models import Base
from peerdesk.db.validation import row_problems
from peerdesk.db.workspace import UnexpectedSchema, inspect_data_file, readonly_sqlite
from peerdesk.i18n import _

#: Row-level problems listed per table before "... and N more".
MAX_ROWS_LISTED = 20


@dataclass
class CheckReport:
    path: Path
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_data_file(path: Path) -> CheckReport:
    """Read-only checks. Raises DataFileError when the file can't be read as PeerDesk data at all;
    returns a report whose ``problems`` list what is wrong inside a readable file."""
    path = Path(path)
    try:
        inspection = inspect_data_file(path)
    except UnexpectedSchema as exc:
        # a file with triggers or views of its own: name them, and read nothing else from it
        found = inspect_data_file(path, verify_schema=False)
        report = CheckReport(path=path, revision=found.revision, head=found.head)
        report.problems.extend(_("schema: {problem}").format(problem=problem.message) for problem in exc.problems)
        return report
    report = CheckReport(path=path, revision=inspection.revision, head=inspection.head)
    if inspection.needs_upgrade:
        report.notices.append(
            f"schema {inspection.revision} is older than {inspection.head}; "
            "PeerDesk will upgrade it (after a backup copy) when it opens the file"
        )
    with readonly_sqlite(path) as connection:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems.extend(f"integrity: {line}" for line in integrity[:20])
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
        self_contacts = connection.execute(
            "SELECT COUNT(*) FROM contact_entry e JOIN contact_report r ON r.id = e.report_id "
            "WHERE e.other_id = r.reporter_id"
        ).fetchone()[0]
        if self_contacts:
            report.problems.append(f"contact reports: {self_contacts} entries name the reporter themself")
        if not inspection.needs_upgrade:
            report.problems.extend(_value_problems(connection))
    return report


def _value_problems(connection: sqlite3.Connection) -> list[str]:
    """Rows whose values are not what the model says (the file was edited outside PeerDesk)."""
    problems = []
    for table in Base.metadata.sorted_tables:
        names = [column.name for column in table.columns]
        quoted = ", ".join(f'"{name}"' for name in names)
        found = 0
        for values in connection.execute(f'SELECT {quoted} FROM "{table.name}"'):
            row = dict(zip(names, values, strict=True))
            wrong = row_problems(table, row)
            if not wrong:
                continue
            found += 1
            if found <= MAX_ROWS_LISTED:
                which = row.get("id", row.get("key", "?"))
                problems.append(_("{table} row {row}: {problems}").format(
                    table=table.name, row=which, problems="; ".join(wrong)))
        if found > MAX_ROWS_LISTED:
            problems.append(_("{table}: {count} more rows with wrong values").format(
                table=table.name, count=found - MAX_ROWS_LISTED))
    return problems
