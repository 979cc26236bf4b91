"""Every command that takes FILE also takes a ``postgresql://`` URL (run in-process against the throwaway
cluster of tests/pg_cluster.py); file-only commands refuse a URL in one line."""

from __future__ import annotations

import json
import zipfile

import pytest
from pypdf import PdfReader

from peerdesk.cli import main

INITIATIVE = "Budget Credibility Peer Network 2026"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_new_then_initiative_peer_and_listing_on_a_server(pg_url, capsys):
    code, out, err = run(capsys, "new", pg_url)
    assert code == 0, err
    assert "made an empty PeerDesk database" in out and "peerdesk_admin@127.0.0.1" in out
    code, _out, err = run(capsys, "new", pg_url)
    assert code == 2 and "already holds a PeerDesk database" in err and err.count("\n") == 1
    assert run(capsys, "initiative", "new", pg_url, "Réseau budgétaire 2027", "--start", "2027-01-04",
               "--end", "2027-12-15", "--organisation", "CABRI", "--facilitator", "Awa Ndiaye",
               "--languages", "fr,en")[0] == 0
    assert run(capsys, "initiative", "edit", pg_url, "Réseau budgétaire 2027", "--rename", "Réseau 2027")[0] == 0
    code, _out, err = run(capsys, "peer", "add", pg_url, "--initiative", "Réseau 2027", "--name", "Ёлкина Наталья",
                          "--email", "n.yolkina@minfin.example", "--country", "KZ", "--consent", "I agree.")
    assert code == 0, err
    assert run(capsys, "peer", "add", pg_url, "--initiative", "Réseau 2027", "--name", "Ndèye Mayé Diouf",
               "--email", "ndeye@finances.sn")[0] == 0
    assert run(capsys, "initiative", "copy", pg_url, "Réseau 2027", "Réseau 2028", "--with-peers")[0] == 0
    code, out, _err = run(capsys, "consent", pg_url, "--initiative", "Réseau 2027")
    assert code == 0 and "Ndèye Mayé Diouf" in out and "Ёлкина" not in out
    assert run(capsys, "peer", "remove", pg_url, "--initiative", "Réseau 2028", "--peer", "ndeye@finances.sn")[0] == 0
    assert run(capsys, "initiative", "archive", pg_url, "Réseau 2027")[0] == 0
    code, out, _err = run(capsys, "initiatives", pg_url, "--json")
    listed = {row["name"]: row for row in json.loads(out)}
    assert code == 0 and listed["Réseau 2027"]["peers"] == 2 and listed["Réseau 2028"]["peers"] == 1
    assert run(capsys, "initiative", "delete", pg_url, "Réseau 2028", "--yes")[0] == 0
    code, out, _err = run(capsys, "initiatives", pg_url, "--json")
    assert [row["name"] for row in json.loads(out)] == ["Réseau 2027"]
    code, out, err = run(capsys, "check", pg_url)
    assert code == 0 and "ok (schema" in out, err


def test_demo_into_an_empty_database_and_never_beside_other_initiatives(pg_url, capsys):
    code, out, err = run(capsys, "demo", pg_url)
    assert code == 0 and "24 peers" in out, err
    code, _out, err = run(capsys, "demo", pg_url)
    assert code == 2 and "already holds 1 initiative" in err
    code, out, _err = run(capsys, "initiatives", pg_url, "--json")
    assert [row["peers"] for row in json.loads(out)] == [24]


def test_documents_matching_and_exports_from_a_server(pg_demo_url, tmp_path, capsys):
    pg_url = pg_demo_url
    code, out, err = run(capsys, "match", pg_url, "--initiative", INITIATIVE, "--pairs", "--json")
    assert code == 0, err
    assert len(json.loads(out)["scores"]["ids"]) == 24
    assert run(capsys, "match", pg_url, "--initiative", INITIATIVE, "--groups", "4", "--save", "Groups A")[0] == 0
    plan, report, contracts = tmp_path / "plan.pdf", tmp_path / "report.pdf", tmp_path / "contracts.pdf"
    assert run(capsys, "plan", pg_url, "--initiative", INITIATIVE, "--out", str(plan))[0] == 0
    assert "Engagement plan" in pdf_text(plan) or INITIATIVE in pdf_text(plan)
    code, _out, err = run(capsys, "report", pg_url, "--initiative", INITIATIVE, "--out", str(report))
    assert code == 0, err
    assert INITIATIVE in pdf_text(report)
    code, _out, err = run(capsys, "contracts", pg_url, "--initiative", INITIATIVE, "--out", str(contracts),
                          "--create-missing", "--mark-printed", "--lang", "en")
    assert code == 0, err
    assert "Nguyễn Thị Mai" in pdf_text(contracts)
    exported = tmp_path / "all.zip"
    assert run(capsys, "export", pg_url, str(exported))[0] == 0
    with zipfile.ZipFile(exported) as archive:
        assert "peer.csv" in archive.namelist()
        assert "Ёлкина Наталья" in archive.read("peer.csv").decode("utf-8-sig")
    form = tmp_path / "checkin.xlsx"
    assert run(capsys, "xlsform", pg_url, "checkin", str(form), "--initiative", INITIATIVE)[0] == 0
    assert form.stat().st_size > 1000
    person = tmp_path / "edit.json"
    assert run(capsys, "person", pg_url, "--peer", "edit.nemeth@mof.example", "--out", str(person))[0] == 0
    assert "Edit Németh" in person.read_text(encoding="utf-8")
    code, out, err = run(capsys, "forget", pg_url, "--peer", "edit.nemeth@mof.example")
    assert code == 0, err
    assert "Edit Németh was erased from peerdesk_admin@127.0.0.1" in out and "administrator" in out
    code, out, err = run(capsys, "check", pg_url)
    assert code == 0, err


