"""XLSForm questionnaires: valid for pyxform (and ODK Validate when Java is there), five languages, and
their exports import back."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

from peerdesk.cli import main
from peerdesk.db.services.peers import list_peers
from peerdesk.db.workspace import open_workspace
from peerdesk.io.xlsform import FORMS, LABEL_COLUMNS, FormContext, peer_choice_name, uuid_from_choice, write_xlsform

pyxform = pytest.importorskip("pyxform.xls2xform")


@pytest.fixture
def context(demo_workspace, demo_initiative):
    peers = list_peers(demo_workspace.factory, demo_initiative.id)
    problems = sorted({label for peer in peers for label in peer.problems})
    return FormContext(demo_initiative.name, tuple((p.uuid, p.full_name) for p in peers), {"problem": tuple(problems)})


@pytest.mark.parametrize("form", FORMS)
def test_forms_convert_with_pyxform_in_five_languages(tmp_path, context, form):
    path = write_xlsform(form, tmp_path / f"{form}.xlsx", context)
    warnings: list[str] = []
    validate = shutil.which("java") is not None  # ODK Validate, as KoboToolbox and ODK Central run it
    result = pyxform.convert(str(path), warnings=warnings, validate=validate)
    assert warnings == []
    for language in ("English (en)", "French (fr)", "Spanish (es)", "Portuguese (pt)", "Russian (ru)"):
        assert f'<translation lang="{language}"' in result.xform
    survey = load_workbook(path)["survey"]
    headers = [cell.value for cell in survey[1]]
    assert set(LABEL_COLUMNS) <= set(headers)
    label_cells = [row[headers.index(column)] for row in survey.iter_rows(min_row=2, values_only=True)
                   for column in LABEL_COLUMNS if row[0] not in ("end_group",)]
    assert all(label_cells)  # every question labelled in every language


def test_contact_and_checkin_need_peers(tmp_path):
    with pytest.raises(ValueError, match="initiative"):
        write_xlsform("contact_report", tmp_path / "x.xlsx", FormContext())


def test_choice_names_round_trip():
    uuid = "12345678-90ab-cdef-1234-567890abcdef"
    assert uuid_from_choice(peer_choice_name(uuid)) == uuid
    assert uuid_from_choice("somebody") is None


def test_cli_and_survey_exports_import_back(demo_file, tmp_path, capsys):
    with open_workspace(demo_file) as workspace:
        from peerdesk.db.services.initiatives import list_initiatives

        initiative = list_initiatives(workspace.factory)[0]
        peers = list_peers(workspace.factory, initiative.id)
    name = initiative.name
    for form in FORMS:
        assert main(["xlsform", str(demo_file), form, str(tmp_path / f"{form}.xlsx"), "--initiative", name]) == 0
    a, b, c = (peer_choice_name(p.uuid) for p in peers[:3])
    # KoboToolbox CSV export: ';' delimiter, group paths, select_multiple space separated, 0/1 columns
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(
        "start;end;report/reporter;report/report_date;report/formal;report/formal/" + b + ";report/informal;"
        "report/notes;_id;_uuid;_submission_time\n"
        f"2026-03-01;2026-03-01;{a};2099-03-02;{b};1;{c};met at lunch;1;u1;2026-03-02\n"
        f"2026-03-01;2026-03-01;{b};2099-03-02;;0;{a};;2;u2;2026-03-02\n",
        encoding="utf-8",
    )
    assert main(["import", str(demo_file), str(contacts), "--initiative", name]) == 0
    assert "imported contact reports: 2 new" in capsys.readouterr().out
    assert main(["import", str(demo_file), str(contacts), "--initiative", name]) == 0  # re-sent: replaced
    assert "0 new, 2 replaced" in capsys.readouterr().out
    import sqlite3

    connection = sqlite3.connect(demo_file)
    entries = connection.execute(
        "SELECT e.kind FROM contact_entry e JOIN contact_report r ON r.id = e.report_id "
        "WHERE r.report_date = '2099-03-02' ORDER BY e.kind").fetchall()
    connection.close()
    assert entries == [("formal",), ("informal",), ("informal",)]
    checkins = tmp_path / "checkins.csv"
    checkins.write_text(
        "checkin-peer,checkin-week_start,checkin-productive,checkin-note,KEY\n"
        f"{a},2099-03-02,yes,budget calendar,k1\n"
        f"{b},2099-03-02,maybe,,k2\n",
        encoding="utf-8",
    )
    assert main(["import", str(demo_file), str(checkins), "--initiative", name]) == 1
    assert "row 3, column 'checkin-productive': 'maybe' is not yes or no" in capsys.readouterr().err
    profile = tmp_path / "profile.csv"
    from peerdesk.io.xlsform import tag_slug

    existing = next(label for peer in peers for label in peer.problems)
    slug = tag_slug(existing)
    profile.write_text(
        "profile/name,profile/email,matching/career_level,matching/languages,matching/problems,"
        "matching/consent_given,_uuid\n"
        f"Ndèye Mayé Diouf,ndeye@example.sn,senior,fr en,{slug},yes,x\n",
        encoding="utf-8",
    )
    assert main(["import", str(demo_file), str(profile), "--initiative", name]) == 0
    with open_workspace(demo_file) as workspace:
        mayé = next(p for p in list_peers(workspace.factory, initiative.id) if p.email == "ndeye@example.sn")
    assert mayé.languages == ("fr", "en") and mayé.career_level == "senior" and mayé.consent_given
    assert mayé.problems == (existing,)  # the choice name maps back to the vocabulary's label
