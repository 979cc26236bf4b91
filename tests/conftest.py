"""Shared fixtures. GUI tests run offscreen; data tests get a fresh copy of one demo data file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's data, settings and logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield


@pytest.fixture(scope="session")
def demo_file_template(tmp_path_factory) -> Path:
    """One demo data file built per test session; tests get copies of it."""
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.workspace import create_workspace

    path = tmp_path_factory.mktemp("template") / "demo.peerdesk"
    create_workspace(path, populate=create_demo_initiative).close()
    return path


@pytest.fixture
def demo_file(demo_file_template, tmp_path) -> Path:
    """A private copy of the demo data file."""
    target = tmp_path / "demo.peerdesk"
    shutil.copyfile(demo_file_template, target)
    return target


@pytest.fixture
def demo_workspace(demo_file):
    from peerdesk.db.workspace import open_workspace

    workspace = open_workspace(demo_file)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_initiative(demo_workspace):
    """The demo initiative's summary (id, name, counts)."""
    from peerdesk.db.services.initiatives import list_initiatives

    return list_initiatives(demo_workspace.factory)[0]


@pytest.fixture
def empty_workspace(tmp_path):
    from peerdesk.db.workspace import create_workspace

    workspace = create_workspace(tmp_path / "empty.peerdesk")
    yield workspace
    workspace.close()


@pytest.fixture
def inline_tasks():
    """Run ui.tasks.run_task synchronously, so GUI tests see results at once."""
    from peerdesk.ui import tasks

    tasks.set_inline(True)
    yield
    tasks.set_inline(False)


@pytest.fixture
def qt_settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


# --- PostgreSQL ----------------------------------------------------------------------------------------
# One throwaway cluster per test session, started on first use (tests/pg_cluster.py). Without PostgreSQL
# binaries the tests that need it are skipped, and the session ends with a loud line saying so.

_PG_STATE: dict = {}


@pytest.fixture(scope="session")
def pg_cluster():
    from tests import pg_cluster as pg

    if "cluster" not in _PG_STATE and "error" not in _PG_STATE:
        try:
            _PG_STATE["cluster"] = pg.start_cluster()
        except (FileNotFoundError, RuntimeError, OSError) as exc:
            _PG_STATE["error"] = str(exc)
    if "error" in _PG_STATE:
        _PG_STATE["skipped"] = _PG_STATE.get("skipped", 0) + 1
        pytest.skip(f"PostgreSQL not available: {_PG_STATE['error']}")
    yield _PG_STATE["cluster"]


@pytest.fixture
def pg_url(pg_cluster):
    """The URL of a new, empty database on the throwaway cluster (dropped after the test)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


def pytest_sessionfinish(session, exitstatus):
    cluster = _PG_STATE.pop("cluster", None)
    if cluster is not None:
        cluster.stop()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if "error" in _PG_STATE:
        terminalreporter.write_sep("!", "POSTGRESQL TESTS SKIPPED", red=True, bold=True)
        terminalreporter.write_line(f"{_PG_STATE.get('skipped', 0)} PostgreSQL tests did not run: {_PG_STATE['error']}",
                                    red=True, bold=True)
