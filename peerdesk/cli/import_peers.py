"""``peerdesk import FILE SOURCE [--initiative NAME] [--mapping MAP.json] [--encoding ENC] [--dry-run]
[--skip-bad-rows] [--write-mapping OUT.json]``.

Exit 0 imported (or, with --dry-run, would import), 1 refused for problems in the source, 2 unreadable
source or data file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import opened


def register(subparsers) -> None:
    parser = subparsers.add_parser("import", help="import peers from a CSV or XLSX file (or a survey export)")
    parser.add_argument("file", help="the PeerDesk data file")
    parser.add_argument("source", help="the CSV or XLSX file of people")
    parser.add_argument(
        "--initiative",
        help="initiative the peers join (created if it does not exist); without it, an 'initiative' column decides",
    )
    parser.add_argument(
        "--mapping",
        help='JSON file {"columns": {"source column": "peerdesk field"}, "values": {"field": {"theirs": "ours"}}}',
    )
    parser.add_argument("--encoding", help="encoding of a CSV source (default: detected), e.g. cp1251, utf-8")
    parser.add_argument(
        "--write-mapping", metavar="OUT.json",
        help="write the columns found and suggested value recodings to OUT.json (to edit and pass as --mapping)",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    parser.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, leave out bad ones")
    parser.add_argument(
        "--consented", metavar="TEXT", default="",
        help="everyone on the list agreed to TEXT (recorded with today's date); without consent only name, "
             "organisation and e-mail are kept",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.server import is_server_url
    from peerdesk.db.services.import_peers import ImportRefused, apply_import
    from peerdesk.db.workspace import inspect_data_file
    from peerdesk.io.peers_import import MappingError, build_preview, load_mapping
    from peerdesk.io.sources import SourceError, read_source
    from peerdesk.io.survey_import import survey_kind

    try:
        mapping = load_mapping(args.mapping)
        table = read_source(args.source, encoding=args.encoding)
    except (SourceError, MappingError) as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    if not is_server_url(args.file):  # a server database is checked as it opens
        inspect_data_file(args.file)  # refuse a bad data file before reporting anything as importable
    kind = survey_kind(table.headers)
    if kind is not None and not mapping:
        return _run_survey(args, table, kind)
    preview = build_preview(table, mapping, Path(args.source).name)
    mapped = ", ".join(f"{header} -> {field}" for header, field in preview.columns.items() if field)
    encoding = f"; encoding {preview.encoding}" if preview.encoding else ""
    print(f"{preview.source}: {preview.rows_read} rows{encoding}; columns: {mapped or 'none recognised'}")
    _report(preview.problems)
    if args.write_mapping:
        _write_mapping(args.write_mapping, table, mapping, preview)
    if preview.has_errors and not args.skip_bad_rows:
        print(
            f"peerdesk: refused: {len(preview.errors)} problem(s) in {len(preview.bad_rows) or 'the'} row(s); "
            "nothing was imported (fix them, or use --skip-bad-rows)",
            file=sys.stderr,
        )
        return EXIT_DATA_PROBLEM
    if not preview.good_records():
        print("peerdesk: refused: no row can be imported", file=sys.stderr)
        return EXIT_DATA_PROBLEM
    if not args.initiative:
        homeless = [record.row for record in preview.good_records() if not record.values.get("initiative")]
        if homeless:
            raise CommandError(
                f"rows {', '.join(map(str, homeless[:5]))}{'...' if len(homeless) > 5 else ''} name no initiative: "
                "give one with --initiative",
                EXIT_USAGE,
            )
    if args.dry_run:
        skipped = len(preview.bad_rows) if args.skip_bad_rows else 0
        print(f"dry run: {len(preview.good_records())} people would be imported, {skipped} rows skipped; "
              "nothing written")
        return EXIT_OK
    with opened(args.file) as workspace:
        try:
            result = apply_import(workspace.factory, preview, args.initiative, skip_bad_rows=args.skip_bad_rows,
                                  consented=args.consented)
        except ImportRefused as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
    print(
        f"imported: {result.created} new, {result.updated} updated"
        + (f", {len(result.skipped_rows)} rows skipped" if result.skipped_rows else "")
        + (f"; new initiative: {', '.join(result.initiatives_created)}" if result.initiatives_created else "")
        + (f"; {result.tags_added} new tags" if result.tags_added else "")
    )
    for note in result.notes:
        print(f"warning: {note}")
    return EXIT_OK


def _write_mapping(out: str, table, mapping, preview) -> None:
    """The columns as understood and a suggested PeerDesk value for each value that is not one."""
    from peerdesk.io.import_mapping import ImportMapping, save_mapping
    from peerdesk.io.peers_import import values_to_recode

    suggested = ImportMapping(
        columns={header: field or "" for header, field in preview.columns.items()},
        values={name: dict(table_) for name, table_ in (mapping.values if mapping else {}).items()},
        name_order=mapping.name_order if mapping else "",
    )
    unsure = 0
    for choice in values_to_recode(table, mapping):
        suggested.values.setdefault(choice.field, {})[choice.source] = choice.suggestion or ""
        unsure += choice.suggestion is None
    try:
        save_mapping(suggested, out)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from exc
    print(f"mapping written to {out}" + (f" ({unsure} value(s) without a suggestion: fill them in)" if unsure else ""))


def _report(problems) -> None:
    for problem in problems:  # every one, by row and column
        stream = sys.stderr if problem.severity == "error" else sys.stdout
        print(f"{problem.severity}: {problem.describe()}", file=stream)


def _run_survey(args: argparse.Namespace, table, kind: str) -> int:
    """Answers to the contact-report or check-in questionnaire (see ``peerdesk xlsform``)."""
    from peerdesk.cli.common import initiative_named
    from peerdesk.db.services.import_survey import apply_survey_import, initiative_peer_keys
    from peerdesk.io.survey_import import build_survey_preview

    what = "contact reports" if kind == "contact_report" else "weekly check-ins"
    if not args.initiative:
        raise CommandError(f"{Path(args.source).name} holds {what}: name their initiative with --initiative")
    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.initiative)
        preview = build_survey_preview(table, kind, initiative_peer_keys(workspace.factory, initiative.id))
        print(f"{Path(args.source).name}: {len(table.rows)} {what}")
        _report(preview.problems)
        if preview.has_errors and not args.skip_bad_rows:
            print(f"peerdesk: refused: {len(preview.errors)} problem(s); nothing was imported "
                  "(fix them, or use --skip-bad-rows)", file=sys.stderr)
            return EXIT_DATA_PROBLEM
        if args.dry_run:
            print(f"dry run: {len(preview.good_records())} {what} would be imported; nothing written")
            return EXIT_OK
        result = apply_survey_import(workspace.factory, preview, initiative.id, skip_bad_rows=args.skip_bad_rows)
    print(f"imported {what}: {result.created} new, {result.replaced} replaced")
    return EXIT_OK
