"""Start the desktop app: Qt application, translations, the opened workspace, the main window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from advocaat.app.backups import restorable_backup, restore_backup
from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.ui.controller import AppController
from advocaat.ui.feedback import CrashReporter
from advocaat.ui.main_window import MainWindow
from advocaat.ui.qt_language import QtLanguage

APP_ID = "nl.advocaat.Advocaat"
"""The desktop entry's name, and the icon's (packaging/linux, resources/icons)."""


def app_icon() -> QIcon:
    """The app's icon, drawn from the SVG shipped in the package (also in a frozen build)."""
    data = resources.files("advocaat.resources.icons").joinpath(f"{APP_ID}.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap)


def application() -> QApplication:
    """The one QApplication of this process, made on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Advocaat")
    app.setApplicationDisplayName("Advocaat")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same clear focus frame and layout on every platform
    return app


def tell_in_window(message: str) -> None:
    """Why the app does not start, for a start without a console (a double-clicked file)."""
    application()
    QMessageBox.warning(None, _("Advocaat cannot open this"), message)


def open_workspace(options: RunOptions) -> Workspace | None:
    """The user's workspace, or ``None`` after telling them in one sentence why it cannot open.
    A damaged database comes with the offer to restore its newest sound backup."""
    try:
        return Workspace.open(options.paths)
    except UserFacingError as error:
        backup = restorable_backup(error)
        if backup is None:
            QMessageBox.critical(None, _("Advocaat cannot start"), error.message)
            return None
        answer = QMessageBox.question(
            None,
            _("Advocaat cannot start"),
            error.message + "\n\n" + _("Restore {name} now?").format(name=backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        restore_backup(options.paths, backup.name)
        return Workspace.open(options.paths)
    except UserFacingError as error:
        QMessageBox.critical(None, _("Advocaat cannot start"), error.message)
        return None


class FileOpenEvents(QObject):
    """macOS hands a double-clicked file to the app as a FileOpen event, not as an argument, at
    its start and while it runs: it opens that file's import, as ``advocaat FILE`` does."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, QFileOpenEvent) or not event.file():
            return False
        from advocaat.ui.opened_file import open_file  # noqa: PLC0415 - only with a file

        path = Path(event.file())
        QTimer.singleShot(0, lambda: open_file(self._window, path))
        return True


def keep_qt_settings_in(folder: Path) -> None:
    """Portable mode: Qt's own settings (the file dialog's last folder) go to FOLDER, not to
    the user's profile. Windows keeps Qt's native settings in the registry regardless."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def run_gui(options: RunOptions) -> int:
    if options.paths.portable:
        keep_qt_settings_in(options.paths.qt_settings_dir)
    app = application()
    qt_language = QtLanguage(app)
    qt_language.apply()
    workspace = open_workspace(options)
    if workspace is None:
        return 1
    crash_reporter = CrashReporter(options.paths.logs_dir)
    crash_reporter.install()
    try:
        controller = AppController(workspace, options, qt_language)
        window = MainWindow(controller)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        app.installEventFilter(FileOpenEvents(window))
        if options.open_file is None:
            window.open_setup_when_needed()
        else:
            from advocaat.ui.opened_file import open_file  # noqa: PLC0415 - only with a file

            opened = options.open_file
            QTimer.singleShot(0, lambda: open_file(window, opened))
        if options.quit_after is not None:
            QTimer.singleShot(int(options.quit_after * 1000), app.closeAllWindows)
        return app.exec()
    finally:
        crash_reporter.uninstall()
        workspace.close()
