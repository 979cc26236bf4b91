"""The window on a large file: time to open each tab, a period-slider step, the longest block of the GUI
thread (a 10 ms watchdog timer: any gap between its ticks is time the window could not repaint or take
a key press), and the process's peak memory.

    python bench/bench_window.py FILE            (make one with: peerdesk demo FILE --peers 2000)
    python bench/bench_window.py FILE --tabs tools,contracts     (only those tabs, e.g. to leave one out)

Then 40 pages of scrolling in the long tables of Tool selection and Commitment contracts, and the reads that
follow an edit (the Peer matching page as a whole, the peers after a profile is saved, the rules and rounds
after a round is saved, the checklist after an item is saved), each timed and watched the same way.

The window starts as `peerdesk --data FILE` starts it (shown first, the file opened after its first paint);
its stage is timed from the process's start until the first tab is complete, and its line also gives the
GUI thread's own CPU time during its longest block (the rest it waited for Python's lock or a core) and the
process's CPU time until then, all threads (``cpu``: the work done, which a busy machine does not inflate). Each
tab is timed from the switch until the GUI thread is idle with no background task running, i.e. until
everything the tab shows is on screen. Prints one JSON object per line as it goes (so a caller that
gives up on a slow tab still has the earlier figures), then a short summary.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QSlider  # noqa: E402

from peerdesk.ui.app import create_application, show_then_open  # noqa: E402
from peerdesk.ui.main_window import TAB_KEYS, MainWindow  # noqa: E402
from peerdesk.ui.opening import RecentFiles  # noqa: E402


def emit(**figures) -> None:
    print(json.dumps(figures), flush=True)


STAGE_PEAKS: list[float] = []


def stage_peak_mb() -> float | None:
    """The process's peak resident memory since the last call (Linux: VmHWM, then reset through clear_refs),
    so each stage says how much memory it took itself; None where /proc does not offer it."""
    try:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except (OSError, StopIteration, ValueError):
        return None
    STAGE_PEAKS.append(peak / 1024)  # the reset also lowers getrusage's figure: the whole run's peak is the max
    return round(peak / 1024, 1)


class Watchdog:
    """Measures the longest stretch during which the GUI thread ran no timer (i.e. was busy)."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.interval = interval_ms / 1000
        self.longest = 0.0
        self.where = ""
        self.stage = "start"
        self.by_stage: dict[str, float] = {}
        #: the GUI thread's own CPU time in each stage's longest block: the rest of the block it waited for
        #: Python's lock (held by a worker) or for a core (a shared machine)
        self.cpu_by_stage: dict[str, float] = {}
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = now - self.last - self.interval
        if gap > self.longest:
            self.longest, self.where = gap, self.stage
        if gap > self.by_stage.get(self.stage, 0.0):
            self.by_stage[self.stage] = gap
            self.cpu_by_stage[self.stage] = cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu

    def restart(self, stage: str) -> None:
        self.stage = stage
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()


def settle(app, watchdog: Watchdog, timeout: float = 120.0) -> float:
    """Run the event loop until no background task runs and nothing new arrives; returns the moment
    the last piece of work finished."""
    pool = QThreadPool.globalInstance()
    deadline = time.perf_counter() + timeout
    quiet_since = None
    while time.perf_counter() < deadline:
        before = time.perf_counter()
        app.processEvents()
        busy = pool.activeThreadCount() > 0 or time.perf_counter() - before > 0.004
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > 0.15:
            return quiet_since
        time.sleep(0.002)
    raise TimeoutError(f"still busy after {timeout:.0f} s ({watchdog.stage})")


def settle_opened(app, window, watchdog: Watchdog, timeout: float = 120.0) -> float:
    """:func:`settle` once the window has the file open (it opens on a worker after the first paint)."""
    deadline = time.perf_counter() + timeout
    while window.workspace is None:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the file was not open after {timeout:.0f} s")
        app.processEvents()
        time.sleep(0.002)
    return settle(app, watchdog, timeout)


