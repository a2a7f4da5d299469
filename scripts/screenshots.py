"""Take the README's screenshots of the real window, with the demo data, on a virtual screen.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots.py [--output DIR]

It also shows what a double-clicked file opens (``advocaat FILE``) on a 1366×768 window: the
volunteer's first profile file, and an export file from a sender the office has never seen.

With ``--every`` it shows every view (the volunteer's and the national office's) and every dialog
in Dutch and English, on a 1366×768 laptop screen at 100 % and at 200 % (``QT_SCALE_FACTOR``,
one process per language and scale), as the window first opens there::

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py --every \
        --output /tmp/every

Each part of the app is shown in turn and the screen area of the window is grabbed from the X
server, so the pictures are what a user sees, not a drawing. Needs the app installed
(``pip install -e .``) and Xvfb.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.i18n import set_language
from advocaat.organisation.municipalities import bundled_municipalities
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths
from advocaat.sync.export import EXTENSION, file_name
from advocaat.sync.office_keys import init_office, load_office, office_folder
from advocaat.sync.profile import OrganisationProfile, write_profile
from advocaat.ui.app import application
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.opened_file import open_file
from advocaat.ui.qt_language import QtLanguage
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.network import NetworkView
from advocaat.ui.views.signals import SignalsView
from advocaat.ui.views.visits import VisitsView

# The tests' generator of fictional export files, and their list of every dialog.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "gui"))
from every_dialog import dialog_makers
from synthetic_exports import SyntheticSender, synthetic_export

PASSPHRASE = "fictief wachtwoord voor de schermafdrukken"
SHOTS = {
    "nl": ["start", "contacts", "visits", "signals", "network", "reports", "settings"],
    "en": ["start", "contacts"],
}


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, target: Path) -> None:
    settle(app)
    frame = widget.frameGeometry()
    screen = widget.screen()
    picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if not picture.save(str(target)):
        raise SystemExit(f"could not write {target}")
    print(f"wrote {target} ({picture.width()}x{picture.height()})")


def choose_contact(window: MainWindow, name: str) -> None:
    """Select a contact so the picture shows the details panel filled."""
    view = window.findChild(ContactsView)
    for row in range(view.model.rowCount()):
        if view.model.data(view.model.index(row, 0)) == name:
            view.table.selectRow(row)


def choose_municipality(view: NetworkView, code: str) -> None:
    """Show one municipality's grid, with its wethouder chosen, as a volunteer would."""
    view.municipality.setCurrentIndex(view.municipality.findData(code))
    view.party_list.setCurrentRow(0)


def set_up_office(folder: Path) -> AppPaths:
    """An office with its keys, set up in the office role."""
    paths = AppPaths(folder)
    init_office(office_folder(paths.profile_dir), PASSPHRASE)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        save_setup(session, OrganisationSetup("Vereniging Proef", (), Role.NATIONAL_OFFICE))
    return paths


def office_shots(app: QApplication, folder: Path, output: Path) -> None:
    """The national picture, filled by fictional export files from twelve made-up senders."""
    paths = set_up_office(folder / "office")
    keys = load_office(office_folder(paths.profile_dir), PASSPHRASE)
    rng = random.Random(3)
    municipalities = bundled_municipalities()
    names = {m.cbs_code: m.name for m in municipalities}
    files = []
    for number in range(12):
        chosen = tuple(m.cbs_code for m in rng.sample(municipalities, 3))
        sender = SyntheticSender(f"Afdeling {names[chosen[0]]}", chosen)
        for sequence in range(3):
            file = folder / f"{number:02d}-{sequence}{EXTENSION}"
            file.write_bytes(synthetic_export(sender, keys.public.recipient, 40, names, rng))
            files.append(file)
    set_language("nl")
    qt_language = QtLanguage(app)
    qt_language.apply()
    with Workspace.open(paths) as workspace:
        options = RunOptions(paths=paths, language="nl")
        controller = AppController(workspace, options, qt_language)
        controller.office.unlock(PASSPHRASE)
        window = MainWindow(controller)
        window.resize(1280, 800)
        window.move(0, 0)
        window.show()
        window.show_part([part.key for part in PARTS].index("signals"))
        view = window.findChild(NationalView)
        view.import_paths(files, decide=lambda _card: True)
        view.summary_dialog.close()
        view.select_row(2)
        grab(app, window, output / "nl-national-list.png")
        view.tabs.setCurrentIndex(1)
        grab(app, window, output / "nl-national-overview.png")
        window.close()
        settle(app)


