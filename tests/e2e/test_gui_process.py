"""The real program, started as a facilitator would, then stopped by the system (logout, Ctrl+C)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import peerdesk

ROOT = Path(peerdesk.__file__).resolve().parent.parent


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_window_closes_its_file_cleanly_on_sigterm(demo_file, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    process = subprocess.Popen([sys.executable, "-m", "peerdesk", "--data", str(demo_file)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = Path(f"{demo_file}.lock")
    deadline = time.monotonic() + 60
    while not lock.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    assert lock.exists(), process.stderr.read().decode() if process.poll() is not None else "window never opened"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    assert not lock.exists(), "the lock is released"
    assert sorted(p.name for p in demo_file.parent.iterdir() if p.name.startswith(demo_file.name)) == [
        demo_file.name], "the write-ahead log is folded back into the one file"
    result = subprocess.run([sys.executable, "-m", "peerdesk", "check", str(demo_file)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
