"""The people in the file: consent that gates what is kept, access on request, erasure on request.

- :func:`require_consent` is called by every service that saves more than a name, an organisation and an
  e-mail about a person (profiles, check-ins, interviews, scans, the importer), so the window, the command
  line and the importer refuse the same things with the same message (``core/consent.py``).
- :func:`person_record` gathers every row that refers to one person (access on request).
- :func:`forget_person` erases one person (erasure on request): their profile and everything that is
  theirs goes, with tombstones (table and uuid only, nothing personal) so a merge carries the erasure and
  a merge with an older copy does not bring them back; contacts that others reported with them stay as
  contacts with "a former participant"; their name and e-mail are replaced wherever they were typed in
  other records; the file is then vacuumed and its write-ahead log folded back and emptied, so the bytes
  are gone. :func:`backups_holding` lists the backups that still hold the person.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import JSON, String, Text, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.core.consent import consent_missing
from peerdesk.core.person_record import PersonRecord, RecordSection, readable
from peerdesk.db.merge_input import LABEL_COLUMNS
from peerdesk.db.models import Base, ContactEntry, Membership, Peer, Tombstone, utcnow
from peerdesk.db.tombstones import delete_rows
from peerdesk.i18n import N_, _

logger = logging.getLogger(__name__)

#: What an erased person is called where others' records keep that something happened with them.
FORMER_PARTICIPANT = N_("a former participant")

SECTION_TITLES = {
    "peer": N_("Profile"), "membership": N_("Initiatives taken part in"), "peer_tag": N_("Problems, goals and tasks"),
    "pair_rule": N_("Matching rules"), "match_unit_member": N_("Matches"),
    "activity_participant": N_("Activities attended"), "peer_contract": N_("Commitment contracts"),
    "commitment_item": N_("Commitments"), "contact_report": N_("Own contact reports"),
    "contact_entry": N_("Contacts reported"), "learning_checkin": N_("Weekly check-ins"),
    "learning_gain": N_("Learning-gain scores"), "value_interview": N_("Value-creation interviews"),
    "diffusion_event": N_("Sharing back home"), "organisation": N_("Organisation"),
}


class PersonNotFound(LookupError):
    """No one, or more than one person, answers to the name or e-mail given; the message says which."""


class ConsentMissing(ValueError):
    """Something that needs the person's consent was refused; ``str(error)`` says why, for people."""


# -- consent --------------------------------------------------------------------------------------------


def has_consent(session: Session, peer_id: int) -> bool:
    return bool(session.scalar(select(Peer.consent_given).where(Peer.id == peer_id)))


def require_consent(session: Session, peer_id: int, what: str, error: type[Exception] = ConsentMissing) -> None:
    """Raise ``error`` (with the one consent message) unless the peer's consent is recorded."""
    row = session.execute(select(Peer.full_name, Peer.consent_given).where(Peer.id == peer_id)).first()
    if row is not None and not row.consent_given:
        raise error(consent_missing(row.full_name, what))


@dataclass(frozen=True)
class ConsentRow:
    peer_id: int
    name: str
    email: str
    organisation: str
    role: str
    consent_given: bool
    consent_date: date | None
    consent_text: str


def consent_report(factory: sessionmaker, initiative_id: int, *, missing_only: bool = True) -> list[ConsentRow]:
    """The members of an initiative, by name, with their consent; by default only those without it."""
    with factory.begin() as session:
        rows = session.execute(
            select(Peer, Membership.role).join(Membership, Membership.peer_id == Peer.id)
            .where(Membership.initiative_id == initiative_id).order_by(Peer.full_name)).all()
        found = [ConsentRow(peer.id, peer.full_name, peer.email, peer.organisation.name if peer.organisation else "",
                            role, bool(peer.consent_given), peer.consent_date, peer.consent_text or "")
                 for peer, role in rows]
    return [row for row in found if not (missing_only and row.consent_given)]


def record_consent(factory: sessionmaker, peer_id: int, given: bool, on: date | None = None, text: str = "") -> None:
    """Record (or withdraw) a peer's consent, with its date and the text agreed to."""
    text = text.strip()
    if given and not text:
        raise ConsentMissing(_("Say what the person agreed to (the text they were shown)."))
    with factory.begin() as session:
        peer = session.get(Peer, peer_id)
        if peer is None:
            raise PersonNotFound(_("That person is no longer in the file."))
        peer.consent_given = bool(given)
        peer.consent_date = (on or date.today()) if given else None
        peer.consent_text = text if given else ""


# -- finding a person -------------------------------------------------------------------------------------


