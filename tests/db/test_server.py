"""A PostgreSQL server database opened by URL wherever a file path is taken (throwaway cluster)."""

from __future__ import annotations

import pytest

from peerdesk.db.server import BadServerAddress, ServerAddress, is_server_url, redacted


def test_server_urls_are_told_from_file_paths():
    assert is_server_url("postgresql://ana@hq.example:5433/peerdesk")
    assert is_server_url("postgres://ana@hq/peerdesk")
    assert not is_server_url("/home/ana/network.peerdesk")
    assert not is_server_url("C:\\Users\\ana\\network.peerdesk")


def test_a_password_in_the_url_is_used_but_never_shown():
    address = ServerAddress.from_url("postgresql://ana:s3cret@hq.example:5433/peer%20desk")
    assert (address.user, address.host, address.port, address.database) == ("ana", "hq.example", 5433, "peer desk")
    assert address.password == "s3cret"
    assert "s3cret" not in address.display + address.url + repr(address)
    assert "s3cret" not in redacted("postgresql://ana:s3cret@hq.example/db")


@pytest.mark.parametrize("url", ["postgresql://hq.example/db", "postgresql://ana@hq.example/",
                                 "postgresql://ana@hq.example:port/db"])
def test_an_incomplete_address_is_refused_with_words(url):
    with pytest.raises(BadServerAddress) as caught:
        ServerAddress.from_url(url)
    assert "postgresql://" in str(caught.value) or "port" in str(caught.value)


def test_an_empty_database_becomes_a_peerdesk_database_and_opens_again(pg_url):
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import MissingDataFile, open_location

    with pytest.raises(MissingDataFile):
        open_location(pg_url)
    with open_location(pg_url, create=True) as workspace:
        assert workspace.is_server and workspace.path is None
        create_demo_initiative(workspace.factory)
    with open_location(pg_url) as workspace:
        [initiative] = list_initiatives(workspace.factory)
        assert initiative.peers == 24 and initiative.contact_reports > 200


def test_a_database_holding_something_else_is_left_alone(pg_cluster, pg_url):
    from peerdesk.db.workspace import NotAPeerDeskFile, open_location

    pg_cluster.sql("CREATE TABLE payroll (id int)", database=pg_url.rsplit("/", 1)[1])
    with pytest.raises(NotAPeerDeskFile):
        open_location(pg_url, create=True)
    pg_cluster.sql("INSERT INTO payroll VALUES (1)", database=pg_url.rsplit("/", 1)[1])


def test_an_unreachable_server_says_where(pg_cluster):
    from peerdesk.db.workspace import ServerUnavailable, open_location

    url = pg_cluster.url("nothing").replace(f":{pg_cluster.port}/", ":9/")
    with pytest.raises(ServerUnavailable) as caught:
        open_location(url)
    assert "127.0.0.1:9/nothing" in str(caught.value)
