"""Apply a checked import preview: create or update peers, memberships and tags in ONE transaction.

All or nothing: a preview with errors is refused unless the caller asks to skip the bad rows, and a
failure half-way rolls everything back, so the data file holds all of the import or none of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, groupby, repeat
from operator import itemgetter
from types import SimpleNamespace
from typing import NamedTuple

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.core.collector import collector_paused
from peerdesk.core.fields import PEER_FIELDS, FieldKind
from peerdesk.core.imports import ImportPreview, identity_keys
from peerdesk.core.text import fold, tag_label, tag_slug
from peerdesk.db.bulk import fast_insert, fast_update, new_uuids, reserve_ids
from peerdesk.db.concurrency import current_editor
from peerdesk.db.models import Initiative, Membership, Organisation, Peer, PeerTag, Tag, utcnow
from peerdesk.db.services.import_consent import consent_notes, left_out
from peerdesk.db.tombstones import delete_rows

logger = logging.getLogger(__name__)

#: Profile fields stored as a column of the same name on the peer (read from the registry: tags, the
#: organisation and the role live in their own tables, the name is ``full_name``).
PEER_COLUMNS = tuple(
    field.name for field in PEER_FIELDS
    if field.kind != FieldKind.TAGS and field.name not in ("name", "organisation", "role")
)
_PEER_COLUMN_SET = frozenset(PEER_COLUMNS)
TAG_KINDS = {"problems": "problem", "goals": "goal", "tasks": "task"}
CHUNK = 2000  # peers written between two progress reports


class ImportRefused(Exception):
    """The preview has errors and the caller did not ask to skip the bad rows."""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped_rows: tuple[int, ...]
    initiatives_created: tuple[str, ...]
    tags_added: int
    memberships_added: int
    notes: tuple[str, ...] = field(default=())


def _initiative_ids(session: Session, names: set[str]) -> tuple[dict[str, int], list[str]]:
    existing = {fold(name): iid for iid, name in session.execute(select(Initiative.id, Initiative.name))}
    created: list[str] = []
    ids: dict[str, int] = {}
    for name in sorted(names):
        key = fold(name)
        if key not in existing:
            initiative = Initiative(name=name)
            session.add(initiative)
            session.flush()
            existing[key] = initiative.id
            created.append(name)
        ids[key] = existing[key]
    return ids, created


def _place_key(place: tuple[object, object]) -> tuple[str, str]:
    """How an (organisation, country) pair as a row gives it is recognised."""
    return fold(str(place[0]).strip()), fold(str(place[1]).strip())


def _organisation_ids(session: Session, places: list[tuple[object, object]]) -> dict[tuple[str, str], int]:
    """The organisation of each distinct (organisation, country) pair the rows name (by
    :func:`_place_key`): the file's own, else one made for it (all in one insert, numbered in the order
    the rows first name them)."""
    by_key: dict[tuple[str, str], int] = {}
    by_name: dict[str, list[int]] = {}
    for oid, name, country in session.execute(select(Organisation.id, Organisation.name, Organisation.country)):
        by_key[(fold(name), fold(country))] = oid
        by_name.setdefault(fold(name), []).append(oid)
    wanted: dict[tuple[str, str], int] = {}
    made: list[dict] = []  # the new organisations; until they are numbered, -1, -2... stand for their ids
    for given_name, given_country in dict.fromkeys(places):  # the few distinct pairs, in the order rows give them
        name = str(given_name).strip()
        if not name:
            continue
        country = str(given_country).strip()
        key = (fold(name), fold(country))
        if key in wanted:
            continue
        if key in by_key:
            wanted[key] = by_key[key]
        elif len(by_name.get(key[0], [])) == 1:
            wanted[key] = by_name[key[0]][0]
        else:
            made.append({"name": name, "country": country})
            by_key[key] = -len(made)
            by_name.setdefault(key[0], []).append(-len(made))
            wanted[key] = -len(made)
    if made:
        ids = reserve_ids(session, Organisation.__table__, len(made))
        # saved by whoever the ORM would name (the database user on a server)
        editor = current_editor(SimpleNamespace(connection=session.connection()))
        for columns, oid in zip(made, ids, strict=True):
            columns.update(id=oid, updated_by=editor)
        fast_insert(session, Organisation.__table__, made)
        wanted = {key: oid if oid > 0 else ids[-oid - 1] for key, oid in wanted.items()}
    return wanted


def _known_peer_ids(values_of: list[dict], keys_of: list[list[tuple]], known: dict[tuple, int],
                    known_uuids: dict[str, int]) -> list[int | None]:
    """Each row's peer already in the file (by its ``uuid`` column, else by its identity), or None."""
    peer_ids: list[int | None] = [None] * len(values_of)
    if known_uuids:
        for position, values in enumerate(values_of):
            if values.get("uuid"):
                peer_ids[position] = known_uuids.get(str(values["uuid"]))
    if known:
        for position, keys in enumerate(keys_of):
            if peer_ids[position] is None:
                for key in keys:
                    if key in known:
                        peer_ids[position] = known[key]
                        break
    return peer_ids