LAPTOP = (1366, 768)


def laptop_window(controller: AppController) -> MainWindow:
    """The main window filling a 1366×768 laptop screen, as a double-click opens it there."""
    window = MainWindow(controller)
    window.resize(*LAPTOP)
    window.move(0, 0)
    window.show()
    return window


def grab_question(app: QApplication, window: QWidget, name: str, target: Path) -> None:
    """Once the question ``name`` stands on screen (its ``exec`` blocks the caller), grab the
    window with it and answer No, so the shot leaves nothing behind."""

    def check() -> None:
        question = app.activeModalWidget()
        if not isinstance(question, QMessageBox) or question.objectName() != name:
            QTimer.singleShot(100, check)
            return
        grab(app, window, target)
        question.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(100, check)


def opened_file_shots(app: QApplication, folder: Path, output: Path) -> None:
    """What a double-clicked file opens: a volunteer's first profile file (the setup, with the
    profile taken in), and an export file from a sender the office has never seen."""
    set_language("nl")
    qt_language = QtLanguage(app)
    qt_language.apply()
    office = set_up_office(folder / "opened-office")
    keys = load_office(office_folder(office.profile_dir), PASSPHRASE)
    profile = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="bureau@example.nl", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
    )  # fmt: skip
    profile_file = folder / "Vereniging Proef.advocaat-profiel"
    profile_file.write_bytes(write_profile(profile, keys))
    volunteer = AppPaths(folder / "opened-volunteer")
    with Workspace.open(volunteer) as workspace:
        options = RunOptions(paths=volunteer, language="nl")
        window = laptop_window(AppController(workspace, options, qt_language))
        open_file(window, profile_file)
        grab(app, window, output / "nl-open-profile.png")
        window.close()
        settle(app)
    names = {m.cbs_code: m.name for m in bundled_municipalities()}
    sender = SyntheticSender("Afdeling Zwolle", ("GM0193", "GM0148"))
    export = folder / file_name("Vereniging Proef", sender.name, datetime(2026, 11, 2, 10), 1)
    export.write_bytes(synthetic_export(sender, keys.public.recipient, 12, names, random.Random(5)))
    with Workspace.open(office) as workspace:
        controller = AppController(workspace, RunOptions(paths=office, language="nl"), qt_language)
        controller.office.unlock(PASSPHRASE)
        window = laptop_window(controller)
        grab_question(app, window, "new-sender-question", output / "nl-open-export.png")
        open_file(window, export)
        window.findChild(NationalView).summary_dialog.close()
        window.close()
        settle(app)


EVERY_SCALES = ("1", "2")
SCALE_ENV = "ADVOCAAT_SCREENSHOT_SCALE"


def every_part(app: QApplication, window: MainWindow, output: Path, prefix: str) -> None:
    """Each part of the window as it first opened on this screen, and each tab of it."""
    for row, part in enumerate(PARTS):
        window.show_part(row)
        if part.key == "visits" and (visits := window.findChild(VisitsView)) is not None:
            visits.list.setCurrentRow(1)
        if part.key == "network" and (network := window.findChild(NetworkView)) is not None:
            choose_municipality(network, "GM0193")
        grab(app, window, output / f"{prefix}-{part.key}.png")


