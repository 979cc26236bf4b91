"""The command line: ``peerdesk [--data FILE]`` opens the window; sub-commands automate the same services.

Exit codes: 0 success; 1 a problem found in the data; 2 bad usage, or an unreadable or foreign file.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from peerdesk import __version__

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATA_PROBLEM = 1
EXIT_USAGE = 2

#: Each module defines ``register(subparsers)``, which adds its sub-command with ``func`` set to a
#: handler ``(args) -> int``. Add a module here to add a command.
COMMAND_MODULES = (
    "new",
    "demo",
    "check",
    "initiatives",
    "initiative",
    "peer",
    "screenshots",
    "plan",
    "report",
    "contracts",
    "import_peers",
    "template",
    "export",
    "merge",
    "backups",
    "xlsform",
    "match",
)


class CommandError(Exception):
    """A problem to report on one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every bad usage
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="peerdesk",
        description="Design and measure facilitated peer learning. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument("--data", metavar="FILE", help="data file to open (default: your workspace)")
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then exit"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"peerdesk.cli.{name}").register(subparsers)
    return parser


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command, turning expected failures into one-line messages and exit codes."""
    from peerdesk.db.workspace import DataFileError

    try:
        return handler(args)
    except CommandError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return exc.code
    except DataFileError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("peerdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        logger.exception("command failed")
        print(f"peerdesk: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.self_test:
        from peerdesk.selftest import run_self_test

        return run_handler(lambda _args: run_self_test(), args)
    if args.command is None:
        from peerdesk.ui.app import run_gui

        return run_gui(args.data)
    return run_handler(args.func, args)