def _existing_people(session: Session) -> tuple[dict[tuple, int], dict[str, int]]:
    keys: dict[tuple, int] = {}
    uuids: dict[str, int] = {}
    rows = session.execute(
        select(Peer.id, Peer.uuid, Peer.full_name, Peer.email, Organisation.name).outerjoin(
            Organisation, Organisation.id == Peer.organisation_id
        )
    )
    for pid, uuid, name, email, organisation in rows:
        uuids[uuid] = pid
        for key in identity_keys({"name": name, "email": email, "organisation": organisation or ""}):
            keys.setdefault(key, pid)
    return keys, uuids


def apply_import(
    factory: sessionmaker,
    preview: ImportPreview,
    initiative_name: str | None,
    *,
    skip_bad_rows: bool = False,
    progress: Callable[[int, int], None] | None = None,
    consented: str = "",
) -> ImportResult:
    """Write the preview's peers into the file in one transaction; see :func:`iter_apply_import`."""
    runner = iter_apply_import(factory, preview, initiative_name, skip_bad_rows=skip_bad_rows, consented=consented)
    with collector_paused():  # driven to the end here, so the pause can span the yields
        while True:
            try:
                done, total = next(runner)
            except StopIteration as stop:
                return stop.value
            if progress is not None:
                progress(done, total)


