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


# --- the same data on both backends ----------------------------------------------------------------------
# Tests about the data (services, the demo, evaluation...) rather than the file run twice: on an SQLite data
# file and on a PostgreSQL database. The PostgreSQL demo is built once per session into a template database;
# each test gets `CREATE DATABASE ... TEMPLATE` of it (a file copy inside the server: fast).

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster) -> str:
    """The name of a template database holding the demo initiative (no connection is left open to it)."""
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.workspace import open_location

    name = pg_cluster.new_database("demo_template")
    with open_location(pg_cluster.url(name), create=True) as workspace:
        create_demo_initiative(workspace.factory)
    return name


def _pg_copy(cluster, template: str, prefix: str):
    name = f"{prefix}_{len(cluster.databases) + 1}_{os.getpid()}"
    cluster.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    cluster.databases.append(name)
    return name


@pytest.fixture
def pg_demo_url(pg_cluster, pg_demo_template):
    """The URL of a private copy of the demo database (dropped after the test)."""
    name = _pg_copy(pg_cluster, pg_demo_template, "demo")
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def pg_empty_template(pg_cluster) -> str:
    """The name of a template database holding a new, empty PeerDesk schema."""
    from peerdesk.db.workspace import open_location

    name = pg_cluster.new_database("empty_template")
    open_location(pg_cluster.url(name), create=True).close()
    return name


@pytest.fixture
def pg_empty_url(pg_cluster, pg_empty_template):
    """The URL of a new PeerDesk database with no initiative yet (as ``peerdesk new URL`` leaves it)."""
    name = _pg_copy(pg_cluster, pg_empty_template, "empty")
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """Which backend a both-backends test runs on."""
    return request.param


@pytest.fixture
def any_demo_workspace(request, backend):
    """The demo initiative's workspace on each backend in turn: an SQLite file, then a PostgreSQL database."""
    from peerdesk.db.workspace import open_location

    if backend == "sqlite":
        location = str(request.getfixturevalue("demo_file"))
    else:
        location = request.getfixturevalue("pg_demo_url")
    workspace = open_location(location)
    yield workspace
    workspace.close()


@pytest.fixture
def any_demo_initiative(any_demo_workspace):
    """The demo initiative's summary in :func:`any_demo_workspace`."""
    from peerdesk.db.services.initiatives import list_initiatives

    return list_initiatives(any_demo_workspace.factory)[0]


@pytest.fixture
def any_empty_workspace(request, backend, tmp_path):
    """A new, empty workspace on each backend in turn."""
    from peerdesk.db.workspace import create_workspace, open_location

    if backend == "sqlite":
        workspace = create_workspace(tmp_path / "empty.peerdesk")
    else:
        workspace = open_location(request.getfixturevalue("pg_empty_url"))
    yield workspace
    workspace.close()
