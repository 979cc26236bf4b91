"""``peerdesk plan FILE --initiative NAME --out plan.pdf``: print an initiative's engagement plan."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import initiative_named, opened
from peerdesk.core.atomic import write_bytes_atomic


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="write an initiative's engagement plan as PDF (activities, coverage, warnings, timeline, checklist)",
    )
    parser.add_argument("file", help="the data file")
    parser.add_argument("--initiative", metavar="NAME", help="the initiative (may be left out if there is only one)")
    parser.add_argument("--out", metavar="PDF", required=True, help="where to write the PDF")
    parser.add_argument("--paper", choices=("a4", "letter"),
                        help="paper size (default: the preference, else the system's locale)")
    parser.add_argument("--lang", choices=("en", "fr", "es", "pt", "ru"),
                        help="language of the printout (default: the preference, else the interface language)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk import i18n
    from peerdesk.settings import print_language

    with i18n.language(print_language(args.lang)):  # the plan's checks are worded while it is loaded
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from peerdesk.core.toolplan import coverage_gaps, plan_warnings
    from peerdesk.db.services.activities import load_plan
    from peerdesk.db.services.checklist import list_checklist
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.reports.plan import build_plan_pdf

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CommandError(f"--out must name a .pdf file, not {out.name!r}", EXIT_USAGE)
    if not out.parent.is_dir():
        raise CommandError(f"folder {str(out.parent)!r} does not exist", EXIT_USAGE)
    with opened(args.file, write=False) as workspace:
        if args.initiative:
            initiative = initiative_named(workspace, args.initiative)
        else:
            initiatives = list_initiatives(workspace.factory)
            if len(initiatives) != 1:
                names = "; ".join(i.name for i in initiatives) or "none"
                raise CommandError(f"name the initiative with --initiative (the file holds: {names})", EXIT_USAGE)
            initiative = initiatives[0]
        plan = load_plan(workspace.factory, initiative.id)
        checklist = list_checklist(workspace.factory, initiative.id)
    pdf = build_plan_pdf(plan, checklist, paper=args.paper)
    try:
        write_bytes_atomic(out, pdf)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from exc
    tool_plan = plan.tool_plan()
    warnings = plan_warnings(tool_plan, plan.tool_options)
    gaps = coverage_gaps(tool_plan, plan.tool_options)
    print(
        f"wrote {out} ({len(plan.activities)} activities, {len(gaps)} empty cells, {len(warnings)} warnings)"
    )
    for warning in warnings:
        print(f"  warning: {warning.message}")
    return EXIT_OK
