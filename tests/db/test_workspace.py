"""Opening, creating and migrating data files; bad files are refused and left untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from peerdesk.db import migrate, workspace
from peerdesk.db.models import Base, Initiative, Peer, ToolType
from peerdesk.db.services.check import check_data_file
from peerdesk.db.services.initiatives import list_initiatives
from peerdesk.db.workspace import (
    APPLICATION_ID,
    CorruptDataFile,
    MissingDataFile,
    NewerDataFile,
    NotAPeerDeskFile,
    create_workspace,
    inspect_data_file,
    open_workspace,
)
from tests.made_files import from_a_newer_peerdesk

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_new_file_has_schema_identity_and_tool_types(tmp_path):
    path = tmp_path / "new.peerdesk"
    with create_workspace(path) as ws:
        with ws.factory.begin() as session:
            assert session.scalar(select(ToolType).where(ToolType.code == "site_visits")).builtin
            assert len(session.scalars(select(ToolType)).all()) == 18
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
    connection.close()
    assert [p.name for p in tmp_path.iterdir()] == ["new.peerdesk"], "no side files left after closing"


def test_migrations_from_empty_file_match_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_released_schema_fixture_opens_and_upgrades(tmp_path):
    """A file of every released schema must open in this version (copied: the fixture stays as is)."""
    for fixture in sorted(FIXTURES.glob("schema_*.peerdesk")):
        copy = tmp_path / fixture.name
        shutil.copyfile(fixture, copy)
        with open_workspace(copy) as ws:
            initiatives = list_initiatives(ws.factory)
        assert initiatives and initiatives[0].peers == 24
        assert inspect_data_file(copy).revision == migrate.head_revision()


def test_upgrade_takes_a_backup_first(tmp_path, monkeypatch):
    path = tmp_path / "old.peerdesk"
    create_workspace(path).close()
    before = dump(path)
    calls = []
    real_inspect = workspace.inspect_data_file

    def older(p, **kwargs):
        found = real_inspect(p, **kwargs)
        return workspace.FileInspection(path=found.path, revision="0000_older", head=found.head)

    monkeypatch.setattr(workspace, "inspect_data_file", older)
    monkeypatch.setattr(workspace.migrate, "upgrade", lambda connection: calls.append(connection))
    workspace.open_workspace(path).close()
    backups = list(tmp_path.glob("old.before-upgrade-0000_older-*.peerdesk.bak"))
    assert len(backups) == 1 and calls
    assert dump(backups[0]) == before, "the backup holds exactly what the file held before the upgrade"


def test_populate_failure_leaves_no_file(tmp_path):
    path = tmp_path / "half.peerdesk"

    def boom(factory):
        with factory.begin() as session:
            session.add(Initiative(name="started"))
        raise RuntimeError("laptop died")

    with pytest.raises(RuntimeError):
        create_workspace(path, populate=boom)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "keep.peerdesk"
    path.write_text("precious")
    with pytest.raises(FileExistsError):
        create_workspace(path)
    assert path.read_text() == "precious"


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text)")
    connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.commit()
    connection.close()


def _truncated(path: Path, template: Path) -> None:
    data = template.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scrambled(path: Path, template: Path) -> None:
    data = bytearray(template.read_bytes())
    for offset in range(4096, len(data), 997):  # keep the header, damage pages throughout
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("kind", "error", "words"),
    [
        ("text", NotAPeerDeskFile, "not a PeerDesk data file"),
        ("empty", NotAPeerDeskFile, "empty"),
        ("png", NotAPeerDeskFile, "not a PeerDesk data file"),
        ("foreign_sqlite", NotAPeerDeskFile, "not one written by PeerDesk"),
        ("newer", NewerDataFile, "newer PeerDesk"),
        ("truncated", CorruptDataFile, "damaged"),
        ("scrambled", CorruptDataFile, "damaged"),
    ],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path, demo_file_template, kind, error, words):
    path = tmp_path / f"{kind}.peerdesk"
    if kind == "text":
        path.write_text("name,email\nEdit Németh,edit@example.org\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    elif kind == "foreign_sqlite":
        _foreign_sqlite(path)
    elif kind == "newer":
        from_a_newer_peerdesk(path)
    elif kind == "truncated":
        _truncated(path, demo_file_template)
    elif kind == "scrambled":
        _scrambled(path, demo_file_template)
    before = digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as caught:
        open_workspace(path)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings, "no side files, no backups written"


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(MissingDataFile):
        open_workspace(tmp_path / "nowhere.peerdesk")


def test_check_reports_foreign_key_problems(demo_file):
    connection = sqlite3.connect(demo_file)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE membership SET peer_id = 99999 WHERE id = (SELECT MIN(id) FROM membership)")
    connection.commit()
    connection.close()
    report = check_data_file(demo_file)
    assert not report.ok
    assert any("membership" in problem for problem in report.problems)


def test_save_a_copy_is_a_complete_single_file(demo_workspace, tmp_path):
    with demo_workspace.factory.begin() as session:
        session.add(Peer(full_name="Ёлкина Наталья (copy test)"))
    copy = demo_workspace.save_copy_as(tmp_path / "copies" / "copy.peerdesk")
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.peerdesk"]
    with open_workspace(copy) as ws, ws.factory.begin() as session:
        names = set(session.scalars(select(Peer.full_name)))
    assert "Ёлкина Наталья (copy test)" in names


def test_save_a_copy_of_a_server_database_is_refused_with_words(pg_demo_url, tmp_path):
    from peerdesk.db.workspace import DataFileError, open_location

    with open_location(pg_demo_url) as workspace, pytest.raises(DataFileError, match="Offline"):
        workspace.save_copy_as(tmp_path / "copy.peerdesk")
    assert not (tmp_path / "copy.peerdesk").exists()


def test_edits_are_durable_after_close(demo_file):
    with open_workspace(demo_file) as ws, ws.factory.begin() as session:
        session.add(Peer(full_name="A&B <Ministry> delegate"))
    with open_workspace(demo_file) as ws, ws.factory.begin() as session:
        assert session.scalar(select(Peer).where(Peer.full_name == "A&B <Ministry> delegate")) is not None


def test_updated_at_moves_on_edit(any_demo_workspace):
    with any_demo_workspace.factory.begin() as session:
        peer = session.scalars(select(Peer).order_by(Peer.id)).first()
        first, uuid = peer.updated_at, peer.uuid
    with any_demo_workspace.factory.begin() as session:
        peer = session.scalar(select(Peer).where(Peer.uuid == uuid))
        peer.position = "Director"
    with any_demo_workspace.factory.begin() as session:
        peer = session.scalar(select(Peer).where(Peer.uuid == uuid))
        assert peer.updated_at >= first and peer.uuid == uuid and peer.position == "Director"


def test_schema_head_constant_matches_the_migrations():
    assert migrate.SCHEMA_HEAD == migrate.alembic_head()
