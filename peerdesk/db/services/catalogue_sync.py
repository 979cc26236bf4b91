"""Keep the built-in tool types of a data file in step with the reference catalogue."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.catalogue import catalogue_in
from peerdesk.db.models import ToolType

logger = logging.getLogger(__name__)


def sync_tool_types(session: Session) -> int:
    """Insert the catalogue's tool types that the file lacks; returns how many were added.

    Existing rows are left alone (a facilitator may have renamed one), so opening a file writes
    nothing unless the catalogue grew.
    """
    have = set(session.scalars(select(ToolType.code)))
    added = 0
    for tool in catalogue_in("en").tool_types:  # stored in English; shown translated
        if tool.code in have:
            continue
        session.add(
            ToolType(
                code=tool.code,
                name=tool.name,
                description=tool.description,
                cells=[list(cell) for cell in tool.cells],
                supports_goals=list(tool.supports_goals),
                logistics=list(tool.logistics),
                builtin=True,
            )
        )
        added += 1
    if added:
        logger.info("added %d built-in tool types", added)
    return added
