from peerdesk import paths
from peerdesk.db.services.first_run import ensure_default_data_file
from peerdesk.db.services.initiatives import list_initiatives
from peerdesk.db.workspace import open_workspace


def test_first_run_writes_the_demo_into_the_user_data_folder():
    path = paths.default_data_file()
    assert not path.exists()  # conftest points the user folders at a temporary home
    assert ensure_default_data_file(path) is True
    with open_workspace(path) as ws:
        (initiative,) = list_initiatives(ws.factory)
    assert initiative.peers == 24 and initiative.contact_reports > 0
    before = path.read_bytes()
    assert ensure_default_data_file(path) is False
    assert path.read_bytes() == before, "an existing workspace is never rewritten"
