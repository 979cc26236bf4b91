"""``peerdesk xlsform FILE FORM OUT.xlsx [--initiative NAME]``: a questionnaire for KoboToolbox or ODK.

FORM is peer_profile, contact_report or checkin. The last two list the initiative's peers, so they need
--initiative; the peer profile offers the initiative's problems, goals and tasks as choices when given one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import initiative_named, opened


def register(subparsers) -> None:
    from peerdesk.io.xlsform import FORMS

    parser = subparsers.add_parser("xlsform", help="write an XLSForm questionnaire for KoboToolbox or ODK")
    parser.add_argument("file", help="the PeerDesk data file")
    parser.add_argument("form", choices=FORMS)
    parser.add_argument("out", help="the .xlsx XLSForm to write")
    parser.add_argument("--initiative", help="initiative whose peers and vocabulary the form lists")
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.services.peers import list_peers
    from peerdesk.io.xlsform import FormContext, write_xlsform

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists (use --force to overwrite it)", EXIT_USAGE)
    context = FormContext()
    with opened(args.file, write=False) as workspace:
        if args.initiative:
            initiative = initiative_named(workspace, args.initiative)
            peers = list_peers(workspace.factory, initiative.id)
            tags: dict[str, set[str]] = {"problem": set(), "goal": set(), "task": set()}
            for peer in peers:
                tags["problem"].update(peer.problems)
                tags["goal"].update(peer.goals)
                tags["task"].update(peer.tasks)
            context = FormContext(
                initiative.name,
                tuple((peer.uuid, peer.full_name) for peer in peers),
                {kind: tuple(sorted(labels, key=str.casefold)) for kind, labels in tags.items()},
            )
    try:
        write_xlsform(args.form, out, context)
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    print(f"{args.form} XLSForm written to {out}")
    return EXIT_OK
