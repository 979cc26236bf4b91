"""The Evaluation tab alone on a large file, with a watchdog on the GUI thread: a 10 ms timer records every
gap between its ticks (time in which the window could not repaint or take a key press) while the tab
opens, each sub-tab is shown (its charts are drawn then), the period slider steps, the window length and
the compared measure change and the names are anonymised. Prints one JSON object per stage (with when the
measures came on screen, ``measures_shown``, and the resident memory after it), then the slowest calls on
the GUI thread (page methods and chart paints), so a block can be traced to its cause.

    python bench/bench_evaluation_window.py FILE     (make one with: peerdesk demo FILE --peers 2000)
    python bench/bench_evaluation_window.py FILE --screens DIR   (also saves each sub-tab as a PNG)
    python bench/bench_evaluation_window.py FILE --prefetch      (the whole window instead: the file opened on
        its first tab, the evaluation read ahead once the window is idle, then the switch to the tab; the
        switch without it, "cold", is bench_window.py FILE --tabs evaluation)
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_window import Watchdog, settle  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SLOW = 0.03  # seconds; GUI-thread calls at least this long are listed
CALLS: list[tuple[float, str]] = []


def traced(owner, name: str, label: str) -> None:
    """Wrap ``owner.name`` so each call's duration on the GUI thread is recorded."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        began = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent = time.perf_counter() - began
            if spent >= SLOW:
                CALLS.append((spent, label))

    setattr(owner, name, wrapper)


def resident_mb() -> float | None:
    """The process's resident memory now (Linux), in MB."""
    try:
        with open("/proc/self/statm") as statm:
            return round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except (OSError, ValueError, IndexError):
        return None


