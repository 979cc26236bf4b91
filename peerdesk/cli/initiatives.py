"""``peerdesk initiatives FILE [--json]``: list the initiatives in a data file."""

from __future__ import annotations

import argparse
import json

from peerdesk.cli import EXIT_OK
from peerdesk.cli.common import opened


def register(subparsers) -> None:
    parser = subparsers.add_parser("initiatives", help="list the initiatives in a data file")
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.services.initiatives import list_initiatives

    with opened(args.file, write=False) as workspace:
        initiatives = list_initiatives(workspace.factory)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "name": item.name,
                        "uuid": item.uuid,
                        "facilitating_organisation": item.facilitating_organisation,
                        "start_date": item.start_date.isoformat() if item.start_date else None,
                        "end_date": item.end_date.isoformat() if item.end_date else None,
                        "peers": item.peers,
                        "comparison": item.comparison,
                        "activities": item.activities,
                        "contracts": item.contracts,
                        "contact_reports": item.contact_reports,
                        "archived": item.archived,
                    }
                    for item in initiatives
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not initiatives:
        print("no initiatives")
    for item in initiatives:
        print(
            f"{item.name}: {item.peers} peers, {item.activities} activities, "
            f"{item.contracts} contracts, {item.contact_reports} contact reports"
            + (" (archived)" if item.archived else "")
        )
    return EXIT_OK
