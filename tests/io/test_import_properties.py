"""Property tests: random and malformed files never crash the importer, problems name row and column,
and a refused import leaves the data file byte-for-byte unchanged."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from peerdesk.cli import main
from peerdesk.io.headers import PEER_FIELDS
from peerdesk.io.peers_import import preview_file
from peerdesk.io.sources import SourceError
from tests.io.conftest import file_digest

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))

header_names = st.one_of(st.sampled_from(list(PEER_FIELDS) + ["Nom", "ФИО", "profile/email", "_uuid", ""]),
                         st.text(max_size=12))
cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["=1+1", "+33 1 23", "-x", "@SUM(A1)", "a@b.org", "senior", "en; fr", "Ёлкина", "<b>x</b>",
                     "yes", "2026-02-30", "\x00", '"', "a;b;c", ";;;"]),
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
delimiters = st.sampled_from([",", ";", "\t", "|"])


def _csv_text(headers, rows, delimiter):
    def quote(value):
        if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(quote(h) for h in headers)]
    lines += [delimiter.join(quote(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


def _check_preview(path: Path) -> None:
    try:
        preview = preview_file(path)
    except SourceError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for problem in preview.problems:
        assert problem.message
        if problem.row is not None:
            assert problem.row >= 2
    row_problems = [p for p in preview.errors if p.row is not None]
    for problem in row_problems:
        assert problem.column is not None or "beyond" in problem.message


@SETTINGS
@given(
    headers=st.lists(header_names, min_size=1, max_size=8),
    rows=st.lists(st.lists(cell_text, max_size=9), max_size=8),
    encoding=encodings,
    delimiter=delimiters,
)
def test_random_csv_never_crashes(tmp_path_factory, headers, rows, encoding, delimiter):
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    text = _csv_text(headers, rows, delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path.write_bytes(data)
    _check_preview(path)


@SETTINGS
@given(data=st.binary(max_size=400), prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"]))
def test_random_bytes_never_crash(tmp_path_factory, data, prefix):
    path = tmp_path_factory.mktemp("bytes") / "people.csv"
    path.write_bytes(prefix + data)
    _check_preview(path)


xlsx_value = st.one_of(st.none(), cell_text, st.integers(-10**6, 10**6), st.floats(allow_nan=False, width=32),
                       st.booleans(), st.dates())


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    headers=st.lists(header_names, min_size=1, max_size=6),
    rows=st.lists(st.lists(xlsx_value, max_size=7), max_size=6),
    merge=st.booleans(),
    truncate=st.integers(0, 3),
)
def test_random_xlsx_never_crashes(tmp_path_factory, headers, rows, merge, truncate):
    path = tmp_path_factory.mktemp("xlsx") / "people.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", h) for h in headers])
    for row in rows:  # control characters cannot be stored in a workbook at all
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    if merge and rows:
        sheet.merge_cells(start_row=2, start_column=1, end_row=1 + len(rows), end_column=1)
    workbook.save(path)
    if truncate:  # a damaged copy: cut the zip short
        data = path.read_bytes()
        path.write_bytes(data[: len(data) * truncate // 4])
    _check_preview(path)


@pytest.fixture(scope="module")
def small_data_file(tmp_path_factory):
    from peerdesk.db.workspace import create_workspace

    path = tmp_path_factory.mktemp("data") / "small.peerdesk"
    create_workspace(path).close()
    return path


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    headers=st.lists(header_names, min_size=1, max_size=6),
    rows=st.lists(st.lists(cell_text, max_size=7), max_size=5),
    delimiter=delimiters,
)
def test_cli_refusals_leave_the_data_file_unchanged(tmp_path_factory, small_data_file, headers, rows, delimiter):
    folder = tmp_path_factory.mktemp("cli")
    data_file = folder / "work.peerdesk"
    shutil.copyfile(small_data_file, data_file)
    source = folder / "people.csv"
    source.write_text(_csv_text(headers, rows, delimiter), encoding="utf-8")
    before = file_digest(data_file)
    code = main(["import", str(data_file), str(source), "--initiative", "Random"])
    assert code in (0, 1, 2)
    if code != 0:
        assert file_digest(data_file) == before


def test_names_full_of_punctuation_are_kept(tmp_path, small_data_file):
    name = string.punctuation.replace(",", "").replace('"', "")
    source = tmp_path / "p.csv"
    source.write_text(f"name\n{name}\n", encoding="utf-8")
    preview = preview_file(source)
    assert preview.records[0].values["name"] == name


@SETTINGS
@given(
    kind=st.sampled_from(["contact_report", "checkin"]),
    rows=st.lists(st.lists(st.one_of(cell_text, st.sampled_from(["p" + "a" * 32, "2026-03-02", "yes", "no"])),
                           min_size=0, max_size=6), max_size=6),
)
def test_random_survey_answers_never_crash(kind, rows):
    from peerdesk.io.sources import SourceTable
    from peerdesk.io.survey_import import build_survey_preview

    headers = (["report/reporter", "report/report_date", "report/formal", "report/informal", "report/notes"]
               if kind == "contact_report" else ["checkin/peer", "checkin/week_start", "checkin/productive", "note"])
    table = SourceTable(headers, [[c for c in row] for row in rows], list(range(2, 2 + len(rows))), "csv")
    peers = {"aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa": 1, "x@y.org": 2}
    preview = build_survey_preview(table, kind, peers)
    for problem in preview.errors:
        assert problem.row is None or problem.row in table.row_numbers
    for record in preview.good_records():
        assert (record.get("reporter") or record.get("peer")) in (1, 2)
