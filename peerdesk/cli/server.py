"""``peerdesk server setup-roles|grant|revoke|roles URL``: who may do what on a team's PostgreSQL server.

PostgreSQL's roles and row-level security do the work (see ``db/roles.py``); these commands, run by the
server's administrator, set them up and assign people to initiatives.
"""

from __future__ import annotations

import argparse
import contextlib

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.i18n import _

ROLE_CHOICES = ("admin", "facilitator", "evaluator")


def register(subparsers) -> None:
    parser = subparsers.add_parser("server", help="set up and grant the roles of a PeerDesk server database")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))
    setup = actions.add_parser("setup-roles", help="make the admin, facilitator and evaluator roles and their "
                                                  "row-level security (idempotent; again after an upgrade)")
    setup.add_argument("url", nargs="?", help="postgresql://user@host:port/database (an administrator)")
    setup.add_argument("--print-sql", action="store_true", help="print the SQL instead of running it")
    setup.set_defaults(func=run_setup)
    grant = actions.add_parser("grant", help="give a login role a PeerDesk role, and a facilitator initiatives")
    _who(grant, role_required=True)
    grant.set_defaults(func=run_grant)
    revoke = actions.add_parser("revoke", help="take a PeerDesk role or initiatives away from a login role")
    _who(revoke, role_required=False)
    revoke.set_defaults(func=run_revoke)
    roles = actions.add_parser("roles", help="list who has which PeerDesk role and which initiatives")
    roles.add_argument("url")
    roles.set_defaults(func=run_roles)


def _who(parser: argparse.ArgumentParser, *, role_required: bool) -> None:
    parser.add_argument("url", help="postgresql://user@host:port/database (an administrator)")
    parser.add_argument("user", help="the person's PostgreSQL login role")
    parser.add_argument("--as", dest="role", choices=ROLE_CHOICES, required=role_required,
                        help="admin (migrations), facilitator (her initiatives) or evaluator (reads all)")
    parser.add_argument("--initiative", action="append", default=[], metavar="NAME",
                        help="an initiative the facilitator works on (repeat for several)")


@contextlib.contextmanager
def _admin_connection(url: str):
    """One transaction on the server database at ``url``: everything asked, or nothing."""
    from peerdesk.db.roles import RoleProblem
    from peerdesk.db.server import is_server_url
    from peerdesk.db.workspace import open_location

    if not is_server_url(url):
        raise CommandError(_("roles exist only on a PostgreSQL server: give its address "
                             "(postgresql://user@host:port/database)"), EXIT_USAGE)
    workspace = open_location(url)
    try:
        with workspace.engine.begin() as connection:
            yield workspace, connection
    except RoleProblem as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    finally:
        workspace.close()


def _initiative_ids(workspace, names: list[str]) -> list[int]:
    from peerdesk.cli.common import initiative_named

    return [initiative_named(workspace, name).id for name in names]


def run_setup(args: argparse.Namespace) -> int:
    from peerdesk.db.roles import setup_roles, setup_statements

    if args.print_sql:
        print(";\n\n".join(setup_statements()) + ";")
        return EXIT_OK
    if not args.url:
        raise CommandError(_("give the server's address, or --print-sql"), EXIT_USAGE)
    with _admin_connection(args.url) as (_workspace, connection):
        setup_roles(connection)
    print(_("roles peerdesk_admin, peerdesk_facilitator and peerdesk_evaluator are set up, with row-level security"))
    return EXIT_OK


def run_grant(args: argparse.Namespace) -> int:
    from peerdesk.db.roles import grant

    with _admin_connection(args.url) as (workspace, connection):
        ids = _initiative_ids(workspace, args.initiative)
        grant(connection, args.user, args.role, ids)
    text = _("{user} is now a PeerDesk {role}").format(user=args.user, role=args.role)
    if args.initiative:
        text += _(" on {initiatives}").format(initiatives=", ".join(args.initiative))
    print(text)
    return EXIT_OK


def run_revoke(args: argparse.Namespace) -> int:
    from peerdesk.db.roles import revoke

    if args.role is None and not args.initiative:
        raise CommandError(_("say what to take away: --as ROLE and/or --initiative NAME"), EXIT_USAGE)
    with _admin_connection(args.url) as (workspace, connection):
        revoke(connection, args.user, args.role, _initiative_ids(workspace, args.initiative))
    print(_("done: {user} keeps only what was not taken away").format(user=args.user))
    return EXIT_OK


def run_roles(args: argparse.Namespace) -> int:
    from peerdesk.db.roles import members

    with _admin_connection(args.url) as (_workspace, connection):
        listed = members(connection)
    if not listed:
        print(_("nobody has a PeerDesk role yet (peerdesk server grant URL USER --as facilitator)"))
    for member in listed:
        line = f"{member.user}: {', '.join(member.groups) or '-'}"
        if member.initiatives:
            line += " — " + "; ".join(member.initiatives)
        print(line)
    return EXIT_OK
