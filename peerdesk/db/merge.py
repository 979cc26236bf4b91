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

Either side may be a data file or a server database (:func:`merge_locations`): a laptop's offline copy
syncs back into the team's server, and learns the server's later changes the other way round (limited
to the initiatives the copy holds, see ``db/offline.py``). Rows are copied with whatever columns the
tables have; bookkeeping columns (:data:`BOOKKEEPING`) are not compared, and a row's ``version`` goes up
on every update a merge makes, so optimistic concurrency keeps working on the side merged into.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db.merge_input import (
    CLAMPED,
    LABEL_COLUMNS,
    OFFLINE_INITIATIVES,
    OlderSchema,
    OtherFile,
    RowNote,
    read_other_file,
    read_other_workspace,
    restrict_to_initiatives,
)
from peerdesk.db.models import Base, Initiative, Tombstone, WorkspaceSetting
from peerdesk.db.tombstones import delete_rows, record_tombstones
from peerdesk.db.workspace import DataFileError, Workspace
from peerdesk.i18n import _

logger = logging.getLogger(__name__)

#: Columns that say who changed a row and how often (optimistic concurrency), not what the row says: never
#: a conflict by themselves; ``updated_by`` travels with the winning edit, ``version`` counts up here.
BOOKKEEPING = {"version", "updated_by"}
NOT_COMPARED = {"id", "uuid", "created_at", "updated_at"} | BOOKKEEPING
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

    def describe(self, here: str = "this file", there: str = "other file") -> str:
        changed = f" ({', '.join(self.columns)})" if self.columns else ""
        side = {"this file": here, "other file": there}.get(self.winner, self.winner)
        return f"{self.table} {self.what}{changed}: kept the version from {side}"


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
    #: how the two sides are called in lists ("the server", "the other file"...)
    here: str = "this file"
    there: str = "other file"

    def conflict_lines(self) -> list[str]:
        return [conflict.describe(self.here, self.there) for conflict in self.conflicts]

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


def _read_file(path: Path) -> OtherFile:
    try:
        return read_other_file(path)
    except OlderSchema as exc:
        raise MergeError(_("{name} uses an older PeerDesk schema; open it in PeerDesk once to upgrade it "
                           "first.").format(name=path.name)) from exc


def merge_files(factory: sessionmaker, this_path: Path, other_path: Path, *, dry_run: bool = False,
                allow_deletions: bool = False) -> MergeReport:
    """Merge ``other_path`` into the open file behind ``factory``; with ``dry_run`` report only.
    Raises :class:`DeletionsNeedConfirmation` (nothing written) when the other file would delete many
    rows here and ``allow_deletions`` is off."""
    other_path = Path(other_path)
    if Path(this_path).resolve() == other_path.resolve():
        raise MergeError(_("that is the same file; choose the other laptop's copy"))
    other = _read_file(other_path)
    return merge_other(factory, other, dry_run=dry_run, allow_deletions=allow_deletions,
                       scope=offline_scope(factory), source=other_path.name)


def side_name(location: str | Path | Workspace) -> str:
    """How a side of a merge is named in messages: ``database on host``, or the file's name."""
    from peerdesk.db.server import ServerAddress, is_server_url

    if isinstance(location, Workspace):
        return location.display_name
    if is_server_url(location):
        address = ServerAddress.from_url(str(location))
        return _("{database} on {host}").format(database=address.database, host=address.host)
    return Path(location).name


def _same_place(target: Workspace, source: str | Path | Workspace) -> bool:
    from peerdesk.db.server import ServerAddress, is_server_url

    if isinstance(source, Workspace):
        return target.location == source.location
    if is_server_url(source):
        return target.server is not None and ServerAddress.from_url(str(source)).display == target.server.display
    return target.path is not None and Path(source).resolve() == target.path.resolve()


def read_location(source: str | Path | Workspace, *, password: str | None = None) -> OtherFile:
    """Every valid row of the other side: a data file (only read) or a server database (one snapshot)."""
    from peerdesk.db.server import is_server_url
    from peerdesk.db.workspace import open_location

    if isinstance(source, Workspace):
        return _read_file(source.path) if source.path is not None else read_other_workspace(source.engine)
    if not is_server_url(source):
        return _read_file(Path(source))
    workspace = open_location(str(source), password=password)
    try:
        return read_other_workspace(workspace.engine)
    finally:
        workspace.close()


def merge_locations(target: Workspace, source: str | Path | Workspace, *, password: str | None = None,
                    dry_run: bool = False, allow_deletions: bool = False) -> MergeReport:
    """Merge ``source`` (a data file's path, a server URL with ``password``, or an open workspace) into the open
    ``target`` (a file or a server database), in one transaction. An offline copy takes from a server
    only the initiatives it holds."""
    if _same_place(target, source):
        raise MergeError(_("that is the same data; choose the other side of the merge"))
    other = read_location(source, password=password)
    return merge_other(target.factory, other, dry_run=dry_run, allow_deletions=allow_deletions,
                       scope=offline_scope(target.factory), source=side_name(source), here=target.display_name,
                       there=side_name(source))


def offline_scope(factory: sessionmaker) -> set[str] | None:
    """The initiatives (uuids) an offline copy holds: those it was made with and those it has now;
    None for a data file or server that is not an offline copy (it takes everything)."""
    import json

    with factory() as session:
        recorded = session.get(WorkspaceSetting, OFFLINE_INITIATIVES)
        if recorded is None:
            return None
        uuids = set(json.loads(recorded.value or "[]"))
        return uuids | set(session.scalars(select(Initiative.uuid)))


def merge_other(factory: sessionmaker, other: OtherFile, *, dry_run: bool = False, allow_deletions: bool = False,
                scope: set[str] | None = None, source: str = "", here: str = "this file",
                there: str = "other file") -> MergeReport:
    """Merge the rows already read from the other side into the data behind ``factory``, in ONE
    transaction (``scope``: only these initiatives' rows come in)."""
    if scope is not None:
        other = restrict_to_initiatives(other, scope)
    report = MergeReport(dry_run=dry_run, allow_deletions=allow_deletions, here=here, there=there)
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
        raise MergeError(_("the two sides disagree in a way PeerDesk cannot settle ({error}); nothing merged")
                         .format(error=exc.orig)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    logger.info("merged %s: %s", source, report.summary())
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


def _counted(table: Table, values: dict) -> dict:
    """``values`` for an UPDATE a merge makes; with the row's ``version`` one up, if the table has one, so
    a window holding the row before the merge is told it changed."""
    if "version" in table.c:
        return {**values, "version": table.c.version + 1}
    return values


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
                    session.execute(update(table).where(table.c.id == mine["id"]).values(**_counted(table, fill)))
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
                    if "updated_by" in row:
                        values["updated_by"] = row["updated_by"]
                    session.execute(update(table).where(table.c.id == mine["id"]).values(**_counted(table, values)))
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
           "merge_files", "merge_locations", "merge_other", "offline_scope", "read_location"]