def iter_apply_import(
    factory: sessionmaker, preview: ImportPreview, initiative_name: str | None, *, skip_bad_rows: bool = False,
    consented: str = "",
) -> Iterator[tuple[int, int]]:
    """Generator form (yields ``(done, total)``; returns an :class:`ImportResult`), for progress bars.

    Consent gates what is kept (``core/consent.py``): a row whose consent is neither in its own
    ``consent_given`` column nor already recorded for the person keeps only name, organisation and e-mail,
    and a note lists what was left out. ``consented`` (the text everyone on the list agreed to, when the
    facilitator collected consent with the list) records consent, dated today, for the rows that say nothing.
    Closing the generator before it finishes rolls the whole import back.

    The peers join ``initiative_name``; without one, each row's ``initiative`` column says where it goes
    (as in PeerDesk's own export), and a row naming none is refused."""
    if preview.has_errors and not skip_bad_rows:
        raise ImportRefused(f"{len(preview.errors)} problem(s) in {preview.source or 'the source'}; nothing imported")
    records = preview.good_records()
    default_name = (initiative_name or "").strip()
    for record in records:
        if not default_name and not record.values.get("initiative"):
            raise ImportRefused(f"row {record.row}: no initiative named for this person (give one with --initiative)")
    total = len(records)
    with factory.begin() as session:
        names = {default_name or str(r.values["initiative"]) for r in records}
        initiative_ids, initiatives_created = _initiative_ids(session, names)
        known, known_uuids = _existing_people(session)
        consenting = set(session.scalars(select(Peer.id).where(Peer.consent_given.is_(True))))
        now = utcnow()
        # A new peer is a tuple of values laid out as its row's shape, consent and organisation say
        # (``_layout``): (row, layout, values, uuid or None)
        inserts: list[tuple[int, tuple, tuple, object]] = []
        updates: list[dict] = []
        peer_of_record: dict[int, int | None] = {}
        pending_keys: dict[tuple, int] = {}  # identity -> the row that brings that new person
        shapes: dict[tuple[str, ...], _Shape] = {}
        layouts: dict[tuple, tuple] = {}
        today = now.date()
        with collector_paused():  # no yield in this block, so the pause never outlives it
            # What each row needs is worked out column by column (the identity, the organisation, the
            # consent and what its lack leaves out); the loop below only assembles each row's columns.
            values_of = [record.values for record in records]
            row_of = [record.row for record in records]
            keys_of = [record.keys if record.keys is not None else record.identity() for record in records]
            places = list(zip(map(dict.get, values_of, repeat("organisation"), repeat("")),
                              map(dict.get, values_of, repeat("country"), repeat("")), strict=True))
            organisation_ids = _organisation_ids(session, places)
            organisation_of = {place: organisation_ids[_place_key(place)] if str(place[0]).strip() else None
                               for place in dict.fromkeys(places)}
            organisation_per_row = list(map(organisation_of.__getitem__, places))
            peer_ids = _known_peer_ids(values_of, keys_of, known, known_uuids)
            if any("consent_given" in values for values in values_of):
                gaining = [False if "consent_given" in values else bool(consented) and pid not in consenting
                           for values, pid in zip(values_of, peer_ids, strict=True)]
                full = [bool(values["consent_given"]) if "consent_given" in values else gains or pid in consenting
                        for values, pid, gains in zip(values_of, peer_ids, gaining, strict=True)]
            else:
                full = [pid in consenting for pid in peer_ids] if consenting else [False] * len(records)
                gaining = [not has for has in full] if consented else [False] * len(records)
                if consented:
                    full = [True] * len(records)
            without_consent = left_out(values_of, row_of, full)
            alike = _one_layout(values_of, keys_of, peer_ids, organisation_per_row, full, gaining)
            for values, row, keys, peer_id, organisation_id, has, gains_consent in zip(
                    values_of, row_of, keys_of, peer_ids, organisation_per_row, full, gaining, strict=True) \
                    if alike is None else ():
                shape = shapes.get(signature := tuple(values))
                if shape is None:  # rows mostly carry the same fields: what each means is worked out once
                    shape = shapes[signature] = _Shape.of(signature)
                if peer_id is not None:
                    columns = {name: values[name] for name in (shape.columns if has else shape.kept)}
                    if shape.name:
                        columns["full_name"] = values["name"]
                    if organisation_id is not None:
                        columns["organisation_id"] = organisation_id
                    if gains_consent:
                        columns.update(consent_given=True, consent_date=today, consent_text=consented)
                    columns["id"] = peer_id
                    columns["updated_at"] = now
                    updates.append(columns)
                    peer_of_record[row] = peer_id
                    continue
                for key in keys:
                    shared = pending_keys.get(key)
                    if shared is not None:  # the same person listed under two initiatives
                        peer_of_record[row] = -shared
                        break
                else:
                    given = (shape.pick if has else shape.pick_kept)(values)
                    if shape.name:
                        given += (values["name"],)
                    if organisation_id is not None:
                        given += (organisation_id,)
                    if gains_consent:
                        given += (True, today, consented)
                    layout = (signature, has, organisation_id is not None, gains_consent)
                    inserts.append((row, layouts.setdefault(layout, layout), given,  # (one tuple per layout)
                                    values["uuid"] if shape.uuid and values["uuid"] else None))
                    for key in keys:
                        pending_keys[key] = row
        done = 0
        for start in range(0, len(updates), CHUNK):
            with collector_paused():
                fast_update(session, Peer.__table__, updates[start:start + CHUNK])
            done += len(updates[start:start + CHUNK])
            yield done, total
        with collector_paused():
            # The new peers' ids are reserved first, so memberships and tags need not read the peers
            # back; fresh uuids come sorted and go out in row order (their index fills in order).
            if alike is not None:  # every row a new person laid out alike: built column by column
                shapes[alike[0]] = shape = _Shape.of(alike[0])
                new_rows, given_uuids = _alike_rows(shape, alike, values_of, organisation_per_row, today, consented)
                created = len(new_rows)
                ids = reserve_ids(session, Peer.__table__, created)
                missing = given_uuids.count(None)
                if missing == created:
                    uuids = new_uuids(created)
                else:
                    fresh = iter(new_uuids(missing))
                    uuids = [uuid if uuid is not None else next(fresh) for uuid in given_uuids]
                new_rows = list(map(tuple.__add__, new_rows, zip(ids, uuids, strict=True)))
                peer_of_record.update(zip(row_of, ids, strict=True))
                new_layouts = [alike] * created
            else:
                fresh = iter(new_uuids([entry[3] for entry in inserts].count(None)))
                new_rows = []
                for (row, _layout, given, uuid), pid in zip(inserts, reserve_ids(session, Peer.__table__,
                                                                                  len(inserts)), strict=True):
                    new_rows.append((*given, pid, uuid if uuid is not None else next(fresh)))
                    peer_of_record[row] = pid
                new_layouts = [entry[1] for entry in inserts]
                created = len(inserts)
                inserts.clear()  # (the rows are in new_rows now: less held while the database works)
        for start in range(0, created, CHUNK):
            with collector_paused():  # the rows of the whole import are alive: nothing for it to free
                # one insert per run of rows laid out alike (rows keep their order)
                for layout, run in groupby(zip(new_layouts[start:start + CHUNK], new_rows[start:start + CHUNK],
                                               strict=True), key=itemgetter(0)):
                    fast_insert(session, Peer.__table__, [values for _layout, values in run],
                                columns=_layout_columns(shapes[layout[0]], *layout[1:]), chunk=CHUNK)
            done += len(new_rows[start:start + CHUNK])
            yield done, total
        with collector_paused():
            for row, pid in peer_of_record.items():
                if pid < 0:
                    peer_of_record[row] = peer_of_record[-pid]
            memberships_added, tags_added = _link(session, records, peer_of_record, initiative_ids, default_name,
                                                  now, set(without_consent), {columns["id"] for columns in updates})
        yield total, total
    logger.info("imported %d new and %d updated peers from %s", created, len(updates), preview.source)
    with collector_paused():
        notes = consent_notes(without_consent)
    return ImportResult(
        created=created,
        updated=len(updates),
        skipped_rows=tuple(sorted(preview.bad_rows)) if skip_bad_rows else (),
        initiatives_created=tuple(initiatives_created),
        tags_added=tags_added,
        memberships_added=memberships_added,
        notes=notes,
    )