def every_dialog(app: QApplication, controller: AppController, window: MainWindow,
                 output: Path, prefix: str) -> None:  # fmt: skip
    for kind, makers in dialog_makers(controller, window).items():
        for number, make in enumerate(makers):
            dialog = make()
            dialog.show()
            grab(app, dialog, output / f"{prefix}-dialog-{kind.__name__}-{number}.png")
            if hasattr(dialog, "working"):
                dialog.working = False  # a progress dialog closes only when its work is done
            dialog.close()
            dialog.deleteLater()


def every_screen(app: QApplication, output: Path, language: str, scale: str) -> None:
    """The child process of ``--every``: one language at one scale."""
    prefix = f"{language}-{scale}x"
    set_language(language)
    qt_language = QtLanguage(app)
    qt_language.apply()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder), demo=True)
        with Workspace.open(paths) as workspace:
            controller = AppController(workspace, RunOptions(paths=paths, language=language),
                                       qt_language)  # fmt: skip
            window = MainWindow(controller)
            window.show()
            window.setGeometry(window.screen().availableGeometry())  # Xvfb has no WM to maximize
            every_part(app, window, output, prefix)
            every_dialog(app, controller, window, output, prefix)
            window.close()
            settle(app)
        office = set_up_office(Path(folder) / "office")
        with Workspace.open(office) as workspace:
            controller = AppController(workspace, RunOptions(paths=office, language=language),
                                       qt_language)  # fmt: skip
            controller.office.unlock(PASSPHRASE)
            window = MainWindow(controller)
            window.show()
            window.setGeometry(window.screen().availableGeometry())
            every_part(app, window, output, f"{prefix}-office")
            window.close()
            settle(app)


def every(output: Path) -> int:
    """One process per language and scale: Qt reads QT_SCALE_FACTOR once, at its start."""
    for language in ("nl", "en"):
        for scale in EVERY_SCALES:
            environment = os.environ | {SCALE_ENV: f"{language}:{scale}", "QT_SCALE_FACTOR": scale}
            command = [sys.executable, __file__, "--every", "--output", str(output)]
            if subprocess.run(command, env=environment, check=False).returncode != 0:
                return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--every", action="store_true", help="every view and dialog, see above")
    arguments = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        raise SystemExit("run this under Xvfb: xvfb-run -a python scripts/screenshots.py")
    arguments.output.mkdir(parents=True, exist_ok=True)
    if arguments.every:
        if SCALE_ENV not in os.environ:
            return every(arguments.output)
        language, scale = os.environ[SCALE_ENV].split(":")
        every_screen(application(), arguments.output, language, scale)
        return 0
    app = application()
    keys = [part.key for part in PARTS]
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder), demo=True)
        for language, parts in SHOTS.items():
            set_language(language)
            qt_language = QtLanguage(app)
            qt_language.apply()
            with Workspace.open(paths) as workspace:
                options = RunOptions(paths=paths, language=language)
                window = MainWindow(AppController(workspace, options, qt_language))
                window.resize(1280, 800)
                window.move(0, 0)
                window.show()
                for key in parts:
                    window.show_part(keys.index(key))
                    if key == "contacts":
                        choose_contact(window, "Marieke van den Heuvel")
                    if key == "visits":
                        window.findChild(VisitsView).list.setCurrentRow(1)
                    if key == "signals":
                        window.findChild(SignalsView).table.selectRow(0)
                    if key == "network":
                        choose_municipality(window.findChild(NetworkView), "GM0193")
                    grab(app, window, arguments.output / f"{language}-{key}.png")
                    if key == "network":
                        window.findChild(NetworkView).tabs.setCurrentIndex(1)
                        grab(app, window, arguments.output / f"{language}-network-relations.png")
                dialog = window.open_setup()
                dialog.move(window.x() + 200, window.y() + 60)
                grab(app, dialog, arguments.output / f"{language}-setup.png")
                dialog.close()
                window.close()
                settle(app)
        office_shots(app, Path(folder), arguments.output)
        opened_file_shots(app, Path(folder), arguments.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
