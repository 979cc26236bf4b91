"""Checking typed contact reports: refusals with reasons, merges with notices, nothing silently dropped."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.evaluation.capture import ContactDraft, check_contact_drafts, parse_date, resolve_names

MEMBERS = {1: "Ion Ciobanu", 2: "Elena Rusu", 3: "Ёлкина Наталья", 4: "Edit Németh"}
START, END = date(2026, 2, 2), date(2027, 1, 29)
DAY = date(2026, 3, 2)


def check(drafts, existing=None):
    return check_contact_drafts(drafts, MEMBERS, START, END, existing, channels=("email", "phone"))


def test_clean_row_is_accepted():
    result = check([ContactDraft(1, DAY, 1, ((2, "formal", "email"), (3, "informal", "")))])
    assert list(result.reports) == [(1, DAY)]
    assert result.reports[(1, DAY)].contacts == ((2, "formal", "email"), (3, "informal", ""))
    assert not result.refused and not result.notices


def test_stranger_and_self_contact_are_left_out_with_reasons():
    result = check([ContactDraft(1, DAY, 1, ((1, "formal", ""), (77, "formal", ""), (2, "formal", "")))])
    assert result.reports[(1, DAY)].contacts == ((2, "formal", ""),)
    messages = [p.message for p in result.refused]
    assert any("themself" in m for m in messages)
    assert any("not a participant" in m for m in messages)


def test_date_outside_and_unknown_reporter_are_refused():
    result = check([ContactDraft(1, date(2025, 12, 1), 1, ((2, "formal", ""),)),
                    ContactDraft(2, DAY, 99, ((2, "formal", ""),))])
    assert not result.reports
    assert [p.row for p in result.refused] == [1, 2]
    assert "outside the initiative" in result.refused[0].message


def test_same_reporter_twice_on_one_day_is_merged_with_notice_informal_wins():
    result = check([ContactDraft(1, DAY, 1, ((2, "formal", "email"),)),
                    ContactDraft(2, DAY, 1, ((2, "informal", ""), (4, "formal", "")))])
    assert result.reports[(1, DAY)].contacts == ((2, "informal", "email"), (4, "formal", ""))
    assert len(result.notices) == 1 and "merged" in result.notices[0].message


def test_row_for_report_in_file_is_merged():
    result = check([ContactDraft(1, DAY, 1, ((4, "formal", ""),))], existing={(1, DAY): {2: "informal"}})
    assert result.reports[(1, DAY)].contacts == ((2, "informal", ""), (4, "formal", ""))
    assert "already in the file" in result.notices[0].message


def test_unknown_channel_is_reported_and_contact_kept():
    result = check([ContactDraft(1, DAY, 1, ((2, "formal", "pigeon"),))])
    assert result.reports[(1, DAY)].contacts == ((2, "formal", ""),)
    assert "pigeon" in result.refused[0].message


def test_parse_date_and_resolve_names():
    assert parse_date("2.3.2026") == DAY == parse_date("2026-03-02")
    with pytest.raises(ValueError, match="not a date"):
        parse_date("next tuesday")
    ids, problems = resolve_names("elena; Ёлк, Edit Németh, Zoltan, E", MEMBERS)
    assert ids == [2, 3, 4]
    assert len(problems) == 2 and "Zoltan" in problems[0] and "could be" in problems[1]


def test_parse_contact_row_takes_date_from_row_above_and_blocks_typos():
    from peerdesk.core.evaluation.capture import ContactRow, parse_contact_row

    channels = {"email": "E-mail", "phone": "Phone"}
    draft, problems = parse_contact_row(3, ContactRow("", "Ion", "elena", "Edit", "ph", "A&B <x>"), MEMBERS,
                                        channels, default_day=DAY)
    assert not problems
    assert draft.report_date == DAY and draft.reporter_id == 1
    assert draft.contacts == ((2, "informal", "phone"), (4, "formal", "phone")) and draft.notes == "A&B <x>"
    draft, problems = parse_contact_row(4, ContactRow("31.2.2026", "Ion", "Zed"), MEMBERS, channels)
    assert draft is None
    assert {p.field for p in problems} == {"date", "informal"}


def test_channels_and_kinds_in_the_five_languages() -> None:
    from peerdesk.core.evaluation.capture import resolve_channel, resolve_kind

    channels = {"in_person": "In person", "phone": "Phone", "email": "Email", "video": "Video call",
                "messaging": "Messaging", "other": "Other"}
    typed = {"téléphone": "phone", "Telefone": "phone", "телефон": "phone", "courriel": "email",
             "correo": "email", "visio": "video", "videochamada": "video", "WhatsApp": "messaging",
             "en personne": "in_person", "presencial": "in_person", "otro": "other", "Email": "email"}
    assert {text: resolve_channel(text, channels)[0] for text in typed} == typed
    code, reason = resolve_channel("pigeon", channels)
    assert code == "" and "In person, Phone" in reason
    assert [resolve_kind(t) for t in ("Informel", "formal", "неформальный", "formais", "x")] == [
        "informal", "formal", "informal", "formal", None]
