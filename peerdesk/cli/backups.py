"""``peerdesk backups FILE [--take | --restore BACKUP]``: list, take or restore backups of a data file."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK


def register(subparsers) -> None:
    parser = subparsers.add_parser("backups", help="list, take or restore backups of a data file")
    parser.add_argument("file", help="the PeerDesk data file")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--take", action="store_true", help="take a backup now")
    group.add_argument("--restore", metavar="BACKUP", help="replace the file with this backup (close it first)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import file_only
    from peerdesk.db.backups import list_backups, restore_backup, take_backup
    from peerdesk.db.workspace import inspect_data_file, is_encrypted

    path = file_only(args.file, "backups")
    if args.take:
        inspect_data_file(path)
        print(f"backup written to {take_backup(path, reason='manual')}")
        return EXIT_OK
    if args.restore:
        restore_backup(Path(args.restore), path)  # under the file's lock: stops if PeerDesk is writing it
        print(f"{path} restored from {args.restore} (the previous state was backed up first)")
        return EXIT_OK
    backups = list_backups(path)
    if not backups:
        print("no backups yet")
    for backup in backups:
        state = "encrypted" if is_encrypted(backup.path) else "plain"
        print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.reason:<15} {backup.size // 1024:>6} KB  {state:<9}  "
              f"{backup.path}")
    return EXIT_OK
