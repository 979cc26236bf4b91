"""``peerdesk protect FILE --new-passphrase-file F | --remove``: encrypt a data file with a passphrase,
change its passphrase, or make it plain again. The current passphrase (if any) comes as for every
command, from ``--passphrase-file`` or PEERDESK_PASSPHRASE."""

from __future__ import annotations

import argparse

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.i18n import _


def register(subparsers) -> None:
    parser = subparsers.add_parser("protect", help="encrypt a data file with a passphrase, change it, or remove it")
    parser.add_argument("file", help="the PeerDesk data file")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--new-passphrase-file", metavar="F",
                       help="encrypt with the passphrase on the first line of F (or change to it)")
    which.add_argument("--remove", action="store_true", help="remove the protection: the file becomes plain")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.cli import read_passphrase_file
    from peerdesk.cli.common import file_only
    from peerdesk.db.protection import set_protection
    from peerdesk.db.workspace import DataFileError

    path = file_only(args.file, "protect")
    passphrase = None if args.remove else read_passphrase_file(args.new_passphrase_file)
    try:
        set_protection(path, passphrase)
    except DataFileError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    if passphrase:
        print(_("{name} is now encrypted. Keep the passphrase safe: without it nobody, PeerDesk included, can "
                "read the file. Backups taken before today are not encrypted; delete them "
                "(peerdesk backups {name} lists them).").format(name=path))
    else:
        print(_("{name} is no longer protected: anyone holding the file can read it.").format(name=path))
    return EXIT_OK
