"""Many people editing one database: optimistic concurrency and the refusals people see.

Every row a person edits (``models.Tracked``) carries a ``version`` that SQLAlchemy raises on each UPDATE
(``version_id_col``: the UPDATE says ``WHERE version = <the version read>``, so an UPDATE racing another
one matches no row and raises ``StaleDataError``), and ``updated_by``: who saved it last (the server's
user name on PostgreSQL, the computer account on a data file).

An editor (the profile dialog, Initiative → Properties, a contract, an activity) remembers the version
it showed. The service that saves it calls :func:`check_version` first: when someone else saved the row
in between, nothing is written and :class:`EditConflict` says who and when ("changed by NAME at TIME —
reload or keep yours"). *Reload* shows theirs; *Keep mine* saves again with ``expected`` set to
:attr:`EditConflict.version`, re-applying this person's values on the newest version.

Qt-free: the window and the command line show the same messages.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from peerdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import sessionmaker

logger = logging.getLogger(__name__)


def computer_account() -> str:
    """The operating-system account running PeerDesk (who saved, on a data file)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return ""


def current_editor(context: Any) -> str:
    """Who is saving: the database user on a server, the computer account on a file. Used as the
    ``updated_by`` column's default (``context`` is SQLAlchemy's execution context, None in bulk inserts)."""
    connection = getattr(context, "connection", None) if context is not None else None
    if connection is not None and connection.dialect.name == "postgresql":
        return connection.engine.url.username or ""
    return computer_account()


def _local_time(moment: datetime | None) -> datetime | None:
    """A stored (naive UTC) time in the reader's time zone."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def format_moment(moment: datetime | None, lang: str | None = None) -> str:
    """A stored time as the reader writes it: date in their language, then the local hour."""
    from peerdesk.i18n import format_date

    local = _local_time(moment)
    if local is None:
        return _("an unknown time")
    return f"{format_date(local.date(), style='medium', lang=lang)} {local:%H:%M}"


class EditConflict(Exception):
    """Someone else saved this row after it was read; nothing was written.

    ``what`` names the row for people ("Ana Silva", "Budget network 2027"), ``changed_by`` and
    ``changed_at`` (naive UTC) say who saved it and when, ``version`` is the row's version now: save
    again with it to keep one's own values."""

    def __init__(self, what: str, changed_by: str, changed_at: datetime | None, version: int | None) -> None:
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        name = self.changed_by or _("someone else")
        text = _("{what}: changed by {name} at {time} — reload or keep yours").format(
            what=self.what, name=name, time=format_moment(self.changed_at, lang))
        return text if self.what else text.split(": ", 1)[-1]

    def __str__(self) -> str:
        return self.message()

    @classmethod
    def from_row(cls, row: Any, what: str) -> EditConflict:
        return cls(what, getattr(row, "updated_by", "") or "", getattr(row, "updated_at", None),
                   getattr(row, "version", None))


class PermissionRefused(Exception):
    """The server's roles do not let this user make this change (an evaluator saving, a facilitator
    touching another initiative); nothing was written."""


def check_version(row: Any, expected: int | None, what: str) -> None:
    """Refuse to save ``row`` when it changed since the editor read it at version ``expected``
    (None: the caller read it in this very transaction). Marks the row as saved by the current
    editor now, so its version rises even when only its children (tags, items) change."""
    from peerdesk.db.models import utcnow

    if expected is not None and row.version != expected:
        raise EditConflict.from_row(row, what)
    row.updated_at = utcnow()


def _current(factory: sessionmaker, model: type, row_id: int, what: str) -> EditConflict:
    with factory() as session:
        row = session.get(model, row_id)
        if row is None:
            return EditConflict(what, "", None, None)
        return EditConflict.from_row(row, what)


@contextmanager
def refusing_stale(factory: sessionmaker, model: type, row_id: int, what: str = "") -> Iterator[None]:
    """Turn an UPDATE that lost a race (``StaleDataError``, the row's version moved between our read and
    our write) into an :class:`EditConflict` naming who saved in between."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except StaleDataError as exc:
        logger.info("stale save of %s %s: %s", model.__name__, row_id, exc)
        raise _current(factory, model, row_id, what) from exc


def describe_refusal(exc: BaseException) -> str | None:
    """One line for a save the database refused because of other people (a conflict) or of the user's
    role (permission, row-level security); None for anything else. Used by the CLI and the window."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, (EditConflict, PermissionRefused)):
            return str(error)
        if type(error).__name__ == "StaleDataError":
            return _("someone else changed this at the same time; nothing was saved — reload and try again")
        orig = getattr(error, "orig", None)
        sqlstate = getattr(orig, "sqlstate", None) or getattr(error, "sqlstate", None)
        if sqlstate == "42501" or "row-level security" in str(orig or error):
            return _("your database role does not allow this change (ask the PeerDesk administrator); "
                     "nothing was saved")
        error = error.__cause__ or error.__context__
    return None