def after_prefetch(path: Path) -> int:
    """The window as ``peerdesk --data FILE`` starts it; once its first tab is complete, the evaluation read
    ahead (stage "prefetch": from then until every worker is done), then the switch to the tab."""
    from bench_window import settle_opened, stage_peak_mb
    from PySide6.QtCore import QSettings

    from peerdesk.ui.app import create_application, show_then_open
    from peerdesk.ui.evaluation.prefetch import IDLE_MS
    from peerdesk.ui.main_window import TAB_KEYS, MainWindow
    from peerdesk.ui.opening import RecentFiles

    app = create_application()
    watchdog = Watchdog()
    settings_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"peerdesk-bench-{os.getpid()}.ini"
    window = MainWindow(recent=RecentFiles(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    began = time.perf_counter()
    show_then_open(window, str(path))
    shown = settle_opened(app, window, watchdog)
    print(json.dumps({"stage": "window", "seconds": round(shown - began, 3), "peak_mb": stage_peak_mb(),
                      "gui_block": round(watchdog.longest, 3)}), flush=True)
    watchdog.restart("prefetch")
    watchdog.longest = 0.0
    waited = time.perf_counter()
    while time.perf_counter() - waited < IDLE_MS / 1000 + 0.3:  # the idle wait, then the read starts
        app.processEvents()
        time.sleep(0.002)
    finished = settle(app, watchdog)
    print(json.dumps({"stage": "prefetch", "seconds": round(finished - waited, 3), "peak_mb": stage_peak_mb(),
                      "gui_block": round(watchdog.longest, 3), "rss_mb": resident_mb()}), flush=True)
    watchdog.restart("switch after prefetch")
    watchdog.longest = 0.0
    began = time.perf_counter()
    window.ui.main_tabs.setCurrentIndex(TAB_KEYS.index("evaluation"))
    finished = settle(app, watchdog)
    print(json.dumps({"stage": "switch after prefetch", "seconds": round(finished - began, 3),
                      "peak_mb": stage_peak_mb(), "gui_block": round(watchdog.longest, 3),
                      "rss_mb": resident_mb()}), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"stage": "memory", "peak_mb": round(peak, 1)}))
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--screens", type=Path, help="save each sub-tab as a PNG in this folder")
    parser.add_argument("--size", default="1280x800", help="the page's size, e.g. 1024x600 (a small screen)")
    parser.add_argument("--prefetch", action="store_true", help="the window: the switch after the read ahead")
    args = parser.parse_args()
    if args.prefetch:
        return after_prefetch(args.file)
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_workspace
    from peerdesk.ui.app import create_application
    from peerdesk.ui.evaluation.entries import EvaluationEntries
    from peerdesk.ui.evaluation.page import EvaluationPage

    app = create_application() if QApplication.instance() is None else QApplication.instance()
    for name in ("_show", "update_comparison", "on_period_slider_valueChanged"):
        traced(EvaluationPage, name, f"EvaluationPage.{name}")
    shown_at: list[float] = []  # when the measures (sentences, tables) came on screen
    show = EvaluationPage._show

    def timed_show(self, *args, **kwargs):
        result = show(self, *args, **kwargs)
        shown_at.append(time.perf_counter())
        return result

    EvaluationPage._show = timed_show
    traced(EvaluationEntries, "set_context", "EvaluationEntries.set_context")
    try:  # (absent from versions that drew charts on the GUI thread, which this also measures)
        from peerdesk.ui.evaluation.chart_image import ImageChartView

        traced(ImageChartView, "_rendered_image", "chart image put on screen")
    except ImportError:
        pass
    traced(FigureCanvasQTAgg, "draw", "chart drawn on the GUI thread (FigureCanvasQTAgg.draw)")
    rss_before = resident_mb()
    workspace = open_workspace(args.file)
    initiative = list_initiatives(workspace.factory)[0]
    page = EvaluationPage()
    page.resize(*(int(side) for side in args.size.split("x")))
    page.show()
    watchdog = Watchdog()
    results: list[dict] = []

    def stage(name: str, action) -> None:
        watchdog.restart(name)
        watchdog.longest = 0.0
        shown_at.clear()
        began = time.perf_counter()
        action()
        finished = settle(app, watchdog)
        result = {"stage": name, "seconds": round(finished - began, 3), "gui_block": round(watchdog.longest, 3)}
        if shown_at:
            result["measures_shown"] = round(shown_at[0] - began, 3)
        result["rss_mb"] = resident_mb()
        results.append(result)
        print(json.dumps(result), flush=True)

    stage("open the tab", lambda: page.set_context(workspace, initiative.id))
    tabs = page.ui.evaluation_tabs
    for index in list(range(1, tabs.count())) + [0]:
        name = tabs.widget(index).objectName()
        stage(f"show {name}", lambda index=index: tabs.setCurrentIndex(index))
        if args.screens:
            args.screens.mkdir(parents=True, exist_ok=True)
            page.grab().save(str(args.screens / f"{index}-{name}.png"))
    tabs.setCurrentIndex(1)  # the contact heat map
    settle(app, watchdog)
    slider = page.ui.period_slider
    for _ in range(min(4, slider.maximum())):
        stage("slider step", lambda: slider.setValue(slider.value() - 1))
    combo = page.ui.window_combo
    stage("window length 4 weeks", lambda: combo.setCurrentIndex(combo.findData(4)))
    measures = page.ui.measure_combo
    tabs.setCurrentIndex(tabs.indexOf(page.ui.compare_tab))
    settle(app, watchdog)
    stage("compared measure", lambda: measures.setCurrentIndex((measures.currentIndex() + 1) % measures.count()))
    stage("anonymise", lambda: page.ui.anonymise_check.setChecked(True))
    worst = max(results, key=lambda r: r["gui_block"])
    print(json.dumps({"stage": "longest gui block", "seconds": worst["gui_block"], "where": worst["stage"]}))
    print(json.dumps({"stage": "memory", "rss_before_mb": rss_before, "rss_end_mb": resident_mb(),
                      "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
    for spent, label in sorted(CALLS, reverse=True)[:8]:
        print(f"# {spent:6.3f} s  {label}")
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
