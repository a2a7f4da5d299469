"""The main window: every part reachable by mouse and keyboard, state remembered, language live."""

from __future__ import annotations

import pytest
from accessibility import unnamed_inputs
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from advocaat.core.preferences import read_language_preference
from advocaat.paths import AppPaths
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow, window_title
from advocaat.ui.views.start import StartView

DUTCH_TITLES = [
    "Start",
    "Contacten",
    "Keukentafelgesprekken",
    "Signalen",
    "Netwerk",
    "Rapportages",
    "Instellingen",
]


def texts_of(window: MainWindow) -> list[str]:
    return [label.text() for label in window.stack.currentWidget().findChildren(QLabel)]


def test_navigation_lists_every_part_in_dutch(window: MainWindow) -> None:
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == DUTCH_TITLES
    assert window.stack.count() == len(PARTS)
    assert window.windowTitle() == "Advocaat"


def test_every_part_opens_with_its_ctrl_number_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, part in enumerate(PARTS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_part() == part
        assert window.stack.currentIndex() == number - 1


def test_arrow_keys_in_the_navigation_switch_parts(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.setFocus()
    window.show_part(0)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_part().key == "visits"


def test_each_navigation_entry_says_what_its_part_is_for(window: MainWindow) -> None:
    tip = window.navigation.item(4).toolTip()
    assert tip.startswith("Netwerk (Ctrl+5)\n")
    assert "invloed" in tip


def test_start_of_a_new_user_offers_the_setup(qtbot: QtBot, window: MainWindow) -> None:
    window.show_part(0)
    assert any("nog niet ingesteld" in text for text in texts_of(window))


def test_start_shows_the_demo_organisation_and_municipalities(
    qtbot: QtBot, demo_controller: AppController
) -> None:
    window = MainWindow(demo_controller)
    qtbot.addWidget(window)
    texts = " ".join(texts_of(window))
    assert "Vereniging Samen Sterk (demo)" in texts
    assert "Zwolle, Deventer, Kampen" in texts
    assert "(demo)" in window.windowTitle()
    assert "fictief" in window.demo_label.text()


def test_size_position_and_last_view_are_remembered(
    qtbot: QtBot, window: MainWindow, controller: AppController
) -> None:
    window.resize(700, 500)  # inside the 800x600 offscreen screen
    window.show_part(4)
    window.close()
    again = MainWindow(controller)
    qtbot.addWidget(again)
    assert again.current_part().key == "network"
    assert (again.width(), again.height()) == (700, 500)


def built_parts(window: MainWindow) -> list[str]:
    return [part.key for part in PARTS if window.built_view(part.key) is not None]


def test_a_start_builds_only_the_part_in_view(window: MainWindow) -> None:
    assert built_parts(window) == ["start"]


def test_each_part_is_built_once_when_first_shown_with_its_title(
    qtbot: QtBot, demo_controller: AppController
) -> None:
    window = MainWindow(demo_controller)
    qtbot.addWidget(window)
    for row, part in enumerate(PARTS):
        window.show_part(row)
        view = window.built_view(part.key)
        assert view is not None
        assert window.stack.currentWidget().widget() is view
        assert window.navigation.currentItem().text() == DUTCH_TITLES[row]
        assert built_parts(window) == [part.key for part in PARTS[: row + 1]]
    for row, part in enumerate(PARTS):  # shown again: the same view, not a second one
        view = window.built_view(part.key)
        window.show_part(row)
        assert window.built_view(part.key) is view
    assert window.view("visits", StartView) is None  # another kind of view is not handed out


def test_a_remembered_part_is_the_only_one_built_at_the_next_start(
    qtbot: QtBot, window: MainWindow, controller: AppController
) -> None:
    window.show_part(5)
    window.close()
    again = MainWindow(controller)
    qtbot.addWidget(again)
    assert again.current_part().key == "reports"
    assert built_parts(again) == ["reports"]


def test_switching_language_rebuilds_only_the_part_in_view(
    qtbot: QtBot, window: MainWindow, controller: AppController
) -> None:
    for row in range(len(PARTS)):
        window.show_part(row)
    window.show_part(6)
    assert "Instellingen" in texts_of(window)
    controller.change_language("en")
    assert built_parts(window) == ["settings"]
    assert window.current_part().key == "settings"
    assert "Settings" in texts_of(window)
    window.show_part(0)
    assert "To follow up this week" in [box.title() for box in window.findChildren(QGroupBox)]
    controller.change_language("nl")


def test_switching_language_rebuilds_every_text_and_is_remembered(
    qtbot: QtBot, window: MainWindow, controller: AppController, paths: AppPaths
) -> None:
    window.show_part(6)
    controller.change_language("en")
    qtbot.waitUntil(lambda: window.navigation.item(6).text() == "Settings")
    assert window.current_part().key == "settings"
    assert window.menuBar().actions()[0].text() == "&File"
    assert QLocale().language() == QLocale.Language.English
    assert read_language_preference(paths.preferences_file) == "en"
    controller.change_language("nl")
    assert window.navigation.item(6).text() == "Instellingen"
    assert QLocale().language() == QLocale.Language.Dutch


def test_every_input_of_the_main_window_has_a_name(window: MainWindow) -> None:
    assert unnamed_inputs(window) == []


def test_name_check_catches_an_unnamed_input(window: MainWindow) -> None:
    stray = QLineEdit(window.stack.currentWidget())
    stray.setObjectName("stray")
    assert unnamed_inputs(window) == ["QLineEdit 'stray'"]


def test_quit_shortcut_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.activeWindow() is not window


def test_start_shows_the_deadlines_of_the_demo_visits(
    qtbot: QtBot, demo_controller: AppController
) -> None:
    window = MainWindow(demo_controller)
    qtbot.addWidget(window)
    start = window.view("start", StartView)
    assert start is not None
    texts = [start.deadlines.item(row).text() for row in range(start.deadlines.count())]
    assert any("Beschikking van de gemeente" in text and "Dhr. P. (demo)" in text for text in texts)
    assert any("Wmo 2015, art. 2.3.2 lid 2" in text for text in texts)


def test_a_signal_is_started_from_a_visit_without_the_members_data(
    qtbot: QtBot, demo_controller: AppController
) -> None:
    from advocaat.ui.views.signals import SignalsView
    from advocaat.ui.views.visits import VisitsView

    window = MainWindow(demo_controller)
    qtbot.addWidget(window)
    visits = window.view("visits", VisitsView)
    assert visits is not None
    visits.list.setCurrentRow(1)  # Dhr. P. (demo), Deventer
    visits.request_signal()
    assert window.current_part().key == "signals"
    signals = window.findChild(SignalsView)
    assert signals.municipality.currentText() == "Deventer"
    assert signals.themes.text() == "keukentafelgesprek"
    assert signals.source.currentData() == "kitchen_table"
    assert signals.text.toPlainText() == ""  # nothing of the member comes along


@pytest.mark.parametrize(
    ("organisation", "demo", "title"),
    [
        ("Vereniging Samen Sterk (demo)", True, "Advocaat — Vereniging Samen Sterk (demo)"),
        ("Vereniging Proef", True, "Advocaat — Vereniging Proef (demo)"),
        (None, True, "Advocaat (demo)"),
        ("Vereniging Proef", False, "Advocaat — Vereniging Proef"),
        (None, False, "Advocaat"),
    ],
)
def test_the_title_says_demo_once(organisation: str | None, demo: bool, title: str) -> None:
    assert window_title(organisation, demo=demo) == title


def test_the_demo_window_title_says_demo_once(qtbot: QtBot, demo_controller: AppController) -> None:
    window = MainWindow(demo_controller)
    qtbot.addWidget(window)
    assert window.windowTitle().count("(demo)") == 1
