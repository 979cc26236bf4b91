"""``peerdesk peer add|remove``: add a person to an initiative by hand, or take them out."""

from __future__ import annotations

import argparse

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, CommandError
from peerdesk.cli.common import initiative_named, opened


def register(subparsers) -> None:
    parser = subparsers.add_parser("peer", help="add a peer to an initiative by hand, or remove one")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))
    add = actions.add_parser("add", help="add a person (someone already in the file is reused by e-mail)")
    add.add_argument("file")
    add.add_argument("--initiative", required=True)
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--email", required=True)
    add.add_argument("--organisation", default="")
    add.add_argument("--country", default="")
    add.add_argument("--position", default="")
    add.add_argument("--languages", default="", help="working languages, e.g. fr,en")
    add.add_argument("--comparison", action="store_true", help="a comparison colleague, not a participant")
    add.add_argument("--consent", metavar="TEXT", default="",
                     help="the text the person agreed to (recorded with today's date); without consent only the "
                          "name, organisation and e-mail are kept")
    add.set_defaults(func=run_add)
    remove = actions.add_parser("remove", help="take a person out of the initiative (they stay in the file)")
    remove.add_argument("file")
    remove.add_argument("--initiative", required=True)
    remove.add_argument("--peer", required=True, metavar="EMAIL", help="the peer's e-mail (or full name)")
    remove.set_defaults(func=run_remove)


def run_add(args: argparse.Namespace) -> int:
    from peerdesk.db.services.peers import NewPeer, PeerInvalid, add_peer

    data = NewPeer(
        full_name=args.name, email=args.email, organisation=args.organisation, country=args.country,
        position=args.position,
        languages=tuple(c for c in args.languages.replace(";", ",").split(",") if c.strip()),
        role="comparison" if args.comparison else "participant",
    )
    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.initiative)
        try:
            add_peer(workspace.factory, initiative.id, data,
                     profile={"consent_given": True, "consent_text": args.consent} if args.consent else None)
        except PeerInvalid as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
    print(f"added {data.full_name} to {initiative.name!r}")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    from peerdesk.db.services.peers import PeerNotFound, find_member, remove_peer

    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.initiative)
        try:
            member = find_member(workspace.factory, initiative.id, args.peer)
            name = remove_peer(workspace.factory, initiative.id, member)
        except PeerNotFound as exc:
            raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc
    print(f"removed {name} from {initiative.name!r} (they stay in the file)")
    return EXIT_OK
