"""``peerdesk contracts FILE --initiative NAME --out OUT.pdf [--peer NAME] [--lang CODE] [--report-back]``:
print an initiative's commitment contracts (or one peer's), or report-back letters for the home organisations.

Participants without a contract get a draft one from the initiative's default commitments first, so that
every printed contract has an id (its QR code) to find the signed copy by.
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
    from peerdesk.core.contract_followup import build_report_back
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
    with opened(args.file) as workspace:
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
            if not args.peer:
                created = create_missing_contracts(workspace.factory, initiative.id)
                if created:
                    print(f"created {created} draft contracts from the initiative's default commitments")
                contract_ids = None
        except ContractNotFound as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
        data = gather_contracts(workspace.factory, initiative.id, contract_ids=contract_ids)
        if not data:
            raise CommandError(f"{initiative.name!r} has no participants to print contracts for", EXIT_DATA_PROBLEM)
        if args.report_back:
            letters = [build_report_back(item, today, args.lang) for item in data]
            pdf = build_report_back_pdf(letters)
            fallbacks = [(item.peer_name, letter.fallback) for item, letter in zip(data, letters, strict=True)]
        else:
            documents = [build_contract(item, args.lang) for item in data]
            pdf = build_contracts_pdf(documents)
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
