"""``peerdesk check FILE``: verify a data file without changing it."""

from __future__ import annotations

import argparse
import sys

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="verify a data file (integrity, schema, foreign keys)")
    parser.add_argument("file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.services.check import check_data_file

    report = check_data_file(args.file)
    for notice in report.notices:
        print(f"note: {notice}")
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if not report.ok:
        print(f"{args.file}: {len(report.problems)} problem(s) found", file=sys.stderr)
        return EXIT_DATA_PROBLEM
    print(f"{args.file}: ok (schema {report.revision})")
    return EXIT_OK
