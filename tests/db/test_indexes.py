"""The rows a tab or an erasure looks up by their parent are found through an index, not by reading the
whole table (a 10,000-peer file holds 110,000 commitments: opening one contract read them all)."""

from __future__ import annotations

import importlib
import sqlite3

INDEXED = importlib.import_module("peerdesk.db.migrations.versions.0006_foreign_key_indexes").INDEXED


def test_lookups_by_parent_use_an_index(demo_file):
    connection = sqlite3.connect(demo_file)
    try:
        for table, column in INDEXED:
            plan = " ".join(str(row[-1]) for row in connection.execute(
                f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 1"))
            assert f"INDEX ix_{table}_{column}" in plan, (table, column, plan)
    finally:
        connection.close()


def test_an_older_file_gains_the_indexes_when_opened(tmp_path):
    from pathlib import Path

    from peerdesk.db.workspace import open_workspace

    fixture = Path(__file__).parent / "fixtures" / "schema_0001.peerdesk"
    copy = tmp_path / "old.peerdesk"
    copy.write_bytes(fixture.read_bytes())
    open_workspace(copy).close()
    connection = sqlite3.connect(copy)
    try:
        names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        connection.close()
    assert {f"ix_{table}_{column}" for table, column in INDEXED} <= names
