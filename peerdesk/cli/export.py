"""``peerdesk export FILE OUT`` (OUT ending .xlsx: a workbook; .zip: CSV files): the whole data file."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import opened


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="export a data file to XLSX (one sheet per table) or a zip of CSVs")
    parser.add_argument("file", help="the PeerDesk data file")
    parser.add_argument("out", help="OUT.xlsx or OUT.zip")
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.db.services.export_data import export_tables
    from peerdesk.io.export import export_csv_zip, export_xlsx

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".zip"):
        raise CommandError(f"{out.name}: the output must end in .xlsx or .zip", EXIT_USAGE)
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists (use --force to overwrite it)", EXIT_USAGE)
    with opened(args.file, write=False) as workspace:
        try:
            (export_xlsx if suffix == ".xlsx" else export_csv_zip)(export_tables(workspace.factory), out)
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from exc
        encrypted = workspace.encrypted
    print(f"exported to {out}")
    if encrypted:
        from peerdesk.i18n import _

        print(_("Note: the data file is encrypted, but this export is not: anyone holding {out} can read it.").format(
            out=out))
    return EXIT_OK
