"""The first launch: a default data file holding the demo initiative, so every tab has content."""

from __future__ import annotations

import logging
from pathlib import Path

from peerdesk.db.workspace import create_workspace

logger = logging.getLogger(__name__)


def ensure_default_data_file(path: Path) -> bool:
    """Create ``path`` with the demo initiative if it does not exist yet; True if it was created."""
    from peerdesk.db.services.demo import create_demo_initiative

    path = Path(path)
    if path.exists():
        return False
    create_workspace(path, populate=create_demo_initiative).close()
    logger.info("created the default data file %s with the demo initiative", path)
    return True
