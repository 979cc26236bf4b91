"""The Qt side of the one word catalogue: Qt's ``tr()`` and Designer forms answered from gettext.

``peerdesk.i18n`` holds the catalogue (``resources/i18n/<lang>/LC_MESSAGES/peerdesk.mo``); this module
installs a QTranslator that looks every Qt lookup up there, so ``self.tr("Save")`` and the compiled
forms' ``QCoreApplication.translate("Form", "Save")`` find the same translation the Qt-free code gets
from ``_("Save")``. Qt's own dialogs (buttons such as Cancel) get Qt's shipped ``qtbase`` translation.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from peerdesk import i18n

logger = logging.getLogger(__name__)


class GettextTranslator(QTranslator):
    """Answers Qt's translation lookups from PeerDesk's gettext catalogue in one language."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt's signature
        if not source_text:
            return None
        # Returning None (a null QString) lets Qt fall back to the English source text.
        return i18n.translate_or_none(source_text, disambiguation or None, n, code=self.language)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return self.language == i18n.SOURCE_LANGUAGE

    def language_code(self) -> str:
        return self.language


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and PeerDesk's translators; sets the process-wide language for Qt-free code too.

    Without ``locale``, the language is PEERDESK_LANGUAGE, else the Preferences' choice, else the system's.
    """
    if locale is not None:
        language = i18n.normalise(locale.name()) or i18n.SOURCE_LANGUAGE
    else:
        from peerdesk.settings import interface_language

        language = interface_language()
    language = i18n.set_language(language)
    for old in getattr(app, "_peerdesk_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != i18n.SOURCE_LANGUAGE:
        qt_translator = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(QLocale(language), "qtbase", "_", qt_folder):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
        ours = GettextTranslator(language, app)
        app.installTranslator(ours)
        installed.append(ours)
        logger.info("interface language: %s", language)
    app._peerdesk_translators = installed
    return installed
