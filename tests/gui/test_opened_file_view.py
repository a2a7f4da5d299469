"""``advocaat FILE`` in the window: each kind of file starts its own view's import, and a file
for the other role is one sentence in a message box, with no import started."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_kit import Office, Volunteer, feedback_for
from pytestqt.qtbot import QtBot

from advocaat.ui import opened_file
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import MainWindow
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.settings import SettingsView
from advocaat.ui.views.signals import SignalsView


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Which import was started, with what (the imports themselves have their own tests)."""
    calls: list[tuple[str, object]] = []
    for view, method in ((NationalView, "import_paths"), (SettingsView, "import_profile"),
                         (SignalsView, "import_feedback")):  # fmt: skip
        monkeypatch.setattr(view, method, lambda _self, arg, name=method: calls.append((name, arg)))
    monkeypatch.setattr(opened_file, "show_problem", lambda _p, m: calls.append(("problem", m)))
    return calls


def window_of(qtbot: QtBot, controller: AppController) -> MainWindow:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_export_opens_the_national_picture_import(
    qtbot: QtBot, office_controller: AppController, tmp_path: Path, office: Office,
    started: list[tuple[str, object]],
) -> None:  # fmt: skip
    export = Volunteer(tmp_path / "v", office, "Jan Proef")
    export.add("De taxi kwam niet.")
    renamed = tmp_path / "renamed.bin"
    export.export().rename(renamed)
    opened_file.open_file(window_of(qtbot, office_controller), renamed)
    assert started == [("import_paths", [renamed])]


def test_a_profile_opens_the_profile_import(
    qtbot: QtBot, tmp_path: Path, office: Office, started: list[tuple[str, object]],
    app: object,
) -> None:  # fmt: skip
    from conftest import make_controller

    volunteer = Volunteer(tmp_path / "v", office, "Jan Proef")
    workspace, controller = make_controller(volunteer.paths, app)  # type: ignore[arg-type]
    profile = tmp_path / "profiel.zip"
    profile.write_bytes(office.profile)
    feedback = tmp_path / "feedback.bin"
    feedback.write_bytes(feedback_for(volunteer, office))
    window = window_of(qtbot, controller)
    opened_file.open_file(window, profile)
    opened_file.open_file(window, feedback)
    assert started == [("import_profile", profile), ("import_feedback", feedback)]
    workspace.close()


def test_an_export_at_a_volunteer_is_one_sentence(
    qtbot: QtBot, tmp_path: Path, office: Office, started: list[tuple[str, object]],
    app: object,
) -> None:  # fmt: skip
    from conftest import make_controller

    volunteer = Volunteer(tmp_path / "v", office, "Jan Proef")
    volunteer.add("De taxi kwam niet.")
    export = volunteer.export()
    workspace, controller = make_controller(volunteer.paths, app)  # type: ignore[arg-type]
    opened_file.open_file(window_of(qtbot, controller), export)
    assert [kind for kind, _message in started] == ["problem"]
    workspace.close()


def test_a_file_handed_over_by_macos_opens_its_import(
    qtbot: QtBot, office_controller: AppController, tmp_path: Path, office: Office,
    started: list[tuple[str, object]],
) -> None:  # fmt: skip
    """A double-click on macOS arrives as a FileOpen event, also while the app runs."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from advocaat.ui.app import FileOpenEvents

    volunteer = Volunteer(tmp_path / "v", office, "Jan Proef")
    volunteer.add("De taxi kwam niet.")
    export = volunteer.export()
    window = window_of(qtbot, office_controller)
    app = QApplication.instance()
    assert app is not None
    events = FileOpenEvents(window)
    app.installEventFilter(events)
    try:
        QApplication.sendEvent(app, QEvent(QEvent.Type.Show))  # other events pass by
        QApplication.sendEvent(app, QFileOpenEvent(str(export)))
        qtbot.waitUntil(lambda: started == [("import_paths", [export])])
    finally:
        app.removeEventFilter(events)


def test_a_profile_opened_while_the_first_setup_is_open_goes_into_it(
    qtbot: QtBot, tmp_path: Path, office: Office, app: object
) -> None:
    """On macOS a double-clicked file arrives after the window, which has already opened the
    first-run setup: the profile fills that setup, no second one opens."""
    from conftest import make_controller

    from advocaat.paths import AppPaths
    from advocaat.ui.dialogs.setup_dialog import SetupDialog

    workspace, controller = make_controller(AppPaths(tmp_path / "nieuw"), app)  # type: ignore[arg-type]
    window = window_of(qtbot, controller)
    window.open_setup_when_needed()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SetupDialog)))
    profile = tmp_path / "organisatie.advocaat-profiel"
    profile.write_bytes(office.profile)
    opened_file.open_file(window, profile)
    shown = [dialog for dialog in window.findChildren(SetupDialog) if dialog.isVisible()]
    assert len(shown) == 1
    assert shown[0].organisation.text() == "Vereniging Proef"  # from the profile
    shown[0].close()
    workspace.close()
