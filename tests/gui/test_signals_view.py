"""The signals view: record a signal; the privacy guard asks about every finding."""

from __future__ import annotations

import pytest
from accessibility import unnamed_inputs
from pytestqt.qtbot import QtBot

from advocaat.signals.privacy import Finding
from advocaat.ui.controller import AppController
from advocaat.ui.views.signals import FindingsDialog, SignalsView
from advocaat.ui.views.start import StartView


@pytest.fixture
def view(qtbot: QtBot, controller: AppController) -> SignalsView:
    view = SignalsView(controller.signals, controller.municipality_choices())
    qtbot.addWidget(view)
    view.show()
    return view


def fill(view: SignalsView, text: str) -> None:
    view.new_signal()
    view.text.setPlainText(text)
    view.municipality.setCurrentIndex(view.municipality.findData("GM0193"))
    view.themes.setText("parkeerkaart, vervoer")
    view.people.setValue(3)


def test_a_clean_signal_is_saved_and_shows_on_start(
    qtbot: QtBot, view: SignalsView, controller: AppController
) -> None:
    fill(view, "Parkeerkaart geweigerd aan mensen met Parkinson.")
    identifier = view.save(confirm=lambda findings: pytest.fail(f"no alarm expected: {findings}"))
    assert identifier is not None
    assert view.table.rowCount() == 1
    assert view.table.item(0, 2).text() == "parkeerkaart, vervoer"
    start = StartView(controller)
    qtbot.addWidget(start)
    assert "Parkeerkaart geweigerd" in start.signals.item(0).text()
    assert unnamed_inputs(view) == []


def test_each_finding_must_be_confirmed_or_the_text_changed(view: SignalsView) -> None:
    fill(view, "Bel mevrouw terug op 06-12345678, BSN 111222333.")
    asked: list[list[Finding]] = []

    def decline(findings: list[Finding]) -> None:
        asked.append(findings)

    assert view.save(confirm=decline) is None
    assert [f.kind.value for f in asked[0]] == ["phone", "bsn"]
    assert view.table.rowCount() == 0

    def confirm_all(findings: list[Finding]) -> frozenset[tuple[str, str]]:
        return frozenset((f.kind.value, f.text) for f in findings)

    assert view.save(confirm=confirm_all) is not None
    assert view.table.rowCount() == 1


def test_findings_dialog_saves_only_when_every_finding_is_ticked(qtbot: QtBot) -> None:
    from advocaat.signals.privacy import find_personal_data

    findings = find_personal_data("Bel 06-12345678 of mail j@example.nl")
    dialog = FindingsDialog(findings)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.boxes[0][0].setChecked(True)
    assert not dialog.save_button.isEnabled()
    dialog.boxes[1][0].setChecked(True)
    assert dialog.save_button.isEnabled()
    assert dialog.confirmed() == {("phone", "06-12345678"), ("email", "j@example.nl")}
    assert unnamed_inputs(dialog) == []


def test_a_missing_municipality_is_one_sentence(view: SignalsView) -> None:
    view.new_signal()
    view.text.setPlainText("Iets zonder gemeente")
    view.municipality.setCurrentIndex(0)
    assert view.save() is None
    assert view.problem.text() == "Kies de gemeente waar het signaal over gaat."
