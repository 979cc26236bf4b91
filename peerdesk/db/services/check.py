"""Verify a data file without changing it: SQLite integrity, schema version, foreign keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.db.workspace import inspect_data_file, readonly_sqlite


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
    inspection = inspect_data_file(path)
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
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
        self_contacts = connection.execute(
            "SELECT COUNT(*) FROM contact_entry e JOIN contact_report r ON r.id = e.report_id "
            "WHERE e.other_id = r.reporter_id"
        ).fetchone()[0]
        if self_contacts:
            report.problems.append(f"contact reports: {self_contacts} entries name the reporter themself")
    return report
