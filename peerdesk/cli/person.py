"""``peerdesk person FILE --peer EMAIL --out F.pdf|F.json``: everything the file holds about one person."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.i18n import _


def register(subparsers) -> None:
    parser = subparsers.add_parser("person", help="write everything a data file holds about one person")
    parser.add_argument("file", help="the PeerDesk data file")
    parser.add_argument("--peer", required=True, metavar="EMAIL|NAME", help="the person's e-mail (or full name)")
    parser.add_argument("--out", required=True, metavar="FILE", help="a .pdf (to read) or .json (for machines)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import opened
    from peerdesk.core.atomic import write_bytes_atomic
    from peerdesk.db.services.privacy import PersonNotFound, person_record

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".json"):
        raise CommandError(_("--out must end in .pdf or .json"), EXIT_USAGE)
    with opened(args.file, write=False) as workspace:
        try:
            record = person_record(workspace.factory, args.peer)
        except PersonNotFound as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
    if out.suffix.lower() == ".json":
        content = record.to_json().encode("utf-8")
    else:
        from peerdesk.reports.person_record import build_person_record
        from peerdesk.settings import paper_size

        content = build_person_record(record, paper=paper_size())
    write_bytes_atomic(out, content)
    print(record.written_note(out))
    return EXIT_OK
