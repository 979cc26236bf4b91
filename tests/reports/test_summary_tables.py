"""The evaluation summary stays a summary for a large initiative: its long lists are grouped, and the
grouped tables add up to the rows they replace; a small initiative keeps its row-by-row tables."""

from __future__ import annotations

import re
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from peerdesk.cli import main
from peerdesk.core.evaluation.analysis import analyse
from peerdesk.core.evaluation.records import (
    ActivityRecord,
    ContractRecord,
    DiffusionRecord,
    EvaluationData,
    Person,
)
from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary
from peerdesk.reports.summary_tables import GROUP_ABOVE, NAMED_ROWS, events_by_month, open_items

TODAY = date(2027, 2, 1)
STATUSES = ("draft", "printed", "signed", "closed")


def large(peers: int = 300, events: int = 160, sharers: int = 113) -> EvaluationData:
    """A year-long initiative of ``peers`` participants with a contract each, ``events`` events and
    ``sharers`` peers who shared back home (deterministic, no random numbers)."""
    start = date(2026, 2, 2)
    people = tuple(Person(i, f"Peer {i:03d} Ёлкина") for i in range(1, peers + 1))
    activities = tuple(ActivityRecord(f"Event {i}", start + timedelta(days=2 * i),
                                      start + timedelta(days=2 * i + i % 3), None if i % 4 == 0 else 10 + i % 17,
                                      8 if i % 3 == 0 else 0, i % 8 if i % 3 == 0 else 0) for i in range(events))
    contracts = tuple(ContractRecord(i, STATUSES[i % 4], 8, i % 5, i % 3, (i * 7) % 4 if i % 4 >= 2 else 0)
                      for i in range(1, peers + 1))
    diffusion = tuple(DiffusionRecord(i, i, "", None, start + timedelta(days=i), "talk", "team", 5 + (i * 13) % 31)
                      for i in range(1, sharers + 1))
    return EvaluationData(1, "Large network", "", start, date(2027, 2, 1), (), people, activities=activities,
                          contracts=contracts, diffusion=diffusion, today=TODAY)


def pdf_text(data: EvaluationData, lang: str | None = None) -> tuple[str, int]:
    reader = PdfReader(BytesIO(build_evaluation_summary(data, SummaryOptions(today=TODAY, lang=lang))))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def number(cell: str) -> int:
    """A whole number as printed (``1,519``), or the first one of a cell (``167 at 10 events``)."""
    return int(re.search(r"\d[\d,]*", cell).group().replace(",", ""))


def row(text: str, label: str, cells: int) -> list[str]:
    """The ``cells`` cells after the first table cell reading ``label`` (pypdf reads a cell per line)."""
    lines = text.splitlines()
    assert label in lines, label
    start = lines.index(label) + 1
    return lines[start:start + cells]


def section(text: str, heading: str, end: str) -> str:
    return text[text.rindex(heading):text.rindex(end)]


@pytest.fixture(scope="module")
def large_summary() -> tuple[EvaluationData, str, int]:
    data = large()
    return (data, *pdf_text(data))


def test_contracts_grouped_by_status_add_up(large_summary):
    data, text, _pages = large_summary
    contracts = section(text, "7. Contract fulfilment", "8. Before and after")
    assert "300 contracts, counted by where each stands" in contracts
    assert "File → Export" in " ".join(contracts.split())

    def sums(rows) -> list[int]:
        return [len(rows), sum(c.kept for c in rows), sum(c.partly for c in rows), sum(c.not_kept for c in rows),
                sum(open_items(c) for c in rows)]

    per_status = [[number(cell) for cell in row(contracts, status, 5)] for status in STATUSES]
    for status, printed in zip(STATUSES, per_status, strict=True):
        assert printed == sums([c for c in data.contracts if c.status == status]), status
    total = [number(cell) for cell in row(contracts, "All contracts", 5)]
    assert total == sums(data.contracts) == [sum(column) for column in zip(*per_status, strict=True)]
    # the contracts that need attention are named: those with the most commitments not kept
    attention = [c for c in data.contracts if c.not_kept]
    assert (f"{len(attention)} contracts have at least one commitment not kept; the {NAMED_ROWS} with"
            in " ".join(contracts.split()))
    named = {int(m) for m in re.findall(r"Peer (\d{3}) Ёлкина", contracts)}
    assert len(named) == NAMED_ROWS
    most = max(c.not_kept for c in attention)
    assert all(c.not_kept == most for c in data.contracts if c.peer_id in named)


