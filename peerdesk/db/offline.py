"""A copy for offline work: a laptop's own data file holding some initiatives of a server (or of another
file), which later syncs back with the same validated merge as two laptops' files.

The copy is a normal ``.peerdesk`` file. Its rows keep the uuids and edit times they have on the server, so
syncing back matches every row and the newer edit wins; two settings of the copy (never merged) remember
where it came from and which initiatives it holds, so that merging the server into the copy brings only
those initiatives' later changes (see :func:`peerdesk.db.merge.offline_scope`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import sessionmaker

from peerdesk.db.merge import MergeReport, merge_other, read_location
from peerdesk.db.merge_input import OFFLINE_INITIATIVES, OFFLINE_SOURCE
from peerdesk.db.models import Initiative, Peer, ToolType, WorkspaceSetting, utcnow
from peerdesk.db.workspace import DataFileError, Workspace, create_workspace
from peerdesk.i18n import _

logger = logging.getLogger(__name__)


class OfflineCopyError(DataFileError):
    """The copy could not be made (nothing was written); ``str`` is a message for people."""


@dataclass
class OfflineCopy:
    """What a new offline copy holds."""

    path: Path
    source: str
    initiatives: list[str] = field(default_factory=list)
    peers: int = 0
    report: MergeReport | None = None

    def summary(self) -> str:
        return _("{path}: {initiatives} ({peers} people), copied from {source}").format(
            path=self.path, initiatives=", ".join(self.initiatives), peers=self.peers, source=self.source)


def offline_source(factory: sessionmaker) -> str | None:
    """Where an offline copy came from (a server URL without password, or a file's path); None otherwise."""
    with factory() as session:
        found = session.get(WorkspaceSetting, OFFLINE_SOURCE)
        return found.value if found is not None else None


def take_offline_copy(source: Workspace, destination: Path, initiative_names: list[str] | None = None, *,
                      passphrase: str | None = None) -> OfflineCopy:
    """Write a new data file at ``destination`` holding the named initiatives of ``source`` (all of them when
    none are named): their people, plan, contracts and evaluation data, plus the tool types and settings.
    ``passphrase`` encrypts the copy. The new file appears whole or not at all; ``source`` is only read."""
    destination = Path(destination)
    if destination.exists():
        raise OfflineCopyError(_("{name} already exists; PeerDesk never overwrites a data file").format(
            name=destination.name))
    with source.factory() as session:
        found = dict(session.execute(select(Initiative.name, Initiative.uuid)).all())
    names = list(initiative_names) if initiative_names else sorted(found)
    missing = [name for name in names if name not in found]
    if missing:
        raise OfflineCopyError(_("no initiative named {names} in {source} (it has: {known})").format(
            names=", ".join(repr(name) for name in missing), source=source.display_name,
            known=", ".join(sorted(found)) or _("none")))
    if not names:
        raise OfflineCopyError(_("{source} holds no initiative to copy").format(source=source.display_name))
    chosen = {found[name] for name in names}
    other = read_location(source)
    result = OfflineCopy(destination, source.location, names)

    def populate(factory: sessionmaker) -> None:
        with factory.begin() as session:
            # a brand-new file's built-in tool types: the source's own rows (same uuids) replace them
            session.execute(delete(ToolType))
        result.report = merge_other(factory, other, scope=chosen, allow_deletions=True, source=source.location,
                                    here=destination.name, there=source.display_name)
        with factory.begin() as session:
            now = utcnow()
            session.add(WorkspaceSetting(key=OFFLINE_SOURCE, value=source.location, updated_at=now))
            session.add(WorkspaceSetting(key=OFFLINE_INITIATIVES, value=json.dumps(sorted(chosen)), updated_at=now))
            result.peers = session.scalar(select(func.count()).select_from(Peer)) or 0

    create_workspace(destination, populate=populate, passphrase=passphrase).close()
    logger.info("offline copy of %s written to %s: %s", source.location, destination, ", ".join(names))
    return result
