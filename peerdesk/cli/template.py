"""``peerdesk template OUT.xlsx``: write the import template with its allowed values."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError


def register(subparsers) -> None:
    parser = subparsers.add_parser("template", help="write the spreadsheet template for importing peers")
    parser.add_argument("out", help="the .xlsx file to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.io.template import write_template

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists (use --force to overwrite it)", EXIT_USAGE)
    try:
        write_template(out)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from exc
    print(f"template written to {out}")
    return EXIT_OK
