"""Benchmark: one whole-initiative contract PDF for 500 peers, against reportlab building 500 bare
one-page documents. Prints both medians of 5 runs and their ratio.

    python bench/bench_contracts.py [--peers 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from peerdesk.core.contracts import ActivityData, ContractData, ItemData, build_contract  # noqa: E402
from peerdesk.reports.contracts import build_contracts_pdf, forget  # noqa: E402
from peerdesk.reports.pdf import styles  # noqa: E402

NAMES = ("Ёлкина Наталья", "Nguyễn Thị Mai", "Ndèye Mayé Diouf", "João Tembe", "Edit Németh", "Ana Lucía Quispe")
LANGUAGES = ("en", "fr", "es", "pt", "ru", "vi")
ITEMS = (
    ItemData("peer", "attend_meetings"),
    ItemData("peer", "contact_partner", params={"frequency": "every_two_weeks"}),
    ItemData("peer", "joint_activity", params={"activity": "a note on arrears"}),
    ItemData("peer", "apply_lesson"),
    ItemData("peer", "share_forward", params={"form": "presentation", "audience": 20, "due": "2026-06-30"}),
    ItemData("home_org", "authorisation"),
    ItemData("home_org", "time_off", params={"days": 10}),
    ItemData("home_org", "budget_engagement", params={"amount": 2500, "currency": "USD"}),
    ItemData("home_org", "budget_diffusion"),
    ItemData("home_org", "beneficiaries", params={"beneficiaries": "Budget department"}),
    ItemData("home_org", "report_back", params={"schedule": "quarterly"}),
)


def cohort(size: int) -> list[ContractData]:
    start = date(2026, 2, 2)
    activities = tuple(
        ActivityData(f"Activity {i}: peer exchange", start + timedelta(days=30 * i), start + timedelta(days=30 * i + 2),
                     "Chișinău") for i in range(6)
    )
    return [
        ContractData(
            uuid=f"00000000-0000-0000-0000-{i:012d}",
            peer_name=f"{NAMES[i % len(NAMES)]} {i}",
            initiative="Budget Credibility Peer Network 2026",
            language=LANGUAGES[i % len(LANGUAGES)],
            peer_position="Head of Budget Programming Division",
            organisation="Ministry of Finance, A&B <Ministry> Unit",
            country="Moldova",
            facilitating_organisation="Meridian Public Finance Secretariat",
            start_date=start,
            end_date=date(2027, 1, 29),
            partners=(NAMES[(i + 1) % len(NAMES)],),
            activities=activities,
            items=ITEMS,
            authoriser_name="Смирнов Алексей Викторович",
            authoriser_title="Director",
            facilitator_name="Clara Hoffmann",
        )
        for i in range(size)
    ]


def contracts_run(data: list[ContractData]) -> tuple[float, int]:
    forget()  # a first print: nothing parsed or laid out by an earlier run
    began = time.perf_counter()
    pdf = build_contracts_pdf([build_contract(item) for item in data])
    return time.perf_counter() - began, len(pdf)


def bare_run(count: int) -> float:
    style = styles()["body"]
    began = time.perf_counter()
    for i in range(count):
        SimpleDocTemplate(BytesIO(), pagesize=A4).build([Paragraph(f"Document {i}", style)])
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--peers", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = cohort(args.peers)
    build_contracts_pdf([build_contract(data[0])])  # fonts registered, caches warm
    contract_times, sizes, bare_times = [], [], []
    for _ in range(args.runs):
        seconds, size = contracts_run(data)
        contract_times.append(seconds)
        sizes.append(size)
        bare_times.append(bare_run(args.peers))
    contracts = statistics.median(contract_times)
    bare = statistics.median(bare_times)
    print(f"whole-initiative contract PDF, {args.peers} peers: median {contracts:.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in contract_times)}), {sizes[0] / 1e6:.1f} MB")
    print(f"reportlab, {args.peers} bare one-page documents: median {bare:.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in bare_times)})")
    print(f"ratio: {contracts / bare:.1f}x; per contract {1000 * contracts / args.peers:.1f} ms")


if __name__ == "__main__":
    main()
