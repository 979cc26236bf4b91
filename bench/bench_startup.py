"""Cold start of the PeerDesk window against a bare QApplication showing an empty QMainWindow, and of
`peerdesk --version` / `--help` against `python -c pass`.

Each run is a fresh process (cold imports), timed from process start until the window's first paint
(PeerDesk started as `peerdesk` starts it: the window shown first, the file opened just after), and
again until the file is open and the first tab filled. Prints the median of 5 runs for each and their ratio.
With ``--cli``, times the command line instead: its runs alternate with the anchor's (so a burst of load
on a shared machine hits both alike) and the medians of 15 runs are compared.

    python bench/bench_startup.py [--runs 5] [--cli] [--file FILE]      (FILE instead of the 24-peer demo)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYCACHE = Path(tempfile.gettempdir()) / f"peerdesk-bench-{os.getuid() if hasattr(os, 'getuid') else 0}"

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

PEERDESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer, QSettings
from peerdesk.ui.app import create_application, open_at_start, show_then_open
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.opening import RecentFiles
app = create_application()
window = MainWindow(recent=RecentFiles(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.resize(1280, 800)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False


if sys.argv[3] == "paint":  # until the window's first paint, started as `peerdesk` starts it
    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    show_then_open(window, sys.argv[1])
else:  # until the file is open and the first tab filled (the file opens, and large tables fill, on workers)
    from PySide6.QtCore import QThreadPool

    def quit_when_open():
        if window.workspace is not None and QThreadPool.globalInstance().activeThreadCount() == 0:
            app.quit()

    poll = QTimer()
    poll.timeout.connect(quit_when_open)
    window.show()
    QTimer.singleShot(0, lambda: (open_at_start(window, sys.argv[1]), poll.start(5)))
app.exec()
"""


def time_process(code: str, *args: str) -> float:
    """Wall time of a fresh process running ``code``, PeerDesk's bytecode compiled once and reused as when
    installed (the bare anchor's PySide6 has its bytecode too)."""
    env = installed_env(PYCACHE, dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def installed_env(folder: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a PeerDesk as installed: its modules' bytecode compiled once and reused (as pip
    and PyInstaller leave it), kept under ``folder`` rather than in the source tree."""
    env = dict(base if base is not None else os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def interleaved_medians(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, float]:
    """Median wall time of each command over ``runs`` fresh processes, the commands taking turns (after one
    untimed round that compiles and caches everything)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
            if round_number:
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def cli_figures(runs: int = 15, env: dict[str, str] | None = None) -> dict[str, float]:
    """`python -c pass`, `peerdesk --version` and `peerdesk --help`: medians in seconds."""
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as name:
        return interleaved_medians({
            "pass": [sys.executable, "-c", "pass"],
            "--version": [sys.executable, "-m", "peerdesk", "--version"],
            "--help": [sys.executable, "-m", "peerdesk", "--help"],
        }, runs, env or installed_env(Path(name)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli", action="store_true", help="time --version and --help against python -c pass")
    parser.add_argument("--file", type=Path, help="a data file to open instead of the demo (e.g. peerdesk demo "
                        "FILE --peers 2000)")
    args = parser.parse_args()
    if args.cli:
        figures = cli_figures(max(args.runs, 15))
        for flag in ("--version", "--help"):
            print(f"peerdesk {flag}: median {figures[flag]:.3f} s, python -c pass {figures['pass']:.3f} s, "
                  f"ratio {figures[flag] / figures['pass']:.2f}x")
        return 0
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-bench-"))
    try:
        data = args.file.resolve() if args.file else folder / "demo.peerdesk"
        if not args.file:
            subprocess.run([sys.executable, "-m", "peerdesk", "demo", str(data)], cwd=ROOT, check=True,
                           capture_output=True)
        settings = str(folder / "settings.ini")
        time_process(BARE)  # warm the OS file cache once for both, so both runs are equally "cold" for Python
        time_process(PEERDESK, str(data), settings, "paint")  # and compile PeerDesk's bytecode once
        bare = [time_process(BARE) for _ in range(args.runs)]
        ours = [time_process(PEERDESK, str(data), settings, "paint") for _ in range(args.runs)]
        opened = [time_process(PEERDESK, str(data), settings, "open") for _ in range(args.runs)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    print(f"bare QApplication + empty QMainWindow: median {bare_median:.2f} s  runs {[round(t, 2) for t in bare]}")
    print(f"PeerDesk window on {data.name}: median {ours_median:.2f} s  runs {[round(t, 2) for t in ours]}")
    print(f"ratio PeerDesk / bare: {ours_median / bare_median:.1f}x")
    print(f"PeerDesk window with {data.name} open and its first tab filled: median {statistics.median(opened):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
