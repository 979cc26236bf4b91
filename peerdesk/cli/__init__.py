"""The command line: ``peerdesk [--data FILE]`` opens the window; sub-commands automate the same services.

Exit codes: 0 success; 1 a problem found in the data; 2 bad usage, or an unreadable or foreign file.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Collection, Sequence

from peerdesk import __version__

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATA_PROBLEM = 1
EXIT_USAGE = 2


class Command:
    """A sub-command: ``peerdesk.cli.<module>`` defines ``register(subparsers)``, which adds its parser
    with ``func`` set to a handler ``(args) -> int``. ``help`` is the line ``peerdesk --help`` lists, so
    that listing imports no command module. (A plain class: ``dataclasses`` alone costs 10 ms here.)"""

    __slots__ = ("name", "help", "module")

    def __init__(self, name: str, help: str, module: str = "") -> None:  # noqa: A002 - argparse's word
        self.name, self.help = name, help
        self.module = module  # when it is not the command's name

    @property
    def module_name(self) -> str:
        return f"peerdesk.cli.{self.module or self.name}"


#: Add a line here to add a command. Only the command being run is imported (start-up stays fast).
COMMANDS: tuple[Command, ...] = (
    Command("demo", "write a new data file holding the demo initiative"),
    Command("check", "verify a data file (integrity, schema, foreign keys)"),
    Command("initiatives", "list the initiatives in a data file"),
    Command("screenshots", "render each tab offscreen to PNG files"),
    Command(
        "plan",
        "write an initiative's engagement plan as PDF (activities, coverage, warnings, timeline, checklist)",
    ),
    Command("report", "write an initiative's evaluation summary as a PDF"),
    Command("contracts", "print commitment contracts (or report-back letters) as one PDF"),
    Command("import", "import peers from a CSV or XLSX file (or a survey export)", module="import_peers"),
    Command("template", "write the spreadsheet template for importing peers"),
    Command("export", "export a data file to XLSX (one sheet per table) or a zip of CSVs"),
    Command("merge", "merge another PeerDesk data file into this one"),
    Command("backups", "list, take or restore backups of a data file"),
    Command("xlsform", "write an XLSForm questionnaire for KoboToolbox or ODK"),
    Command("match", "match an initiative's peers into pairs, groups or mentors"),
)


class CommandError(Exception):
    """A problem to report on one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every bad usage
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(full: Collection[str] = ()) -> argparse.ArgumentParser:
    """The command line's parser. Commands named in ``full`` get their real sub-parser (importing their
    module); the others a placeholder that only names them, enough for ``--help`` and to pick one."""
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
    for command in COMMANDS:
        if command.name in full:
            importlib.import_module(command.module_name).register(subparsers)
        else:
            placeholder = subparsers.add_parser(command.name, help=command.help, add_help=False)
            placeholder.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Pick the command with placeholders (--version and --help stop here), then parse it for real."""
    chosen, _rest = build_parser().parse_known_args(argv)
    if chosen.command is None:
        return build_parser().parse_args(argv)  # no command: the window (reports stray arguments)
    return build_parser(full={chosen.command}).parse_args(argv)


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
    args = parse_args(argv)
    if args.self_test:
        from peerdesk.selftest import run_self_test

        return run_handler(lambda _args: run_self_test(), args)
    if args.command is None:
        from peerdesk.ui.app import run_gui

        return run_gui(args.data)
    return run_handler(args.func, args)
