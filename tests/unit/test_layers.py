"""The domain, data, import/export and report layers must load without Qt (HOUSE.md, Layers)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import peerdesk

ROOT = Path(peerdesk.__file__).resolve().parent.parent
QT_FREE = ("peerdesk.core", "peerdesk.db", "peerdesk.io", "peerdesk.reports")


def _modules(package: str) -> list[str]:
    module = __import__(package, fromlist=["__path__"])
    names = [package]
    for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
        if ".migrations" in info.name:  # Alembic scripts import alembic.op, valid only inside a migration
            continue
        names.append(info.name)
    return names


def test_qt_free_layers_import_no_pyside6():
    modules = [name for package in QT_FREE for name in _modules(package)] + ["peerdesk.cli", "peerdesk.paths"]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by a Qt-free layer: {result.stdout.strip()}"


def test_cli_commands_other_than_gui_load_no_qt():
    code = (
        "import sys\n"
        "from peerdesk.cli import COMMANDS, build_parser\n"
        "build_parser(full=[command.name for command in COMMANDS])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
