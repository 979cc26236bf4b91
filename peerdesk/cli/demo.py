"""``peerdesk demo FILE|URL [--peers N [--months M]]``: write a new data file holding a demo initiative, or
load one into a server database that holds no initiative yet."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError, encryption_passphrase


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="write a new data file holding the demo initiative")
    parser.add_argument("file", help="the new data file (an existing file is never overwritten), or a server "
                        "database with no initiative yet: postgresql://user@host:port/database")
    parser.add_argument(
        "--peers", type=int, metavar="N",
        help="instead of the 24-peer demo, generate a synthetic initiative of N peers (for trying it at scale)",
    )  # fmt: skip
    parser.add_argument(
        "--months", type=int, metavar="M", help="with --peers: months of reports (default 12)"
    )
    parser.add_argument(
        "--encrypt", action="store_true",
        help="protect the new file with a passphrase (from --passphrase-file or PEERDESK_PASSPHRASE)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.server import is_server_url
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.services.synthetic import create_synthetic_initiative
    from peerdesk.db.workspace import create_workspace

    path = Path(args.file)
    server = is_server_url(args.file)
    if not server and path.exists():
        raise CommandError(f"{path} already exists; choose a new file name", EXIT_USAGE)
    if args.peers is None:
        if args.months is not None:
            raise CommandError("--months goes with --peers (the 24-peer demo always covers a year)", EXIT_USAGE)
        populate = create_demo_initiative
    else:
        months = 12 if args.months is None else args.months
        if args.peers < 2 or not 1 <= months <= 36:
            raise CommandError("--peers needs at least 2 peers and --months between 1 and 36", EXIT_USAGE)

        def populate(factory):
            return create_synthetic_initiative(factory, peers=args.peers, months=months)
    made = []
    if server:
        where = _into_server_database(args, lambda factory: made.append(populate(factory)))
    else:
        create_workspace(path, populate=lambda factory: made.append(populate(factory)),
                         passphrase=encryption_passphrase(args)).close()
        where = str(path)
    summary = made[0]
    print(
        f"wrote {where}: {summary.name!r} with {summary.peers} peers, {summary.activities} activities, "
        f"{summary.contracts} contracts, {summary.contact_reports} contact reports"
    )
    return EXIT_OK


def _into_server_database(args: argparse.Namespace, populate) -> str:
    """Load the demo into a server database (made PeerDesk's if empty) that holds no initiative yet: the demo
    is for trying PeerDesk, never mixed into a team's work. One transaction: all of it or nothing."""
    from sqlalchemy import func, select

    from peerdesk.cli.common import open_for_command, where
    from peerdesk.db.models import Initiative
    from peerdesk.i18n import _, ngettext

    if getattr(args, "encrypt", False):
        raise CommandError(_("--encrypt is for data files; a server database is protected by the server's own "
                             "access rules"), EXIT_USAGE)
    with open_for_command(args.file, create=True) as workspace:
        with workspace.factory() as session:
            initiatives = session.scalar(select(func.count()).select_from(Initiative))
        if initiatives:
            raise CommandError(ngettext(
                "{where} already holds {count} initiative; the demo goes only into a database with none",
                "{where} already holds {count} initiatives; the demo goes only into a database with none",
                initiatives).format(where=where(workspace), count=initiatives), EXIT_USAGE)
        populate(workspace.factory)
        return where(workspace)
