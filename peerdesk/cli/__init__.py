"""The command line: ``peerdesk [--data FILE]`` opens the window; sub-commands automate the same services.

Exit codes: 0 success; 1 a problem found in the data; 2 bad usage, or an unreadable, foreign or busy file.
Errors are one line on stderr, never a traceback: details (with the stack) go to the log file, whose path
the line gives. A read-only folder or file, a full disk and a file in use each get their own message.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from peerdesk import __version__

logger = logging.getLogger(__name__)


def _(message: str) -> str:
    """``peerdesk.i18n._``, imported only when a message is shown (``--version`` and ``--help`` need no
    catalogue, nor the user folders it looks in)."""
    from peerdesk.i18n import _ as translate

    return translate(message)

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
    Command("new", "write a new, empty data file"),
    Command("demo", "write a new data file holding the demo initiative"),
    Command("check", "verify a data file (integrity, schema, foreign keys)"),
    Command("initiatives", "list the initiatives in a data file"),
    Command("initiative", "create, edit, copy, archive or delete an initiative"),
    Command("peer", "add a person to an initiative by hand, or take one out"),
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
    Command("offline-copy", "copy some initiatives into a data file for offline work", module="offline_copy"),
    Command("backups", "list, take or restore backups of a data file"),
    Command("xlsform", "write an XLSForm questionnaire for KoboToolbox or ODK"),
    Command("match", "match an initiative's peers into pairs, groups or mentors"),
    Command("protect", "encrypt a data file with a passphrase, change the passphrase, or remove it"),
    Command("forget", "erase one person from a data file (erasure on request)"),
    Command("person", "write everything a data file holds about one person (access on request)"),
    Command("consent", "list the peers of an initiative whose consent is not recorded"),
    Command("server", "set up the roles of a PeerDesk server database and say who works on which initiative"),
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
            add_passphrase_options(subparsers.choices[command.name])
        else:
            placeholder = subparsers.add_parser(command.name, help=command.help, add_help=False)
            placeholder.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


# -- the passphrase of an encrypted data file, for every command that takes one ----------------------

PASSPHRASE_HELP = ("read the passphrase of an encrypted data file from the first line of this file "
                   "(or set the PEERDESK_PASSPHRASE variable)")


PASSWORD_HELP = ("when FILE is a server database (postgresql://user@host:port/database), read its password from "
                 "the first line of this file (else the URL's, PGPASSWORD, ~/.pgpass, the keyring, or asked)")


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    """Give ``--passphrase-file`` and ``--password-file`` to every (sub-)command that takes a data FILE, so
    all of them can open an encrypted file, or a server database that asks for a password, the same way."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                add_passphrase_options(child)
    takes_file = any(action.dest == "file" for action in parser._actions)
    if takes_file and "--passphrase-file" not in parser._option_string_actions:
        parser.add_argument("--passphrase-file", metavar="F", help=PASSPHRASE_HELP)
    if takes_file and "--password-file" not in parser._option_string_actions:
        parser.add_argument("--password-file", metavar="F", help=PASSWORD_HELP)


def _first_line(name: str, unreadable: str, empty: str) -> str:
    """The first line of the file ``name`` (a passphrase or a password), or a one-line refusal:
    ``unreadable`` (with ``{name}`` and ``{error}``) or ``empty`` (with ``{name}``)."""
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(unreadable.format(name=name, error=exc)) from exc
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise CommandError(empty.format(name=name))
    return line


