"""Evaluation services against the demo file: reading the evidence, and saving checked entries."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.evaluation.capture import ContactDraft
from peerdesk.core.evaluation.contact_measures import contact_matrix
from peerdesk.db.services.evaluation import list_contact_records, load_evaluation_data
from peerdesk.db.services.evaluation_capture import (
    EvaluationInputError,
    save_checkin,
    save_contact_reports,
    save_diffusion_event,
    save_interview,
    save_learning_scores,
    set_attendance,
)


@pytest.fixture
def data(any_demo_workspace, any_demo_initiative):
    return load_evaluation_data(any_demo_workspace.factory, any_demo_initiative.id, today=date(2026, 11, 27))


def ids_by_name(data):
    return {person.name: person.id for person in data.people}


def test_demo_evidence_is_read(data):
    assert len(data.participants) == 24 and len(data.comparison) == 4
    assert len({c.reporter_id for c in data.contacts}) == 12
    assert len(data.interviews) == 4 and len(data.diffusion) == 4
    assert any(a.attendance == 23 for a in data.activities)
    assert {c.status for c in data.contracts} >= {"signed", "closed"}
    matrix = contact_matrix(data.contacts, [p.id for p in data.participants])
    assert 0 < matrix.density < 1


def test_contact_reports_saved_refused_and_merged(any_demo_workspace, any_demo_initiative, data):
    names = ids_by_name(data)
    ion, elena, popa = names["Ion Ciobanu"], names["Elena Rusu"], names["Natalia Popa"]
    day = date(2026, 9, 1)
    before = len(list_contact_records(any_demo_workspace.factory, any_demo_initiative.id))
    result = save_contact_reports(any_demo_workspace.factory, any_demo_initiative.id, [
        ContactDraft(1, day, ion, ((elena, "formal", "email"), (ion, "formal", ""), (popa, "formal", ""))),
        ContactDraft(2, day, ion, ((elena, "informal", "phone"),)),
        ContactDraft(3, date(2030, 1, 1), elena, ((ion, "formal", ""),)),
    ])
    assert result.saved == 1 and result.merged == 0
    assert len(result.refused) == 3  # self-contact, comparison colleague, date outside
    assert len(result.notices) == 1
    records = list_contact_records(any_demo_workspace.factory, any_demo_initiative.id)
    assert len(records) == before + 1
    saved = [r for r in records if r.report_date == day]
    assert [(r.other_id, r.kind, r.channel) for r in saved] == [(elena, "informal", "phone")]
    # Typing the same report again later merges into the file's report.
    again = save_contact_reports(any_demo_workspace.factory, any_demo_initiative.id,
                                 [ContactDraft(1, day, ion, ((names["Giorgi Beridze"], "formal", ""),))])
    assert again.merged == 1 and "already in the file" in again.notices[0].message
    assert len(list_contact_records(any_demo_workspace.factory, any_demo_initiative.id)) == before + 2


def test_other_entries_validated(any_demo_workspace, any_demo_initiative, data):
    factory, iid = any_demo_workspace.factory, any_demo_initiative.id
    ion = ids_by_name(data)["Ion Ciobanu"]
    assert save_checkin(factory, iid, ion, date(2026, 9, 3), True, "Call on arrears") is False
    assert save_checkin(factory, iid, ion, date(2026, 9, 1), False) is True  # same week: replaced
    with pytest.raises(EvaluationInputError, match="outside"):
        save_checkin(factory, iid, ion, date(2020, 1, 1), True)
    assert save_learning_scores(factory, iid, ion, date(2026, 11, 1), "end", {"sequencing": 5}) == 1
    with pytest.raises(EvaluationInputError, match="5, 3 or 1"):
        save_learning_scores(factory, iid, ion, date(2026, 11, 1), "end", {"sequencing": 4})
    save_interview(factory, iid, ion, date(2026, 11, 2), {"practice": "Used the template."}, {"practice": "applied"})
    with pytest.raises(EvaluationInputError, match="value cycle"):
        save_interview(factory, iid, ion, date(2026, 11, 2), {"practice": "x"}, {"practice": "magic"})
    root = save_diffusion_event(factory, iid, event_date=date(2026, 10, 1), people_reached=3, sharer_peer_id=ion)
    save_diffusion_event(factory, iid, event_date=date(2026, 10, 5), people_reached=6, sharer_name="A. Colleague",
                         parent_id=root)
    with pytest.raises(EvaluationInputError, match="before they were reached"):
        save_diffusion_event(factory, iid, event_date=date(2026, 9, 1), people_reached=1, sharer_name="B",
                             parent_id=root)
    with pytest.raises(EvaluationInputError, match="negative"):
        set_attendance(factory, iid, 1, -3)
    after = load_evaluation_data(factory, iid)
    assert len(after.diffusion) == 6 and len(after.interviews) == 5
