"""Every benchmark in one run (under 10 minutes), printed as one table to paste into a note.

    python bench/run_all.py [--out TABLE.md] [--quick]

Each figure stands beside its anchor measured in the same run on the same machine (a bare Qt window,
`python -c pass`, reportlab building bare documents, the csv module reading the file, networkx's exact
matching, numpy over rows read with sqlite3), so the ratio means something on any laptop. The data are
synthetic initiatives from ``peerdesk demo FILE --peers N`` (300 and 2,000 peers with a year of reports;
10,000 peers with three months), the same for every run. Every measurement runs in a fresh process; one
that fails or overruns its time shows as such in the table and the others still run. The benchmark
scripts it reuses (``bench_startup``, ``bench_contracts``, ``bench_import``, ``bench_matching``,
``bench_evaluation``, ``bench_window``) each still run alone with more detail.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
ENV = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           PYTHONPATH=os.pathsep.join([str(ROOT), str(BENCH), os.environ.get("PYTHONPATH", "")]))

Row = tuple[str, str, str, str, str]  # work, PeerDesk, anchor, ratio, goal
ROWS: list[Row] = []


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def add(work: str, ours: float | None, anchor_label: str = "-", anchor: float | None = None, goal: str = "",
        ours_text: str | None = None) -> None:
    ratio = f"{ours / anchor:.2f}x" if ours is not None and anchor else "-"
    anchor_text = f"{anchor_label} {seconds(anchor)}" if anchor is not None else anchor_label
    ROWS.append((work, ours_text if ours_text is not None else seconds(ours), anchor_text, ratio, goal))


def failed(work: str, goal: str, error: BaseException) -> None:
    text = str(error).strip().splitlines()
    ROWS.append((work, f"failed: {text[-1][:80] if text else type(error).__name__}", "-", "-", goal))


def run(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=timeout, check=True)


def child(code: str, *args: str, timeout: float = 300) -> dict:
    """Run ``code`` in a fresh interpreter; it prints a JSON object on its last line."""
    try:
        output = run([sys.executable, "-c", code, *args], timeout=timeout).stdout
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(exc.stderr or exc.stdout) from exc
    return json.loads(output.strip().splitlines()[-1])


def step(name: str, fn: Callable[[], None]) -> None:
    log(name)
    began = time.perf_counter()
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - one failed benchmark must not hide the others
        log(f"  failed: {exc!r}"[:300])
        failed(name, "", exc)
    log(f"  {time.perf_counter() - began:.0f} s")


# --- the measurements ----------------------------------------------------------------------------------

PEERDESK = [sys.executable, "-m", "peerdesk"]


def make_files(folder: Path, quick: bool) -> dict[str, Path]:
    files = {"demo": folder / "demo.peerdesk"}
    run([*PEERDESK, "demo", str(files["demo"])])
    sizes = (("300", 300, 12), ("2000", 2000, 12), ("10000", 10000, 3))
    for key, peers, months in sizes[:2] if quick else sizes:
        files[key] = folder / f"s{key}.peerdesk"
        began = time.perf_counter()
        run([*PEERDESK, "demo", str(files[key]), "--peers", str(peers), "--months", str(months)], timeout=600)
        add(f"`peerdesk demo --peers {peers} --months {months}` (writing the file)",
            time.perf_counter() - began, goal="seconds, not minutes")
    return files


def bench_cli(files: dict[str, Path], folder: Path, runs: int) -> None:
    """Medians of runs taking turns with the anchor's, bytecode compiled once as when installed."""
    import bench_startup

    figures = bench_startup.interleaved_medians({
        "pass": [sys.executable, "-c", "pass"],
        "--version": [*PEERDESK, "--version"],
        "--help": [*PEERDESK, "--help"],
        "initiatives": [*PEERDESK, "initiatives", str(files["300"]), "--json"],
    }, runs, bench_startup.installed_env(folder, ENV))
    for flag in ("--version", "--help"):
        add(f"`peerdesk {flag}` (median of {runs})", figures[flag], "`python -c pass`", figures["pass"], "<= 3x")
    add("`peerdesk initiatives FILE --json` (300 peers)", figures["initiatives"], "`python -c pass`",
        figures["pass"])


