"""io/ and the data-safety modules of db/ never pull in Qt (they run in the CLI and in tests without it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODULES = [
    "peerdesk.io.sources", "peerdesk.io.headers", "peerdesk.io.peers_import", "peerdesk.io.template",
    "peerdesk.io.export", "peerdesk.io.formulas", "peerdesk.io.xlsform", "peerdesk.io.survey_import",
    "peerdesk.db.merge", "peerdesk.db.backups", "peerdesk.db.tombstones", "peerdesk.db.bulk",
    "peerdesk.db.services.import_peers", "peerdesk.db.services.import_survey",
    "peerdesk.cli.import_peers", "peerdesk.cli.merge", "peerdesk.cli.export", "peerdesk.cli.backups",
    "peerdesk.cli.xlsform", "peerdesk.cli.template",
]


def test_no_qt_in_io_and_data_safety_modules():
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in MODULES) + (
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
