"""Importing peers: what the person sees in the preview, and what lands in the data file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from peerdesk.cli import main
from peerdesk.db.services.import_peers import ImportRefused, apply_import
from peerdesk.db.services.initiatives import find_initiative
from peerdesk.db.services.peers import list_peers
from peerdesk.db.workspace import open_workspace
from peerdesk.io.peers_import import preview_file
from peerdesk.io.sources import SourceError, read_source
from tests.io.conftest import file_digest

HEADER = "name,email,organisation,country,career_level,languages,problems\n"


def test_encodings_and_delimiters_are_detected(write_csv):
    text = "nom;courriel;organisation;pays;langues\nNéméth Ágnes;agnes@example.hu;Ministère;Hongrie;hu; fr\n"
    for encoding, expected in (("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
                               ("cp1252", "cp1252")):
        table = read_source(write_csv(text, f"p-{encoding}.csv", encoding))
        assert table.encoding == expected
        assert table.delimiter == ";"
        assert table.rows[0][0] == "Néméth Ágnes"
    tabbed = read_source(write_csv(text.replace(";", "\t"), "t.csv", "utf-16-le"))
    assert tabbed.delimiter == "\t" and tabbed.rows[0][1] == "agnes@example.hu"


@pytest.mark.parametrize(
    "headers",
    [
        "name,email,organisation,country",
        "Nom,Courriel,Organisme,Pays",
        "Nombre completo,Correo electrónico,Institución,País",
        "Nome completo,Endereço de e-mail,Instituição,País",
        "ФИО,Электронная почта,Организация,Страна",
        "profile/name,profile/email,profile/organisation,profile/country",
    ],
)
def test_headers_in_five_languages_and_survey_exports(write_csv, headers):
    path = write_csv(headers + "\nЁлкина Наталья,nat@example.ru,Минфин,Россия\n")
    preview = preview_file(path)
    assert [field for field in preview.columns.values()] == ["name", "email", "organisation", "country"]
    assert not preview.has_errors
    assert preview.records[0].values["name"] == "Ёлкина Наталья"


def test_survey_select_multiple_is_space_separated(write_csv):
    path = write_csv("_uuid,profile/name,profile/languages,profile/problems\nab,Mai,vi en,arrears payroll\n")
    preview = preview_file(path)
    record = preview.records[0].values
    assert record["languages"] == ["vi", "en"]
    assert record["problems"] == ["arrears", "payroll"]
    assert not [p for p in preview.problems if p.column == "_uuid"]


def test_every_problem_is_reported_by_row_and_column(write_csv):
    path = write_csv(
        HEADER
        + "Ann,ann@example.org,MoF,Ghana,senior,en,\n"
        + "Bob,not-an-email,MoF,Ghana,grand vizier,klingon,\n"
        + ",c@example.org,MoF,Ghana,,,\n"
    )
    preview = preview_file(path)
    described = sorted(problem.describe() for problem in preview.errors)
    assert described == [
        "row 3, column 'career_level': 'grand vizier' is not one of: entry, mid, senior, executive, political",
        "row 3, column 'email': 'not-an-email' is not an email address",
        "row 3, column 'languages': 'klingon' is not a language name or a two-letter ISO 639-1 code",
        "row 4, column 'name': the name is empty",
    ]
    assert preview.bad_rows == {3, 4}


def test_refused_import_leaves_the_file_byte_for_byte_unchanged(write_csv, demo_file, capsys):
    before = file_digest(demo_file)
    path = write_csv(HEADER + "Ann,ann@example.org,MoF,Ghana,senior,en,\nBob,bad,MoF,Ghana,,,\n")
    assert main(["import", str(demo_file), str(path), "--initiative", "X"]) == 1
    err = capsys.readouterr().err
    assert "row 3, column 'email'" in err and "nothing was imported" in err
    assert file_digest(demo_file) == before


def test_skip_bad_rows_on_purpose(write_csv, demo_file):
    path = write_csv(HEADER + "Ann,ann@example.org,MoF,Ghana,senior,en,\nBob,bad,MoF,Ghana,,,\n")
    assert main(["import", str(demo_file), str(path), "--initiative", "X", "--skip-bad-rows"]) == 0
    with open_workspace(demo_file) as workspace:
        initiative = find_initiative(workspace.factory, "X")
        assert [peer.full_name for peer in list_peers(workspace.factory, initiative.id)] == ["Ann"]


def test_service_refuses_a_preview_with_errors(write_csv, any_empty_workspace):
    preview = preview_file(write_csv(HEADER + "Bob,bad,MoF,Ghana,,,\n"))
    with pytest.raises(ImportRefused):
        apply_import(any_empty_workspace.factory, preview, "X")


def test_existing_people_are_updated_not_duplicated(write_csv, any_demo_workspace, any_demo_initiative):
    peers = list_peers(any_demo_workspace.factory, any_demo_initiative.id)
    first, second = peers[0], peers[1]
    path = write_csv(
        "name,email,organisation,position,problems\n"
        f"{first.full_name},{first.email.upper()},,Director of budget,new problem\n"
        f'{second.full_name},,"{second.organisation}",Deputy,\n'
    )
    result = apply_import(any_demo_workspace.factory, preview_file(path), any_demo_initiative.name)
    assert (result.created, result.updated) == (0, 2)
    after = {peer.uuid: peer for peer in list_peers(any_demo_workspace.factory, any_demo_initiative.id)}
    assert len(after) == len(peers)
    assert after[first.uuid].position == "Director of budget"
    assert after[first.uuid].problems == ("new problem",)
    assert after[second.uuid].position == "Deputy"
    assert after[second.uuid].problems == second.problems  # an empty cell leaves the value alone


def test_duplicate_people_in_one_file_are_a_problem(write_csv):
    path = write_csv("name,email,organisation\nAnn,a@x.org,MoF\nAnne,A@x.org,MoF\nBob,,Audit\nbob,,audit\n")
    preview = preview_file(path)
    assert [p.describe() for p in preview.errors] == [
        "row 3, column 'email': same email as row 2: the same person twice",
        "row 5, column 'name': same name and organisation as row 4: the same person twice",
    ]


def test_new_initiative_and_tags_join_the_vocabulary(write_csv, any_empty_workspace):
    path = write_csv(HEADER + "Ann,ann@example.org,MoF,Ghana,senior,English; fr,arrears control; payroll\n")
    result = apply_import(any_empty_workspace.factory, preview_file(path), "Treasury network",
                          consented="Listed with consent at the Accra workshop")
    assert result.initiatives_created == ("Treasury network",) and result.tags_added == 2
    initiative = find_initiative(any_empty_workspace.factory, "Treasury network")
    (peer,) = list_peers(any_empty_workspace.factory, initiative.id)
    assert peer.languages == ("en", "fr") and peer.problems == ("arrears control", "payroll")


def test_markup_and_formula_names_are_kept_as_typed(write_csv, any_empty_workspace):
    path = write_csv('name,organisation\n"=HYPERLINK(""http://x"")",A&B <Ministry>\n@SUM(1),-Agency\n')
    apply_import(any_empty_workspace.factory, preview_file(path), "X")
    initiative = find_initiative(any_empty_workspace.factory, "X")
    names = {(p.full_name, p.organisation) for p in list_peers(any_empty_workspace.factory, initiative.id)}
    assert names == {('=HYPERLINK("http://x")', "A&B <Ministry>"), ("@SUM(1)", "-Agency")}


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary\x00", "not a text file"),
     (b"SQLite format 3\x00" + b"\x00" * 100, "database")],
)
def test_unreadable_sources_exit_2(tmp_path, demo_file, capsys, content, message):
    path = tmp_path / "people.csv"
    path.write_bytes(content)
    before = file_digest(demo_file)
    assert main(["import", str(demo_file), str(path), "--initiative", "X"]) == 2
    assert message in capsys.readouterr().err
    assert file_digest(demo_file) == before


def test_header_only_file_is_refused(write_csv, demo_file, capsys):
    path = write_csv("name,email\n")
    assert main(["import", str(demo_file), str(path), "--initiative", "X"]) == 1
    assert "no people in it" in capsys.readouterr().err


def test_fake_xlsx_is_unreadable(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(SourceError, match="not a readable XLSX"):
        read_source(path)


def _workbook(tmp_path: Path, rows, merge: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    path = tmp_path / "people.xlsx"
    workbook.save(path)
    return path


def test_xlsx_merged_cells_take_the_value_people_see(tmp_path):
    path = _workbook(
        tmp_path,
        [["name", "organisation"], ["Ann", "Ministry of Finance"], ["Bob", None], ["Cy", None]],
        merge="B2:B4",
    )
    preview = preview_file(path)
    assert [r.values.get("organisation") for r in preview.records] == ["Ministry of Finance"] * 3


def test_xlsx_formula_without_saved_value_is_a_problem(tmp_path):
    path = _workbook(tmp_path, [["name", "email"], ["Ann", '=CONCAT("a","@x.org")'], ["Bob", "b@x.org"]])
    preview = preview_file(path)
    assert [p.describe() for p in preview.errors] == [
        "row 2, column 'email': holds a formula with no saved value; paste it as a value"
    ]


def test_mapping_file(write_csv, tmp_path):
    mapping = tmp_path / "map.json"
    mapping.write_text('{"Q1 Your full name": "name", "Q7": "country", "junk": ""}', encoding="utf-8")
    path = write_csv("Q1 Your full name,Q7,junk\nAnn,Ghana,zzz\n")
    from peerdesk.io.peers_import import load_mapping

    preview = preview_file(path, load_mapping(mapping))
    assert preview.records[0].values == {"name": "Ann", "country": "GH"}  # countries are stored as ISO codes
    bad = tmp_path / "bad.json"
    bad.write_text('{"Q1": "shoe size"}', encoding="utf-8")
    from peerdesk.io.peers_import import MappingError

    with pytest.raises(MappingError, match="shoe size"):
        load_mapping(bad)


def test_template_columns_are_recognised(tmp_path, any_empty_workspace):
    from peerdesk.io.template import TEMPLATE_COLUMNS, write_template

    path = write_template(tmp_path / "template.xlsx")
    preview = preview_file(path)
    assert list(preview.columns) == list(TEMPLATE_COLUMNS)
    assert all(preview.columns[column] for column in TEMPLATE_COLUMNS)
    assert not preview.problems
    result = apply_import(any_empty_workspace.factory, preview, "X")
    assert result.created == 1


def test_title_rows_above_the_header_are_skipped(write_csv):
    path = write_csv("Participants - Dakar workshop;;\n;;\nNom;Courriel;Pays\nAminata Touré;at@example.sn;Sénégal\n")
    preview = preview_file(path)
    assert not preview.has_errors
    assert preview.records[0].row == 4 and preview.records[0].values["country"] == "SN"


def test_levels_in_the_five_languages(write_csv):
    path = write_csv(
        "nom,niveau de carrière,éducation,influence\nA,Cadre supérieur,Maestría,Высокое\nB,3,doctorate,low\n"
    )
    preview = preview_file(path)
    assert not preview.has_errors, preview.errors
    assert preview.records[0].values == {"name": "A", "career_level": "senior", "education_level": "master",
                                         "influence": "high"}
    assert preview.records[1].values["career_level"] == "senior"
