"""``peerdesk match FILE --initiative NAME (--pairs | --groups K | --mentors) [--allow-rule-breaks] [--save]
[--json]``.

Exit 0 everyone placed, 1 someone left unplaced (the reasons are printed), 2 bad arguments or file."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.i18n import _


def register(subparsers) -> None:
    parser = subparsers.add_parser("match", help="match an initiative's peers into pairs, groups or mentors")
    parser.add_argument("file")
    parser.add_argument("--initiative", required=True, metavar="NAME")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--pairs", action="store_true", help="pairs (paired engagements)")
    mode.add_argument("--groups", type=int, metavar="K", help="small groups of K peers")
    mode.add_argument("--mentors", action="store_true", help="experienced peers mentor newer ones")
    parser.add_argument("--remainder", choices=("larger", "smaller", "leave_out"), default="larger",
                        help="odd counts: a trio / groups one larger (default), groups one smaller, or leave out")
    parser.add_argument("--capacity", type=int, default=2, help="mentees per mentor (default 2)")
    parser.add_argument("--not-same-organisation", action="store_true", help="never match colleagues")
    parser.add_argument("--distinct-countries", action="store_true", help="no two from the same country in a unit")
    parser.add_argument("--no-language-rule", action="store_true", help="do not require a shared working language")
    parser.add_argument("--allow-repeats", action="store_true", help="allow pairs from earlier rounds")
    parser.add_argument("--allow-rule-breaks", action="store_true",
                        help="place everyone even if a hard rule breaks (the breaks are listed); "
                             "otherwise peers who cannot be placed are left out with the reason")
    parser.add_argument("--save", nargs="?", const="", metavar="NAME", help="save the result as a new round")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--sheet", metavar="OUT.pdf", help="also write the printable match sheet with explanations")
    parser.add_argument("--paper", choices=("a4", "letter"),
                        help="the match sheet's paper size (default: the preference, else the system's locale)")
    parser.add_argument("--lang", choices=("en", "fr", "es", "pt", "ru"),
                        help="language of the match sheet, the export and the explanations "
                             "(default: the preference, else the interface language)")
    parser.add_argument("--export", metavar="OUT.xlsx|OUT.csv", help="also write the matching as a spreadsheet")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk import i18n
    from peerdesk.settings import print_language

    with i18n.language(print_language(args.lang)):  # explanations are worded while the match runs
        return _run(args)


@contextlib.contextmanager
def _reading(name: str) -> Iterator:
    """The data file opened for reading only, over a plain DB-API connection (no SQLAlchemy: a matching
    without --save starts in a fraction of the time). The same checks and lock as any command; a file
    from an older PeerDesk is upgraded first (after its backup copy), as opening it would."""
    from peerdesk.db.lock import WorkspaceLock
    from peerdesk.db.workspace import MissingDataFile, inspect_data_file, open_workspace, readonly_sqlite

    path = Path(name)
    if not path.exists():
        raise MissingDataFile(f"{path} does not exist.")
    guard = WorkspaceLock(path)
    guard.acquire()
    try:
        if inspect_data_file(path).needs_upgrade:
            open_workspace(path).close()
        with readonly_sqlite(path) as connection:
            yield connection
    finally:
        guard.release()


def _settings(args: argparse.Namespace, mode: str, cohort):
    from peerdesk.core.matching.criteria import MatchSettings

    constraints = cohort.constraints(
        shared_language=not args.no_language_rule,
        not_same_organisation=args.not_same_organisation,
        distinct_countries=args.distinct_countries,
        avoid_repeats=not args.allow_repeats,
        max_group_size=max(12, (args.groups or 2) + 1),
    )
    return MatchSettings(mode=mode, constraints=constraints, group_size=args.groups or 5,
                         remainder=args.remainder, mentor_capacity=args.capacity,
                         allow_rule_breaks=args.allow_rule_breaks)


def _match(profiles, settings):
    from peerdesk.core.matching.criteria import MatchingError
    from peerdesk.core.matching.engine import match

    try:
        return match(profiles, settings)
    except MatchingError as exc:
        raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc


def _run(args: argparse.Namespace) -> int:
    if args.groups is not None and args.groups < 2:
        raise CommandError("--groups K needs K of at least 2", EXIT_USAGE)
    if args.capacity < 1:
        raise CommandError("--capacity needs at least 1", EXIT_USAGE)
    if args.sheet and not args.sheet.lower().endswith(".pdf"):
        raise CommandError("--sheet needs a file name ending in .pdf", EXIT_USAGE)
    if args.export and not args.export.lower().endswith((".xlsx", ".csv")):
        raise CommandError("--export needs a file name ending in .xlsx or .csv", EXIT_USAGE)
    mode = "pairs" if args.pairs else "groups" if args.groups is not None else "mentors"
    saved = None
    if args.save is None and "://" not in args.file:  # a look at a data file only: plain SQL over sqlite3
        from peerdesk.db.services.cohort import NoSuchInitiative, initiative_named, read_cohort, sqlite_query

        with _reading(args.file) as connection:
            query = sqlite_query(connection)
            try:
                initiative_id, initiative_name = initiative_named(query, args.initiative)
            except NoSuchInitiative as exc:
                raise CommandError(str(exc), EXIT_USAGE) from exc
            cohort = read_cohort(query, initiative_id)
        settings = _settings(args, mode, cohort)
        result = _match(cohort.profiles, settings)
    else:  # saving a round (or a server database): through the services, as the window does
        from peerdesk.cli.common import initiative_named, opened
        from peerdesk.db.services.matching import list_rounds, load_cohort, save_round

        with opened(args.file, write=args.save is not None) as workspace:
            initiative = initiative_named(workspace, args.initiative)
            initiative_name = initiative.name
            cohort = load_cohort(workspace.factory, initiative.id)
            settings = _settings(args, mode, cohort)
            result = _match(cohort.profiles, settings)
            if args.save is not None:
                name = args.save or f"Round {len(list_rounds(workspace.factory, initiative.id)) + 1}"
                saved = save_round(workspace.factory, initiative.id, name, date.today(), settings, result)
    names = {p.id: p.full_name for p in cohort.profiles}
    _write_files(args, initiative_name, saved.name if saved else _("Proposed matching"), settings, result, cohort)
    if args.json:
        data = result.to_json()
        data["rule_notes"] = list(cohort.notes)
        data["unmatched_reasons"] = {str(k): v for k, v in result.unmatched_reasons.items()}
        if saved:
            data["saved_round"] = {"id": saved.id, "name": saved.name}
        print(json.dumps(data, ensure_ascii=False))
    else:
        for n, unit in enumerate(result.units, start=1):
            members = " + ".join(names[m] for m in unit.members)
            print(f"{n:3}. [{unit.score:5.1f}] {members}{'  (locked)' if unit.locked else ''}")
            print(f"       {unit.explanation}")
            for warning in unit.warnings:
                print(f"       ! {warning}")
        print(f"total score {result.total_score:.1f} in {len(result.units)} units")
        for pid in result.unmatched:
            print(f"unmatched: {result.unmatched_reasons.get(pid, names[pid])}")
        for note in (*cohort.notes, *result.notes):
            print(f"note: {note}")
        for violation in result.violations:
            print(f"VIOLATION: {violation}")
        if saved:
            print(f"saved as round {saved.name!r}")
    return EXIT_DATA_PROBLEM if result.unplaced else EXIT_OK


def _write_files(args, initiative_name: str, round_name: str, settings, result, cohort) -> None:
    """The match sheet PDF and the spreadsheet export, built exactly as the tab builds them."""
    if not (args.sheet or args.export):
        return
    from peerdesk.core.atomic import write_bytes_atomic
    from peerdesk.core.matching.criteria import criteria_lines
    from peerdesk.io.match_export import sheet_units, to_csv, to_xlsx
    from peerdesk.reports.match_sheet import build_match_sheet

    units = sheet_units(result.units, cohort.profiles)
    try:
        if args.sheet:
            notes = [*(f"Broken rule: {v}" for v in result.violations), *result.notes]
            pdf = build_match_sheet(initiative_name, round_name, date.today(), result.mode, units,
                                    criteria_lines(settings.criteria, settings.constraints), notes,
                                    list(result.unmatched_reasons.values()), paper=args.paper)
            write_bytes_atomic(Path(args.sheet), pdf)
        if args.export:
            data = to_csv(units) if args.export.lower().endswith(".csv") else to_xlsx(units)
            write_bytes_atomic(Path(args.export), data)
    except OSError as exc:
        raise CommandError(f"cannot write the file: {exc}", EXIT_USAGE) from exc