def test_import_into_a_server_database(pg_url, tmp_path, capsys):
    assert run(capsys, "new", pg_url)[0] == 0
    source = tmp_path / "people.csv"
    source.write_text("name,email,organisation,country,consent\n"
                      "Awa Ndiaye,awa@finances.sn,DGB,SN,yes\nKofi Mensah,kofi@mof.gh,MoF,GH,yes\n", encoding="utf-8")
    code, out, err = run(capsys, "import", pg_url, str(source), "--initiative", "Réseau")
    assert code == 0, err
    code, out, _err = run(capsys, "initiatives", pg_url, "--json")
    assert json.loads(out)[0]["peers"] == 2


@pytest.mark.parametrize("command", [["backups", "{url}"], ["backups", "{url}", "--take"],
                                     ["protect", "{url}", "--remove"], ["screenshots", "--data", "{url}",
                                                                         "--out", "{tmp}"]])
def test_file_only_commands_refuse_a_url_in_one_line(command, tmp_path, capsys):
    url = "postgresql://ana:s3cret@hq.example:5433/peerdesk"
    code, out, err = run(capsys, *[part.format(url=url, tmp=tmp_path) for part in command])
    assert code == 2 and err.count("\n") == 1
    assert "works on data files only" in err and "ana@hq.example:5433/peerdesk" in err and "s3cret" not in err


def test_check_names_what_someone_added_to_a_server_database(pg_cluster, pg_demo_url, capsys):
    database = pg_demo_url.rsplit("/", 1)[1]
    pg_cluster.sql("CREATE VIEW people_emails AS SELECT email FROM peer", database=database)
    pg_cluster.sql("ALTER TABLE peer ADD COLUMN salary integer", database=database)
    pg_cluster.sql("UPDATE peer SET languages = '{\"fr\": 1}' WHERE id = 1", database=database)
    code, _out, err = run(capsys, "check", pg_demo_url)
    assert code == 1
    assert "view people_emails" in err and "salary" in err and "peer row 1: languages should be a list" in err


def test_a_missing_database_and_an_unreachable_server_are_one_line(pg_cluster, capsys):
    code, _out, err = run(capsys, "initiatives", pg_cluster.url("nowhere"))
    assert code == 2 and "there is no database nowhere" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "check", pg_cluster.url("nowhere").replace(f":{pg_cluster.port}/", ":9/"))
    assert code == 2 and "could not reach" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "initiatives", "postgresql://hq.example/db")
    assert code == 2 and "needs a user" in err


# -- passwords ----------------------------------------------------------------------------------------

PASSWORD = "Ndèye-2027!"


@pytest.fixture(scope="module")
def password_role(pg_cluster):
    """A role that must give a password (scram): the cluster trusts everyone else."""
    pg_cluster.sql(f"CREATE ROLE ana LOGIN PASSWORD '{PASSWORD}'")
    hba = pg_cluster.data / "pg_hba.conf"
    before = hba.read_text()
    with hba.open("w") as handle:  # rewritten in place: the file keeps its owner
        handle.write("host all ana 127.0.0.1/32 scram-sha-256\n" + before)
    pg_cluster.sql("SELECT pg_reload_conf()")
    yield "ana"
    with hba.open("w") as handle:
        handle.write(before)
    pg_cluster.sql("SELECT pg_reload_conf()")