def _one_layout(values_of: list[dict], keys_of: list[list[tuple]], peer_ids: list[int | None],
                organisation_per_row: list[int | None], full: list[bool], gaining: list[bool]) -> tuple | None:
    """The one layout (as in :func:`iter_apply_import`'s loop) of every row, when all of them bring a new
    person (none in the file yet, no two rows the same person) with the same fields, consent and
    organisation present or not; None otherwise (the rows then go one by one)."""
    count = len(values_of)
    if not count or peer_ids.count(None) != count or organisation_per_row.count(None) not in (0, count):
        return None
    if len(set(full)) != 1 or len(set(gaining)) != 1:
        return None
    signatures = set(map(tuple, values_of))
    if len(signatures) != 1:
        return None
    keys = list(chain.from_iterable(keys_of))
    if len(set(keys)) != len(keys):
        return None
    return (signatures.pop(), full[0], organisation_per_row[0] is not None, gaining[0])


def _alike_rows(shape: _Shape, layout: tuple, values_of: list[dict], organisation_per_row: list[int | None],
                today, consented: str) -> tuple[list[tuple], list[str | None]]:
    """The new peers' tuples of ``layout`` (all rows share it) without id and uuid, as the loop of
    :func:`iter_apply_import` lays them out, built per column; and each row's own uuid (None: make one)."""
    _signature, whole, organisation, gains_consent = layout
    columns = [list(map(itemgetter(name), values_of)) for name in (shape.columns if whole else shape.kept)]
    count = len(values_of)
    if shape.name:
        columns.append(list(map(itemgetter("name"), values_of)))
    if organisation:
        columns.append(organisation_per_row)
    if gains_consent:
        columns.extend((repeat(True, count), repeat(today, count), repeat(consented, count)))
    rows = list(zip(*columns, strict=True)) if columns else [()] * count
    if shape.uuid:
        uuids = [uuid if uuid else None for uuid in map(itemgetter("uuid"), values_of)]
    else:
        uuids = [None] * count
    return rows, uuids


