"""The value-creation interviews of the evaluation summary: a large initiative's answers are counted by value
cycle and a dozen are quoted, each cycle among them; a small initiative keeps every excerpt. Shares print
their numbers with the language's separators."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from peerdesk import i18n
from peerdesk.cli import main
from peerdesk.core.catalogue import catalogue
from peerdesk.core.evaluation.records import EvaluationData, InterviewRecord, Person
from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary, of
from peerdesk.reports.summary_tables import GROUP_ABOVE, QUOTED_ANSWERS, interview_answers, quoted_answers

TODAY = date(2027, 2, 1)
QUESTIONS = ("meaningful_activity", "resource", "use", "personal", "organisation")


def interviewed(count: int = 40) -> EvaluationData:
    """``count`` interviews of five answers each (200 answers, well above GROUP_ABOVE), every answer's text
    unique (``answer 7.3 ...``), the cycles spread unevenly, one cycle never marked, some answers unmarked."""
    codes = [c.code for c in catalogue().value_cycles]
    people = tuple(Person(i, f"Peer {i:03d} Ёлкина") for i in range(1, count + 1))
    start = date(2026, 3, 2)
    interviews = []
    for i in range(1, count + 1):
        answers = {q: f"answer {i}.{k} on the budget reform" for k, q in enumerate(QUESTIONS)}
        marked = {q: codes[(i + k * k) % (len(codes) - 1)] for k, q in enumerate(QUESTIONS) if (i + k) % 7}
        interviews.append(InterviewRecord(i, start + timedelta(days=5 * i), answers, marked))
    return EvaluationData(1, "Large network", "", start, TODAY, (), people, interviews=tuple(interviews),
                          today=TODAY)


def section(data: EvaluationData, **options) -> str:
    """The interviews section's text as pypdf reads it."""
    pdf = build_evaluation_summary(data, SummaryOptions(today=TODAY, **options))
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    start = text.index("5. Value-creation interviews", text.index("10. Terms used") + 1)
    return text[start:text.index("6. Diffusion", start)]


@pytest.fixture(scope="module")
def large_section() -> tuple[EvaluationData, str]:
    data = interviewed()
    return data, section(data)


def test_cycle_counts_are_the_answers_counts(large_section):
    data, text = large_section
    answers = interview_answers(data.interviews)
    assert len(answers) > GROUP_ABOVE
    counted = Counter(a.cycle for a in answers)
    lines = text.splitlines()

    def cell(label: str) -> str:  # pypdf reads a table cell per line: the one after the row's label
        return lines[lines.index(label) + 1]

    for cycle in catalogue().value_cycles:
        assert cell(cycle.name) == f"{counted[cycle.code]} of {len(answers)} answers " \
                                   f"({round(100 * counted[cycle.code] / len(answers))}%)"
    assert cell("No value cycle marked").startswith(f"{counted['']} of {len(answers)} answers")
    assert cell("All answers") == str(len(answers))
    assert f"{len(data.interviews)} value-creation interviews were held" in text
    assert "File → Export" in text.replace("\n", " ")


def test_a_dozen_answers_are_quoted_most_recent_first_with_each_cycle(large_section):
    data, text = large_section
    quoted = re.findall(r"answer (\d+)\.(\d+) on", text)
    assert 0 < len(quoted) <= QUOTED_ANSWERS
    assert f"{len(quoted)} answers are quoted below" in text.replace("\n", " ")
    by_key = {(str(a.interview.peer_id), str(QUESTIONS.index(a.question))): a
              for a in interview_answers(data.interviews)}
    shown = [by_key[key] for key in quoted]
    days = [a.interview.interviewed_on for a in shown]
    assert days == sorted(days, reverse=True)
    marked = {a.cycle for a in interview_answers(data.interviews)} - {""}
    assert marked <= {a.cycle for a in shown}  # every value cycle that has answers is quoted
    assert len(marked) < len(catalogue().value_cycles)  # (one cycle has none: it is counted 0, not quoted)


def test_quoting_never_exceeds_the_limit_even_with_more_cycles_than_room():
    answers = interview_answers(interviewed(10).interviews)
    cycles = [c.code for c in catalogue().value_cycles]
    assert len(quoted_answers(answers, cycles, limit=2)) == 2
    assert quoted_answers(answers, cycles, limit=0) == []


def test_quoted_excerpts_are_anonymised():
    text = section(interviewed(), anonymise=True)
    assert "Ёлкина" not in text and "Peer 0" not in text
    assert re.search(r"P\d+, \d+ \w+ 2026", text)


def test_a_small_initiative_keeps_every_excerpt(demo_file_template, tmp_path):
    out = tmp_path / "demo.pdf"
    assert main(["report", str(demo_file_template), "--initiative", "Budget Credibility Peer Network 2026",
                 "--out", str(out), "--today", "2026-11-27"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    start = text.index("5. Value-creation interviews", text.index("10. Terms used") + 1)
    body = text[start:text.index("6. Diffusion", start)]
    assert body.split("\n", 1)[1].startswith("Excerpts, cut at about 320 characters.")
    assert "All answers" not in body and "quoted below" not in body and "Value cycle\n" not in body
    interviews = int(re.search(r"^Value-creation interviews\n(\d+)$", text, re.M).group(1))
    assert len(re.findall(r"^.+, \d{1,2} \w+ 20\d\d$", body, re.M)) == interviews  # one block per interview


def test_shares_print_both_numbers_with_the_languages_separators():
    assert of(876, 1781, "peer", "peers") == "876 of 1,781 peers (49%)"
    assert of(0, 0, "peer", "peers") == "0 of 0 peers"
    with i18n.language("fr"):
        assert of(1234, 5678, "peer", "peers").startswith("1\u00a0234 sur 5\u00a0678 ")
    with i18n.language("ru"):
        assert of(1234, 5678, "peer", "peers").startswith("1\u00a0234 из 5\u00a0678 ")
