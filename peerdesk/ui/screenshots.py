"""Render each tab of the main window offscreen to ``DIR/<tab>.png`` (the README's pictures)."""

from __future__ import annotations

from pathlib import Path

from peerdesk.db.lock import WorkspaceLock
from peerdesk.db.workspace import open_workspace
from peerdesk.ui.app import create_application, ensure_display
from peerdesk.ui.main_window import TAB_KEYS, MainWindow
from peerdesk.ui.opening import OpenedFile, RecentFiles


def settle(app, rounds: int = 6) -> None:
    """Let background tasks finish and their results reach the widgets before grabbing."""
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()


def render_tabs(data: Path, out_dir: Path, size: tuple[int, int] = (1280, 800)) -> list[Path]:
    """Open ``data`` in a window of ``size`` and grab every tab; returns the PNG paths."""
    ensure_display()
    app = create_application()
    from PySide6.QtCore import QSettings

    settings = QSettings(str(Path(out_dir) / ".screenshots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(recent=RecentFiles(settings))
    window.resize(*size)
    window.set_opened(OpenedFile(open_workspace(Path(data)), WorkspaceLock(Path(data))))
    window.show()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for index, key in enumerate(TAB_KEYS):
            window.ui.main_tabs.setCurrentIndex(index)
            settle(app)
            target = out_dir / f"{key}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            written.append(target)
    finally:
        window.close()
        (out_dir / ".screenshots.ini").unlink(missing_ok=True)
    return written
