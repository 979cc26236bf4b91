"""File → Open Recent keeps its list in PeerDesk's settings file with the other preferences; the list an
earlier version kept in Qt's own settings (the Windows registry) is taken over once, not lost."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from peerdesk import settings as user_settings
from peerdesk.ui import opening
from peerdesk.ui.opening import RecentFiles


def test_recent_files_live_in_the_settings_file(tmp_path):
    first, second = tmp_path / "budget.peerdesk", tmp_path / "audit.peerdesk"
    recent = RecentFiles()
    recent.add(first)
    recent.add("postgresql://ana:secret@db.example:5432/network")
    recent.add(second)
    recent.add(first)
    expected = [str(first.resolve()), str(second.resolve()), "postgresql://ana@db.example:5432/network"]
    assert recent.entries() == expected
    # another process (the next start) reads them from the file, with no password in it
    reread = user_settings.reload()
    assert reread.get("recent_files") == expected
    assert "secret" not in user_settings.settings_file().read_text(encoding="utf-8")
    RecentFiles().remove(second)
    assert RecentFiles().paths() == [first.resolve()]


def test_an_earlier_versions_list_is_taken_over_once(tmp_path, monkeypatch):
    qt_file = tmp_path / "qt.ini"
    old = QSettings(str(qt_file), QSettings.Format.IniFormat)
    old.setValue("recent_files", [str(tmp_path / "from-last-year.peerdesk")])
    old.sync()
    monkeypatch.setattr(opening, "QSettings", lambda: QSettings(str(qt_file), QSettings.Format.IniFormat))
    user_settings.reload()
    assert RecentFiles().entries() == [str(tmp_path / "from-last-year.peerdesk")]
    # taken over: the settings file holds it now, and clearing it there is not undone by the old list
    RecentFiles().remove(tmp_path / "from-last-year.peerdesk")
    assert RecentFiles().entries() == []
    assert user_settings.reload().get("recent_files") == []
