"""What an import preview holds, as plain data: io/ builds it from a spreadsheet, db/ applies it, and the
window and the command line show it. Nothing here reads files or touches the data file."""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.core.text import fold


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the source, where the person can find it (spreadsheet row and column)."""

    row: int | None
    column: str | None
    message: str
    severity: str = "error"  # error | warning

    def describe(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass(slots=True)
class PeerRecord:
    """One row's checked values. Only fields with a value in the source are present in ``values``.
    (Slotted: an import holds one per row, 50,000 of them for a large list.)"""

    row: int
    values: dict[str, object]
    #: The row's :func:`identity_keys`, when the preview already worked them out (the write reuses them).
    keys: list[tuple] | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        return str(self.values.get("name", ""))

    def identity(self) -> list[tuple]:
        """How this person is recognised (see :func:`identity_keys`)."""
        if self.keys is None:
            self.keys = identity_keys(self.values)
        return self.keys


@dataclass
class ImportPreview:
    source: str
    records: list[PeerRecord]
    problems: list[Problem]
    columns: dict[str, str | None]  # source header -> field (None: ignored)
    rows_read: int
    kind: str = ""
    encoding: str = ""
    delimiter: str = ""
    bad_rows: set[int] = field(default_factory=set)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == "error" for problem in self.problems)

    def good_records(self) -> list[PeerRecord]:
        return [record for record in self.records if record.row not in self.bad_rows]


@dataclass
class SurveyPreview:
    kind: str  # contact_report | checkin
    records: list[dict]
    problems: list[Problem]
    columns: dict[str, str | None]
    bad_rows: set[int] = field(default_factory=set)

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == "error" for problem in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    def good_records(self) -> list[dict]:
        return [record for record in self.records if record["row"] not in self.bad_rows]


def identity_keys(values: dict[str, object]) -> list[tuple]:
    """How a person is recognised: the same email, or the same name and organisation."""
    keys: list[tuple] = []
    email = values.get("email")
    if email:
        keys.append(("email", str(email).casefold()))
    name = values.get("name")
    if name:
        keys.append(("name", fold(str(name)), fold(str(values.get("organisation", "")))))
    return keys
