"""Every dialog the app has, each made as a user meets it: the one list the screen, keyboard and
screen-reader tests (and the screenshot script) walk. A dialog class missing here fails them."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog

import advocaat.ui
from advocaat.contacts.kinds import ContactType
from advocaat.contacts.search import ContactFilter
from advocaat.i18n import _
from advocaat.office.inbox import FileResult, Outcome
from advocaat.signals.privacy import find_personal_data
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.contact_dialogs import MomentDialog, OrganisationDialog, PersonDialog
from advocaat.ui.dialogs.duplicates_dialog import DuplicatesDialog
from advocaat.ui.dialogs.examples_dialog import ExamplesDialog
from advocaat.ui.dialogs.form_dialog import FormDialog
from advocaat.ui.dialogs.import_dialog import ImportDialog
from advocaat.ui.dialogs.import_summary import ImportSummaryDialog
from advocaat.ui.dialogs.password_dialog import PasswordDialog
from advocaat.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.dialogs.setup_dialog import SetupDialog
from advocaat.ui.dialogs.template_dialogs import TemplateEditor, TemplatesDialog
from advocaat.ui.main_window import MainWindow
from advocaat.ui.views.signals import FindingsDialog
from advocaat.ui.worker import _ProgressDialog

CONTACTS = Path(__file__).parents[1] / "data" / "contacts" / "outlook-nl.csv"
QUESTIONNAIRE = Path(__file__).parents[2] / "docs" / "examples" / "questionnaire.json"
BASES: set[type[QDialog]] = {ScreenDialog, FormDialog}
"""Never opened themselves: every subclass is."""

Makers = dict[type[QDialog], list[Callable[[], QDialog]]]


def dialogs_of_the_app() -> set[type[QDialog]]:
    """Every QDialog subclass the app defines (Qt's own message and file dialogs are not)."""
    for module in pkgutil.walk_packages(advocaat.ui.__path__, "advocaat.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        kind = todo.pop()
        todo += kind.__subclasses__()
        if kind.__module__.startswith("advocaat.ui."):
            found.add(kind)
    return found


def dialog_makers(controller: AppController, window: MainWindow) -> Makers:
    """Each dialog, empty and (where it has one) filled, of the demo profile."""
    contacts = controller.contacts
    municipalities = controller.municipality_choices()
    refs = [row.ref for row in contacts.page(ContactFilter(), 0, 200)]
    person = next(ref for ref in refs if ref.type == ContactType.PERSON)
    organisation = next(ref for ref in refs if ref.type == ContactType.ORGANISATION)
    template = controller.visits.templates()[0]
    results = [
        FileResult("afdeling-noord.advocaat", Outcome.IMPORTED, "Afdeling Noord", new=12),
        FileResult("oud.advocaat", Outcome.REFUSED, reason="Dit bestand is niet te lezen. " * 4),
    ]
    return {
        SetupDialog: [lambda: SetupDialog(controller, window)],
        PersonDialog: [
            lambda: PersonDialog(contacts, municipalities, parent=window),
            lambda: PersonDialog(contacts, municipalities, person.id, parent=window),
        ],
        OrganisationDialog: [
            lambda: OrganisationDialog(contacts, municipalities, parent=window),
            lambda: OrganisationDialog(contacts, municipalities, organisation.id, parent=window),
        ],
        MomentDialog: [lambda: MomentDialog(contacts, person, "Marieke", parent=window)],
        DuplicatesDialog: [lambda: DuplicatesDialog(contacts, window)],
        ImportDialog: [
            lambda: ImportDialog(
                controller.exchange,
                controller.exchange.preview(CONTACTS.name, CONTACTS.read_bytes()),
                window,
            )
        ],
        ImportSummaryDialog: [lambda: ImportSummaryDialog(results, 3, window)],
        PasswordDialog: [
            lambda: PasswordDialog("Meenemen", choosing=True, parent=window),
            lambda: PasswordDialog("Terugzetten", choosing=False, parent=window),
        ],
        TemplatesDialog: [lambda: TemplatesDialog(controller.visits, window)],
        ExamplesDialog: [lambda: ExamplesDialog(controller.examples, municipalities, window)],
        QuestionnaireDialog: [
            lambda: QuestionnaireDialog(controller.questionnaires, municipalities, window),
            lambda: questionnaire_dialog(controller, municipalities, window),
        ],
        TemplateEditor: [lambda: TemplateEditor(controller.visits, template, window)],
        FindingsDialog: [
            lambda: FindingsDialog(
                find_personal_data("Bel 06-12345678 of mail j@example.nl, BSN 111222333"), window
            )
        ],
        _ProgressDialog: [
            lambda: _ProgressDialog(window, _("Importing"), _("Importing export files…"))
        ],
    }


def questionnaire_dialog(
    controller: AppController, municipalities: list[tuple[str, str]], window: MainWindow
) -> QDialog:
    """The volunteer's form of the example questionnaire, as if its profile brought it."""
    controller.questionnaires.define(QUESTIONNAIRE)
    return QuestionnaireDialog(controller.questionnaires, municipalities, window)


def missing_from(makers: Makers) -> list[str]:
    """The dialogs of the app a test's list lacks."""
    return sorted(kind.__name__ for kind in dialogs_of_the_app() - BASES - set(makers))