def find_person(session: Session, key: str) -> Peer:
    """The one person whose e-mail (any case) or full name is ``key``."""
    key = " ".join(str(key).split())
    found = list(session.scalars(select(Peer).where(func.lower(Peer.email) == key.lower())))
    if not found:
        found = [peer for peer in session.scalars(select(Peer)) if peer.full_name.casefold() == key.casefold()]
    if not found:
        raise PersonNotFound(_("no one with the e-mail or name {key} is in this file").format(key=repr(key)))
    if len(found) > 1:
        raise PersonNotFound(_("{count} people answer to {key}; give the e-mail of the one you mean: {emails}").format(
            count=len(found), key=repr(key), emails=", ".join(peer.email or "?" for peer in found)))
    return found[0]


def person_id(factory: sessionmaker, key: str) -> int:
    with factory.begin() as session:
        return find_person(session, key).id


# -- access -------------------------------------------------------------------------------------------------


def _peer_links() -> list[tuple[object, str]]:
    """(table, column) pairs that refer to a peer."""
    peer = Peer.__table__
    return [(table, fk.parent.name) for table in Base.metadata.sorted_tables for fk in table.foreign_keys
            if fk.column.table is peer]


def _children(table) -> list[tuple[object, str]]:
    return [(other, fk.parent.name) for other in Base.metadata.sorted_tables for fk in other.foreign_keys
            if fk.column.table is table and other is not table and (fk.ondelete or "").upper() == "CASCADE"]


def _label_of(session: Session, table, row_id: int) -> str:
    columns = [table.c[c] for c in LABEL_COLUMNS if c in table.c]
    if not columns:
        return str(row_id)
    found = session.execute(select(*columns).where(table.c.id == row_id)).first()
    if found is None:
        return str(row_id)
    return next((readable(value) for value in found if value), str(row_id))


def _readable_row(session: Session, table, row: dict) -> dict[str, str]:
    from peerdesk.core.fields import field_label

    targets = {fk.parent.name: fk.column.table for fk in table.foreign_keys}
    shown = {}
    for column in table.columns:
        name = column.name
        value = row.get(name)
        if name == "id" or (name in ("created_at", "updated_at") and table is not Peer.__table__):
            continue
        if name in targets:
            if value is None:
                value = _(FORMER_PARTICIPANT) if targets[name] is Peer.__table__ else ""
            else:
                value = _label_of(session, targets[name], value)
            name = name.removesuffix("_id")
        label = name
        if table is Peer.__table__:
            try:
                label = field_label("name" if name == "full_name" else name)
            except KeyError:
                pass
        shown[label] = readable(value)
    return shown


def person_record(factory: sessionmaker, key: str) -> PersonRecord:
    """Every record the file holds about the person (e-mail or name ``key``), readable."""
    with factory.begin() as session:
        peer = find_person(session, key)
        gathered: dict[str, dict[int, dict]] = {}

        def collect(table, where) -> list[int]:
            rows = [dict(r._mapping) for r in session.execute(select(table).where(where))]
            bucket = gathered.setdefault(table.name, {})
            new = [row["id"] for row in rows if row["id"] not in bucket]
            for row in rows:
                bucket.setdefault(row["id"], row)
            return new

        collect(Peer.__table__, Peer.__table__.c.id == peer.id)
        if peer.organisation_id is not None:
            organisation = Base.metadata.tables["organisation"]
            collect(organisation, organisation.c.id == peer.organisation_id)
        pending = []
        for table, column in _peer_links():
            pending.append((table, collect(table, table.c[column] == peer.id)))
        while pending:  # what belongs to the person's own rows (a contract's commitments, a report's contacts)
            table, ids = pending.pop(0)
            for child, column in _children(table):
                if ids:
                    pending.append((child, collect(child, child.c[column].in_(ids))))
        sections = []
        for table in Base.metadata.sorted_tables:
            rows = gathered.get(table.name)
            if rows:
                title = _(SECTION_TITLES.get(table.name, table.name.replace("_", " ")))
                sections.append(RecordSection(table.name, title, [_readable_row(session, table, row)
                                                                  for row in rows.values()]))
        sections.sort(key=lambda section: (section.key != "peer", section.key != "organisation"))
        return PersonRecord(peer.full_name, peer.email, peer.uuid, date.today(), sections)


# -- erasure --------------------------------------------------------------------------------------------------


@dataclass
class ForgetResult:
    name: str
    email: str
    uuid: str
    removed: Counter = field(default_factory=Counter)
    #: contacts other people reported with the person, kept without naming them
    contacts_kept: int = 0
    #: other records in which the name or e-mail was replaced
    mentions_replaced: int = 0


def _pattern(words: list[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True) if word),
                      re.IGNORECASE)


def _scrub(value, pattern: re.Pattern, replacement: str):
    if isinstance(value, str):
        return pattern.sub(replacement, value)
    if isinstance(value, list):
        return [_scrub(item, pattern, replacement) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, pattern, replacement) for key, item in value.items()}
    return value


