"""The interface can be translated: a shipped French translation changes what the window shows."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from peerdesk import i18n, paths
from peerdesk.ui.i18n import install_translators
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.opening import RecentFiles


def test_french_interface(qtbot, qt_settings):
    assert (paths.i18n_dir() / "fr" / "LC_MESSAGES" / "peerdesk.mo").exists()
    app = QApplication.instance()
    translators = install_translators(app, QLocale("fr_FR"))
    try:
        window = MainWindow(recent=RecentFiles(qt_settings))
        qtbot.addWidget(window)
        tabs = window.ui.main_tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Appariement des pairs", "Choix des outils", "Contrats d'engagement", "Évaluation"]
        assert window.ui.menu_file.title() == "&Fichier"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
    english = MainWindow(recent=RecentFiles(qt_settings))
    qtbot.addWidget(english)
    assert english.ui.main_tabs.tabText(0) == "Peer matching"
