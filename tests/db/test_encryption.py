"""Passphrase encryption at rest: an encrypted file and its copies hold no readable personal data; every
command opens it with the passphrase and refuses it clearly without; wrong passphrases lose nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from peerdesk.cli import main as cli
from peerdesk.db import crypto
from peerdesk.db.protection import set_protection
from peerdesk.db.services.demo import PEERS
from peerdesk.db.workspace import (
    PassphraseNeeded,
    WrongPassphrase,
    copy_data_file,
    create_workspace,
    inspect_data_file,
    open_workspace,
)

INITIATIVE = "Budget Credibility Peer Network 2026"
PASSPHRASE = "correct horse battery"
#: Names and mailboxes of the demo, as bytes a reader of the file would search for.
SECRETS = [seed.name.encode() for seed in PEERS] + [seed.mailbox.encode() for seed in PEERS] + [INITIATIVE.encode()]


@pytest.fixture(autouse=True)
def _no_passphrases_known(monkeypatch):
    monkeypatch.delenv(crypto.PASSPHRASE_VARIABLE, raising=False)
    crypto.forget_passphrases()
    yield
    crypto.forget_passphrases()


def readable_secrets(path: Path) -> list[bytes]:
    data = Path(path).read_bytes()
    return [secret for secret in SECRETS if secret in data]


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("encrypted")
    (folder / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli(["demo", str(folder / "demo.peerdesk"), "--encrypt", "--passphrase-file", str(folder / "pass")]) == 0
    crypto.forget_passphrases()
    return folder / "demo.peerdesk"


@pytest.fixture
def encrypted(encrypted_template, tmp_path) -> Path:
    target = tmp_path / "protected.peerdesk"
    shutil.copyfile(encrypted_template, target)
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return target


def test_the_encrypted_file_and_its_backups_hold_none_of_the_names(encrypted, tmp_path):
    assert not Path(encrypted).read_bytes().startswith(b"SQLite format 3")
    assert readable_secrets(encrypted) == []
    passphrase = ["--passphrase-file", str(tmp_path / "pass")]
    assert cli(["backups", str(encrypted), "--take", *passphrase]) == 0
    from peerdesk.db.backups import list_backups

    backups = list_backups(encrypted)
    assert backups and all(readable_secrets(backup.path) == [] for backup in backups)
    copy = copy_data_file(encrypted, tmp_path / "copy.peerdesk")  # what Save a Copy writes
    assert readable_secrets(copy) == []
    assert inspect_data_file(copy).revision  # and it opens with the same passphrase
    with open_workspace(encrypted) as workspace:
        assert workspace.encrypted


def test_an_export_says_plainly_it_is_not_encrypted(encrypted, tmp_path, capsys):
    out = tmp_path / "export.xlsx"
    assert cli(["export", str(encrypted), str(out), "--passphrase-file", str(tmp_path / "pass")]) == 0
    assert "this export is not" in capsys.readouterr().out
    assert out.exists()


def test_without_the_passphrase_one_clear_message(encrypted, capsys):
    assert cli(["initiatives", str(encrypted)]) == 2
    error = capsys.readouterr().err
    assert "protected with a passphrase" in error and "--passphrase-file" in error
    assert "Traceback" not in error
    with pytest.raises(PassphraseNeeded):
        open_workspace(encrypted)


def test_five_wrong_passphrases_lose_nothing(encrypted, tmp_path, capsys, monkeypatch):
    before = hashlib.sha256(encrypted.read_bytes()).hexdigest()
    for attempt in range(5):
        monkeypatch.setenv(crypto.PASSPHRASE_VARIABLE, f"wrong guess {attempt}")
        crypto.forget_passphrases()
        assert cli(["initiatives", str(encrypted)]) == 2
        assert "passphrase does not open" in capsys.readouterr().err
        with pytest.raises(WrongPassphrase):
            open_workspace(encrypted)
    assert hashlib.sha256(encrypted.read_bytes()).hexdigest() == before
    assert not Path(f"{encrypted}-wal").exists()
    monkeypatch.setenv(crypto.PASSPHRASE_VARIABLE, PASSPHRASE)
    crypto.forget_passphrases()
    assert cli(["initiatives", str(encrypted)]) == 0
    assert INITIATIVE in capsys.readouterr().out


COMMANDS = [
    ["initiatives", "{file}"],
    ["check", "{file}"],
    ["consent", "{file}", "--initiative", INITIATIVE],
    ["match", "{file}", "--initiative", INITIATIVE, "--pairs"],
    ["report", "{file}", "--initiative", INITIATIVE, "--out", "{tmp}/report.pdf"],
    ["plan", "{file}", "--initiative", INITIATIVE, "--out", "{tmp}/plan.pdf"],
    ["contracts", "{file}", "--initiative", INITIATIVE, "--out", "{tmp}/contracts.pdf"],
    ["export", "{file}", "{tmp}/export.xlsx"],
    ["xlsform", "{file}", "contact_report", "{tmp}/form.xlsx", "--initiative", INITIATIVE],
    ["person", "{file}", "--peer", "ion.ciobanu@mof.example", "--out", "{tmp}/ion.json"],
    ["peer", "add", "{file}", "--initiative", INITIATIVE, "--name", "Awa Ndiaye", "--email", "awa@finances.sn"],
    ["initiative", "archive", "{file}", INITIATIVE],
    ["backups", "{file}", "--take"],
    ["forget", "{file}", "--peer", "ion.ciobanu@mof.example"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command[:2]))
def test_every_command_works_with_the_passphrase_and_refuses_without(command, encrypted, tmp_path, capsys):
    args = [part.format(file=encrypted, tmp=tmp_path) for part in command]
    assert cli(args) == 2
    assert "passphrase" in capsys.readouterr().err
    crypto.forget_passphrases()
    assert cli([*args, "--passphrase-file", str(tmp_path / "pass")]) == 0, capsys.readouterr().err


def test_a_plain_file_still_opens_when_a_passphrase_is_given(demo_file, monkeypatch, capsys):
    monkeypatch.setenv(crypto.PASSPHRASE_VARIABLE, PASSPHRASE)
    assert cli(["initiatives", str(demo_file)]) == 0
    assert INITIATIVE in capsys.readouterr().out


def test_protect_change_and_remove(demo_file, tmp_path):
    assert readable_secrets(demo_file)  # a plain file: the names are there for anyone
    set_protection(demo_file, PASSPHRASE)
    assert readable_secrets(demo_file) == []
    crypto.forget_passphrases()
    with pytest.raises(PassphraseNeeded):
        inspect_data_file(demo_file)
    crypto.remember_passphrase(PASSPHRASE)
    set_protection(demo_file, "a different passphrase")
    crypto.forget_passphrases()
    crypto.remember_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        inspect_data_file(demo_file)
    crypto.remember_passphrase("a different passphrase")
    set_protection(demo_file, None)
    assert Path(demo_file).read_bytes().startswith(b"SQLite format 3")
    crypto.forget_passphrases()
    with open_workspace(demo_file) as workspace:
        from peerdesk.db.services.initiatives import list_initiatives

        assert list_initiatives(workspace.factory)[0].peers == 24
    with pytest.raises(Exception, match="at least"):
        set_protection(demo_file, "short")


def test_the_before_upgrade_copy_of_an_encrypted_file_is_encrypted(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "schema_0001.peerdesk"
    old = tmp_path / "old.peerdesk"
    shutil.copyfile(fixture, old)
    set_protection(old, PASSPHRASE)
    with open_workspace(old) as workspace:
        assert workspace.encrypted
    copies = list(tmp_path.glob("old.before-upgrade-*.bak"))
    assert len(copies) == 1 and not copies[0].read_bytes().startswith(b"SQLite format 3")
    assert inspect_data_file(copies[0]).revision == "0001"


def test_merge_between_an_encrypted_and_a_plain_file(encrypted, demo_file, tmp_path, capsys):
    passphrase = ["--passphrase-file", str(tmp_path / "pass")]
    assert cli(["peer", "add", str(demo_file), "--initiative", INITIATIVE, "--name", "Kofi Mensah",
                "--email", "kofi@mof.gh"]) == 0
    assert cli(["merge", str(encrypted), str(demo_file), *passphrase]) == 0
    assert cli(["peer", "add", str(encrypted), "--initiative", INITIATIVE, "--name", "Awa Ndiaye",
                "--email", "awa@finances.sn", *passphrase]) == 0
    assert cli(["merge", str(demo_file), str(encrypted), *passphrase]) == 0
    capsys.readouterr()
    assert cli(["consent", str(demo_file), "--initiative", INITIATIVE]) == 0
    listed = capsys.readouterr().out
    assert "Kofi Mensah" in listed and "Awa Ndiaye" in listed
    assert readable_secrets(encrypted) == []
    # two encrypted files with different passphrases
    (tmp_path / "other-pass").write_text("another long passphrase\n", encoding="utf-8")
    assert cli(["protect", str(demo_file), "--new-passphrase-file", str(tmp_path / "other-pass")]) == 0
    crypto.forget_passphrases()
    assert cli(["merge", str(encrypted), str(demo_file), *passphrase]) == 2
    assert "passphrase does not open demo.peerdesk" in capsys.readouterr().err
    crypto.forget_passphrases()
    assert cli(["merge", str(encrypted), str(demo_file), *passphrase,
                "--other-passphrase-file", str(tmp_path / "other-pass")]) == 0


def test_a_new_empty_file_can_be_encrypted(tmp_path, monkeypatch, capsys):
    path = tmp_path / "new.peerdesk"
    assert cli(["new", str(path), "--encrypt"]) == 2
    assert "--encrypt needs a passphrase" in capsys.readouterr().err
    monkeypatch.setenv(crypto.PASSPHRASE_VARIABLE, PASSPHRASE)
    assert cli(["new", str(path), "--encrypt"]) == 0
    assert not path.read_bytes().startswith(b"SQLite format 3")
    crypto.forget_passphrases()
    monkeypatch.delenv(crypto.PASSPHRASE_VARIABLE)
    with pytest.raises(PassphraseNeeded):
        create_workspace(tmp_path / "x.peerdesk").close() or open_workspace(path)
