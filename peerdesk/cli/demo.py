"""``peerdesk demo FILE``: write a new data file holding the demo initiative."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="write a new data file holding the demo initiative")
    parser.add_argument("file", help="the new data file (an existing file is never overwritten)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.workspace import create_workspace

    path = Path(args.file)
    if path.exists():
        raise CommandError(f"{path} already exists; choose a new file name", EXIT_USAGE)
    made = []
    create_workspace(path, populate=lambda factory: made.append(create_demo_initiative(factory))).close()
    summary = made[0]
    print(
        f"wrote {path}: {summary.name!r} with {summary.peers} peers, {summary.activities} activities, "
        f"{summary.contracts} contracts, {summary.contact_reports} contact reports"
    )
    return EXIT_OK