def read_passphrase_file(name: str) -> str:
    return _first_line(name, _("cannot read the passphrase file {name}: {error}"),
                       _("the passphrase file {name} is empty"))


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or, failing that, the PEERDESK_PASSPHRASE variable."""
    from peerdesk.db import crypto

    name = getattr(args, "passphrase_file", None)
    if name:
        return read_passphrase_file(name)
    return os.environ.get(crypto.PASSPHRASE_VARIABLE) or None


def use_passphrase(args: argparse.Namespace) -> None:
    """Make the passphrase (and a server's password) given on the command line known before the command
    opens any file."""
    from peerdesk.db import crypto

    passphrase = given_passphrase(args)
    if passphrase:
        crypto.remember_passphrase(passphrase)
    name = getattr(args, "password_file", None)
    _SERVER_PASSWORD[0] = read_password_file(name) if name else None


#: The server password from ``--password-file`` for the command being run (None: not given).
_SERVER_PASSWORD: list[str | None] = [None]


def given_server_password() -> str | None:
    """The password ``--password-file`` gave for a server database, if any (see ``cli/common.py``)."""
    return _SERVER_PASSWORD[0]


def read_password_file(name: str) -> str:
    """The first line of ``name``: a server database's password (``--password-file``)."""
    return _first_line(name, _("cannot read the password file {name}: {error}"),
                       _("the password file {name} is empty"))


def encryption_passphrase(args: argparse.Namespace) -> str | None:
    """With ``--encrypt``, the passphrase given for the new file (required); otherwise None."""
    if not getattr(args, "encrypt", False):
        return None
    from peerdesk.db import crypto

    passphrase = given_passphrase(args)
    if not passphrase:
        raise CommandError(_("--encrypt needs a passphrase: --passphrase-file F or the {variable} variable").format(
            variable=crypto.PASSPHRASE_VARIABLE), EXIT_USAGE)
    if len(passphrase) < crypto.MIN_PASSPHRASE:
        raise CommandError(_("a passphrase needs at least {count} characters").format(count=crypto.MIN_PASSPHRASE))
    return passphrase



def log_file() -> Path:
    """Where the details of every error go (the window writes the same file)."""
    from peerdesk import paths

    return paths.user_log_dir() / "peerdesk.log"


class _NoTraceback(logging.Formatter):
    """The console shows the message only; the stack goes to the log file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


class _Console(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (it may be replaced after set-up)."""

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def setup_cli_logging(*, to_file: bool = True) -> None:
    """Warnings (without stacks) on the console; with ``to_file``, details in the log file (the window
    sets up its own log file)."""
    root = logging.getLogger()
    if not any(getattr(handler, "_peerdesk", False) for handler in root.handlers):
        console = _Console()
        console.setLevel(logging.WARNING)
        console.setFormatter(_NoTraceback("%(levelname)s %(name)s: %(message)s"))
        console._peerdesk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    logging.raiseExceptions = False  # a log that cannot be written (full disk) must not print a traceback
    for handler in [h for h in root.handlers if getattr(h, "_peerdesk_file", False)]:
        if handler.baseFilename != str(log_file().absolute()):  # the user folders moved (tests)
            root.removeHandler(handler)
            handler.close()
    if to_file and not any(getattr(handler, "_peerdesk_file", False) for handler in root.handlers):
        from logging.handlers import RotatingFileHandler

        try:
            log_file().parent.mkdir(parents=True, exist_ok=True)
            detail = RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3,
                                                          encoding="utf-8", delay=True)
            detail.setLevel(logging.INFO)
            detail.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            detail._peerdesk_file = True  # type: ignore[attr-defined]
            root.addHandler(detail)
        except OSError:
            pass
    root.setLevel(min(root.level or logging.WARNING, logging.INFO))


