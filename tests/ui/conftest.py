"""The main window as the window tests use it: on a facilitator's small screen (1024x600), its recent
files kept in the test's own settings file, closed by qtbot after the test."""

from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, qt_settings):
    from peerdesk.ui.app import create_application
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.opening import RecentFiles

    create_application()
    win = MainWindow(recent=RecentFiles(qt_settings))
    qtbot.addWidget(win)
    win.resize(1024, 600)
    return win
