"""Starting the app: a fresh folder opens and closes cleanly; problems get one plain sentence."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.cli import main
from advocaat.paths import AppPaths
from advocaat.ui.app import app_icon, application, run_gui
from advocaat.ui.feedback import CrashReporter
from advocaat.ui.main_window import MainWindow


def options(paths: AppPaths) -> RunOptions:
    return RunOptions(paths=paths, language="nl", quit_after=0.3)


def test_fresh_data_folder_opens_and_closes_cleanly(app: QApplication, paths: AppPaths) -> None:
    assert run_gui(options(paths)) == 0
    assert paths.database.exists()
    assert paths.window_state_file.exists()
    with Workspace.open(paths):  # the lock was released
        pass


def test_second_copy_says_so_and_stops(
    app: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    with Workspace.open(paths):
        assert run_gui(options(paths)) == 1
    assert len(shown) == 1
    assert "al geopend" in shown[0]


@pytest.mark.parametrize("console", [True, False])
def test_crash_report_is_written_and_shown(
    app: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, console: bool
) -> None:
    if not console:  # a windowed program on Windows has no standard error
        monkeypatch.setattr(sys, "stderr", None)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    reporter = CrashReporter(paths.logs_dir)
    try:
        raise ValueError("a real bug")
    except ValueError:
        reporter.handle(*sys.exc_info())
    (report,) = paths.logs_dir.glob("crash-*.txt")
    assert "ValueError: a real bug" in report.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert str(report) in shown[0].informativeText()


def test_lang_en_on_the_command_line_shows_the_app_in_english(
    app: QApplication, paths: AppPaths
) -> None:
    seen: list[list[str]] = []

    def look() -> None:
        windows = QApplication.topLevelWidgets()
        (window,) = [w for w in windows if isinstance(w, MainWindow) and w.isVisible()]
        navigation = window.navigation
        seen.append([navigation.item(row).text() for row in range(navigation.count())])

    QTimer.singleShot(100, look)
    arguments = ["--data-dir", str(paths.root), "--lang", "en", "--quit-after", "0.4"]
    assert main(arguments) == 0
    assert seen == [
        ["Start", "Contacts", "Keukentafelgesprekken", "Signals", "Network", "Reports", "Settings"]
    ]


def test_qt_calls_keep_the_reference_count_of_none(app: QApplication) -> None:
    """A Qt binding that drops a reference to None on each call that returns nothing aborts
    the app after a few thousand table cells on Python 3.11 (PySide6 6.12.0 did)."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(0, 1)
    before = sys.getrefcount(None)
    for row in range(500):
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(str(row)))
    assert sys.getrefcount(None) - before > -100


def test_the_window_carries_the_app_icon(app: QApplication) -> None:
    """The icon the desktop entry names is drawn, not a blank square."""
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert len({image.pixel(x, 32) for x in range(64)}) > 2  # the balloon and the check mark
    application()
    assert not app.windowIcon().isNull()
