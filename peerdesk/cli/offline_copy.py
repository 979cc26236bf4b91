"""``peerdesk offline-copy URL FILE [--initiative NAME ...]``: a laptop's own data file holding some
initiatives of a server (or of another data file), to work without a connection and sync back later with
``peerdesk merge URL FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError, encryption_passphrase
from peerdesk.cli.common import opened
from peerdesk.i18n import _


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "offline-copy", help="write a data file holding some initiatives, for offline work (sync back with merge)")
    parser.add_argument("file", metavar="SOURCE", help="the server (postgresql://user@host:port/db) or data file")
    parser.add_argument("copy", metavar="FILE", help="the new data file for the laptop (never overwritten)")
    parser.add_argument("--initiative", action="append", metavar="NAME",
                        help="an initiative to take (repeat for more; default: all of them)")
    parser.add_argument("--encrypt", action="store_true",
                        help="protect the copy with a passphrase (from --passphrase-file or PEERDESK_PASSPHRASE)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.offline import OfflineCopyError, take_offline_copy
    from peerdesk.db.workspace import suggested_name

    destination = Path(suggested_name(args.copy))
    if destination.exists():
        raise CommandError(_("{path} already exists; PeerDesk never overwrites a data file").format(
            path=destination), EXIT_USAGE)
    passphrase = encryption_passphrase(args)
    with opened(args.file) as source:
        try:
            made = take_offline_copy(source, destination, args.initiative, passphrase=passphrase)
        except OfflineCopyError as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
    print(_("wrote {summary}").format(summary=made.summary()))
    print(_("sync back with: peerdesk merge {source} {copy}").format(source=made.source, copy=destination))
    return EXIT_OK
