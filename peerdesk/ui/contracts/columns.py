"""Columns of the contracts list and of the due list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

from peerdesk.core.catalogue import catalogue
from peerdesk.core.contract_followup import DueEntry
from peerdesk.core.contracts import available_languages
from peerdesk.core.languages import FROM_COUNTRY, FROM_DEFAULT, FROM_WORKING
from peerdesk.db.services.contracts import ContractRow
from peerdesk.i18n import format_date, ngettext
from peerdesk.ui.contracts import labels
from peerdesk.ui.contracts.labels import tr
from peerdesk.ui.models import Column


def day_formatter() -> Callable[[date | None], str]:
    """Dates as people write them ("5 Feb 2026", "5 févr. 2026"), in the language the page is built in; cached
    because 10,000 rows have a few hundred distinct days and Babel is slow."""

    @lru_cache(maxsize=4096)
    def day(value: date | None) -> str:
        return format_date(value, "medium")

    return day


def by_day(value: date | None) -> int:
    """The sort key of a date column: the day itself (none first), not its words."""
    return value.toordinal() if value else 0


#: the date columns of each table (Signed on, Next due; Due)
CONTRACT_DATE_COLUMNS = (3, 8)
DUE_DATE_COLUMNS = (0,)


def widen_dates(view, columns: tuple[int, ...]) -> None:
    """After ``fit_columns``: the dates' non-breaking spaces measure a little short ("30 Jun 20…" otherwise)."""
    for column in columns:
        view.setColumnWidth(column, view.columnWidth(column) + 8)


def contract_columns() -> list[Column]:
    statuses = labels.contract_status_names()
    texts = set(available_languages())
    cat = catalogue()  # once, not per row: the page is built in one interface language
    day = day_formatter()

    sources = {
        FROM_WORKING: tr("{language} (working language)"),
        FROM_COUNTRY: tr("{language} (usual in their country)"),
        FROM_DEFAULT: tr("{language} (no language known)"),
    }

    def language(row: ContractRow) -> str:
        name = cat.language_name(row.language)
        if row.language not in texts:
            return tr("{language} (prints in English)").format(language=name)
        return sources[row.language_source].format(language=name) if row.language_source in sources else name

    return [
        Column(tr("Peer"), lambda c: c.peer_name),
        Column(tr("Language"), language),
        Column(tr("Status"), lambda c: statuses.get(c.status, c.status)),
        Column(tr("Signed on"), lambda c: day(c.signed_on), sort_key=lambda c: by_day(c.signed_on)),
        Column(tr("Authoriser"), lambda c: c.authoriser_name),
        Column(
            tr("Kept"),
            lambda c: f"{c.kept} / {c.items}",
            sort_key=lambda c: c.kept / c.items if c.items else 0,
            numeric=True,
        ),
        Column(tr("Partly"), lambda c: c.partly, numeric=True),
        Column(tr("Not kept"), lambda c: c.not_kept, numeric=True),
        Column(tr("Next due"), lambda c: day(c.next_due), sort_key=lambda c: by_day(c.next_due)),
        Column(tr("Scan"), lambda c: tr("yes") if c.has_scan else ""),
    ]


def due_columns() -> list[Column]:
    kinds = labels.kind_names()
    day = day_formatter()

    def when(entry: DueEntry) -> str:
        if entry.days < 0:
            return ngettext("{count} day overdue", "{count} days overdue", -entry.days).format(count=-entry.days)
        if entry.days == 0:
            return tr("today")
        return ngettext("in {count} day", "in {count} days", entry.days).format(count=entry.days)

    return [
        Column(tr("Due"), lambda e: day(e.due), sort_key=lambda e: by_day(e.due)),
        Column(tr("When"), when, sort_key=lambda e: e.days),
        Column(tr("Peer"), lambda e: e.peer_name),
        Column(tr("Commitment"), lambda e: kinds.get(e.kind, e.kind)),
    ]