#: Columns an import writes for a person without recorded consent (see ``core/consent.py``).
_KEPT_COLUMNS = frozenset({"email", "full_name", "organisation_id", "consent_given", "consent_date", "consent_text"})


class _Shape(NamedTuple):
    """What a row with these fields (in this order) writes: rows mostly share one."""

    columns: tuple[str, ...]  # the fields stored as peer columns of the same name
    kept: tuple[str, ...]  # those kept without consent
    name: bool
    uuid: bool
    pick: Callable[[dict], tuple]  # a row's values of ``columns``, as a tuple
    pick_kept: Callable[[dict], tuple]  # and of ``kept``

    @classmethod
    def of(cls, signature: tuple[str, ...]) -> _Shape:
        columns = tuple(name for name in signature if name in _PEER_COLUMN_SET)
        kept = tuple(name for name in columns if name in _KEPT_COLUMNS)
        return cls(columns, kept, "name" in signature, "uuid" in signature, _picker(columns), _picker(kept))


def _picker(names: tuple[str, ...]) -> Callable[[dict], tuple]:
    """A function giving a dict's values of ``names`` as a tuple (``itemgetter`` gives one name's bare)."""
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        name = names[0]
        return lambda values: (values[name],)
    return lambda values: ()


def _layout_columns(shape: _Shape, whole: bool, organisation: bool, gains_consent: bool) -> tuple[str, ...]:
    """The peer columns of a new peer's tuple (see the insert in :func:`iter_apply_import`)."""
    return (*(shape.columns if whole else shape.kept), *(("full_name",) if shape.name else ()),
            *(("organisation_id",) if organisation else ()),
            *(("consent_given", "consent_date", "consent_text") if gains_consent else ()), "id", "uuid")


