"""The newest schema reference, kept in the cache folder, is the models' own, and a damaged copy is rebuilt."""

from __future__ import annotations

import pytest

from peerdesk import paths
from peerdesk.db import schema
from peerdesk.db.migrate import head_revision
from peerdesk.db.workspace import UnexpectedSchema, inspect_data_file


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(schema, "_CACHE", {})


def _kept() -> list:
    return sorted(paths.user_cache_dir().glob("schema-*.json"))


def test_the_kept_reference_is_the_models_schema(fresh):
    built = schema.reference_schema(head_revision())
    assert len(_kept()) == 1
    schema._CACHE.clear()
    assert schema.reference_schema(head_revision()) == built == schema.schema_from_models()


def test_a_damaged_copy_is_rebuilt(fresh):
    schema.reference_schema(head_revision())
    (kept,) = _kept()
    kept.write_text('{"tables": ', encoding="utf-8")
    schema._CACHE.clear()
    assert schema.reference_schema(head_revision()) == schema.schema_from_models()
    assert kept.read_text(encoding="utf-8").startswith("{")


def test_a_trigger_is_still_refused_with_the_kept_reference(fresh, demo_file):
    import sqlite3

    schema.reference_schema(head_revision())
    schema._CACHE.clear()
    connection = sqlite3.connect(demo_file)
    connection.execute("CREATE TRIGGER spy AFTER INSERT ON peer BEGIN DELETE FROM peer; END")
    connection.commit()
    connection.close()
    with pytest.raises(UnexpectedSchema):
        inspect_data_file(demo_file)
