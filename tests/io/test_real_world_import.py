"""Files from the field rather than from our template: legacy encodings, given-name and surname columns,
survey values that need recoding, one country typed in three languages, and spreadsheet bombs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from peerdesk.cli import main
from peerdesk.db.models import Peer, Tag
from peerdesk.db.workspace import create_workspace, open_workspace
from peerdesk.io.peers_import import build_preview, preview_file, values_to_recode
from peerdesk.io.sources import SourceError, read_source
from tests.io.xlsx_bombs import huge_cell_bomb, merged_bomb

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def blank_file(tmp_path) -> Path:
    path = tmp_path / "blank.peerdesk"
    create_workspace(path).close()
    return path


def _stored(path: Path) -> dict[str, Peer]:
    with open_workspace(path) as workspace, workspace.factory.begin() as session:
        peers = session.scalars(select(Peer)).all()
        session.expunge_all()
    return {peer.full_name: peer for peer in peers}


def test_french_list_with_nom_and_prenom_through_the_cli(tmp_path, blank_file, capsys):
    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom;Courriel;Pays\nDiouf;Ndèye Mayé;ndeye@example.sn;Sénégal\n"
                      "Ndiaye;Aïssatou;aissatou@example.sn;Senegal\n", encoding="utf-8")
    assert main(["import", str(blank_file), str(source), "--initiative", "Réseau budget",
                 "--consented", "Registration form, consent box"]) == 0
    stored = _stored(blank_file)
    assert set(stored) == {"Ndèye Mayé Diouf", "Aïssatou Ndiaye"}
    assert {peer.country for peer in stored.values()} == {"SN"}


def test_russian_list_keeps_surname_first():
    from peerdesk.io.sources import SourceTable

    table = SourceTable(["Фамилия", "Имя", "Отчество", "Email"],
                        [["Ёлкина", "Наталья", "Сергеевна", "n@example.ru"]], [2], "csv")
    preview = build_preview(table)
    assert preview.records[0].values["name"] == "Ёлкина Наталья Сергеевна"


def test_windows_1251_russian_list(tmp_path, blank_file, capsys):
    source = tmp_path / "список.csv"
    source.write_bytes("ФИО;Электронная почта;Страна;Языки\nЁлкина Наталья Сергеевна;n@example.ru;Россия;"
                       "русский\nИванов Пётр;p@example.kz;Казахстан;ru; kk\n".encode("cp1251"))
    assert main(["import", str(blank_file), str(source), "--initiative", "Сеть",
                 "--consented", "Registration form, consent box"]) == 0
    assert "encoding cp1251" in capsys.readouterr().out
    stored = _stored(blank_file)
    assert stored["Ёлкина Наталья Сергеевна"].country == "RU"
    assert stored["Ёлкина Наталья Сергеевна"].languages == ["ru"]
    assert stored["Иванов Пётр"].country == "KZ"


def test_windows_1250_hungarian_list(tmp_path, blank_file):
    source = tmp_path / "lista.csv"
    source.write_bytes("name;email;country\nNémeth Gábor;g@example.hu;Magyarország\nSzűcs Ödön;o@example.hu;"
                       "Hungary\nKovács Erzsébet;e@example.hu;Hongrie\nSzőke Tünde;t@example.hu;Hungría\n"
                       .encode("cp1250"))
    assert read_source(source).encoding == "cp1250"
    assert main(["import", str(blank_file), str(source), "--initiative", "Net",
                 "--consented", "Registration form, consent box"]) == 0
    stored = _stored(blank_file)
    assert {"Németh Gábor", "Szűcs Ödön", "Kovács Erzsébet", "Szőke Tünde"} == set(stored)
    assert stored["Szűcs Ödön"].country == "HU"
    assert stored["Németh Gábor"].country == "Magyarország"  # not in CLDR's five languages: kept as typed


def test_encoding_can_be_chosen(tmp_path):
    source = tmp_path / "p.csv"
    source.write_bytes("name;email\nNémeth Gábor;g@example.hu\n".encode("cp1250"))
    assert read_source(source, encoding="cp1250").rows[0][0] == "Németh Gábor"
    with pytest.raises(SourceError, match="not an encoding"):
        read_source(source, encoding="klingon")
    with pytest.raises(SourceError, match="is not utf-8"):
        read_source(source, encoding="utf-8")


def test_mixed_encoding_file_is_decoded_row_by_row_and_named(tmp_path):
    source = tmp_path / "mixed.csv"
    source.write_bytes("name,email\nAnn Ōta,a@example.jp\n".encode() + "José Nuñez,j@example.es\n".encode("cp1252")
                       + "Ёлкина Наталья,n@example.ru\n".encode())
    preview = preview_file(source)
    assert [r.values["name"] for r in preview.records] == ["Ann Ōta", "José Nuñez", "Ёлкина Наталья"]
    assert any("line(s) 3" in p.message and p.severity == "warning" for p in preview.problems)


SURVEY = ("profile/name,profile/email,profile/career_level,profile/influence,profile/country,profile/problems,_uuid\n"
          "Ann Lee,ann@example.org,junior,1,Moçambique,cash_management,x1\n"
          "Bo Diaz,bo@example.org,head_of_unit,4,Mozambique,cash_management arrears,x2\n"
          "Cy Roe,cy@example.org,director,5,Мозамбик,arrears,x3\n")


def test_survey_values_need_recoding_and_a_mapping_file_does_it(tmp_path, blank_file, capsys):
    source = tmp_path / "kobo.csv"
    source.write_text(SURVEY, encoding="utf-8")
    assert main(["import", str(blank_file), str(source), "--initiative", "N"]) == 1
    assert "'4' is not one of" in capsys.readouterr().err
    suggested = tmp_path / "suggested.json"
    main(["import", str(blank_file), str(source), "--initiative", "N", "--dry-run", "--write-mapping",
          str(suggested)])
    values = json.loads(suggested.read_text(encoding="utf-8"))["values"]
    assert values["influence"] == {"1": "low", "4": "high", "5": "high"}
    assert values["career_level"]["director"] == "executive"
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {"profile/career_level": "career_level"},
                                   "values": {"career_level": {"junior": "entry", "head_of_unit": "mid",
                                                               "director": "executive"},
                                              "influence": {"1": "low", "4": "high", "5": "high"}}}),
                       encoding="utf-8")
    assert main(["import", str(blank_file), str(source), "--initiative", "N", "--mapping", str(mapping),
                 "--consented", "Registration form, consent box"]) == 0
    stored = _stored(blank_file)
    assert [(stored[n].career_level, stored[n].influence) for n in ("Ann Lee", "Bo Diaz", "Cy Roe")] == [
        ("entry", "low"), ("mid", "high"), ("executive", "high")]
    assert {peer.country for peer in stored.values()} == {"MZ"}  # one country typed in three languages
    with open_workspace(blank_file) as workspace, workspace.factory.begin() as session:
        labels = set(session.scalars(select(Tag.label)))
    assert labels == {"cash management", "arrears"}  # readable, not the survey's slug


def test_flat_mapping_form_still_accepted(tmp_path):
    from peerdesk.io.import_mapping import load_mapping

    path = tmp_path / "flat.json"
    path.write_text('{"Q1": "name", "Q2": "given_name"}', encoding="utf-8")
    assert load_mapping(path).columns == {"Q1": "name", "Q2": "given_name"}


def test_recoding_suggestions_for_the_wizard(tmp_path):
    source = tmp_path / "kobo.csv"
    source.write_text(SURVEY, encoding="utf-8")
    choices = {(c.field, c.source): c.suggestion for c in values_to_recode(read_source(source))}
    assert choices[("influence", "1")] == "low" and choices[("influence", "5")] == "high"
    assert choices[("career_level", "junior")] == "entry"
    assert ("country", "Moçambique") not in choices  # recognised already: nothing to ask


def test_unrecognised_country_is_kept_and_flagged(tmp_path):
    source = tmp_path / "p.csv"
    source.write_text("name,country\nAnn,Atlantis\nBo,Moçambique\n", encoding="utf-8")
    preview = preview_file(source)
    assert not preview.has_errors
    assert [r.values["country"] for r in preview.records] == ["Atlantis", "MZ"]
    assert any("Atlantis" in p.message and p.severity == "warning" for p in preview.problems)


# Peak memory of the child alone: /proc's high-water mark belongs to the new program (ru_maxrss would
# carry over the size of the pytest process that forked it).
_MEASURE = """
import sys
from pathlib import Path
from peerdesk.io.sources import SourceError, read_source
try:
    read_source(Path(sys.argv[1]))
    print("read")
except SourceError as exc:
    print("refused:", exc)
status = Path("/proc/self/status").read_text()
print(int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) // 1024)
"""


def _read_in_child(path: Path) -> tuple[str, int]:
    result = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    message, peak_mb = result.stdout.strip().rsplit("\n", 1)
    return message, int(peak_mb)


def test_merged_range_over_every_column_is_clipped(tmp_path):
    path = merged_bomb(tmp_path / "merged.xlsx")
    message, peak = _read_in_child(path)
    assert message == "read" and peak < 500
    table = read_source(path)
    assert table.headers == ["name", "email"] and len(table.rows) == 2


def test_huge_cell_is_refused_early_with_one_message(tmp_path):
    path = huge_cell_bomb(tmp_path / "cell.xlsx", size=320 * 1024 * 1024)
    message, peak = _read_in_child(path)
    assert message.startswith("refused: cell.xlsx unzips to more than 200 MB") and "\n" not in message
    assert peak < 500


def test_long_cell_beyond_a_spreadsheets_limit_is_refused(tmp_path):
    path = huge_cell_bomb(tmp_path / "long.xlsx", size=16 * 1024 * 1024)
    with pytest.raises(SourceError, match="longer than 32,767 characters"):
        read_source(path)