def _link(session: Session, records, peer_of_record, initiative_ids, default_name, now,
          without_consent: set[int] = frozenset(), updated: set[int] = frozenset()) -> tuple[int, int]:
    """Memberships and problem/goal/task tags (only for rows with consent); unknown tags join the
    initiative's vocabulary."""
    # Only peers already in the file can hold memberships or tags yet.
    existing = {pid for pid in peer_of_record.values() if pid in updated}
    members = set()
    if existing:
        members = {tuple(row) for row in session.execute(select(Membership.initiative_id, Membership.peer_id))
                   if row[1] in existing}
    new_members: list[tuple] = []  # (initiative_id, peer_id, role, uuid)
    role_updates: dict[tuple[int, int], str] = {}
    tag_ids: dict[tuple[int, str, str], int] = {}
    for tid, iid, kind, label in session.execute(select(Tag.id, Tag.initiative_id, Tag.kind, Tag.label)):
        tag_ids[(iid, kind, label.casefold())] = tid
    wanted_tags: dict[tuple[int, int, str], list[str]] = {}
    default_iid = initiative_ids[fold(default_name)] if default_name else None
    folded_initiatives: dict[object, int] = {}
    tag_kinds = tuple(TAG_KINDS.items())
    pids: list[int] = []
    one_each = default_iid is not None and not members and not any("role" in record.values for record in records)
    if one_each:
        pids = [peer_of_record[record.row] for record in records]
        one_each = len(set(pids)) == len(pids)
    if one_each:  # a first import into one initiative, no roles given: one participant per row, built per column
        new_members = list(zip(repeat(default_iid), pids, repeat("participant"), new_uuids(len(pids)), strict=False))
        if len(without_consent) < len(records):  # some rows may bring tags
            for record, pid in zip(records, pids, strict=True):
                if record.row not in without_consent:
                    values = record.values
                    for column, kind in tag_kinds:
                        if column in values:
                            wanted_tags[(pid, default_iid, kind)] = list(values[column])
    else:
        fresh = iter(new_uuids(len(records)))  # at most one membership per row, in one sorted batch
        for record in records:
            values = record.values
            row = record.row
            pid = peer_of_record[row]
            if default_iid is not None:
                iid = default_iid
            else:
                iid = folded_initiatives.get(values["initiative"])
                if iid is None:
                    iid = folded_initiatives[values["initiative"]] = initiative_ids[fold(str(values["initiative"]))]
            pair = (iid, pid)
            if pair not in members:
                members.add(pair)
                new_members.append((iid, pid, str(values["role"]) if "role" in values else "participant", next(fresh)))
            elif "role" in values:
                role_updates[pair] = str(values["role"])
            if row in without_consent:
                continue
            for column, kind in tag_kinds:
                if column in values:
                    wanted_tags[(pid, iid, kind)] = list(values[column])
    fast_insert(session, Membership.__table__, new_members, chunk=len(new_members) or 1,
                columns=("initiative_id", "peer_id", "role", "uuid"))
    if role_updates:  # one statement for all of them (onupdate columns filled as for one)
        table = Membership.__table__
        session.execute(
            update(table).where(table.c.initiative_id == bindparam("iid"), table.c.peer_id == bindparam("pid"))
            .values(role=bindparam("new_role"), updated_at=now, version=table.c.version + 1),
            [{"iid": iid, "pid": pid, "new_role": role} for (iid, pid), role in role_updates.items()])
    # Survey answers carry choice names ("arrears_control"); map them back to the vocabulary's labels.
    slugs: dict[tuple[int, str, str], str] = {}
    for iid, kind, label in session.execute(select(Tag.initiative_id, Tag.kind, Tag.label)):
        slugs.setdefault((iid, kind, tag_slug(label)), label)
    readable: dict[tuple[int, str, str], str] = {}  # the same few labels recur on most rows: map each once

    def label_of(iid: int, kind: str, label: str) -> str:
        key = (iid, kind, label)
        found = readable.get(key)
        if found is None:
            found = readable[key] = (
                label if (iid, kind, label.casefold()) in tag_ids
                else slugs.get((iid, kind, tag_slug(label)), tag_label(label))  # a slug becomes a readable label
            )
        return found

    for (_pid, iid, kind), labels in wanted_tags.items():
        labels[:] = list(dict.fromkeys(label_of(iid, kind, label) for label in labels))
    new_tags = []
    for (_pid, iid, kind), labels in wanted_tags.items():
        for label in labels:
            key = (iid, kind, label.casefold())
            if key not in tag_ids:
                tag_ids[key] = -1
                new_tags.append({"initiative_id": iid, "kind": kind, "label": label})
    if new_tags:
        fast_insert(session, Tag.__table__, new_tags)
        for tid, iid, kind, label in session.execute(select(Tag.id, Tag.initiative_id, Tag.kind, Tag.label)):
            tag_ids[(iid, kind, label.casefold())] = tid
    current: dict[int, set[int]] = {}
    peer_ids = {pid for pid, _, _ in wanted_tags if pid in existing}
    if peer_ids:
        rows = session.execute(select(PeerTag.peer_id, PeerTag.tag_id))
        for pid, tid in rows:
            if pid in peer_ids:
                current.setdefault(pid, set()).add(tid)
    tag_kind = {tid: (iid, kind) for (iid, kind, _), tid in tag_ids.items()}
    links: list[tuple[int, int]] = []  # (peer_id, tag_id)
    removals: list[tuple[int, int]] = []
    for (pid, iid, kind), labels in wanted_tags.items():
        want = {tag_ids[(iid, kind, label.casefold())] for label in labels}
        held = current.get(pid)
        if not held:  # a new person (most rows of a first import): nothing to compare with
            links.extend((pid, tid) for tid in sorted(want))
            current[pid] = set(want)
            continue
        have = {tid for tid in held if tag_kind.get(tid) == (iid, kind)}
        links.extend((pid, tid) for tid in sorted(want - have))
        removals.extend((pid, tid) for tid in have - want)
        held.update(want)
    # one sorted batch of uuids for all the links, so their index fills in order (see new_uuids)
    fast_insert(session, PeerTag.__table__, links, chunk=len(links) or 1, columns=("peer_id", "tag_id"))
    for pid, tid in removals:
        delete_rows(session, PeerTag, PeerTag.peer_id == pid, PeerTag.tag_id == tid)
    return len(new_members), len(new_tags)
