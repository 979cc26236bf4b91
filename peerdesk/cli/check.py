"""``peerdesk check FILE|URL``: verify a data file (or a server database) without changing it."""

from __future__ import annotations

import argparse
import sys

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="verify a data file (integrity, schema, foreign keys)")
    parser.add_argument("file", help="the data file, or a server database: postgresql://user@host:port/database")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.server import is_server_url
    from peerdesk.db.services.check import check_data_file

    if is_server_url(args.file):
        from peerdesk.cli.common import with_server_engine
        from peerdesk.db.services.check import check_server_database

        report = with_server_engine(args.file, check_server_database)
    else:
        report = check_data_file(args.file)
    for notice in report.notices:
        print(f"note: {notice}")
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if not report.ok:
        print(f"{report.path}: {len(report.problems)} problem(s) found", file=sys.stderr)
        return EXIT_DATA_PROBLEM
    print(f"{report.path}: ok (schema {report.revision})")
    return EXIT_OK
