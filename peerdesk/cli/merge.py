"""``peerdesk merge FILE OTHER [--dry-run]``: bring a co-facilitator's file into this one."""

from __future__ import annotations

import argparse

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, CommandError
from peerdesk.cli.common import opened

MAX_LISTED = 100


def register(subparsers) -> None:
    parser = subparsers.add_parser("merge", help="merge another PeerDesk data file into this one")
    parser.add_argument("file", help="the data file to merge into")
    parser.add_argument("other", help="the other laptop's data file (only read)")
    parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.backups import take_backup
    from peerdesk.db.merge import MergeError, merge_files
    from peerdesk.db.workspace import inspect_data_file

    inspect_data_file(args.other)
    with opened(args.file) as workspace:
        if not args.dry_run:
            take_backup(workspace.path, reason="before-merge")
        try:
            report = merge_files(workspace.factory, workspace.path, args.other, dry_run=args.dry_run)
        except MergeError as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
    for conflict in report.conflicts[:MAX_LISTED]:
        print(f"conflict: {conflict.describe()}")
    if len(report.conflicts) > MAX_LISTED:
        print(f"... and {len(report.conflicts) - MAX_LISTED} more conflicts")
    prefix = "dry run, nothing written: would merge" if args.dry_run else "merged"
    print(f"{prefix}: {report.summary()}")
    return EXIT_OK
