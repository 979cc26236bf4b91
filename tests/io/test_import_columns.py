"""The import checks a sheet column by column (for speed on 50,000 rows): the values and messages a
person sees must be the ones checking each cell on its own gives, listed row by row."""

from __future__ import annotations

import uuid

from peerdesk.core.catalogue import catalogue
from peerdesk.db.bulk import new_uuids
from peerdesk.io.peer_values import UnknownCountry, Vocabulary, parse_column, parse_value
from peerdesk.io.peers_import import build_preview
from peerdesk.io.sources import SourceTable

COLUMNS = {
    "country": ["Kenya", "", "Atlantis", "Kenya", "Pérou", "Atlantis"],
    "career_level": ["senior", "boss", "", "Senior", "boss", "3"],
    "languages": ["en; fr", "english", "klingon", "en; fr", "", "fr en"],
    "problems": ["arrears; payroll", "x" * 201, "", "arrears; payroll", "a\x00b", "payroll"],
    "email": ["a@example.org", "not an address", "", "MAILTO:B@Example.org", "b@example.org", "a@b"],
    "name": ["Ann", "x" * 301, "", "Bob\x00", "Cy", "Ndèye Mayé Diouf"],
    "consent_given": ["yes", "oui", "maybe", "", "нет", "no"],
}


def _one_by_one(name: str, texts: list[str], vocab: Vocabulary) -> tuple[list, dict]:
    values, problems = [], {}
    for position, text in enumerate(texts):
        if not text:
            values.append(None)
            continue
        try:
            values.append(parse_value(name, text, vocab, False))
        except UnknownCountry as exc:
            values.append(exc.text)
            problems[position] = ("warning", str(exc))
        except ValueError as exc:
            values.append(None)
            problems[position] = ("error", str(exc))
    return values, problems


def test_a_column_parses_as_its_cells_one_by_one():
    vocab = Vocabulary(catalogue())
    for name, texts in COLUMNS.items():
        assert parse_column(name, texts, vocab, False) == _one_by_one(name, texts, vocab), name


#: Columns without a problem (each column's quick path: no message to place, every list filled).
CLEAN = {
    "country": ["Kenya", "Pérou", "Kenya"],
    "languages": ["en; fr", "english", "fr en"],
    "problems": ["arrears; payroll", "payroll", "arrears; payroll"],
    "name": ["Ann", "Ndèye Mayé Diouf", "x" * 300],
    "email": ["a@example.org", "Ndèye.Diouf@Example.SN", "b@ex.co.uk", "MAILTO:B@Example.org", "ΣΑΣ@ΑΣ.gr"],
}
#: The same with empty cells, which keep no value.
CLEAN_WITH_GAPS = {name: ["", *texts[:2], "", *texts[2:], ""] for name, texts in CLEAN.items()}


def test_a_clean_column_parses_as_its_cells_one_by_one():
    vocab = Vocabulary(catalogue())
    for name, texts in [*CLEAN.items(), *CLEAN_WITH_GAPS.items()]:
        assert parse_column(name, texts, vocab, False) == _one_by_one(name, texts, vocab), name


def test_each_row_gets_its_own_list():
    values, _problems = parse_column("languages", ["en; fr", "en; fr"], Vocabulary(catalogue()), False)
    values[0].append("ru")
    assert values[1] == ["en", "fr"]


def test_problems_are_listed_row_by_row_in_column_order():
    table = SourceTable(["name", "email", "country", "career_level"],
                        [["Ann", "bad", "Atlantis", "boss"], ["", "b@example.org", "Kenya", "boss"],
                         ["Cy", "c@example.org", "Atlantis", "senior", "extra"]],
                        [2, 3, 4], "csv")
    preview = build_preview(table)
    where = [(problem.row, problem.column, problem.severity) for problem in preview.problems if problem.row]
    assert where == [(2, "email", "error"), (2, "country", "warning"), (2, "career_level", "error"),
                     (3, "career_level", "error"), (3, "name", "error"),
                     (4, "country", "warning"), (4, None, "warning")]
    assert preview.bad_rows == {2, 3}
    assert preview.records[2].values == {"name": "Cy", "email": "c@example.org", "country": "Atlantis",
                                         "career_level": "senior"}


def test_batch_identities_are_distinct_version_4_uuids():
    batch = new_uuids(5000)
    assert len(set(batch)) == 5000
    for text in batch:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
