"""The evaluation measures, services and reports load without Qt (the CLI and the worker rely on it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_evaluation_modules_do_not_import_pyside6():
    code = (
        "import sys\n"
        "import peerdesk.core.evaluation.hourglass, peerdesk.core.evaluation.capture, "
        "peerdesk.core.evaluation.compare, peerdesk.core.evaluation.anonymise\n"
        "import peerdesk.db.services.evaluation, peerdesk.db.services.evaluation_capture\n"
        "import peerdesk.reports.evaluation_summary, peerdesk.cli.report\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"
