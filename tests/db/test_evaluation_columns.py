"""The evaluation's large tables read into columns: SQLite's one-query path and the row-by-row path (other
backends, odd values) give the same contacts, check-ins (with their notes) and scores as the ORM's own
rows; a word the app does not write, or a damaged value, is read all the same or fails as it did before."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from sqlalchemy import select, text

from peerdesk.core.evaluation.analysis import analyse
from peerdesk.core.evaluation.records import CheckinRecord, GainRecord
from peerdesk.db import models as m
from peerdesk.db.services.evaluation import (
    _checkins,
    _contacts,
    _gains,
    list_contact_records,
    load_evaluation_data,
)


def orm_checkins(session, initiative_id: int) -> list[CheckinRecord]:
    rows = session.scalars(select(m.LearningCheckin).where(m.LearningCheckin.initiative_id == initiative_id)
                           .order_by(m.LearningCheckin.week_start, m.LearningCheckin.peer_id))
    return [CheckinRecord(r.peer_id, r.week_start, r.productive, r.note or "") for r in rows]


def orm_gains(session, initiative_id: int) -> list[GainRecord]:
    rows = session.scalars(select(m.LearningGain).where(m.LearningGain.initiative_id == initiative_id)
                           .order_by(m.LearningGain.assessed_on, m.LearningGain.peer_id, m.LearningGain.area))
    return [GainRecord(r.peer_id, r.assessed_on, r.point, r.area, r.score) for r in rows]


def same_tables(session, initiative_id: int) -> None:
    for read in (_contacts, _checkins, _gains):
        fast, rows = read(session, initiative_id), read(session, initiative_id, fast=False)
        assert list(fast) == list(rows), read.__name__
        assert len(fast) > 0, read.__name__


def test_both_paths_read_what_the_orm_reads_on_the_demo(demo_workspace, demo_initiative):
    iid = demo_initiative.id
    with demo_workspace.factory.begin() as session:
        session.execute(text("UPDATE learning_checkin SET note = 'Met the treasury team; useful' "
                             "WHERE id IN (SELECT id FROM learning_checkin ORDER BY id DESC LIMIT 3)"))
    with demo_workspace.factory.begin() as session:
        same_tables(session, iid)
        checkins = orm_checkins(session, iid)
        assert 3 <= sum(1 for c in checkins if c.note) < len(checkins)
        assert sum(1 for c in checkins if c.note == 'Met the treasury team; useful') == 3
        assert list(_checkins(session, iid)) == checkins
        assert list(_gains(session, iid)) == orm_gains(session, iid)
    data = load_evaluation_data(demo_workspace.factory, iid)
    assert list(data.contacts) == list_contact_records(demo_workspace.factory, iid)
    # the columns are narrow: days in four bytes, words in one
    assert data.contacts.day.dtype == np.int32 and data.contacts.channel_code.dtype == np.int8
    assert data.checkins.answer.dtype == np.int8 and data.gains.score.dtype == np.int8


def test_a_channel_the_app_does_not_write_is_read(demo_workspace, demo_initiative):
    iid = demo_initiative.id
    with demo_workspace.factory.begin() as session:
        session.execute(text("UPDATE contact_entry SET channel = 'carrier pigeon' WHERE id = (SELECT min(id) FROM "
                             "contact_entry)"))
    with demo_workspace.factory.begin() as session:
        same_tables(session, iid)
        assert "carrier pigeon" in {r.channel for r in _contacts(session, iid)}
    before = analyse(load_evaluation_data(demo_workspace.factory, iid), today=date(2026, 12, 31))
    assert before.numbers.contacts > 0


@pytest.mark.parametrize("damaged", ["soon", "2026-02-30", "2461000.5"])
def test_a_damaged_date_fails_as_it_did_before(demo_workspace, demo_initiative, damaged):
    with demo_workspace.factory.begin() as session:
        session.execute(text("UPDATE contact_report SET report_date = :day WHERE id = (SELECT min(id) FROM "
                             "contact_report)"), {"day": damaged})
    with demo_workspace.factory.begin() as session, pytest.raises(ValueError):
        _contacts(session, demo_initiative.id)  # the row-by-row reader is asked, and refuses it as before


def test_a_text_where_a_score_belongs_is_not_read_as_zero(demo_workspace, demo_initiative):
    with demo_workspace.factory.begin() as session:  # as a hand edit outside PeerDesk could leave it
        session.execute(text("PRAGMA ignore_check_constraints = ON"))
        session.execute(text("UPDATE learning_gain SET score = 'five' WHERE id = (SELECT min(id) FROM learning_gain)"))
        session.execute(text("PRAGMA ignore_check_constraints = OFF"))
    with demo_workspace.factory.begin() as session, pytest.raises(ValueError):
        _gains(session, demo_initiative.id)


def test_a_server_database_reads_the_same_evidence_row_by_row(pg_url, tmp_path, capsys):
    """On PostgreSQL the rows come through the driver in slices; the evidence and every measure are those
    of the same synthetic initiative in a file."""
    from peerdesk.cli import main
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_location

    path = tmp_path / "same.peerdesk"
    for location in (pg_url, str(path)):
        assert main(["demo", location, "--peers", "13", "--months", "2"]) == 0, capsys.readouterr().err
    found = []
    for location in (pg_url, path):
        with open_location(location) as workspace:
            iid = list_initiatives(workspace.factory)[0].id
            data = load_evaluation_data(workspace.factory, iid)
            analysis = analyse(data, today=date(2026, 12, 31))
            found.append(([list(data.contacts), list(data.checkins), list(data.gains), data.contracts],
                          [analysis.numbers, analysis.weekly, analysis.gains, analysis.comparisons,
                           [analysis.matrix(i).pairs for i in range(len(analysis.windows))]]))
    assert len(found[0][0][0]) > 100 and found[0] == found[1]
