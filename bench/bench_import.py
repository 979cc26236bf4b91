"""Importing 50,000 people: time and peak memory, beside the csv module / openpyxl just reading the
same file. Each measurement runs in a fresh process (so peak memory is not inherited).

    python bench/bench_import.py [--rows 50000] [--only csv|xlsx] [--repeat N]

Prints, per format: seconds and peak traced Python memory (tracemalloc) for (a) only reading the file
with csv/openpyxl, (b) PeerDesk's preview (read + check every cell), (c) preview + writing into an open
(new) data file in one transaction; and the ratios (c)/(a). (b) and (c) start the clock once PeerDesk's
modules are imported and the data file is open, as in the running application; the time that setup
took is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_sources(folder: Path, rows: int, kinds: tuple[str, ...] = ("csv", "xlsx")) -> dict[str, Path]:
    header = ["name", "email", "organisation", "country", "career_level", "languages", "problems", "goals"]
    records = [
        [f"Person {n} Ёлкина", f"p{n}@example.org", f"Ministry {n % 80}", ["Kenya", "Peru", "Viet Nam"][n % 3],
         ["entry", "mid", "senior"][n % 3], "en; fr", f"arrears {n % 9}; payroll", "programme budgeting"]
        for n in range(rows)
    ]
    made: dict[str, Path] = {}
    if "csv" in kinds:
        import csv

        made["csv"] = folder / "people.csv"
        with made["csv"].open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(records)
    if "xlsx" in kinds:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("peers")
        sheet.append(header)
        for record in records:
            sheet.append(record)
        made["xlsx"] = folder / "people.xlsx"
        workbook.save(made["xlsx"])
    return made


def measure(mode: str, source: Path, trace: bool) -> dict:
    """Run one stage in this process; returns seconds and traced peak bytes.

    ``preview`` and ``import`` are timed as a facilitator meets them, in a running PeerDesk with her data
    file open: the modules are imported and the (new, empty) data file made before the clock starts;
    ``setup_seconds`` says what that took (so ``seconds + setup_seconds`` is the cold figure)."""
    setup = time.perf_counter()
    folder = None
    if mode != "read":
        from peerdesk.db.services.import_peers import apply_import
        from peerdesk.io.peers_import import preview_file

        if mode == "import":
            from peerdesk.db.workspace import create_workspace

            folder = tempfile.TemporaryDirectory()
            workspace = create_workspace(Path(folder.name) / "bench.peerdesk")
    setup_seconds = time.perf_counter() - setup
    if trace:
        tracemalloc.start()
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "read":
        if source.suffix == ".csv":
            import csv

            with source.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
        else:
            import openpyxl

            workbook = openpyxl.load_workbook(source, read_only=True)
            rows = list(workbook.worksheets[0].iter_rows(values_only=True))
            workbook.close()
        count = len(rows) - 1
    else:
        preview = preview_file(source)
        count = len(preview.records)
        assert not preview.has_errors, preview.errors[:3]
        if mode == "import":
            result = apply_import(workspace.factory, preview, "Bench cohort")
            assert result.created == count
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if folder is not None:
        workspace.close()
        folder.cleanup()
    return {"seconds": elapsed, "cpu_seconds": cpu, "setup_seconds": setup_seconds, "peak_bytes": peak, "rows": count}


def run_child(mode: str, source: Path, trace: bool) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(source)] + (["--trace"] if trace else []),
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "SOURCE"))
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--only", choices=("csv", "xlsx"), help="measure one format")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time each stage this many times and print the fastest (a shared, noisy machine)")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], Path(args.child[1]), args.trace)))
        return
    with tempfile.TemporaryDirectory() as folder:
        sources = make_sources(Path(folder), args.rows, (args.only,) if args.only else ("csv", "xlsx"))
        print(f"{args.rows:,} rows; " + ", ".join(f"{kind.upper()} {path.stat().st_size / 1e6:.1f} MB"
                                                  for kind, path in sources.items()))
        print(f"{'format':<6} {'stage':<34} {'seconds':>8} {'CPU s':>6} {'peak MB':>9}")
        for kind, source in sources.items():
            if args.only and kind != args.only:
                continue
            figures = {}
            for mode, label in (("read", "csv/openpyxl only reading"), ("preview", "PeerDesk preview (read+check)"),
                                ("import", "PeerDesk preview + import")):
                runs = [run_child(mode, source, trace=False) for _ in range(args.repeat)]
                timed = min(runs, key=lambda run: run["cpu_seconds"])
                timed = {**timed, "seconds": min(run["seconds"] for run in runs)}
                traced = run_child(mode, source, trace=True)
                figures[mode] = (timed["seconds"], traced["peak_bytes"] / 1e6, timed["cpu_seconds"])
                cold = (f"  (+{timed['setup_seconds']:.2f} s importing PeerDesk and making the data file)"
                        if mode != "read" else "")
                print(f"{kind:<6} {label:<34} {timed['seconds']:>8.2f} {timed['cpu_seconds']:>6.2f} "
                      f"{traced['peak_bytes'] / 1e6:>9.1f}{cold}")
            read_s, read_mb, read_cpu = figures["read"]
            for mode in ("preview", "import"):
                seconds, megabytes, cpu = figures[mode]
                print(f"{kind:<6} ratio {mode} / reading: time x{seconds / read_s:.1f} (CPU x{cpu / read_cpu:.1f}), "
                      f"peak memory x{megabytes / read_mb:.1f}")


if __name__ == "__main__":
    main()