@pytest.fixture
def ana_url(pg_cluster, password_role, monkeypatch):
    """A database owned by ana, as ana's URL without a password (nobody at the terminal, no PGPASSWORD)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    monkeypatch.setattr("peerdesk.db.server_secrets.remembered_password", lambda address: None)
    monkeypatch.setattr("peerdesk.cli.common._at_terminal", lambda: False)
    monkeypatch.setattr("peerdesk.cli.common._typed", {})
    name = pg_cluster.new_database("ana")
    pg_cluster.sql(f'ALTER DATABASE "{name}" OWNER TO ana')
    yield pg_cluster.url(name, role="ana")
    pg_cluster.drop_database(name)


def test_without_a_password_the_command_says_how_to_give_one(ana_url, capsys):
    code, _out, err = run(capsys, "new", ana_url)
    assert code == 2 and err.count("\n") == 1
    assert "asks for ana's password" in err and "--password-file" in err


def test_password_from_a_file_the_url_or_pgpassword(ana_url, tmp_path, monkeypatch, capsys):
    secret = tmp_path / "password.txt"
    secret.write_text("wrong\n", encoding="utf-8")
    code, _out, err = run(capsys, "new", ana_url, "--password-file", str(secret))
    assert code == 2 and "refused the password for ana" in err
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    code, _out, err = run(capsys, "new", ana_url, "--password-file", str(secret))
    assert code == 0, err
    with_password = ana_url.replace("ana@", "ana:Nd%C3%A8ye-2027%21@")
    assert run(capsys, "initiatives", with_password)[0] == 0
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert run(capsys, "check", ana_url)[0] == 0


def test_the_keyring_and_then_the_terminal(ana_url, monkeypatch, capsys):
    monkeypatch.setattr("peerdesk.db.server_secrets.remembered_password", lambda address: PASSWORD)
    code, _out, err = run(capsys, "new", ana_url)
    assert code == 0, err
    monkeypatch.setattr("peerdesk.db.server_secrets.remembered_password", lambda address: None)
    asked = []
    monkeypatch.setattr("peerdesk.cli.common._at_terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    code, _out, err = run(capsys, "check", ana_url)
    assert code == 0, err
    assert run(capsys, "initiatives", ana_url)[0] == 0
    assert asked == [f"Password for ana@127.0.0.1:{ana_url.split(':')[2].split('/')[0]}/{ana_url.rsplit('/', 1)[1]}: "]


def test_a_role_that_may_only_read_gets_one_line_and_nothing_changes(pg_cluster, pg_demo_url, capsys):
    database = pg_demo_url.rsplit("/", 1)[1]
    pg_cluster.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') THEN "
                   "CREATE ROLE reader LOGIN; END IF; END $$")
    pg_cluster.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", database=database)
    reader = pg_cluster.url(database, role="reader")
    code, out, _err = run(capsys, "initiatives", reader, "--json")
    assert code == 0 and json.loads(out)[0]["peers"] == 24
    code, _out, err = run(capsys, "peer", "add", reader, "--initiative", INITIATIVE, "--name", "Awa Ndiaye",
                          "--email", "awa@finances.sn")
    assert code == 2 and err.count("\n") == 1 and "your database role does not allow this change" in err
    code, out, _err = run(capsys, "initiatives", pg_demo_url, "--json")
    assert json.loads(out)[0]["peers"] == 24


def test_survey_answers_import_into_a_server_database_and_a_resend_replaces_them(pg_demo_url, tmp_path, capsys):
    from sqlalchemy import text

    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.services.peers import list_peers
    from peerdesk.db.workspace import open_location
    from peerdesk.io.xlsform import peer_choice_name

    with open_location(pg_demo_url) as workspace:
        initiative = list_initiatives(workspace.factory)[0]
        a, b, c = (peer_choice_name(p.uuid) for p in list_peers(workspace.factory, initiative.id)[:3])
    contacts = tmp_path / "contacts.csv"  # a KoboToolbox export: ';', group paths, 0/1 columns
    contacts.write_text(
        "start;end;report/reporter;report/report_date;report/formal;report/formal/" + b + ";report/informal;"
        "report/notes;_id;_uuid;_submission_time\n"
        f"2026-03-01;2026-03-01;{a};2099-03-02;{b};1;{c};met at lunch;1;u1;2026-03-02\n"
        f"2026-03-01;2026-03-01;{b};2099-03-02;;0;{a};;2;u2;2026-03-02\n", encoding="utf-8")
    code, out, err = run(capsys, "import", pg_demo_url, str(contacts), "--initiative", INITIATIVE)
    assert code == 0 and "imported contact reports: 2 new" in out, err
    code, out, err = run(capsys, "import", pg_demo_url, str(contacts), "--initiative", INITIATIVE)
    assert code == 0 and "0 new, 2 replaced" in out, err
    with open_location(pg_demo_url) as workspace, workspace.engine.connect() as connection:
        kinds = connection.execute(text(
            "SELECT e.kind FROM contact_entry e JOIN contact_report r ON r.id = e.report_id "
            "WHERE r.report_date = '2099-03-02' "
            "ORDER BY e.kind")).scalars().all()
    assert kinds == ["formal", "informal", "informal"]


def test_a_role_that_may_not_create_tables_is_told_so_by_new(pg_cluster, pg_url, capsys):
    pg_cluster.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'visitor') THEN "
                   "CREATE ROLE visitor LOGIN; END IF; END $$")
    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", database=database)
    code, _out, err = run(capsys, "new", pg_cluster.url(database, role="visitor"))
    assert code == 2 and err.count("\n") == 1
    assert "the server refused visitor" in err and "permission denied" in err
