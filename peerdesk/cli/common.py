"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from peerdesk.cli import EXIT_USAGE, CommandError
from peerdesk.db.services.initiatives import InitiativeNotFound, InitiativeSummary, find_initiative
from peerdesk.db.workspace import Workspace, open_workspace
from peerdesk.i18n import _

PASSPHRASE_HELP = ("read the passphrase of an encrypted data file from the first line of this file "
                   "(or set the PEERDESK_PASSPHRASE variable)")


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    """Give ``--passphrase-file`` to every (sub-)command that takes a data FILE, so all of them can
    open an encrypted file the same way."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                add_passphrase_options(child)
    takes_file = any(action.dest == "file" for action in parser._actions)
    if takes_file and "--passphrase-file" not in parser._option_string_actions:
        parser.add_argument("--passphrase-file", metavar="F", help=PASSPHRASE_HELP)


def read_passphrase_file(name: str) -> str:
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(_("cannot read the passphrase file {name}: {error}").format(name=name, error=exc)) from exc
    passphrase = text.splitlines()[0] if text.splitlines() else ""
    if not passphrase:
        raise CommandError(_("the passphrase file {name} is empty").format(name=name))
    return passphrase


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or, failing that, the PEERDESK_PASSPHRASE variable."""
    from peerdesk.db import crypto

    name = getattr(args, "passphrase_file", None)
    if name:
        return read_passphrase_file(name)
    return os.environ.get(crypto.PASSPHRASE_VARIABLE) or None


def use_passphrase(args: argparse.Namespace) -> None:
    """Make the passphrase given on the command line known before the command opens any file."""
    from peerdesk.db import crypto

    passphrase = given_passphrase(args)
    if passphrase:
        crypto.remember_passphrase(passphrase)


@contextlib.contextmanager
def opened(path: str) -> Iterator[Workspace]:
    """Open an existing data file (migrating it if it is older) for one command."""
    workspace = open_workspace(Path(path))
    try:
        yield workspace
    finally:
        workspace.close()


def initiative_named(workspace: Workspace, name: str) -> InitiativeSummary:
    try:
        return find_initiative(workspace.factory, name)
    except InitiativeNotFound as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
