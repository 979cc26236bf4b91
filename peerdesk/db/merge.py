"""Merge another PeerDesk file (a co-facilitator's laptop) into this one, in ONE transaction.

Rows are matched by uuid; for the same row the newer edit (``updated_at``) wins, and every row the two
files disagree on is listed as a conflict with the version kept. Rows both laptops made independently
(same natural key, such as a tool type's code or an initiative's name, but different uuids) are not
duplicated: this file's values stay, blanks are filled from the other file, differences are listed.
Deletions travel through tombstones and always win over edits. Merging the same file twice changes
nothing the second time. The other file is only read.

Nothing in the other file is trusted (see ``merge_input.py``): it passes the same checks as a file being
opened, every row is validated against the model (invalid rows are skipped and listed), future times are
clamped and listed, and deletions are counted with everything they cascade to. A merge that would delete
more than :data:`FEW_DELETIONS` rows, or more than a tenth of any table, stops unless the caller allows
deletions (``--allow-deletions``; the window asks, showing the counts).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db.merge_input import CLAMPED, LABEL_COLUMNS, OlderSchema, RowNote, read_other_file
from peerdesk.db.models import Base, Tombstone, WorkspaceSetting
from peerdesk.db.tombstones import delete_rows, record_tombstones
from peerdesk.db.workspace import DataFileError
from peerdesk.i18n import _

logger = logging.getLogger(__name__)

#: version and updated_by say how often and by whom a row was saved in each file, not what it holds
NOT_COMPARED = {"id", "uuid", "created_at", "updated_at", "version", "updated_by"}
EMPTY = (None, "", [], {})
#: A merge deleting more rows than this (counting what cascades), or more than a tenth of a table,
#: needs the user's explicit permission.
FEW_DELETIONS = 10
SHARE_OF_TABLE = 0.10


class MergeError(Exception):
    """The merge could not be done; nothing was written. ``str(error)`` is a one-line message."""


class DeletionsNeedConfirmation(MergeError):
    """The other file would delete many rows here; nothing was written. ``report`` has the counts."""

    def __init__(self, report: MergeReport) -> None:
        self.report = report
        super().__init__(_("the other file would delete {deleted}; nothing merged. Look at the list "
                           "(--dry-run), and merge again with --allow-deletions if that is right").format(
            deleted=report.counts(report.deleted)))


@dataclass(frozen=True)
class MergeConflict:
    table: str
    uuid: str
    what: str
    winner: str  # "this file" | "other file" | "deletion"
    columns: tuple[str, ...] = ()

    def describe(self) -> str:
        changed = f" ({', '.join(self.columns)})" if self.columns else ""
        return f"{self.table} {self.what}{changed}: kept the version from {self.winner}"


@dataclass
class MergeReport:
    inserted: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    conflicts: list[MergeConflict] = field(default_factory=list)
    dry_run: bool = False
    #: rows of the other file skipped (invalid, or their parent is gone here), with the reason
    skipped_rows: list[RowNote] = field(default_factory=list)
    #: rows whose future times were taken as now
    clamped: list[RowNote] = field(default_factory=list)
    #: scans left out because they are not PDFs or images
    refused_scans: list[RowNote] = field(default_factory=list)
    #: rows per table before the merge, to judge how much of a table the deletions take
    table_sizes: Counter = field(default_factory=Counter)
    allow_deletions: bool = False

    @property
    def changes(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values()) + sum(self.deleted.values())

    @property
    def deletions_need_confirmation(self) -> bool:
        """Many rows deleted (with what cascades), or more than a tenth of some table."""
        if sum(self.deleted.values()) > FEW_DELETIONS:
            return True
        return any(n > 1 and n > SHARE_OF_TABLE * self.table_sizes[table] for table, n in self.deleted.items())

    @staticmethod
    def counts(counter: Counter) -> str:
        return ", ".join(f"{n} {table}" for table, n in sorted(counter.items()) if n) or _("none")

    def notes(self) -> list[str]:
        """Every skipped, clamped or refused row, one line each."""
        return ([_("skipped: {row}").format(row=note.describe()) for note in self.skipped_rows]
                + [_("clamped: {row}").format(row=note.describe()) for note in self.clamped]
                + [_("scan refused: {row}").format(row=note.describe()) for note in self.refused_scans])

    def summary(self) -> str:
        return _("added: {added}; updated: {updated}; deleted (with what goes with them): {deleted}; "
                 "conflicts: {conflicts}; skipped: {skipped}; times clamped: {clamped}").format(
            added=self.counts(self.inserted), updated=self.counts(self.updated), deleted=self.counts(self.deleted),
            conflicts=len(self.conflicts), skipped=len(self.skipped_rows), clamped=len(self.clamped))


def _label(row: dict) -> str:
    for column in LABEL_COLUMNS:
        if row.get(column):
            return f"{row[column]!s}"
    return (row.get("uuid") or "")[:8]


def _table_sizes(session: Session) -> Counter:
    return Counter({table.name: session.scalar(select(func.count()).select_from(table)) or 0
                    for table in Base.metadata.sorted_tables if table.name != Tombstone.__tablename__})


def _natural_keys(table: Table) -> list[tuple[str, ...]]:
    keys = []
    for constraint in table.constraints:
        columns = tuple(column.name for column in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and columns and "uuid" not in columns:
            keys.append(columns)
    for column in table.columns:
        if column.unique and column.name != "uuid":
            keys.append((column.name,))
    return keys


def merge_files(factory: sessionmaker, this_path: Path, other_path: Path, *, dry_run: bool = False,
                allow_deletions: bool = False) -> MergeReport:
    """Merge ``other_path`` into the open file behind ``factory``; with ``dry_run`` report only.
    Raises :class:`DeletionsNeedConfirmation` (nothing written) when the other file would delete many
    rows here and ``allow_deletions`` is off."""
    other_path = Path(other_path)
    if Path(this_path).resolve() == other_path.resolve():
        raise MergeError("that is the same file; choose the other laptop's copy")
    try:
        other = read_other_file(other_path)
    except OlderSchema as exc:
        raise MergeError(f"{other_path.name} uses an older PeerDesk schema; open it in PeerDesk once to upgrade it "
                         "first.") from exc
    report = MergeReport(dry_run=dry_run, allow_deletions=allow_deletions)
    report.skipped_rows.extend(other.skipped)
    report.clamped.extend(other.clamped)
    report.refused_scans.extend(other.refused_scans)
    session: Session = factory()
    try:
        session.begin()
        report.table_sizes = _table_sizes(session)
        _merge(session, other.tables, other.tombstones, report)
        if dry_run:
            session.rollback()
        elif report.deletions_need_confirmation and not allow_deletions:
            session.rollback()
            raise DeletionsNeedConfirmation(report)
        else:
            session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise MergeError(
            f"the two files disagree in a way PeerDesk cannot settle ({exc.orig}); nothing merged"
        ) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    logger.info("merged %s: %s", other_path, report.summary())
    return report


def _merge(session: Session, other_tables: dict[str, list[dict]], other_tombstones: list[dict], report) -> None:
    local_tombs = {(t, u): when for t, u, when in session.execute(
        select(Tombstone.table_name, Tombstone.row_uuid, Tombstone.deleted_at))}
    before = report.table_sizes
    # 1. Deletions made on the other laptop.
    models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
    new_tombs: dict[str, list[str]] = {}
    for tomb in other_tombstones:
        key = (tomb["table_name"], tomb["row_uuid"])
        if key in local_tombs:
            continue
        model = models.get(tomb["table_name"])
        if model is not None and "uuid" in model.__table__.c:
            table = model.__table__
            found = session.execute(select(table.c.id, table.c.updated_at, *[
                table.c[c] for c in LABEL_COLUMNS if c in table.c]).where(table.c.uuid == tomb["row_uuid"])).first()
            if found is not None:
                row = dict(found._mapping)
                if row["updated_at"] and row["updated_at"] > tomb["deleted_at"]:
                    report.conflicts.append(MergeConflict(table.name, tomb["row_uuid"],
                                                          f"{_label(row)!r} was edited here after the other file "
                                                          "deleted it", "deletion"))
                delete_rows(session, model, table.c.id == row["id"])
        new_tombs.setdefault(tomb["table_name"], []).append(tomb["row_uuid"])
        local_tombs[key] = tomb["deleted_at"]
    for table_name, uuids in new_tombs.items():
        record_tombstones(session, table_name, uuids)
    if new_tombs:  # every row gone, the cascaded ones included, not only the rows the tombstones name
        after = _table_sizes(session)
        for table_name, count in before.items():
            if count > after[table_name]:
                report.deleted[table_name] += count - after[table_name]
    # 2. Rows, parents before children.
    id_maps: dict[str, dict[int, int]] = {}
    gone: dict[str, set[int]] = {}  # other-file ids of rows deleted on either side (their children go too)
    for table in Base.metadata.sorted_tables:
        if table.name in (Tombstone.__tablename__, "initiative_access"):  # access is the server's business
            continue
        rows = other_tables.get(table.name, [])
        if table.name == WorkspaceSetting.__tablename__:
            _merge_settings(session, table, rows, report)
            continue
        id_maps[table.name] = _merge_table(session, table, rows, id_maps, local_tombs, report, gone)


def _merge_settings(session: Session, table: Table, rows: list[dict], report: MergeReport) -> None:
    local = {row.key: dict(row._mapping) for row in session.execute(select(table))}
    for row in rows:
        row = dict(row)
        untrusted = row.pop(CLAMPED, False)
        mine = local.get(row["key"])
        if mine is None:
            session.execute(insert(table).values(**row))
            report.inserted[table.name] += 1
        elif mine["value"] != row["value"]:
            newer = (row["updated_at"] or 0) > (mine["updated_at"] or 0) if row["updated_at"] and mine["updated_at"] \
                and not untrusted else False
            report.conflicts.append(MergeConflict(table.name, row["key"], repr(row["key"]),
                                                  "other file" if newer else "this file", ("value",)))
            if newer:
                session.execute(update(table).where(table.c.key == row["key"]).values(**row))
                report.updated[table.name] += 1


def _merge_table(session, table: Table, rows, id_maps, local_tombs, report: MergeReport,
                 gone: dict[str, set[int]]) -> dict[int, int]:
    id_map: dict[int, int] = {}
    deleted = gone.setdefault(table.name, set())
    if not rows:
        return id_map
    foreign = {}
    deferred = []
    for fk in table.foreign_keys:
        if fk.column.table is table:
            deferred.append(fk.parent.name)
        else:
            foreign[fk.parent.name] = fk.column.table.name
    local_rows = [dict(row._mapping) for row in session.execute(select(table))]
    by_uuid = {row["uuid"]: row for row in local_rows}
    keys = _natural_keys(table)
    by_key = {key: {tuple(row[c] for c in key): row for row in local_rows} for key in keys}
    compared = [c.name for c in table.columns if c.name not in NOT_COMPARED]
    pending_self: list[tuple[int, dict]] = []
    for other in rows:
        row = dict(other)
        other_id = row.pop("id")
        untrusted = row.pop(CLAMPED, False)  # its date was in the future: it wins no conflict
        if (table.name, row["uuid"]) in local_tombs:
            report.skipped[table.name] += 1
            deleted.add(other_id)
            continue
        missing_parent = None
        for column, parent in foreign.items():
            if row[column] is not None:
                mapped = id_maps.get(parent, {}).get(row[column])
                if mapped is None:
                    missing_parent = parent
                    break
                row[column] = mapped
        if missing_parent:  # its parent was deleted on this laptop, skipped as invalid, or never existed
            report.skipped[table.name] += 1
            if any(other.get(column) in gone.get(parent, ()) for column, parent in foreign.items()):
                deleted.add(other_id)  # goes with a deleted parent, as on the laptop that deleted it
                continue
            report.skipped_rows.append(RowNote(table.name, repr(_label(row)), _(
                "its {parent} is not in this file (deleted here, or skipped)").format(parent=missing_parent)))
            continue
        self_refs = {column: row.pop(column) for column in deferred}
        mine = by_uuid.get(row["uuid"])
        same_row = mine is not None
        if mine is None:
            for key in keys:
                mine = by_key[key].get(tuple(row.get(c) for c in key))
                if mine is not None:
                    break
        if mine is None:
            new_id = session.execute(insert(table).values(**row).returning(table.c.id)).scalar_one()
            report.inserted[table.name] += 1
            id_map[other_id] = new_id
            stored = {**row, "id": new_id}
            by_uuid[row["uuid"]] = stored
            for key in keys:
                by_key[key][tuple(row.get(c) for c in key)] = stored
        else:
            id_map[other_id] = mine["id"]
            differing = tuple(c for c in compared if c not in deferred and mine.get(c) != row.get(c))
            if differing and not same_row:
                # Made separately on each laptop (same natural key, different uuid): no shared history, so
                # nothing here is overwritten; only blanks are filled in, the rest is listed.
                fill = {c: row[c] for c in differing if mine.get(c) in EMPTY}
                if fill:
                    session.execute(update(table).where(table.c.id == mine["id"]).values(**fill))
                    mine.update(fill)
                    report.updated[table.name] += 1
                rest = tuple(c for c in differing if c not in fill and row.get(c) not in EMPTY)
                if rest:
                    report.conflicts.append(MergeConflict(table.name, mine["uuid"], repr(_label(mine)),
                                                          "this file", rest))
            elif differing:
                other_newer = bool(row["updated_at"] and mine["updated_at"] and row["updated_at"] > mine["updated_at"]
                                   and not untrusted)
                report.conflicts.append(MergeConflict(table.name, mine["uuid"], repr(_label(mine)),
                                                      "other file" if other_newer else "this file", differing))
                if other_newer:
                    values = {c: row[c] for c in differing}
                    values["updated_at"] = row["updated_at"]
                    if "version" in table.c:  # an editor open on the old values must not overwrite these
                        values["updated_by"] = row.get("updated_by") or ""
                        values["version"] = (mine.get("version") or 1) + 1
                    session.execute(update(table).where(table.c.id == mine["id"]).values(**values))
                    mine.update(values)
                    report.updated[table.name] += 1
        if deferred and mine is None:
            pending_self.append((id_map[other_id], self_refs))
    for local_id, refs in pending_self:  # self references (diffusion chains) once every row has its id
        values = {column: id_map.get(parent) for column, parent in refs.items() if parent is not None}
        if values:
            session.execute(update(table).where(table.c.id == local_id).values(**values))
    return id_map


__all__ = ["DataFileError", "DeletionsNeedConfirmation", "MergeConflict", "MergeError", "MergeReport",
           "merge_files"]
