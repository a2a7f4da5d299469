"""The first-run setup dialog: search municipalities the way people type, save, refuse bad input."""

from __future__ import annotations

from accessibility import unnamed_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from advocaat.i18n import current_language
from advocaat.organisation.setup import OrganisationSetup, Role
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.setup_dialog import CODE_ROLE, SetupDialog
from advocaat.ui.main_window import MainWindow


def visible_names(dialog: SetupDialog) -> list[str]:
    model = dialog.municipality_filter
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def tick(dialog: SetupDialog, search: str) -> None:
    dialog.municipality_search.setText(search)
    (row,) = range(dialog.municipality_filter.rowCount())
    source = dialog.municipality_filter.mapToSource(dialog.municipality_filter.index(row, 0))
    dialog.municipality_model.itemFromIndex(source).setCheckState(Qt.CheckState.Checked)


def save_button(dialog: SetupDialog):  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


def test_search_ignores_accents_and_knows_common_names(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.municipality_filter.rowCount() == 342
    dialog.municipality_search.setText("sudwest")
    assert visible_names(dialog) == ["Súdwest-Fryslân (Fryslân)"]
    dialog.municipality_search.setText("den haag")
    assert visible_names(dialog) == ["'s-Gravenhage (Zuid-Holland)"]


def test_first_run_setup_is_saved_and_shown(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_setup()
    qtbot.keyClicks(dialog.organisation, "Vereniging Proef, afdeling Zwolle")
    tick(dialog, "zwolle")
    tick(dialog, "kampen")
    assert dialog.chosen_label.text().startswith("2 gemeenten gekozen")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert controller_setup(window) == OrganisationSetup(
        "Vereniging Proef, afdeling Zwolle", ("GM0166", "GM0193"), Role.VOLUNTEER
    )
    assert window.windowTitle() == "Advocaat — Vereniging Proef, afdeling Zwolle"
    assert not dialog.isVisible()


def controller_setup(window: MainWindow) -> OrganisationSetup | None:
    return window.controller.setup()


def test_missing_organisation_is_explained_and_nothing_saved(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Vul de naam van je organisatie in."
    assert save_button(dialog).text().replace("&", "") == "Opslaan"  # Qt's own, in Dutch
    assert controller.setup() is None


def test_choosing_english_in_the_setup_switches_the_app(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Test")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert current_language().code == "en"


def test_codes_are_kept_with_the_items(qtbot: QtBot, controller: AppController) -> None:
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    codes = {dialog.municipality_model.item(row).data(CODE_ROLE) for row in range(342)}
    assert "GM0193" in codes


def test_every_input_of_the_setup_dialog_has_a_name(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []


def test_search_finds_the_names_people_use_and_shows_every_bergen(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    for typed, shown in (
        ("Hengelo", ["Hengelo (O.) (Overijssel)"]),
        ("nuenen", ["Nuenen, Gerwen en Nederwetten (Noord-Brabant)"]),
        ("Bergen NH", ["Bergen (NH.) (Noord-Holland)"]),
        ("Bergen (L)", ["Bergen (L.) (Limburg)"]),
    ):
        dialog.municipality_search.setText(typed)
        assert visible_names(dialog) == shown, typed
    dialog.municipality_search.setText("Bergen")
    assert {"Bergen (L.) (Limburg)", "Bergen (NH.) (Noord-Holland)"} <= set(visible_names(dialog))
