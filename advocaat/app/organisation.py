"""The organisation setup and the municipalities to choose from, as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from advocaat.app.workspace import Workspace
from advocaat.db.models import Municipality
from advocaat.organisation.municipalities import active_municipalities, search_text
from advocaat.organisation.setup import OrganisationSetup, load_setup, save_setup


@dataclass(frozen=True)
class MunicipalityChoice:
    """One current municipality as a form offers it; ``search_text`` holds every name it goes by."""

    cbs_code: str
    name: str
    province: str
    search_text: str


class OrganisationBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def setup(self) -> OrganisationSetup | None:
        with self._workspace.session() as session:
            return load_setup(session)

    def save_setup(self, setup: OrganisationSetup) -> None:
        """Store the setup; raises a UserFacingError with one sentence when it cannot."""
        with self._workspace.session() as session:
            save_setup(session, setup)

    def municipalities(self) -> list[MunicipalityChoice]:
        """Every current municipality, sorted by name as a Dutch reader expects."""
        with self._workspace.session() as session:
            return [
                MunicipalityChoice(m.cbs_code, m.name, m.province, search_text(m))
                for m in active_municipalities(session)
            ]

    def municipality_names(self, codes: tuple[str, ...]) -> list[str]:
        """The names of the known municipalities among ``codes``, in the order given."""
        with self._workspace.session() as session:
            found = (session.get(Municipality, code) for code in codes)
            return [m.name for m in found if m is not None]
