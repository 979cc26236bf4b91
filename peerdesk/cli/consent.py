"""``peerdesk consent FILE --initiative NAME [--all]``: who in an initiative has not consented."""

from __future__ import annotations

import argparse

from peerdesk.cli import EXIT_OK
from peerdesk.i18n import _, ngettext


def register(subparsers) -> None:
    parser = subparsers.add_parser("consent", help="list the peers of an initiative whose consent is not recorded")
    parser.add_argument("file", help="the PeerDesk data file")
    parser.add_argument("--initiative", required=True, metavar="NAME")
    parser.add_argument("--all", action="store_true", help="list everyone, with the date of their consent")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import initiative_named, opened
    from peerdesk.db.services.privacy import consent_report

    with opened(args.file, write=False) as workspace:
        initiative = initiative_named(workspace, args.initiative)
        rows = consent_report(workspace.factory, initiative.id, missing_only=not args.all)
    if not rows:
        print(_("Everyone in {initiative} has consented.").format(initiative=initiative.name))
        return EXIT_OK
    for row in rows:
        state = row.consent_date.isoformat() if row.consent_given and row.consent_date else (
            _("consented") if row.consent_given else _("no consent recorded"))
        print(f"{row.name}\t{row.email}\t{row.organisation}\t{state}")
    missing = sum(1 for row in rows if not row.consent_given)
    print(ngettext("{count} person without recorded consent: only the name, organisation and e-mail are kept.",
                   "{count} people without recorded consent: only their name, organisation and e-mail are kept.",
                   missing).format(count=missing))
    return EXIT_OK
