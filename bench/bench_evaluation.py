"""Evaluation at scale: 300 peers and a year of twice-weekly contact reports (about 30,000 reports).

Builds a data file with that many reports, then times what the Evaluation tab and the summary do:
reading the evidence, computing the measures and figures (off the GUI thread in the app), drawing each
figure into a canvas-sized image (done by a background task too: the GUI thread only paints the image;
bench_evaluation_window.py measures what is left on it), moving the period slider, and writing the PDF
summary (the last rows: its median against the goals, beside the 24-peer demo's PDF in the same run).
The measures row (read + every measure, as ``peerdesk.core.evaluation.analysis.analyse`` takes them) is the
median of five runs taken in turn with its anchor's: the same kind of measures in numpy over rows read with
sqlite3 (as bench/run_all.py's), so the ratio holds on a busy machine. Run from the worktree root:

    python bench/bench_evaluation.py [--peers 300] [--weeks 52] [--file DEMO.peerdesk] [--measures-only]

``--file`` times a file made by ``peerdesk demo FILE --peers N`` instead of building one.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from peerdesk.db import models as m  # noqa: E402
from peerdesk.db.workspace import create_workspace  # noqa: E402


def build_file(path: Path, peers: int, weeks: int, seed: int = 7) -> tuple[int, int, int]:
    """A data file with one initiative, ``peers`` participants, twice-weekly reports and weekly check-ins."""
    rng = random.Random(seed)
    start = date(2026, 1, 5)
    workspace = create_workspace(path)
    with workspace.factory.begin() as session:
        initiative = m.Initiative(name="Scale test", start_date=start, end_date=start + timedelta(weeks=weeks + 1))
        session.add(initiative)
        session.flush()
        people = [m.Peer(full_name=f"Peer {i:03d} Ёлкина") for i in range(peers)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
        session.execute(insert(m.Membership), [{"initiative_id": initiative.id, "peer_id": pid,
                                                "role": "participant", "uuid": m.new_uuid()} for pid in ids])
        reports = []
        for week in range(weeks):
            for day in (0, 3):
                for pid in ids:
                    reports.append({"initiative_id": initiative.id, "reporter_id": pid, "uuid": m.new_uuid(),
                                    "report_date": start + timedelta(weeks=week, days=day)})
        session.execute(insert(m.ContactReport), reports)
        report_ids = session.scalars(select(m.ContactReport.id).order_by(m.ContactReport.id)).all()
        by_reporter = dict(zip(range(len(report_ids)), report_ids, strict=True))
        entries = []
        for index, report in enumerate(reports):
            for other in rng.sample(ids, 3):
                if other != report["reporter_id"]:
                    entries.append({"report_id": by_reporter[index], "other_id": other, "uuid": m.new_uuid(),
                                    "kind": "informal" if rng.random() < 0.4 else "formal", "channel": "email"})
        session.execute(insert(m.ContactEntry), entries)
        session.execute(insert(m.LearningCheckin), [
            {"initiative_id": initiative.id, "peer_id": pid, "week_start": start + timedelta(weeks=week),
             "productive": rng.random() < 0.5, "uuid": m.new_uuid()} for week in range(weeks) for pid in ids])
        initiative_id = initiative.id
    workspace.close()
    return initiative_id, len(reports), len(entries)


def timed(label: str, fn):
    began = time.perf_counter()
    result = fn()
    print(f"{label:<58} {time.perf_counter() - began:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peers", type=int, default=300)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--file", type=Path, help="a data file to time (its first initiative) instead of building one")
    parser.add_argument("--measures-only", action="store_true", help="only the measures rows (and the slider's)")
    args = parser.parse_args()
    from peerdesk.db.services.evaluation import load_evaluation_data
    from peerdesk.db.workspace import open_workspace
    from peerdesk.reports.evaluation_summary import build_evaluation_summary
    from peerdesk.ui.evaluation.analysis import analyse, heatmap_for

    with tempfile.TemporaryDirectory() as folder:
        if args.file:
            path = args.file
            workspace = open_workspace(path)
            from peerdesk.db.services.initiatives import list_initiatives

            initiative_id = list_initiatives(workspace.factory)[0].id
        else:
            path = Path(folder) / "scale.peerdesk"
            initiative_id, reports, contacts = timed("build the data file (not part of the app)",
                                                     lambda: build_file(path, args.peers, args.weeks))
            print(f"{args.peers} peers, {reports} contact reports, {contacts} contacts named")
            workspace = open_workspace(path)
        texts = _texts()
        measures_and_anchor(workspace.factory, path, initiative_id)
        if args.measures_only:
            view = analyse(workspace.factory, initiative_id, texts)
            steps = sorted(_median(lambda index=index: heatmap_for(view, index, texts), 1)
                           for index in range(len(view.windows)))
            label = "slider: heat maps for one period, median step (worker)"
            print(f"{label:<58} {steps[len(steps) // 2]:7.3f} s")
            workspace.close()
            return
        data = timed("read the evidence (load_evaluation_data)",
                     lambda: load_evaluation_data(workspace.factory, initiative_id))
        view = timed("tab: read + measures + figures (worker thread)",
                     lambda: analyse(workspace.factory, initiative_id, texts))
        for name in ("hourglass_figure", "trend_figure", "learning_figure", "gains_figure", "diffusion_figure"):
            figure = getattr(view, name)
            figure.set_dpi(100)
            timed(f"worker: draw {name} as an image", lambda figure=figure: FigureCanvasAgg(figure).draw())
        heat = timed("slider: 300 x 300 heat maps for one period (worker)", lambda: heatmap_for(view, 10, texts))
        heat.set_dpi(100)
        timed("worker: draw the heat maps as an image", lambda: FigureCanvasAgg(heat).draw())
        pdf = timed("PDF evaluation summary", lambda: build_evaluation_summary(data))
        pdf_anonymised = timed("PDF evaluation summary, anonymised", lambda: _anonymised(data))
        print(f"PDF sizes: {len(pdf) / 1e6:.1f} MB, {len(pdf_anonymised) / 1e6:.1f} MB")
        workspace.close()
        # summary rows: the PDF against its goals, beside the 24-peer demo's PDF timed in the same run
        large = _median(lambda: build_evaluation_summary(data))
        demo_data = _demo_data(Path(folder) / "demo.peerdesk")
        demo = _median(lambda: build_evaluation_summary(demo_data))
        mid_data = _scale_data(Path(folder) / "mid.peerdesk", 30, args.weeks)  # every chart still vector
        mid = _median(lambda: build_evaluation_summary(mid_data))
        print(f"{'summary: PDF, ' + str(args.peers) + ' peers (median of 3)':<58} {large:7.2f} s   goal <= 3 s")
        print(f"{'summary: PDF, 30 peers, ' + str(args.weeks) + ' weeks (median of 3)':<58} {mid:7.2f} s")
        print(f"{'summary: PDF, 24-peer demo (median of 3, anchor)':<58} {demo:7.2f} s")
        print(f"{'summary: ratio to the demo':<58} {large / demo:7.2f} x   goal <= 2x")


def measures_and_anchor(factory, path: Path, initiative_id: int, runs: int = 5) -> None:
    """The measures (read + analyse) beside the numpy anchor, each the median of ``runs`` taken in turn."""
    from peerdesk.core.evaluation.analysis import analyse
    from peerdesk.db.services.evaluation import load_evaluation_data

    ours, anchor, cpu = [], [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        analyse(load_evaluation_data(factory, initiative_id))
        ours.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
        began = time.perf_counter()
        numpy_anchor(path, initiative_id)
        anchor.append(time.perf_counter() - began)
    mine, theirs = sorted(ours)[runs // 2], sorted(anchor)[runs // 2]
    print(f"{'measures: read + every measure (median of ' + str(runs) + ')':<58} {mine:7.2f} s   goal <= 0.5 s"
          f"   (processor time {sorted(cpu)[runs // 2]:.2f} s)")
    print(f"{'measures: anchor, numpy over rows read with sqlite3':<58} {theirs:7.2f} s")
    print(f"{'measures: ratio to the anchor':<58} {mine / theirs:7.2f} x")


def numpy_anchor(path: Path, initiative_id: int) -> None:
    """The same kind of measures in numpy over rows read with sqlite3 (bench/run_all.py's anchor)."""
    import sqlite3

    import numpy as np

    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT julianday(r.report_date), r.reporter_id, e.other_id, e.kind = 'informal' FROM contact_entry e "
        "JOIN contact_report r ON r.id = e.report_id WHERE r.initiative_id = ?", (initiative_id,)).fetchall()
    peers = [p for (p,) in connection.execute(
        "SELECT peer_id FROM membership WHERE initiative_id = ? AND role = 'participant'", (initiative_id,))]
    np.array(connection.execute("SELECT julianday(report_date) FROM contact_report WHERE initiative_id = ?",
                                (initiative_id,)).fetchall()).ravel()
    day, reporter, other, informal = np.array(rows, dtype=float).T
    index = {p: i for i, p in enumerate(peers)}
    a = np.array([index.get(int(x), 0) for x in reporter])
    b = np.array([index.get(int(x), 0) for x in other])
    week = ((day - day.min()) // 7).astype(int)
    n, weeks = len(peers), week.max() + 1
    pair = np.minimum(a, b) * n + np.maximum(a, b)
    for w in range(0, weeks, 4):  # four-week windows
        chosen = (week >= w) & (week < w + 4)
        _ties, first = np.unique(pair[chosen], return_index=True)
        informal[chosen][first].mean() if len(first) else 0.0
    np.bincount(a, minlength=n) + np.bincount(b, minlength=n)
    checkins = np.array(connection.execute(
        "SELECT julianday(week_start), productive FROM learning_checkin WHERE initiative_id = ?",
        (initiative_id,)).fetchall())
    np.bincount(((checkins[:, 0] - checkins[:, 0].min()) // 7).astype(int), weights=checkins[:, 1])
    connection.close()


def _median(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return sorted(times)[len(times) // 2]


def _demo_data(path: Path):
    """The evidence of the 24-peer demo initiative, in a file of its own."""
    from peerdesk.db.services.demo import create_demo_initiative
    from peerdesk.db.services.evaluation import load_evaluation_data

    made = []
    workspace = create_workspace(path, populate=lambda factory: made.append(create_demo_initiative(factory)))
    initiative_id = workspace.factory().scalars(select(m.Initiative.id)).first()
    data = load_evaluation_data(workspace.factory, initiative_id)
    workspace.close()
    return data


def _scale_data(path: Path, peers: int, weeks: int):
    """The evidence of a file made by :func:`build_file`."""
    from peerdesk.db.services.evaluation import load_evaluation_data
    from peerdesk.db.workspace import open_workspace

    initiative_id, _reports, _contacts = build_file(path, peers, weeks)
    workspace = open_workspace(path)
    data = load_evaluation_data(workspace.factory, initiative_id)
    workspace.close()
    return data


def _anonymised(data):
    from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary

    return build_evaluation_summary(data, SummaryOptions(anonymise=True))


def _texts() -> dict[str, str]:
    keys = ("no_reports", "formal", "informal", "none", "evidence", "partial", "missing", "trend", "density_line",
            "share_line", "learning", "yes", "no", "no_checkin", "no_checkins", "no_gains", "diffusion",
            "no_diffusion")
    texts = {key: key for key in keys}
    texts.update(first="First: {period}", chosen="Chosen: {period}", gain_peers="{count} peers",
                 density="density {density:.0%}, informal {informal:.0%}", reached="{n} reached",
                 chain="{n} reached, {total} with those they told", gain_areas="Mean score per area",
                 gain_each="Mean gain per peer", gain_first="first", gain_latest="latest", gain_scale="mean score",
                 gain_change="change in mean score", percent="% of pairs", week="week starting")
    return texts


if __name__ == "__main__":
    main()