def _walk(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
        if isinstance(orig, BaseException):
            yield orig
        exc = exc.__cause__ or exc.__context__


def describe_environment_error(exc: BaseException) -> str | None:
    """One line for the failures that are about the computer, not the data: full disk, read-only
    folder or file, file in use. None for anything else."""
    import sqlite3

    from peerdesk.db.concurrency import describe_refusal
    from peerdesk.db.lock import FileInUse

    refusal = describe_refusal(exc)  # someone else's newer edit, or what the server's roles do not allow
    if refusal is not None:
        return refusal
    for error in _walk(exc):
        if isinstance(error, FileInUse):
            return str(error)
        if isinstance(error, OSError):
            name = getattr(error, "filename", None) or ""
            if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
                return _("the disk is full; nothing was written (free some space and try again)")
            if error.errno == errno.EROFS:
                return _("{name} is on a read-only disk; nothing was written").format(name=name)
            if error.errno in (errno.EACCES, errno.EPERM):
                where = Path(name)
                if name and where.exists() and not where.is_dir():
                    return _("{name} is read-only: you do not have permission to change it").format(name=name)
                return _("cannot write in {folder}: the folder is read-only for you").format(
                    folder=where.parent if name and not where.is_dir() else name or _("that folder"))
        if type(error).__module__.startswith("psycopg"):  # a server database (psycopg is imported by then)
            import psycopg

            if isinstance(error, psycopg.OperationalError):  # a refused privilege was told above
                return _("the connection to the server database was lost; the change in progress was not saved "
                         "(try again)")
        if isinstance(error, sqlite3.Error):
            text = str(error).lower()
            if "disk is full" in text or "database or disk is full" in text:
                return _("the disk is full; the change was not saved and the data file is as it was")
            if "readonly database" in text or "read-only" in text:
                return _("the data file is read-only (or in a read-only folder); nothing was changed")
            if "database is locked" in text or "database is busy" in text:
                return _("the data file is in use by another program; nothing was changed, try again")
    return None


def _log_details(message: str) -> None:
    """The current exception, with its stack, into the log file only (never the console)."""
    record = logging.getLogger("peerdesk.crash").makeRecord(
        "peerdesk.crash", logging.ERROR, __file__, 0, message, (), sys.exc_info())
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_peerdesk_file", False):
            handler.handle(record)


def choose_command(argv: Sequence[str] | None = None) -> str | None:
    """The command named on the command line, found with placeholders only (no command module imported):
    ``--version`` and ``--help`` print and exit here, and so does a misspelt command."""
    chosen, _rest = build_parser().parse_known_args(argv)
    return chosen.command


def parse_args(argv: Sequence[str] | None = None, command: str | None = "") -> argparse.Namespace:
    """Pick the command with placeholders (--version and --help stop here), then parse it for real
    (``command``, when :func:`choose_command` has already picked it)."""
    if command == "":
        command = choose_command(argv)
    if command is None:
        return build_parser().parse_args(argv)  # no command: the window (reports stray arguments)
    return build_parser(full={command}).parse_args(argv)


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command, turning expected failures into one-line messages and exit codes."""
    from peerdesk.db.lock import FileInUse
    from peerdesk.db.workspace import DataFileError

    try:
        if getattr(args, "command", None):
            use_passphrase(args)
        return handler(args)
    except CommandError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return exc.code
    except (DataFileError, FileInUse) as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("peerdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        known = describe_environment_error(exc)
        _log_details(f"command {getattr(args, 'command', '?')} failed")
        if known is not None:
            print(f"peerdesk: {known}", file=sys.stderr)
        else:
            print(_("peerdesk: unexpected error ({kind}: {error}); details in {log}").format(
                kind=type(exc).__name__, error=str(exc).splitlines()[0][:200] if str(exc) else "", log=log_file()),
                file=sys.stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    setup_cli_logging(to_file=False)
    command = choose_command(argv)  # --version and --help end here, before the settings are read
    from peerdesk import i18n
    from peerdesk.settings import interface_language

    i18n.set_language(interface_language())  # messages in the language chosen in Preferences
    args = parse_args(argv, command)
    if args.self_test:
        from peerdesk.selftest import run_self_test

        return run_handler(lambda _args: run_self_test(), args)
    if args.command is None:
        from peerdesk.ui.app import run_gui

        return run_gui(args.data)
    setup_cli_logging()
    return run_handler(args.func, args)