def test_events_grouped_by_month_add_up(large_summary):
    data, text, _pages = large_summary
    events = section(text, "2. Engagement", "3. Sustained contact")
    held = [a for a in data.activities if a.end_date <= TODAY]
    assert f"{len(held)} events held, counted by the month each started in" in events
    assert not re.search(r"Event \d", events)  # no event listed by title
    months = events_by_month(held)
    assert sum(m.events for m in months) == len(held)
    printed = [row(events, month, 3) for month in ("February 2026", "March 2026", "December 2026")]
    assert [number(cells[0]) for cells in printed] == [months[0].events, months[1].events, months[-1].events]
    assert printed[0][1] == f"{months[0].head_count} at {months[0].head_counted} events"
    total = row(events, "All months", 3)
    assert number(total[0]) == len(held)
    head_count, counted = sum(a.attendance or 0 for a in held), sum(a.attendance is not None for a in held)
    assert (head_count, counted) == (sum(m.head_count for m in months), sum(m.head_counted for m in months))
    assert total[1] == f"{head_count:,} at {counted} events"
    assert total[2].startswith(f"{sum(a.attended for a in held)} of {sum(a.invited for a in held)} invited")


def test_diffusion_names_top_sharers_and_totals_the_rest(large_summary):
    data, text, _pages = large_summary
    diffusion = section(text, "6. Diffusion", "7. Contract fulfilment")
    by_peer = sorted(analyse(data, today=TODAY).diffusion.by_peer, key=lambda r: (-r.reached, r.peer_id))
    rest = by_peer[NAMED_ROWS:]
    assert (f"{len(by_peer)} peers have shared back home; the {NAMED_ROWS} who reached the most"
            in " ".join(diffusion.split()))
    assert [number(cell) for cell in row(diffusion, f"{len(rest)} other peers", 3)] == [
        sum(r.reached for r in rest), max(r.depth for r in rest), sum(r.events for r in rest)]
    table = diffusion[diffusion.index("Longest chain"):]
    named = [r for r in by_peer if f"Peer {r.peer_id:03d} Ёлкина" in table]
    assert named == by_peer[:NAMED_ROWS]
    top = by_peer[0]
    assert row(table, f"Peer {top.peer_id:03d} Ёлкина", 3) == [str(top.reached), str(top.depth), str(top.events)]


def test_large_summary_stays_a_few_pages(large_summary):
    _data, _text, pages = large_summary
    assert pages <= 8  # row by row, the same lists ran to 20 pages


def test_threshold_keeps_lists_up_to_the_limit_row_by_row():
    at_limit, _ = pdf_text(large(peers=GROUP_ABOVE, events=0, sharers=0))
    contracts = section(at_limit, "7. Contract fulfilment", "8. Before and after")
    assert "All contracts" not in contracts
    assert len(set(re.findall(r"Peer (\d{3}) Ёлкина", contracts))) == GROUP_ABOVE  # every contract by name
    above, _ = pdf_text(large(peers=GROUP_ABOVE + 1, events=0, sharers=0))
    assert "All contracts" in above


def test_grouped_tables_in_russian():
    text, _pages = pdf_text(large(), lang="ru")
    assert "Февраль 2026" in text  # a month as a table cell starts it


@pytest.fixture(scope="module")
def demo_summary(demo_file_template, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("demo") / "summary.pdf"
    assert main(["report", str(demo_file_template), "--initiative", "Budget Credibility Peer Network 2026",
                 "--out", str(out), "--today", "2026-11-27"]) == 0
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def test_demo_keeps_its_row_by_row_tables(demo_summary):
    text = demo_summary
    for grouped_only in ("All contracts", "All months", "Contracts that need attention", "counted by the month",
                         "File → Export"):
        assert grouped_only not in text, grouped_only
    assert not re.search(r"^\d+ other peers?$", text, re.MULTILINE)
    # events held by title with dates, every contract by peer, every sharer by name, headers as before
    engagement = " ".join(section(text, "2. Engagement", "3. Sustained contact").split())
    assert "Event Dates Head count Marked present Opening workshop: what makes a budget credible?" in engagement
    assert "Paired calls: arrears and in-year reallocations 16 February – 29 May 2026 – 8 of 8 invited" in engagement
    contracts = " ".join(section(text, "7. Contract", "8. Before").split())
    assert "Peer Contract Kept Partly Not kept Open" in contracts
    diffusion = " ".join(section(text, "6. Diffusion", "7. Contract").split())
    assert "Peer People reached (with the chain) Longest chain Events" in diffusion
