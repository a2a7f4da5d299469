"""The organisation setup and the municipalities to choose from, as plain values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from advocaat.app.workspace import Workspace
from advocaat.db.models import Municipality
from advocaat.i18n import _, format_date, ngettext
from advocaat.organisation.municipalities import (
    active_municipalities,
    list_in_use,
    resolve_municipality,
    search_text,
)
from advocaat.organisation.setup import OrganisationSetup, Role, load_setup, save_setup


@dataclass(frozen=True)
class MunicipalityChoice:
    """One current municipality as a form offers it; ``search_text`` holds every name it goes by."""

    cbs_code: str
    name: str
    province: str
    search_text: str


@dataclass(frozen=True)
class OwnFirst:
    choices: list[tuple[str, str]]
    """(CBS code, name), the user's own municipalities first."""
    start: str | None
    """The CBS code to start with: the first own municipality, if any."""


@dataclass(frozen=True)
class SavedSetup:
    changed: bool
    """``False`` when the setup was already like this."""
    municipalities: list[str]
    """The names of the chosen municipalities, each once, in the order given."""


def setup_lines(organisation: str, role: Role, municipality_names: Sequence[str]) -> list[str]:
    """Organisation, role and municipalities, as Settings and the commands show them; the
    office, which serves every municipality, names its own only when it chose some."""
    lines = [
        _("Organisation: {name}").format(name=organisation),
        _("Role: {role}").format(role=role.label),
    ]
    if municipality_names:
        lines.append(_("Municipalities: {names}").format(names=", ".join(municipality_names)))
    elif role != Role.NATIONAL_OFFICE:
        lines.append(_("No municipalities chosen yet."))
    return lines


def municipality_list_line(session: Session) -> str:
    """Which municipality list the app follows: its date and how many municipalities it has."""
    in_use = list_in_use(session)
    if in_use is None:
        return _("No municipality list yet.")
    count = in_use.current_count
    return ngettext(
        "Municipality list of {date}, {count} municipality",
        "Municipality list of {date}, {count} municipalities",
        count,
    ).format(date=format_date(in_use.dated, "long"), count=count)


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

    def is_national_office(self) -> bool:
        """Whether this computer is set up for the national office (its views and keys)."""
        setup = self.setup()
        return setup is not None and setup.role is Role.NATIONAL_OFFICE

    def own_first(self) -> OwnFirst:
        """Every current municipality with the user's own ones first: an analysis is nearly
        always about one of them, so it starts at the first one chosen in the setup."""
        with self._workspace.session() as session:
            setup = load_setup(session)
            choices = [(m.cbs_code, m.name) for m in active_municipalities(session)]
        own = setup.municipalities if setup else ()
        return OwnFirst(
            [c for c in choices if c[0] in own] + [c for c in choices if c[0] not in own],
            own[0] if own else None,
        )

    def municipalities(self) -> list[MunicipalityChoice]:
        """Every current municipality, sorted by name as a Dutch reader expects."""
        with self._workspace.session() as session:
            return [
                MunicipalityChoice(m.cbs_code, m.name, m.province, search_text(m))
                for m in active_municipalities(session)
            ]

    def municipality_list_line(self) -> str:
        with self._workspace.session() as session:
            return municipality_list_line(session)

    def municipality_names(self, codes: tuple[str, ...]) -> list[str]:
        """The names of the known municipalities among ``codes``, in the order given."""
        with self._workspace.session() as session:
            found = (session.get(Municipality, code) for code in codes)
            return [m.name for m in found if m is not None]

    def municipality(self, name_or_code: str) -> tuple[str, str]:
        """(CBS code, name) of a municipality named by name, alias or code; one sentence if
        there is none."""
        with self._workspace.session() as session:
            found = resolve_municipality(session, name_or_code)
            return found.cbs_code, found.name

    def save_setup_named(
        self, organisation: str, municipalities: Sequence[str], role: Role
    ) -> SavedSetup:
        """Store the setup with municipalities named by name, alias or code, as the command line
        gives them; the whole setup, or nothing when one name is unknown."""
        with self._workspace.session() as session:
            chosen = [resolve_municipality(session, name) for name in municipalities]
            codes = tuple(municipality.cbs_code for municipality in chosen)
            changed = save_setup(session, OrganisationSetup(organisation, codes, role))
            return SavedSetup(changed, list(dict.fromkeys(m.name for m in chosen)))