def bench_window_start(files: dict[str, Path], runs: int) -> None:
    """Cold start to the window shown, as bench_startup measures it (fewer runs on the large file)."""
    import bench_startup

    settings = str(files["demo"].with_suffix(".ini"))
    bench_startup.time_process(bench_startup.BARE)  # warm the file cache, as bench_startup does
    bare = statistics.median(bench_startup.time_process(bench_startup.BARE) for _ in range(runs))
    for key, label, goal in (("demo", "24-peer demo", "<= 2.5x"), ("2000", "2,000 peers", "<= 3x")):
        if key in files:
            for mode, what in (("paint", "window shown (first paint)"), ("open", "window with the file open")):
                ours = statistics.median(
                    bench_startup.time_process(bench_startup.PEERDESK, str(files[key]), settings, mode)
                    for _ in range(runs if key == "demo" else 3)
                )
                add(f"{what} on the {label}", ours, "bare QApplication + empty QMainWindow", bare,
                    goal if mode == "paint" else "")


EVALUATION = """
import json, sqlite3, sys, time
from collections import defaultdict
import numpy as np
from peerdesk.db.workspace import open_workspace
from peerdesk.db.services.initiatives import list_initiatives
path = sys.argv[1]
out = {}
workspace = open_workspace(__import__("pathlib").Path(path))
iid = list_initiatives(workspace.factory)[0].id
if sys.argv[2] == "measures":
    from bench_evaluation import _texts
    from peerdesk.core.evaluation.analysis import analyse as measures
    from peerdesk.db.services.evaluation import load_evaluation_data
    from peerdesk.ui.evaluation.analysis import analyse
    began = time.perf_counter()
    measures(load_evaluation_data(workspace.factory, iid))
    out["measures"] = time.perf_counter() - began
    began = time.perf_counter()
    analyse(workspace.factory, iid, _texts())
    out["tab"] = time.perf_counter() - began
    # the anchor: the same kind of measures in numpy over rows read with sqlite3 (one definition, in
    # bench_evaluation, so both benches compare against the same work)
    from bench_evaluation import numpy_anchor
    began = time.perf_counter()
    numpy_anchor(__import__("pathlib").Path(path), iid)
    out["anchor"] = time.perf_counter() - began
else:
    from peerdesk.db.services.evaluation import load_evaluation_data
    from peerdesk.reports.evaluation_summary import build_evaluation_summary
    began = time.perf_counter()
    pdf = build_evaluation_summary(load_evaluation_data(workspace.factory, iid))
    out["pdf"] = time.perf_counter() - began
workspace.close()
print(json.dumps(out))
"""


def bench_evaluation(files: dict[str, Path]) -> None:
    figures = child(EVALUATION, str(files["300"]), "measures")
    add("evaluation measures (read + every measure), 300 peers, a year (31,200 reports)", figures["measures"],
        "numpy over rows read with sqlite3", figures["anchor"], "<= 0.5 s")
    add("evaluation tab's worker: read, measures and its five figures built (second run)", figures["tab"],
        "numpy over rows read with sqlite3", figures["anchor"])
    big = child(EVALUATION, str(files["300"]), "pdf")["pdf"]
    small = child(EVALUATION, str(files["demo"]), "pdf")["pdf"]
    add("evaluation summary PDF, 300 peers", big, "the same PDF for the 24-peer demo", small, "<= 3 s and <= 2x")


