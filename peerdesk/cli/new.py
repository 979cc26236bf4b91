"""``peerdesk new FILE|URL``: write a new, empty data file (no initiative yet), or make PeerDesk's schema in
an empty server database."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError, encryption_passphrase


def register(subparsers) -> None:
    parser = subparsers.add_parser("new", help="write a new, empty data file")
    parser.add_argument("file", help="the new data file (an existing file is never overwritten), or an empty "
                        "server database: postgresql://user@host:port/database")
    parser.add_argument(
        "--encrypt", action="store_true",
        help="protect the new file with a passphrase (from --passphrase-file or PEERDESK_PASSPHRASE)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.server import is_server_url
    from peerdesk.db.workspace import create_workspace, suggested_name

    if is_server_url(args.file):
        return _new_server_database(args)

    path = Path(suggested_name(args.file))
    if path.exists():
        raise CommandError(f"{path} already exists; choose a new file name", EXIT_USAGE)
    if not path.parent.exists():
        raise CommandError(f"the folder {path.parent} does not exist", EXIT_USAGE)
    create_workspace(path, passphrase=encryption_passphrase(args)).close()
    print(f"wrote {path}: an empty data file; next: peerdesk initiative new {path} NAME --start DATE --end DATE")
    return EXIT_OK


def _new_server_database(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import open_for_command, where
    from peerdesk.i18n import _

    if getattr(args, "encrypt", False):
        raise CommandError(_("--encrypt is for data files; a server database is protected by the server's own "
                             "access rules"), EXIT_USAGE)
    with open_for_command(args.file, new=True) as workspace:
        print(_("made an empty PeerDesk database in {where}; next: peerdesk initiative new URL NAME --start DATE "
                "--end DATE").format(where=where(workspace)))
    return EXIT_OK
