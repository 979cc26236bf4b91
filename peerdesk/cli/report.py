"""``peerdesk report FILE --initiative NAME --out OUT.pdf [--anonymise]``: the evaluation summary PDF."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import initiative_named, opened
from peerdesk.core.atomic import write_bytes_atomic


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="write an initiative's evaluation summary as a PDF")
    parser.add_argument("file", help="the data file")
    parser.add_argument("--initiative", required=True, metavar="NAME", help="the initiative's name")
    parser.add_argument("--out", required=True, metavar="OUT.pdf", help="where to write the PDF")
    parser.add_argument("--anonymise", "--anonymize", action="store_true",
                        help="replace every person's name by a stable code (P01, C01, X01...)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the date the summary is as of (default: today)")
    parser.add_argument("--paper", choices=("a4", "letter"),
                        help="paper size (default: the preference, else the system's locale)")
    parser.add_argument("--lang", metavar="CODE", help="the summary's language (default: the print preference)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk import i18n
    from peerdesk.core.evaluation.analysis import analyse
    from peerdesk.db.services.evaluation import load_evaluation_data
    from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary
    from peerdesk.settings import print_language

    today = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError as exc:
            raise CommandError(f"--today {args.today!r} is not a date like 2026-11-27", EXIT_USAGE) from exc
    out = Path(args.out)
    if not out.parent.exists():
        raise CommandError(f"cannot write {out}: folder {out.parent} does not exist", EXIT_USAGE)
    with opened(args.file, write=False) as workspace:
        initiative = initiative_named(workspace, args.initiative)
        data = load_evaluation_data(workspace.factory, initiative.id, today=today)
    options = SummaryOptions(anonymise=args.anonymise, today=today, paper=args.paper, lang=print_language(args.lang))
    with i18n.language(options.lang):  # the analysis writes sentences the summary prints
        analysis = analyse(data, anonymise=args.anonymise, today=today)
    pdf = build_evaluation_summary(data, options, analysis)
    try:
        write_bytes_atomic(out, pdf)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from exc
    print(f"wrote {out}: evaluation summary of {initiative.name!r}" + (" (anonymised)" if args.anonymise else ""))
    if args.anonymise:
        replaced = sorted(analysis.anonymiser.replaced)
        if replaced:
            print(f"replaced in quoted text: {', '.join(replaced)}")
        print("note: free text can still identify people (a post, a reform, an event); read the excerpts "
              "before sharing the summary", file=sys.stderr)
    return EXIT_OK
