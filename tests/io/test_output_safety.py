"""What PeerDesk writes for people: no formula a spreadsheet would run, nothing half-written when the
disk fills up, and one clear line (never a traceback) when writing fails."""

from __future__ import annotations

import errno
import sqlite3
import zipfile

import pytest
from openpyxl import load_workbook

from peerdesk.cli import describe_environment_error, main
from peerdesk.core import atomic
from peerdesk.core.atomic import write_bytes_atomic
from peerdesk.db.services.export_data import export_tables
from peerdesk.io.export import export_csv_zip, export_xlsx
from peerdesk.io.formulas import looks_like_formula, neutralise_csv
from peerdesk.io.xlsform import FormContext, write_xlsform

HOSTILE = ("=cmd|'/c calc'!A1", '=HYPERLINK("http://x.test","click")', " =1+1", "\n=2+2", "@SUM(A1)", "+1", "\t=3")


def test_whitespace_before_a_formula_is_caught():
    assert all(looks_like_formula(text) for text in HOSTILE)
    assert not looks_like_formula("Ndèye Mayé Diouf") and not looks_like_formula("a = b")
    assert neutralise_csv(" =1+1") == "' =1+1"


def test_questionnaire_holds_no_formula(tmp_path):
    context = FormContext(HOSTILE[1], tuple((f"0000000{i}-0000-0000-0000-000000000000", name)
                                            for i, name in enumerate(HOSTILE)), {"problem": HOSTILE})
    path = write_xlsform("peer_profile", tmp_path / "form.xlsx", context)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name
    book = load_workbook(path)
    texts = [cell.value for sheet in book for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert any("cmd|" in text for text in texts)  # the label is kept, as text
    assert all(cell.data_type != "f" for sheet in book for row in sheet.iter_rows() for cell in row)


def test_csv_zip_neutralises_whitespace_led_formulas(demo_workspace, tmp_path):
    from peerdesk.db.models import Peer

    with demo_workspace.factory.begin() as session:
        session.get(Peer, 1).notes = "\n=HYPERLINK(\"http://x.test\")"
        session.get(Peer, 2).position = " =cmd|'/c calc'!A1"
    out = export_csv_zip(export_tables(demo_workspace.factory), tmp_path / "all.zip")
    with zipfile.ZipFile(out) as archive:
        text = archive.read("peer.csv").decode("utf-8-sig")
    assert "'\n=HYPERLINK" in text and "' =cmd|" in text


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_leaves_no_partial_file_and_the_old_one_intact(demo_workspace, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "all.xlsx"
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(atomic.os, "fsync", _disk_full)
    with pytest.raises(OSError):
        export_xlsx(export_tables(demo_workspace.factory), target)
    with pytest.raises(OSError):
        export_csv_zip(export_tables(demo_workspace.factory), tmp_path / "all.zip")
    with pytest.raises(OSError):
        write_bytes_atomic(tmp_path / "contracts.pdf", b"%PDF-1.4 ...")
    assert target.read_bytes() == b"the previous export"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["all.xlsx"]


def test_cli_pdf_on_a_full_disk_is_one_line_and_leaves_nothing(demo_file, tmp_path, monkeypatch, capsys):
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_workspace

    with open_workspace(demo_file) as workspace:
        name = list_initiatives(workspace.factory)[0].name
    monkeypatch.setattr(atomic.os, "fsync", _disk_full)
    out = tmp_path / "out" / "contracts.pdf"
    out.parent.mkdir()
    code = main(["contracts", str(demo_file), "--initiative", name, "--out", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(out.parent.iterdir()) == []


def test_backup_on_a_full_disk_leaves_no_partial(demo_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(atomic.os, "fsync", _disk_full)
    assert main(["backups", str(demo_file), "--take"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "peerdesk: the disk is full; nothing was written (free some space and try again)"
    from peerdesk.db.backups import backup_folder

    folder = backup_folder(demo_file)
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize(("error", "expected"), [
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    (OSError(errno.EROFS, "Read-only file system", "/media/usb/x.pdf"), "on a read-only disk"),
    (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "the data file is read-only"),
    (sqlite3.OperationalError("database is locked"), "in use by another program"),
])
def test_environment_errors_get_their_own_message(error, expected):
    from sqlalchemy.exc import OperationalError

    assert expected in describe_environment_error(error)
    wrapped = OperationalError("INSERT ...", {}, error) if isinstance(error, sqlite3.Error) else error
    assert expected in describe_environment_error(wrapped)


def test_permission_errors_name_file_or_folder(tmp_path):
    existing = tmp_path / "data.peerdesk"
    existing.write_bytes(b"x")
    assert "is read-only" in describe_environment_error(PermissionError(errno.EACCES, "denied", str(existing)))
    assert "the folder is read-only" in describe_environment_error(
        PermissionError(errno.EACCES, "denied", str(tmp_path / "new.pdf")))


def test_unexpected_error_is_one_line_with_the_log_path(demo_file, monkeypatch, capsys):
    from peerdesk.cli import log_file
    from peerdesk.db.services import initiatives

    def broken(*_args, **_kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(initiatives, "list_initiatives", broken)
    assert main(["initiatives", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(log_file()) in err
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Traceback" in log_file().read_text(encoding="utf-8")
