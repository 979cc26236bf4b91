"""The command line starts fast: --version and --help import no command, no database layer."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

import peerdesk
from peerdesk.cli import COMMANDS, build_parser

ROOT = Path(peerdesk.__file__).resolve().parent.parent
HEAVY = ("sqlalchemy", "reportlab", "matplotlib", "numpy", "PySide6", "openpyxl")


def _modules_after(argv: list[str]) -> tuple[str, list[str]]:
    """Run the CLI on ``argv`` in a fresh interpreter; return its output and the modules it loaded."""
    code = (
        "import contextlib, io, json, sys\n"
        "from peerdesk.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps([out.getvalue(), sorted(sys.modules)]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    output, modules = json.loads(result.stdout)
    return output, modules


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_load_no_database_or_commands(argv):
    output, modules = _modules_after(argv)
    assert "PeerDesk" in output or "demo" in output
    assert [name for name in modules if name.split(".")[0] in HEAVY] == []
    assert [name for name in modules if name.startswith("peerdesk.cli.")] == []


def test_help_lists_every_command():
    output, _ = _modules_after(["--help"])
    for command in COMMANDS:
        assert command.name in output and command.help[:30] in " ".join(output.split())


def test_a_command_imports_its_own_module_only():
    output, modules = _modules_after(["demo", "--help"])
    assert "--peers" in output
    assert [name for name in modules if name.startswith("peerdesk.cli.")] == ["peerdesk.cli.demo"]
    assert "sqlalchemy" not in modules  # the demo's data is only built when it runs


def test_every_command_in_the_table_registers_under_its_name():
    parser = build_parser(full=[command.name for command in COMMANDS])
    (subparsers,) = [action for action in parser._actions if action.dest == "command"]
    assert list(subparsers.choices) == [command.name for command in COMMANDS]
    for command in COMMANDS:
        parser = subparsers.choices[command.name]
        nested = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
        handlers = [sub.get_default("func") for action in nested for sub in action.choices.values()]
        # the real parser, not a placeholder: it (or each of its actions, for `initiative new|edit…`) runs something
        assert callable(parser.get_default("func")) or (handlers and all(map(callable, handlers))), command.name


def test_a_match_without_save_reads_without_sqlalchemy_or_all_of_scipy(demo_file):
    argv = ["match", str(demo_file), "--initiative", "Budget Credibility Peer Network 2026", "--pairs", "--json"]
    _modules_after(argv)  # the first open of a current file keeps the schema reference in the cache folder
    output, modules = _modules_after(argv)
    assert json.loads(output)["proven_optimal"] is True
    loaded = {name.split(".")[0] for name in modules}
    assert not loaded & {"sqlalchemy", "alembic", "PySide6", "matplotlib", "reportlab", "openpyxl", "networkx"}
    assert "scipy.optimize" not in modules and "scipy.sparse" not in modules  # only the two solvers it calls
