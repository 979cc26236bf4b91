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


# -- import directions: core <- db, io, reports <- ui, cli (HOUSE.md, "Import directions") -------------------

#: What each layer must never import (any of our packages not listed is allowed).
FORBIDDEN = {
    "core": ("db", "io", "reports", "ui", "cli"),
    "db": ("io", "reports", "ui", "cli"),
    "io": ("db", "reports", "ui", "cli"),
    "reports": ("db", "io", "ui", "cli"),
}


def wrong_way_imports(root: Path) -> list[str]:
    """Every ``import``/``from`` (at module level or inside a function) that goes against the layers."""
    import ast

    found = []
    for layer, banned in FORBIDDEN.items():
        for path in sorted((root / "peerdesk" / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                for name in names:
                    parts = name.split(".")
                    if parts[0] == "peerdesk" and len(parts) > 1 and parts[1] in banned:
                        found.append(f"{path.relative_to(root)}:{node.lineno} imports {name}")
    return found


def test_every_import_goes_the_right_way():
    assert wrong_way_imports(ROOT) == []


def test_a_wrong_way_import_is_caught(tmp_path):
    for layer in FORBIDDEN:
        (tmp_path / "peerdesk" / layer).mkdir(parents=True)
    (tmp_path / "peerdesk" / "io" / "bad.py").write_text("def f():\n    from peerdesk.db.models import Peer\n")
    (tmp_path / "peerdesk" / "core" / "worse.py").write_text("import peerdesk.ui.tasks\n")
    assert wrong_way_imports(tmp_path) == [
        "peerdesk/core/worse.py:1 imports peerdesk.ui.tasks",
        "peerdesk/io/bad.py:2 imports peerdesk.db.models",
    ]
