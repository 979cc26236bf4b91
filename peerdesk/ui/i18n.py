"""Load the interface translation for the user's language from ``resources/i18n/peerdesk_<lang>.qm``."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from peerdesk import paths

logger = logging.getLogger(__name__)


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and PeerDesk's translators for ``locale``; English needs none.

    PEERDESK_LANGUAGE (for example ``fr``) overrides the system's language.
    """
    chosen = os.environ.get("PEERDESK_LANGUAGE")
    locale = locale or (QLocale(chosen) if chosen else QLocale.system())
    installed = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "peerdesk", "_", str(paths.i18n_dir())):
        app.installTranslator(ours)
        installed.append(ours)
        logger.info("interface translation loaded for %s", locale.name())
    return installed
