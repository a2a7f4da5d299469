"""The GUI's single door to the services: views ask it, and listen to what changed."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from advocaat.app.contacts import ContactBook
from advocaat.app.organisation import MunicipalityChoice, OrganisationBook
from advocaat.app.run_options import RunOptions
from advocaat.app.signals import SignalBook, SyncBook
from advocaat.app.visits import VisitBook
from advocaat.app.workspace import Workspace, storage_errors_explained
from advocaat.core.preferences import write_language_preference
from advocaat.i18n import set_language
from advocaat.organisation.setup import OrganisationSetup
from advocaat.paths import AppPaths
from advocaat.ui.qt_language import QtLanguage

if TYPE_CHECKING:
    from advocaat.app.contact_exchange import ContactExchange
    from advocaat.app.examples import ExampleBook, OfficeExampleBook
    from advocaat.app.network import NetworkBook
    from advocaat.app.office import OfficeBook
    from advocaat.app.questionnaires import QuestionnaireBook


class AppController(QObject):
    setup_changed = Signal()
    language_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        options: RunOptions,
        qt_language: QtLanguage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.options = options
        self.contacts = ContactBook(workspace)
        self.visits = VisitBook(workspace)
        self.signals = SignalBook(workspace)
        self.sync = SyncBook(workspace)
        self.organisation = OrganisationBook(workspace)
        self._qt_language = qt_language

    # The books of file exchange, the office and the network load their libraries (vCard,
    # signed files, network analysis) when a view first asks for them, not at start.
    @cached_property
    def exchange(self) -> ContactExchange:
        from advocaat.app.contact_exchange import ContactExchange  # noqa: PLC0415

        return ContactExchange(self.workspace)

    @cached_property
    def office(self) -> OfficeBook:
        from advocaat.app.office import OfficeBook  # noqa: PLC0415

        return OfficeBook(self.workspace)

    @cached_property
    def examples(self) -> ExampleBook:
        from advocaat.app.examples import ExampleBook  # noqa: PLC0415

        return ExampleBook(self.workspace)

    @cached_property
    def office_examples(self) -> OfficeExampleBook:
        from advocaat.app.examples import OfficeExampleBook  # noqa: PLC0415

        return OfficeExampleBook(self.workspace)

    @cached_property
    def questionnaires(self) -> QuestionnaireBook:
        from advocaat.app.questionnaires import QuestionnaireBook  # noqa: PLC0415

        return QuestionnaireBook(self.workspace)

    @cached_property
    def network(self) -> NetworkBook:
        from advocaat.app.network import NetworkBook  # noqa: PLC0415

        return NetworkBook(self.workspace)

    @property
    def paths(self) -> AppPaths:
        return self.workspace.paths

    def setup(self) -> OrganisationSetup | None:
        return self.organisation.setup()

    def save_setup(self, setup: OrganisationSetup) -> None:
        """Store the setup; raises a UserFacingError with one sentence when it cannot."""
        self.organisation.save_setup(setup)
        self.setup_changed.emit()

    def is_national_office(self) -> bool:
        return self.organisation.is_national_office()

    def municipalities(self) -> list[MunicipalityChoice]:
        return self.organisation.municipalities()

    def municipality_choices(self) -> list[tuple[str, str]]:
        """(CBS code, name) of every current municipality, for choosing one in a form."""
        return [(m.cbs_code, m.name) for m in self.municipalities()]

    def municipality_names(self, codes: tuple[str, ...]) -> list[str]:
        return self.organisation.municipality_names(codes)

    def municipality_list_line(self) -> str:
        return self.organisation.municipality_list_line()

    def change_language(self, code: str) -> None:
        """Switch the whole app to ``code`` now, and remember it for the next start."""
        with storage_errors_explained(self.paths.preferences_file):
            write_language_preference(self.paths.preferences_file, code)
        set_language(code)
        self._qt_language.apply()
        self.language_changed.emit()
