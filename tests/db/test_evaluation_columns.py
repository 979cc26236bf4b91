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


def test_contacts_of_two_initiatives_in_one_file_stay_apart(demo_workspace, demo_initiative):
    """The initiative with most reports is read as its reports plus every entry of the file, joined by numpy;
    one with few, through the SQL join: each gets its own contacts, the same as the row-by-row reader."""
    from peerdesk.db.services.initiatives import copy_initiative

    first = demo_initiative.id
    second = copy_initiative(demo_workspace.factory, first, "Second cohort", peer_ids=None)
    with demo_workspace.factory.begin() as session:
        session.execute(text(
            "INSERT INTO contact_report (initiative_id, reporter_id, report_date, notes, uuid, created_at, updated_at) "
            "SELECT :second, reporter_id, report_date, notes, uuid || '-2', created_at, updated_at FROM contact_report "
            "WHERE initiative_id = :first ORDER BY id LIMIT 6"), {"first": first, "second": second})
        session.execute(text(
            "INSERT INTO contact_entry (report_id, other_id, kind, channel, uuid, created_at, updated_at) "
            "SELECT copy.id, e.other_id, 'informal', e.channel, e.uuid || '-2', e.created_at, e.updated_at "
            "FROM contact_entry e JOIN contact_report r ON r.id = e.report_id JOIN contact_report copy "
            "ON copy.uuid = r.uuid || '-2'"))
    with demo_workspace.factory.begin() as session:
        for iid in (first, second):
            fast, rows = _contacts(session, iid), _contacts(session, iid, fast=False)
            assert list(fast) == list(rows) == list_contact_records(demo_workspace.factory, iid)
        assert 0 < len(_contacts(session, second)) < len(_contacts(session, first)) / 10
        assert {r.kind for r in _contacts(session, second)} == {"informal"}


@pytest.mark.parametrize("written", ["2026-03-04 00:00:00", "2026-03-04T09:30"])
def test_a_date_written_otherwise_is_read_as_sqlite_reads_it(demo_workspace, demo_initiative, written):
    """PeerDesk writes "YYYY-MM-DD"; a date with a time after it (another program's) is read by SQLite's
    date functions, as before, to the same day."""
    with demo_workspace.factory.begin() as session:
        session.execute(text("UPDATE learning_gain SET assessed_on = :day WHERE id = (SELECT min(id) FROM "
                             "learning_gain)"), {"day": written})
    with demo_workspace.factory.begin() as session:
        gains = _gains(session, demo_initiative.id)
        assert date(2026, 3, 4) in {g.assessed_on for g in gains}
        assert list(gains) == list(_gains(session, demo_initiative.id, fast=False))


def test_an_assessment_point_of_the_facilitators_own_is_read(demo_workspace, demo_initiative):
    with demo_workspace.factory.begin() as session:
        session.execute(text("UPDATE learning_gain SET point = 'after the study tour' WHERE id = (SELECT min(id) "
                             "FROM learning_gain)"))
    with demo_workspace.factory.begin() as session:
        gains = _gains(session, demo_initiative.id)
        assert list(gains) == orm_gains(session, demo_initiative.id)
        assert "after the study tour" in gains.points
        # only the points found are named (the usual ones are looked for first, not listed for that)
        assert set(gains.points) == {g.point for g in orm_gains(session, demo_initiative.id)}
