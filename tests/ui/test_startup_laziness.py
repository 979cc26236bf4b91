"""The window paints before the data layer loads, and numpy waits until a match is scored.

Each check runs in a fresh interpreter, since what matters is what a cold start imports."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import peerdesk

ROOT = Path(peerdesk.__file__).resolve().parent.parent

WINDOW = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtCore import QSettings\n"
    "from peerdesk.ui.app import create_application\n"
    "from peerdesk.ui.main_window import MainWindow\n"
    "from peerdesk.ui.opening import RecentFiles\n"
    "app = create_application()\n"
    "w = MainWindow(recent=RecentFiles(QSettings(sys.argv[1], QSettings.Format.IniFormat)))\n"
    "w.show()\n"
    "app.processEvents()\n"
    "shown = sorted(m.split('.')[0] for m in sys.modules)\n"
    "rows = None\n"
    "if len(sys.argv) > 2:\n"
    "    assert w.open_path(Path(sys.argv[2]))\n"
    "    app.processEvents()\n"
    "    rows = w.page('matching').peers_model.rowCount()\n"
    "print(json.dumps({'shown': shown, 'opened': sorted(m.split('.')[0] for m in sys.modules), 'rows': rows}))\n"
)


def _run(tmp_path: Path, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", WINDOW, str(tmp_path / "s.ini"), *args], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_is_shown_before_the_data_layer_loads(tmp_path):
    modules = _run(tmp_path)["shown"]
    assert {"sqlalchemy", "numpy", "scipy", "matplotlib", "reportlab"} & set(modules) == set()


def test_numpy_waits_until_a_match_is_scored(demo_file, tmp_path):
    with sqlite3.connect(demo_file) as connection:  # an initiative whose peers were never matched
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM matching_round")
    figures = _run(tmp_path, str(demo_file))
    assert figures["rows"] == 24
    assert "sqlalchemy" in figures["opened"]
    assert {"numpy", "scipy"} & set(figures["opened"]) == set()