def bench_evaluation_window(files: dict[str, Path], key: str, timeout: float) -> None:
    """The Evaluation tab alone with a watchdog on the GUI thread (bench_evaluation_window's JSON lines)."""
    label = {"300": "300 peers", "2000": "2,000 peers"}[key]
    try:
        output = subprocess.run([sys.executable, str(BENCH / "bench_evaluation_window.py"), str(files[key])],
                                cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
    stages = {line["stage"]: line for line in map(json.loads, (x for x in output.splitlines() if x.startswith("{")))}
    if "open the tab" in stages:
        add(f"{label}: Evaluation tab open until every measure is on screen", stages["open the tab"]["seconds"])
    steps = [line for line in map(json.loads, (x for x in output.splitlines() if '"slider step"' in x))]
    if steps:
        add(f"{label}: Evaluation slider step until the new heat map is drawn",
            sorted(s["seconds"] for s in steps)[len(steps) // 2], goal="< 0.1 s" if key == "300" else "")
    for stage, work in (("window length 4 weeks", "a new window length, measures on screen again"),
                        ("anonymise", "names anonymised, measures on screen again")):
        if stage in stages:
            add(f"{label}: Evaluation tab, {work}", stages[stage]["seconds"])
    if "longest gui block" in stages:
        line = stages["longest gui block"]
        add(f"{label}: Evaluation tab, longest GUI-thread block (watchdog; during {line['where']})",
            line["seconds"], goal="< 0.1 s")
    else:
        ROWS.append((f"{label}: Evaluation tab watchdog", "did not finish", "-", "-", "< 0.1 s"))


def bench_evaluation_prefetch(files: dict[str, Path], key: str, timeout: float) -> None:
    """The usual way to the Evaluation tab: the window starts on the file, reads the evaluation ahead once
    idle, then the facilitator switches to the tab (bench_evaluation_window --prefetch)."""
    label = {"2000": "2,000 peers", "10000": "10,000 peers (3 months)"}[key]
    try:
        output = subprocess.run([sys.executable, str(BENCH / "bench_evaluation_window.py"), "--prefetch",
                                 str(files[key])], cwd=ROOT, env=ENV, capture_output=True, text=True,
                                timeout=timeout).stdout
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
    stages = {line["stage"]: line for line in map(json.loads, (x for x in output.splitlines() if x.startswith("{")))}
    if "prefetch" in stages:
        line = stages["prefetch"]
        add(f"{label}: Evaluation read ahead once the window is idle (from the first tab complete; "
            f"longest GUI-thread block {line['gui_block']:.2f} s)", line["seconds"])
    if "switch after prefetch" in stages:
        line = stages["switch after prefetch"]
        add(f"{label}: switch to the Evaluation tab after the read ahead, until all it shows is there "
            f"(longest GUI-thread block {line['gui_block']:.2f} s)", line["seconds"], goal="< 1 s")
    else:
        ROWS.append((f"{label}: switch to the Evaluation tab after the read ahead", "did not finish", "-", "-",
                     "< 1 s"))


CONTRACTS = """
import json, statistics, sys
import bench_contracts as b
data = b.cohort(int(sys.argv[1]))
b.build_contracts_pdf([b.build_contract(data[0])])  # fonts registered, caches warm
ours, bare = [], []
for _ in range(3):  # alternated, medians: the machine is shared and noisy
    seconds, size = b.contracts_run(data)  # a first print each time: nothing kept from the run before
    ours.append(seconds)
    bare.append(b.bare_run(len(data)))
print(json.dumps({"ours": statistics.median(ours), "bare": statistics.median(bare), "size": size}))
"""


def bench_contracts() -> None:
    figures = child(CONTRACTS, "500", timeout=600)
    add("500 contracts in one PDF", figures["ours"], "reportlab, 500 bare one-page documents", figures["bare"],
        "<= 2x")


def import_child(mode: str, source: Path) -> tuple[dict, float]:
    """bench_import's child for one stage: its figures (seconds, setup_seconds), and its peak resident
    memory in MB (from wait4, so no second, traced run is needed)."""
    process = subprocess.Popen([sys.executable, str(BENCH / "bench_import.py"), "--child", mode, str(source)],
                               cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(process.pid, 0)
    output = process.stdout.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(process.stderr.read())
    return json.loads(output.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def bench_import(folder: Path, rows: int) -> None:
    """Preview + write into an open data file (PeerDesk's modules loaded, as in the running window); the
    cold figure adds importing them and making the new data file."""
    import bench_import

    sources = bench_import.make_sources(folder, rows)
    for kind, reader in (("csv", "the csv module reading it"), ("xlsx", "openpyxl reading it")):
        read, read_mb = import_child("read", sources[kind])
        ours, peak = import_child("import", sources[kind])
        goal = "<= 10x, peak < 300 MB" if kind == "csv" else "python-calamine"
        cold = ours["seconds"] + ours["setup_seconds"]
        add(f"import {rows:,} {kind.upper()} rows (preview + write into an open file; peak RSS, reading alone "
            f"{read_mb:.0f} MB)", ours["seconds"], reader, read["seconds"], goal,
            ours_text=f"{seconds(ours['seconds'])}, peak {peak:.0f} MB (cold, with imports and a new file: "
                      f"{seconds(cold)})")


def bench_matching(files: dict[str, Path], folder: Path) -> None:
    import bench_matching
    import bench_startup

    figures = bench_matching.whole_process(files["300"], 3, bench_startup.installed_env(folder, ENV))
    add(f"optimal pairs, 300 peers, whole `match` process, median of 3 "
        f"({'same' if figures['same'] else 'DIFFERENT'} total as networkx)",
        figures["ours"], "networkx exact on the same matrix", figures["networkx"], "<= 0.1x")


def bench_window(files: dict[str, Path], key: str, timeout: float) -> None:
    """Tab times, slider, longest GUI block and memory, from bench_window's JSON lines."""
    label = {"300": "300 peers", "2000": "2,000 peers", "10000": "10,000 peers (3 months)"}[key]
    lines: list[dict] = []
    try:
        output = subprocess.run([sys.executable, str(BENCH / "bench_window.py"), str(files[key])], cwd=ROOT,
                                env=ENV, capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        lines.append({"stage": "timeout"})
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")] + lines
    stages = {line["stage"]: line for line in lines}
    tab_goal = "< 1 s" if key != "300" else ""
    for stage, line in stages.items():
        if stage == "window":
            add(f"{label}: window until the first tab ({line.get('first_tab')}) is complete", line["seconds"],
                goal=tab_goal)
        elif stage.startswith("tab "):
            add(f"{label}: open the {stage[4:]} tab (until all it shows is there)", line["seconds"], goal=tab_goal)
            if line.get("peak_mb") is not None:  # that stage's own peak (bench_window resets it per stage)
                add(f"{label}: peak memory while opening the {stage[4:]} tab", None,
                    ours_text=f"{line['peak_mb']:.0f} MB", goal="< 400 MB" if key == "10000" else "")
        elif stage == "slider step":
            add(f"{label}: period slider step", line["seconds"], goal="< 0.1 s" if key == "300" else "")
        elif stage == "gui block":
            add(f"{label}: longest GUI-thread block (watchdog; during {line['where']})", line["seconds"],
                goal="< 0.1 s")
        elif stage == "gui blocks":
            after = {where: gap for where, gap in line.items() if where not in ("stage", "start")}
            if after:
                where = max(after, key=after.get)
                add(f"{label}: longest GUI-thread block once the file is open (during {where})", after[where],
                    goal="< 0.1 s")
        elif stage == "peak memory":
            add(f"{label}: peak memory of the window process", None, ours_text=f"{line['megabytes']:.0f} MB",
                goal="< 400 MB" if key == "10000" else "")
    if "timeout" in stages:
        done = [s for s in stages if s.startswith("tab ")]
        ROWS.append((f"{label}: window benchmark stopped after {timeout:.0f} s", f"tabs done: {len(done)}",
                     "-", "-", "every tab < 1 s"))


# --- the table ---------------------------------------------------------------------------------------


def table() -> str:
    header = ("work", "PeerDesk", "anchor, same run", "ratio", "goal")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in ROWS]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 10,000-peer file (a smoke test)")
    args = parser.parse_args()
    runs = 5 if args.quick else 15  # the command-line figures: short processes, so many runs
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as name:
        folder = Path(name)
        files: dict[str, Path] = {}
        step("synthetic data files", lambda: files.update(make_files(folder, args.quick)))
        step("command-line start-up", lambda: bench_cli(files, folder, runs))
        step("window start-up", lambda: bench_window_start(files, 3 if args.quick else 5))
        step("evaluation, 300 peers", lambda: bench_evaluation(files))
        for key in ("300", "2000"):
            if key in files:
                step(f"evaluation tab on {key} peers", lambda key=key: bench_evaluation_window(files, key, 240))
        for key in ("2000", "10000"):
            if key in files:
                step(f"evaluation read ahead on {key} peers",
                     lambda key=key: bench_evaluation_prefetch(files, key, 240))
        step("500 contracts", bench_contracts)
        step("import 50,000 rows", lambda: bench_import(folder, 5_000 if args.quick else 50_000))
        step("optimal pairs, 300 peers", lambda: bench_matching(files, folder))
        for key, timeout in (("300", 100), ("2000", 120), ("10000", 120)):
            if key in files:
                step(f"window on {key} peers", lambda key=key, timeout=timeout: bench_window(files, key, timeout))
    text = table()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    text += (f"\n\n{len(ROWS)} figures in {time.perf_counter() - began:.0f} s ({cpu.ru_utime + cpu.ru_stime:.0f} s of "
             f"CPU) on {os.cpu_count()} cores, load average {load:.1f} at the end, Python {sys.version.split()[0]}, "
             f"{time.strftime('%Y-%m-%d %H:%M')}.")
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
