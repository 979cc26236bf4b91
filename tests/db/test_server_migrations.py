"""The same Alembic migrations on PostgreSQL: from nothing to head, and a database left at the first released
schema (the SQLite fixture's rows, copied in) upgraded when PeerDesk next opens it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import MetaData, create_engine, func, select, text

from peerdesk.db import migrate
from peerdesk.db.models import Base, Organisation, Peer
from peerdesk.db.server import ServerAddress, make_server_engine
from peerdesk.db.workspace import open_location

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0001.peerdesk"


def test_migrations_from_an_empty_database_match_the_models(pg_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_location(pg_url, create=True) as workspace, workspace.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                Base.metadata) == []
        assert connection.execute(text("SELECT count(*) FROM tool_type")).scalar_one() == 18


def _database_at_0001_with_the_fixture_rows(url: str) -> None:
    """Migrate an empty database to 0001 only, then copy the released fixture's rows in (as typed values)."""
    from alembic import command

    engine = make_server_engine(ServerAddress.from_url(url))
    source = create_engine(f"sqlite:///{FIXTURE}")
    old = MetaData()
    old.reflect(source)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "0001")
            target = MetaData()
            target.reflect(connection)
            with source.connect() as reading:
                for table in old.sorted_tables:
                    if table.name == "alembic_version":
                        continue
                    rows = [dict(row._mapping) for row in reading.execute(select(table))]
                    if rows:
                        connection.execute(target.tables[table.name].insert(), rows)
                    if "id" in table.c:  # rows came with their ids: move the sequence past them
                        connection.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"greatest((SELECT max(id) FROM \"{table.name}\"), 1))"))
            connection.execute(text("UPDATE peer SET country = 'Moçambique', languages = "
                                    "'[\"Português\", \"en\", \"Klingon\"]', preferred_language = 'français' "
                                    "WHERE id = (SELECT min(id) FROM peer)"))
    finally:
        engine.dispose()
        source.dispose()


def test_a_database_left_at_the_first_schema_upgrades_on_open(pg_url):
    _database_at_0001_with_the_fixture_rows(pg_url)
    with create_engine(f"sqlite:///{FIXTURE}").connect() as fixture:
        peers = fixture.execute(text("SELECT count(*) FROM peer")).scalar_one()
    with open_location(pg_url) as workspace:  # upgrades 0001 -> head under the advisory lock
        with workspace.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        with workspace.factory.begin() as session:
            assert session.scalar(select(func.count()).select_from(Peer)) == peers
            first = session.scalar(select(Peer).order_by(Peer.id))
            assert (first.country, first.languages, first.preferred_language) == ("MZ", ["pt", "en", "Klingon"], "fr")
            assert first.consent_text == ""  # 0004's column, with its default
            countries = set(session.scalars(select(Organisation.country)))
            assert countries <= {"MD", "GE", "KZ", "SN", "MZ", "PE", "VN", "HU"}
            session.add(Peer(full_name="Nguyễn Thị Mai", email="mai@mof.example"))  # the sequences still work
    with open_location(pg_url) as workspace, workspace.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
