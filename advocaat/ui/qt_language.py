"""Make Qt follow the chosen language: its own dialogs and buttons, and the default QLocale.

Qt's catalogs (qt_*.qm, which pulls in qtbase_*.qm) come with PySide6 in its translations folder;
a frozen build must bundle qt_nl.qm and qtbase_nl.qm from there. The few strings Qt's Dutch catalog
lacks are in our own gettext catalog (QT_GAPS) and handed to Qt by a translator of our own: that
keeps every Dutch word in the one Babel pipeline, with no .ts/.qm build step.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from advocaat.i18n import N_, _, current_language

QT_GAPS = {
    ("QFileDialog", "&Look in:"): N_("&Look in:"),
    ("QFileDialog", "Files of &type:"): N_("Files of &type:"),
}
"""Texts of Qt's own dialogs that Qt's Dutch catalog leaves in English: (context, source) to
our msgid, spelled as Qt spells it."""


class QtGaps(QTranslator):
    """Answers only for QT_GAPS, from our catalog; Qt asks its own catalogs for the rest."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """``None`` is Qt's null string: not ours, ask on (an empty string would blank the text)."""
        msgid = QT_GAPS.get((context, source))
        return _(msgid) if msgid else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class QtLanguage:
    """Owns the installed Qt translators, so a language switch replaces them cleanly."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []

    def apply(self) -> None:
        """Install the translators of the active language (:func:`advocaat.i18n.set_language`)."""
        locale = QLocale(current_language().babel_locale)
        QLocale.setDefault(locale)
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = [QtGaps(self._app)]
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(self._app)
        # Qt speaks English itself: its qt_en.qm holds plural forms only and empties the buttons.
        english = locale.language() == QLocale.Language.English
        if not english and (
            translator.load(locale, "qt", "_", folder)
            or translator.load(locale, "qtbase", "_", folder)
        ):
            self._translators.append(translator)
        for translator in self._translators:  # the last installed is asked first
            self._app.installTranslator(translator)
