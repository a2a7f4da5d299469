"""Settings show which municipality list the app follows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from advocaat.ui.controller import AppController
from advocaat.ui.views.settings import SettingsView

pytestmark = pytest.mark.usefixtures("english")


def test_settings_show_the_date_and_size_of_the_municipality_list(
    qtbot: QtBot, controller: AppController
) -> None:
    view = SettingsView(controller)
    qtbot.addWidget(view)
    assert view.municipality_list.text() == (
        "Municipality list of 1 January 2023, 342 municipalities"
    )
