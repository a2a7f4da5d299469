"""Settings shows each role only what fits it, and says the office's address only when known."""

from __future__ import annotations

from dataclasses import replace

import pytest
from office_kit import Office
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from advocaat.organisation.setup import OrganisationSetup, Role
from advocaat.sync.profile import read_profile, write_profile
from advocaat.ui.controller import AppController
from advocaat.ui.views.settings import SettingsView
from advocaat.ui.views.start import StartView

VOLUNTEER_ONLY = {
    "groups": {"Landelijk bureau"},
    "buttons": {"Organisatie&profiel importeren…", "Maak een &nieuwe ondertekensleutel…"},
}
OFFICE_ONLY = {"groups": {"Sleutels van het landelijk bureau", "Databaseserver"}, "buttons": set()}


def shown(settings: SettingsView) -> dict[str, set[str]]:
    return {
        "groups": {box.title() for box in settings.findChildren(QGroupBox)},
        "buttons": {button.text() for button in settings.findChildren(QPushButton)},
        "labels": {label.text() for label in settings.findChildren(QLabel)},
    }


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.NATIONAL_OFFICE])
def test_each_role_sees_only_its_own_settings(
    qtbot: QtBot, controller: AppController, role: Role
) -> None:
    controller.save_setup(OrganisationSetup("Vereniging Proef", (), role))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    seen = shown(settings)
    own, other = (
        (OFFICE_ONLY, VOLUNTEER_ONLY)
        if role is Role.NATIONAL_OFFICE
        else (VOLUNTEER_ONLY, OFFICE_ONLY)
    )
    for kind in ("groups", "buttons"):
        assert own[kind] <= seen[kind], (role, kind, seen[kind])
        assert other[kind] & seen[kind] == set(), (role, kind)
    # Everything a role needs stays: language, setup, the data folder.
    assert {"Taal", "Organisatie", "Jouw gegevens"} <= seen["groups"]
    municipalities = [text for text in seen["labels"] if text.startswith("Gemeenten")]
    if role is Role.NATIONAL_OFFICE:
        assert municipalities == []  # the office serves them all; no "Gemeenten: -"
        assert not any("organisatieprofiel" in text.lower() for text in seen["labels"])
    else:
        assert "Nog geen gemeenten gekozen." in seen["labels"]
    assert not any(text.endswith((": -", ": -.")) for text in seen["labels"]), seen["labels"]


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.NATIONAL_OFFICE])
def test_start_asks_only_a_volunteer_to_choose_municipalities(
    qtbot: QtBot, controller: AppController, role: Role
) -> None:
    controller.save_setup(OrganisationSetup("Vereniging Proef", (), role))
    start = StartView(controller)
    qtbot.addWidget(start)
    texts = {label.text() for label in start.findChildren(QLabel)}
    asked = "Je hebt nog geen gemeenten gekozen." in texts
    assert asked is (role is Role.VOLUNTEER)


@pytest.mark.parametrize("email", ["bureau@example.nl", ""])
def test_the_profile_line_names_the_office_only_by_a_real_address(
    qtbot: QtBot, controller: AppController, office: Office, email: str
) -> None:
    profile = replace(read_profile(office.profile), office_email=email)
    controller.sync.import_profile(write_profile(profile, office.keys))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    text = settings.profile_text.text()
    if email:
        assert text == "Organisatieprofiel van Vereniging Proef; het bureau: bureau@example.nl"
    else:
        assert text == "Organisatieprofiel van Vereniging Proef."
