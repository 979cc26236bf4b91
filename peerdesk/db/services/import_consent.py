"""What an import keeps of a person without recorded consent, worked out for a whole list at once, and
the one note that says what was left out (``core/consent.py`` says what is kept)."""

from __future__ import annotations

from itertools import chain, compress, repeat

from peerdesk.core.consent import filled_column, gated_fields
from peerdesk.core.fields import field_label
from peerdesk.i18n import ngettext

#: Row fields that say where a row goes, not who the person is: never "left out".
_NOT_PROFILE = frozenset({"initiative", "uuid"})


def left_out(values_of: list[dict], row_of: list[int], full: list[bool]) -> dict[int, tuple[str, ...]]:
    """For each row kept without consent (``full`` false), the fields with something in them that were
    left out (:func:`core.consent.needs_consent`), tested column by column."""
    kept_without = [position for position, whole in enumerate(full) if not whole]
    if not kept_without:
        return {}
    rows = [values_of[position] for position in kept_without]
    names = [name for name in dict.fromkeys(chain.from_iterable(rows)) if name not in _NOT_PROFILE]
    gated = gated_fields(names)
    if not gated:
        return dict.fromkeys([row_of[position] for position in kept_without], ())
    columns = {name: filled_column(list(map(dict.get, rows, repeat(name)))) for name in gated}
    # A field filled on every one of these rows (or on none) is the same for all: only the others
    # need a look row by row, and most lists have none of those.
    always = {name for name, flags in columns.items() if all(flags)}
    mixed = [name for name, flags in columns.items() if name not in always and any(flags)]
    if not mixed:
        return dict.fromkeys([row_of[position] for position in kept_without],
                             tuple(name for name in gated if name in always))
    flags = zip(*[[name in always] * len(rows) if name not in mixed else columns[name] for name in gated],
                strict=True)
    tuples: dict[tuple[bool, ...], tuple[str, ...]] = {}  # one tuple of names per distinct pattern
    per_row = []
    for pattern in flags:
        named = tuples.get(pattern)
        if named is None:
            named = tuples[pattern] = tuple(compress(gated, pattern))
        per_row.append(named)
    return dict(zip([row_of[position] for position in kept_without], per_row, strict=True))


def consent_notes(without_consent: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """One warning saying what was left out for lack of consent: the rows that lost the same fields
    share one entry ("rows 2-40, 45: Country, Career level"), so a list of thousands stays readable."""
    dropped = {row: fields for row, fields in without_consent.items() if fields}
    if not dropped:
        return ()
    rows_of: dict[tuple[str, ...], list[int]] = {}
    for row, fields in dropped.items():
        rows_of.setdefault(tuple(fields), []).append(row)
    entries = []
    for fields, rows in sorted(rows_of.items(), key=lambda entry: min(entry[1])):
        rows.sort()
        entries.append(ngettext("row {rows}: {fields}", "rows {rows}: {fields}", len(rows)).format(
            rows=_row_ranges(rows), fields=", ".join(_label(name) for name in fields)))
    return (ngettext(
        "{count} person has no recorded consent, so only their name, organisation and e-mail were kept. "
        "Left out: {listed}",
        "{count} people have no recorded consent, so only their name, organisation and e-mail were kept. "
        "Left out: {listed}", len(dropped)).format(count=len(dropped), listed="; ".join(entries)),)


def _row_ranges(rows: list[int]) -> str:
    """Sorted row numbers with runs closed up: [2, 3, 4, 7] -> "2-4, 7"."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in runs)


def _label(name: str) -> str:
    try:
        return field_label(name)
    except KeyError:
        return name