def _replace_mentions(session: Session, words: list[str]) -> int:
    """Replace ``words`` (the name, the e-mail) wherever they were typed in other records."""
    pattern = _pattern(words)
    replacement = _(FORMER_PARTICIPANT)
    changed = 0
    for table in Base.metadata.sorted_tables:
        if table.name == Tombstone.__tablename__:
            continue
        texts = [c for c in table.columns if isinstance(c.type, (String, Text, JSON)) and c.name != "uuid"]
        if not texts:
            continue
        key = list(table.primary_key.columns)
        for row in session.execute(select(*key, *texts)):
            values = dict(row._mapping)
            changes = {}
            for column in texts:
                value = values[column.name]
                if value is None:
                    continue
                seen = json.dumps(value, ensure_ascii=False) if isinstance(column.type, JSON) else value
                if pattern.search(seen):
                    changes[column.name] = _scrub(value, pattern, replacement)
            if changes:
                if "updated_at" in table.c:
                    changes["updated_at"] = utcnow()  # newer than any older copy's version of the row
                session.execute(update(table).where(*[c == values[c.name] for c in key]).values(**changes))
                changed += 1
    return changed


def forget_person(factory: sessionmaker, key: str) -> ForgetResult:
    """Erase the person (e-mail or name ``key``) from the file, then vacuum it (see the module's text)."""
    with factory.begin() as session:
        peer = find_person(session, key)
        result = ForgetResult(peer.full_name, peer.email, peer.uuid)
        pid = peer.id
        own_reports = select(Base.metadata.tables["contact_report"].c.id).where(
            Base.metadata.tables["contact_report"].c.reporter_id == pid)
        result.contacts_kept = session.execute(
            update(ContactEntry).where(ContactEntry.other_id == pid, ContactEntry.report_id.not_in(own_reports))
            .values(other_id=None, updated_at=utcnow())).rowcount or 0
        before = _sizes(session)
        delete_rows(session, Peer, Peer.id == pid)
        after = _sizes(session)
        result.removed = Counter({name: before[name] - after[name] for name in before if before[name] > after[name]})
        words = [result.name, result.email] if len(result.name) >= 3 else [result.email]
        result.mentions_replaced = _replace_mentions(session, [word for word in words if word])
    vacuum(factory)
    logger.info("erased a person (%s): %s", result.uuid, dict(result.removed))
    return result


def _sizes(session: Session) -> Counter:
    return Counter({table.name: session.scalar(select(func.count()).select_from(table)) or 0
                    for table in Base.metadata.sorted_tables if table.name != Tombstone.__tablename__})


def vacuum(factory: sessionmaker) -> None:
    """Rebuild the file without the freed pages, fold the write-ahead log back and empty it, so deleted
    data leaves no bytes behind. On a server database, rewrite PeerDesk's tables (``VACUUM FULL``) so no
    page keeps the deleted rows; the server's write-ahead log and its backups are the administrator's."""
    engine = factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for table in Base.metadata.sorted_tables:
                connection.exec_driver_sql(f'VACUUM FULL "{table.name}"')
        return
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        connection.commit()
        previous = connection.isolation_level
        connection.isolation_level = None
        try:
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.isolation_level = previous
    finally:
        raw.close()


def backups_holding(data_file: Path, person_uuid: str, root: Path | None = None) -> list[Path]:
    """The backups of ``data_file`` (and its before-upgrade copies) that still hold the person."""
    from peerdesk.db.backups import list_backups
    from peerdesk.db.workspace import DataFileError, readonly_sqlite

    data_file = Path(data_file)
    candidates = [backup.path for backup in list_backups(data_file, root)]
    candidates += sorted(data_file.parent.glob(f"{data_file.stem}.before-upgrade-*.bak"))
    holding = []
    for path in candidates:
        try:
            with readonly_sqlite(path) as connection:
                if connection.execute("SELECT 1 FROM peer WHERE uuid = ?", (person_uuid,)).fetchone():
                    holding.append(path)
        except (DataFileError, Exception) as exc:  # noqa: BLE001 - an unreadable backup is listed, to be safe
            logger.info("could not look into %s: %s", path, exc)
            holding.append(path)
    return holding


def purge_backups(paths: list[Path]) -> list[Path]:
    """Delete these backup files; returns the ones that could not be deleted."""
    failed = []
    for path in paths:
        try:
            Path(path).unlink(missing_ok=True)
        except OSError:
            failed.append(Path(path))
    return failed


__all__ = ["ConsentMissing", "ConsentRow", "ForgetResult", "PersonNotFound", "backups_holding",
           "consent_report", "find_person", "forget_person", "person_record", "purge_backups", "record_consent",
           "require_consent"]
