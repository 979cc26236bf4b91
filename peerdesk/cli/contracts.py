"""``peerdesk contracts FILE --initiative NAME --out OUT.pdf [--peer NAME] [--lang CODE] [--report-back]``:
print an initiative's commitment contracts (or one peer's), or report-back letters for the home organisations.

Printing never writes to the data file: participants without a contract get a draft one only with
``--create-missing`` (said out loud), and only ``--mark-printed`` records that contracts were printed,
after the PDF is written. Letters go to signed or closed contracts (``--all`` for every one) and are
signed by the initiative's facilitator; without one on file the command says so and stops.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import initiative_named, opened
from peerdesk.core.atomic import write_bytes_atomic


def register(subparsers) -> None:
    from peerdesk.core.contracts import available_languages

    parser = subparsers.add_parser(
        "contracts", help="print commitment contracts (or report-back letters) as one PDF"
    )
    parser.add_argument("file", help="the data file")
    parser.add_argument("--initiative", required=True, metavar="NAME", help="the initiative's name")
    parser.add_argument("--out", required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--peer", metavar="NAME", help="only this participant's contract")
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        help="print in this language instead of each contract's own",
    )
    parser.add_argument(
        "--report-back", action="store_true", help="write report-back letters for the home organisations"
    )
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the letters' date (default: today)")
    parser.add_argument(
        "--create-missing", action="store_true",
        help="first create draft contracts, from the default commitments, for participants without one",
    )
    parser.add_argument(
        "--all", action="store_true", dest="all_contracts",
        help="with --report-back: write letters for draft and printed contracts too (default: signed or closed)",
    )
    parser.add_argument("--paper", choices=("a4", "letter"),
                        help="paper size (default: the preference, else the system's locale)")
    parser.add_argument(
        "--mark-printed", action="store_true", help="set draft contracts to 'printed' once the PDF is written"
    )
    parser.set_defaults(func=run)


def _today(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--today: {value!r} is not a date like 2026-06-30", EXIT_USAGE) from exc


def run(args: argparse.Namespace) -> int:
    from peerdesk.core.contract_followup import NoFacilitator, build_report_back, letter_wanted
    from peerdesk.core.contracts import build_contract
    from peerdesk.db.services.contract_tracking import mark_printed
    from peerdesk.db.services.contracts import (
        ContractNotFound,
        contract_problems,
        create_missing_contracts,
        find_peer_contract,
        gather_contracts,
    )
    from peerdesk.reports.contracts import build_contracts_pdf
    from peerdesk.reports.report_back import build_report_back_pdf

    today = _today(args.today)
    out = Path(args.out)
    if out.is_dir():
        raise CommandError(f"--out {out} is a folder; name a PDF file", EXIT_USAGE)
    if not out.parent.exists():
        raise CommandError(f"--out: the folder {out.parent} does not exist", EXIT_USAGE)
    with opened(args.file, write=bool(args.create_missing or args.mark_printed)) as workspace:
        initiative = initiative_named(workspace, args.initiative)
        try:
            if args.peer:
                contract_ids = [find_peer_contract(workspace.factory, initiative.id, args.peer)]
            else:
                contract_ids = None
            if not args.report_back:
                problems = contract_problems(workspace.factory, initiative.id, contract_ids)
                if problems:
                    raise CommandError(" ".join(problem.message for problem in problems), EXIT_DATA_PROBLEM)
            if not args.peer and args.create_missing:
                created = create_missing_contracts(workspace.factory, initiative.id)
                if created:
                    print(f"created {created} draft contracts from the initiative's default commitments")
        except ContractNotFound as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
        data = gather_contracts(workspace.factory, initiative.id, contract_ids=contract_ids)
        if not data:
            hint = "" if args.create_missing else "; --create-missing makes drafts from the default commitments"
            raise CommandError(f"{initiative.name!r} has no contracts to print{hint}", EXIT_DATA_PROBLEM)
        if args.report_back:
            if not args.all_contracts:
                skipped = [item for item in data if not letter_wanted(item)]
                data = [item for item in data if letter_wanted(item)]
                if skipped:
                    print(f"note: {len(skipped)} contracts are not signed yet and get no letter "
                          "(--all to include them)", file=sys.stderr)
                if not data:
                    raise CommandError("no signed or closed contracts to report back on (--all to include the others)",
                                       EXIT_DATA_PROBLEM)
            try:
                letters = [build_report_back(item, today, args.lang) for item in data]
            except NoFacilitator as exc:
                raise CommandError(
                    f"report-back letters are signed by the facilitator, and {initiative.name!r} has none on "
                    "file: add the facilitator's name to the initiative first", EXIT_DATA_PROBLEM) from exc
            pdf = build_report_back_pdf(letters, paper=args.paper)
            fallbacks = [(item.peer_name, letter.fallback) for item, letter in zip(data, letters, strict=True)]
        else:
            documents = [build_contract(item, args.lang) for item in data]
            pdf = build_contracts_pdf(documents, paper=args.paper)
            fallbacks = [(doc.peer_name, doc.fallback) for doc in documents]
        try:
            write_bytes_atomic(out, pdf)
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from exc
        if args.mark_printed and not args.report_back:
            mark_printed(workspace.factory, [item.contract_id for item in data if item.contract_id])
    english = [name for name, fallback in fallbacks if fallback]
    if english:
        print(f"note: no contract text in the language of {', '.join(english)}; printed in English",
              file=sys.stderr)
    kind = "report-back letters" if args.report_back else "contracts"
    print(f"wrote {out}: {len(data)} {kind}")
    return EXIT_OK
