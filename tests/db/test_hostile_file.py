"""A data file edited by someone else: its own triggers, views, tables and wrong values are refused or
reported by name before PeerDesk writes a thing, and the original is never altered."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from peerdesk.cli import main
from peerdesk.db import schema
from peerdesk.db.models import Base, ContactReport, Peer
from peerdesk.db.services.check import check_data_file
from peerdesk.db.workspace import UnexpectedSchema, make_clean_copy, open_workspace
from tests.io.conftest import file_digest

TRIGGER = ("CREATE TRIGGER wipe AFTER INSERT ON peer BEGIN "
           "DELETE FROM contact_report; DELETE FROM peer_contract; END")


def _edit(path, *statements):
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_a_planted_trigger_is_refused_by_name_and_the_file_left_alone(demo_file):
    _edit(demo_file, TRIGGER)
    before = file_digest(demo_file)
    with pytest.raises(UnexpectedSchema) as caught:
        open_workspace(demo_file)
    assert "unexpected trigger 'wipe' on table 'peer'" in str(caught.value)
    assert caught.value.cleanable
    assert file_digest(demo_file) == before


def test_check_names_the_trigger_and_exits_1(demo_file, capsys):
    _edit(demo_file, TRIGGER)
    assert main(["check", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert "problem: schema: unexpected trigger 'wipe' on table 'peer'" in err
    assert "Traceback" not in err


def test_a_view_in_place_of_a_table_is_refused_quickly(demo_file, capsys):
    # the view would run forever if anything read it
    _edit(demo_file, "PRAGMA foreign_keys=OFF", "DROP TABLE contact_entry",
          "CREATE VIEW contact_entry AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
          "SELECT i AS id FROM n")
    assert main(["check", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert "unexpected view 'contact_entry'" in err and "table 'contact_entry' is missing" in err
    with pytest.raises(UnexpectedSchema) as caught:
        open_workspace(demo_file)
    assert not caught.value.cleanable  # a missing table cannot be mended by a copy


def test_cleaned_copy_works_and_the_trigger_never_fired(demo_file, tmp_path):
    _edit(demo_file, TRIGGER, "CREATE TABLE spy(x)", "CREATE INDEX ix_spy ON peer(notes)")
    before = file_digest(demo_file)
    copy = tmp_path / "clean.peerdesk"
    left_out = make_clean_copy(demo_file, copy)
    assert {problem.name for problem in left_out} == {"wipe", "spy", "ix_spy"}
    assert file_digest(demo_file) == before
    with open_workspace(copy) as workspace, workspace.factory.begin() as session:
        reports = session.scalar(select(func.count()).select_from(ContactReport))
        session.add(Peer(full_name="New peer"))
        session.flush()
        assert session.scalar(select(func.count()).select_from(ContactReport)) == reports > 0


def test_wrong_values_are_row_problems_in_check_not_crashes(demo_file, capsys):
    _edit(demo_file, "UPDATE peer SET languages = '5' WHERE id = 1", "UPDATE peer SET full_name = X'00ff' WHERE id = 2",
          "UPDATE peer SET consent_date = 'soon' WHERE id = 3", "UPDATE peer SET risks = '\"all\"' WHERE id = 4")
    report = check_data_file(demo_file)
    text = "\n".join(report.problems)
    assert "peer row 1: languages is not a list or record" in text  # JSON columns store '5' as the number 5
    assert "peer row 2: full_name is not text" in text
    assert "peer row 3: consent_date is not a date" in text
    assert "peer row 4: risks should be a list" in text
    assert main(["check", str(demo_file)]) == 1


def test_connections_do_not_trust_the_file_schema(demo_workspace):
    with demo_workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def test_reference_schema_is_what_the_migrations_make_and_agrees_with_the_models():
    from peerdesk.db.migrate import head_revision

    from_migrations = schema._build_reference(head_revision())
    assert set(from_migrations["tables"]) == {table.name for table in Base.metadata.sorted_tables} | {
        "alembic_version"}
    # opening uses the models' version (no Alembic at start-up): a migration and the models must not drift
    assert schema.schema_from_models() == from_migrations
    assert schema.reference_schema(head_revision()) == from_migrations
    assert from_migrations["triggers"] == {} and from_migrations["views"] == {}
