"""The signals view: record a signal; the privacy guard asks about every finding."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest
from accessibility import unnamed_inputs
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.app.drafts import Drafts
from advocaat.db.signal_tables import Signal
from advocaat.i18n import _
from advocaat.signals.privacy import Finding
from advocaat.sync.office_keys import init_office, load_office
from advocaat.sync.profile import OrganisationProfile, write_profile
from advocaat.ui.controller import AppController
from advocaat.ui.drafts import SAVE_AFTER_MS
from advocaat.ui.models.paged_model import FIRST_PAGE, PAGE_SIZE
from advocaat.ui.views.settings import SettingsView
from advocaat.ui.views.signals import FindingsDialog, SignalsView
from advocaat.ui.views.start import StartView


@pytest.fixture
def view(qtbot: QtBot, controller: AppController) -> SignalsView:
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices())
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
    assert view.model.rowCount() == 1
    assert view.model.index(0, 2).data() == "parkeerkaart, vervoer"
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
    assert view.model.rowCount() == 0

    def confirm_all(findings: list[Finding]) -> frozenset[tuple[str, str]]:
        return frozenset((f.kind.value, f.text) for f in findings)

    assert view.save(confirm=confirm_all) is not None
    assert view.model.rowCount() == 1


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


def test_a_volunteer_imports_the_profile_and_exports_from_the_gui(
    qtbot: QtBot, view: SignalsView, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    init_office(folder, "een lang genoeg wachtwoord")
    keys = load_office(folder, "een lang genoeg wachtwoord")
    profile = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="bureau@example.nl", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
    )  # fmt: skip
    profile_file = tmp_path / "bureau.advocaat-profiel"
    profile_file.write_bytes(write_profile(profile, keys))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    assert "Nog geen organisatieprofiel" in settings.profile_text.text()
    settings.import_profile(profile_file)
    assert "Vereniging Proef" in settings.profile_text.text()

    fill(view, "Parkeerkaart geweigerd aan mensen met Parkinson.")
    view.save()
    out = tmp_path / "usb"
    out.mkdir()
    view.export_to(out)
    (exported,) = out.glob("*.advocaat-export")
    assert view.export_status.text().startswith("Export 1 opgeslagen in")
    assert view.history.item(0).text().startswith("Export 1 · ")
    clear = pyrage.decrypt(exported.read_bytes(), [keys.identity])
    assert clear.startswith(b"PK")  # the signed ZIP inside
    view.export_to(out)  # nothing new: said on the status line, no empty file
    assert view.export_status.text() == _(
        "No signal is new or changed since the last export, so no file was written."
    )
    assert list(out.glob("*.advocaat-export")) == [exported]
    assert view.history.count() == 1


def test_the_list_filters_on_status_and_municipality(view: SignalsView) -> None:
    fill(view, "Parkeerkaart geweigerd aan mensen met Parkinson.")
    view.save()
    fill(view, "Regiotaxi te laat.")
    view.municipality.setCurrentIndex(view.municipality.findData("GM0150"))
    view.status.setCurrentIndex(view.status.findData("forwarded"))
    view.save()
    assert view.model.rowCount() == 2
    view.municipality_filter.setCurrentIndex(view.municipality_filter.findData("GM0150"))
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == ["Deventer"]
    view.municipality_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(view.status_filter.findData("new"))
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == ["Zwolle"]


def test_the_first_run_setup_imports_the_profile(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    from advocaat.ui.dialogs.setup_dialog import SetupDialog

    folder = tmp_path / "office"
    init_office(folder, "een lang genoeg wachtwoord")
    keys = load_office(folder, "een lang genoeg wachtwoord")
    profile = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau", office_email="",
        office_phone="", recipient=keys.public.recipient, signing_key=keys.public.signing_key,
    )  # fmt: skip
    good = tmp_path / "bureau.advocaat-profiel"
    good.write_bytes(write_profile(profile, keys))
    bad = tmp_path / "kapot.advocaat-profiel"
    bad.write_bytes(b"PK" + b"\x00" * 50)
    dialog = SetupDialog(controller)
    qtbot.addWidget(dialog)
    dialog.import_profile(bad)
    assert dialog.problem.text() == "Dit is geen organisatieprofiel van Advocaat."
    dialog.import_profile(good)
    assert dialog.organisation.text() == "Vereniging Proef"
    assert dialog.profile_state.text() == "Profiel van Vereniging Proef geïmporteerd."


def test_the_office_makes_keys_writes_the_profile_and_backs_up_in_settings(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    import zipfile

    from advocaat.organisation.setup import OrganisationSetup, Role
    from advocaat.sync.profile import read_profile

    controller.save_setup(OrganisationSetup("Landelijk Bureau Proef", (), Role.NATIONAL_OFFICE))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    box = settings.office_keys
    assert "Nog geen sleutels" in box.state.text()
    box.make_keys("een lang genoeg wachtwoord")
    assert box.recipient_field.text().startswith("age1")
    assert box.state.text().startswith("Sleutel-id om aan de telefoon voor te lezen: ")
    assert box.profile_button.isVisibleTo(box)
    profile_file = tmp_path / "bureau.advocaat-profiel"
    box.write_profile_file(profile_file, "een lang genoeg wachtwoord")
    assert read_profile(profile_file.read_bytes()).organisation == "Landelijk Bureau Proef"
    backup = tmp_path / "sleutels.zip"
    box.write_backup(backup)
    with zipfile.ZipFile(backup) as archive:
        assert "office-identity.age" in archive.namelist()
    assert unnamed_inputs(settings) == []


def test_a_signal_can_concern_an_organisation_from_the_contact_book(
    qtbot: QtBot, demo_controller: AppController
) -> None:
    view = SignalsView(
        demo_controller.signals, demo_controller.sync, demo_controller.municipality_choices()
    )
    qtbot.addWidget(view)
    fill(view, "Thuiszorg komt vaak later dan afgesproken.")
    view.organisation.setCurrentIndex(view.organisation.findText("Thuiszorg De Linde"))
    identifier = view.save()
    row = view.book.row(str(identifier))
    assert row.data.organisation_id == view.organisation.currentData()
    assert row.data.organisation_id is not None


def test_the_list_loads_a_page_at_a_time_and_finds_a_saved_signal_beyond_it(
    view: SignalsView, controller: AppController
) -> None:
    with controller.workspace.session() as session:
        session.add_all(
            Signal(
                uid=f"proef-{n}",
                text=f"Proefsignaal {n}",
                municipality_code="GM0193",
                happened_on=date(2026, 1, 1) + timedelta(days=n % 300),
            )
            for n in range(PAGE_SIZE * 2 + 50)
        )
    view.refresh()
    assert view.model.total == PAGE_SIZE * 2 + 50
    assert view.model.rowCount() == FIRST_PAGE
    view.refresh(select_id=1)  # the first signal of the earliest day: the very last row
    assert view.model.rowCount() == view.model.total
    assert [index.row() for index in view.table.selectionModel().selectedRows()] == [
        view.model.total - 1
    ]
    assert view.text.toPlainText() == "Proefsignaal 0"


def test_a_signal_being_typed_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = Drafts(tmp_path / "drafts")

    def open_view() -> SignalsView:
        view = SignalsView(controller.signals, controller.sync,
                           controller.municipality_choices(), drafts=drafts)  # fmt: skip
        qtbot.addWidget(view)
        return view

    first = open_view()
    assert not first.offer_draft()  # shown the first time: nothing left from before
    fill(first, "Huishoudelijke hulp gestopt zonder nieuw onderzoek.")
    qtbot.waitUntil(lambda: drafts.find("signal") is not None, timeout=5000)
    first.close()  # as if the laptop crashed: nothing was saved

    answers: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        answers.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    again = open_view()
    assert again.offer_draft()
    assert answers == [
        "Je was nog bezig met een signaal dat niet is opgeslagen. Verder gaan waar je was?"
    ]
    assert again.text.toPlainText() == "Huishoudelijke hulp gestopt zonder nieuw onderzoek."
    assert again.municipality.currentData() == "GM0193"
    assert (again.themes.text(), again.people.value()) == ("parkeerkaart, vervoer", 3)
    assert again.save(confirm=lambda findings: frozenset()) is not None
    assert drafts.find("signal") is None  # saved: no draft left
    assert not again.offer_draft()


def test_showing_saved_signals_keeps_no_draft_and_declining_drops_it(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = Drafts(tmp_path / "drafts")
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices(),
                       drafts=drafts)  # fmt: skip
    qtbot.addWidget(view)
    view.offer_draft()
    fill(view, "De regiotaxi kwam drie keer te laat.")
    assert view.save(confirm=lambda findings: frozenset()) is not None
    qtbot.wait(SAVE_AFTER_MS + 300)
    assert drafts.find("signal") is None  # a saved signal on screen is no draft

    assert not view.offer_draft()  # offered once per start only

    drafts.keep("signal", {"text": "Half getypt"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    next_start = SignalsView(controller.signals, controller.sync,
                             controller.municipality_choices(), drafts=drafts)  # fmt: skip
    qtbot.addWidget(next_start)
    assert not next_start.offer_draft()
    assert drafts.find("signal") is None  # declined: gone
    assert next_start.text.toPlainText() != "Half getypt"


def test_the_draft_is_offered_when_the_view_is_first_shown(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = Drafts(tmp_path / "drafts")
    drafts.keep("signal", {"text": "Half getypt over de regiotaxi."})
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices(),
                       drafts=drafts)  # fmt: skip
    qtbot.addWidget(view)
    assert asked == []  # not before it is shown
    view.show()
    qtbot.waitUntil(lambda: view.text.toPlainText() == "Half getypt over de regiotaxi.")
    assert len(asked) == 1
    view.hide()
    view.show()
    qtbot.wait(50)
    assert len(asked) == 1  # once per start


def test_export_says_what_is_missing_before_it_asks_for_a_folder(
    qtbot: QtBot,
    view: SignalsView,
    controller: AppController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    told: list[str] = []
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a: asked.append("folder") or str(out)
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    fill(view, "Parkeerkaart geweigerd aan mensen met Parkinson.")
    view.save()

    view.export_button.click()  # no profile yet
    assert asked == []
    assert told == [
        _(
            "Import the organisation profile from the national office first; it holds the key"
            " the export is encrypted to."
        )
    ]
    folder = tmp_path / "office"
    init_office(folder, "een lang genoeg wachtwoord")
    keys = load_office(folder, "een lang genoeg wachtwoord")
    controller.sync.import_profile(write_profile(OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
    ), keys))  # fmt: skip

    view.export_button.click()  # a profile and a new signal: now the folder is asked
    assert asked == ["folder"]
    assert len(list(out.glob("*.advocaat-export"))) == 1

    view.export_button.click()  # nothing new: told on the status line, no folder asked
    assert asked == ["folder"]
    assert view.export_status.text() == _(
        "No signal is new or changed since the last export, so no file was written."
    )
    assert len(told) == 1
