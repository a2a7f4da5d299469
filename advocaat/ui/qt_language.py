"""Make Qt follow the chosen language: its own dialog buttons, and the default QLocale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from advocaat.i18n import current_language


class QtLanguage:
    """Owns the installed Qt translator, so a language switch replaces it cleanly."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None

    def apply(self) -> None:
        """Install the translator of the active language (:func:`advocaat.i18n.set_language`)."""
        locale = QLocale(current_language().babel_locale)
        QLocale.setDefault(locale)
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        translator = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(locale, "qtbase", "_", folder):
            self._app.installTranslator(translator)
            self._translator = translator
        else:
            self._translator = None
