"""``peerdesk merge FILE OTHER [--dry-run] [--allow-deletions]``: bring a co-facilitator's file into this one.

Either may be a server (``postgresql://...``): ``peerdesk merge URL LAPTOP_FILE`` syncs an offline copy back
into the server (one transaction), ``peerdesk merge LAPTOP_FILE URL`` brings the server's later changes to
the copy (only its initiatives)."""

from __future__ import annotations

import argparse

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, CommandError
from peerdesk.cli.common import opened
from peerdesk.i18n import _

MAX_LISTED = 100


def register(subparsers) -> None:
    parser = subparsers.add_parser("merge", help="merge another PeerDesk data file into this one")
    parser.add_argument("file", help="the data file (or server URL) to merge into")
    parser.add_argument("other", help="the other laptop's data file, or a server URL (only read)")
    parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    parser.add_argument("--allow-deletions", action="store_true",
                        help="go ahead even if the other file deletes many rows here (see --dry-run first)")
    parser.add_argument("--other-passphrase-file", metavar="F",
                        help="the other file's passphrase, when it differs from this file's (--passphrase-file)")
    parser.set_defaults(func=run)


def _print_list(lines: list[str], what: str) -> None:
    for line in lines[:MAX_LISTED]:
        print(line)
    if len(lines) > MAX_LISTED:
        print(_("... and {count} more {what}").format(count=len(lines) - MAX_LISTED, what=what))


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.backups import take_backup
    from peerdesk.db.merge import DeletionsNeedConfirmation, MergeError, merge_locations
    from peerdesk.db.server import is_server_url
    from peerdesk.db.workspace import inspect_data_file

    if args.other_passphrase_file:
        from pathlib import Path

        from peerdesk.cli import read_passphrase_file
        from peerdesk.db import crypto

        crypto.remember_passphrase(read_passphrase_file(args.other_passphrase_file), Path(args.other))
    if not is_server_url(args.other):
        inspect_data_file(args.other)
    with opened(args.file) as workspace:
        if not args.dry_run and workspace.path is not None:  # a server keeps its own backups
            take_backup(workspace.path, reason="before-merge")
        try:
            report = merge_locations(workspace, args.other, dry_run=args.dry_run,
                                     allow_deletions=args.allow_deletions)
        except DeletionsNeedConfirmation as exc:
            _print_list(exc.report.notes(), _("notes"))
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
        except MergeError as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
    _print_list([_("conflict: {conflict}").format(conflict=line) for line in report.conflict_lines()],
                _("conflicts"))
    _print_list(report.notes(), _("notes"))
    if args.dry_run:
        print(_("dry run, nothing written: would merge: {summary}").format(summary=report.summary()))
        if report.deletions_need_confirmation and not args.allow_deletions:
            print(_("warning: this merge deletes {deleted}; it will need --allow-deletions").format(
                deleted=report.counts(report.deleted)))
    else:
        print(_("merged: {summary}").format(summary=report.summary()))
    return EXIT_OK
