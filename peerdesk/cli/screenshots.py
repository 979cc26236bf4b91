"""``peerdesk screenshots --data FILE --out DIR``: each tab rendered offscreen to DIR/<tab>.png."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError


def register(subparsers) -> None:
    parser = subparsers.add_parser("screenshots", help="render each tab offscreen to PNG files")
    parser.add_argument("--data", required=True, metavar="FILE", dest="screenshot_data")
    parser.add_argument("--out", required=True, metavar="DIR")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import file_only

    data = file_only(args.screenshot_data, "screenshots")
    if not data.exists():
        raise CommandError(f"{data} does not exist", EXIT_USAGE)
    from peerdesk.db.workspace import inspect_data_file
    from peerdesk.ui.app import ensure_display

    inspect_data_file(data)  # refuse a bad file before any window exists
    ensure_display()
    from peerdesk.ui.screenshots import render_tabs

    for path in render_tabs(data, Path(args.out)):
        print(path)
    return EXIT_OK