def main() -> int:
    path = Path(sys.argv[1])
    chosen = sys.argv[sys.argv.index("--tabs") + 1].split(",") if "--tabs" in sys.argv else list(TAB_KEYS)
    settings_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"peerdesk-bench-{os.getpid()}.ini"
    app = create_application()
    watchdog = Watchdog()
    window = MainWindow(recent=RecentFiles(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    show_then_open(window, str(path))  # as `peerdesk --data FILE` starts: the window first, then the file
    shown = settle_opened(app, window, watchdog)
    cpu_at_shown = time.process_time()
    first = window.current_tab_key()
    emit(stage="window", seconds=round(shown - STARTED, 3), first_tab=first,  # the first tab included
         peak_mb=stage_peak_mb(), gui_block=round(watchdog.by_stage.get("start", 0.0), 3),
         gui_block_cpu=round(watchdog.cpu_by_stage.get("start", 0.0), 3),
         cpu=round(cpu_at_shown, 3))  # the process's CPU time until then, every thread: the work, whatever the load
    tabs = {}
    for key in TAB_KEYS:
        if key == first or key not in chosen:
            continue
        watchdog.restart(f"tab {key}")
        began = time.perf_counter()
        window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index(key))
        tabs[key] = settle(app, watchdog) - began
        emit(stage=f"tab {key}", seconds=round(tabs[key], 3), peak_mb=stage_peak_mb(),
             gui_block=round(watchdog.by_stage.get(f"tab {key}", 0.0), 3))
    # scrolling the long tables (peers, activities, contracts) a page at a time, 40 pages each (rows are handed
    # to the view in batches as it scrolls): the longest GUI-thread block of a step is what a facilitator feels
    # as a jerk
    scrolled_tables = {"matching": ("peers_view",), "tools": ("activities_view",),
                       "contracts": ("contracts_view", "due_view")}
    for key, views in scrolled_tables.items():
        if key not in chosen:
            continue
        window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index(key))
        settle(app, watchdog)
        for name in views:
            stage = f"scroll {name}"
            bar = getattr(window.page(key).ui, name).verticalScrollBar()
            watchdog.restart(stage)
            began = time.perf_counter()
            for _ in range(40):
                bar.setValue(bar.value() + bar.pageStep())
                app.processEvents()
            emit(stage=stage, seconds=round(settle(app, watchdog) - began, 3), first_row_shown=bar.value(),
                 gui_block=round(watchdog.by_stage.get(stage, 0.0), 3))
    # what follows an edit: the peers read again (after a profile is saved), the rules and rounds (after a
    # round is saved), the checklist (after an item is saved); each on a worker, the window kept responsive
    reloads = {
        # the Peer matching page read again as on opening (peers, rules, rounds, the latest round re-scored),
        # without the file's opening checks that the "window" stage includes
        "reread matching page": lambda: window.page("matching").refresh(),
        "reload peers": lambda: window.page("matching").reload_peers(),
        "after a round is saved": lambda: window.page("matching").rounds_changed(),
        "reload checklist": lambda: window.page("tools").checklist_panel.refresh(),
    }
    for stage, reload in reloads.items():
        if stage == "reload checklist" and "tools" not in chosen:
            continue
        watchdog.restart(stage)
        began = time.perf_counter()
        reload()
        emit(stage=stage, seconds=round(settle(app, watchdog) - began, 3),
             gui_block=round(watchdog.by_stage.get(stage, 0.0), 3),
             gui_block_cpu=round(watchdog.cpu_by_stage.get(stage, 0.0), 3))
    steps = []
    sliders = []
    if "evaluation" in chosen:
        watchdog.restart("back to evaluation")
        window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
        settle(app, watchdog)
        sliders = [s for s in window.page("evaluation").findChildren(QSlider) if s.isEnabled() and s.maximum() > 0]
        if sliders:  # the slider's sub-tab on screen: its heat map is drawn only when shown
            sub_tabs = window.page("evaluation").ui.evaluation_tabs
            sub_tabs.setCurrentIndex(next(i for i in range(sub_tabs.count())
                                          if sub_tabs.widget(i).isAncestorOf(sliders[0])))
            settle(app, watchdog)
    if sliders:
        slider = sliders[0]
        for _ in range(min(5, slider.maximum())):
            watchdog.restart("slider step")
            began = time.perf_counter()
            slider.setValue(slider.value() - 1 if slider.value() > slider.minimum() else slider.value() + 1)
            steps.append(settle(app, watchdog) - began)
        emit(stage="slider step", seconds=round(sorted(steps)[len(steps) // 2], 3))
    peak_mb = max([resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, *STAGE_PEAKS])
    emit(stage="gui block", seconds=round(watchdog.longest, 3), where=watchdog.where)
    emit(stage="gui blocks", **{where: round(gap, 3) for where, gap in watchdog.by_stage.items()})
    emit(stage="peak memory", megabytes=round(peak_mb, 1))
    window.close()
    settings_file.unlink(missing_ok=True)
    print(f"# window {shown - STARTED:.2f} s; tabs " + ", ".join(f"{k} {v:.2f} s" for k, v in tabs.items())
          + (f"; slider step {sorted(steps)[len(steps) // 2]:.2f} s" if steps else "")
          + f"; longest GUI block {watchdog.longest:.2f} s ({watchdog.where}); peak {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
