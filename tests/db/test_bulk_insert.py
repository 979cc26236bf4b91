"""``db/bulk.fast_insert`` puts many rows in one SQLite statement: the rows must land as one statement
per row would put them (same values, same order, same ids), whatever the count and row layout."""

import pytest
from sqlalchemy import select

from peerdesk.db import bulk
from peerdesk.db.bulk import fast_insert
from peerdesk.db.models import Initiative, Organisation


def _insert(workspace, rows, columns=None) -> list[tuple]:
    with workspace.factory.begin() as session:
        fast_insert(session, Organisation.__table__, rows, columns=columns)
    with workspace.factory.begin() as session:
        return [tuple(row) for row in session.execute(
            select(Organisation.id, Organisation.name, Organisation.country, Organisation.version,
                   Organisation.updated_by).order_by(Organisation.id))]


@pytest.mark.parametrize("count", [1, 99, 100, 101, 250, 2001])
def test_many_rows_per_statement_land_as_one_per_statement(empty_workspace, tmp_path, monkeypatch, count):
    from peerdesk.db.workspace import create_workspace

    tuples = [(f"Ministry {n} d'État", ["KE", "PE", ""][n % 3]) for n in range(count)]
    dicts = [{"name": f"Office {name}", "country": country} | ({"updated_by": "x"} if n % 7 == 0 else {})
             for n, (name, country) in enumerate(tuples)]
    many = (_insert(empty_workspace, tuples, ("name", "country")), _insert(empty_workspace, dicts))
    monkeypatch.setattr(bulk, "_ROWS_PER_STATEMENT", 1)
    other = create_workspace(tmp_path / "other.peerdesk")
    try:
        one = (_insert(other, tuples, ("name", "country")), _insert(other, dicts))
    finally:
        other.close()
    assert many == one
    assert [row[1:3] for row in many[0][:count]] == tuples
    assert len(many[1]) == 2 * count


def test_a_refused_row_refuses_the_whole_insert(empty_workspace):
    with pytest.raises(Exception, match="NOT NULL|not-null"):
        with empty_workspace.factory.begin() as session:
            fast_insert(session, Initiative.__table__, [(f"I{n}",) for n in range(150)] + [(None,)], columns=("name",))
    with empty_workspace.factory.begin() as session:
        assert session.scalars(select(Initiative.name)).all() == []
