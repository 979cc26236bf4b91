"""Helpers shared by the sub-commands."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from peerdesk.cli import EXIT_USAGE, CommandError
from peerdesk.db.services.initiatives import InitiativeNotFound, InitiativeSummary, find_initiative
from peerdesk.db.workspace import Workspace, open_location


@contextlib.contextmanager
def opened(path: str) -> Iterator[Workspace]:
    """Open an existing data file or server database (``postgresql://...``), migrating it if it is older,
    for one command."""
    workspace = open_location(path)
    try:
        yield workspace
    finally:
        workspace.close()


def initiative_named(workspace: Workspace, name: str) -> InitiativeSummary:
    try:
        return find_initiative(workspace.factory, name)
    except InitiativeNotFound as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
