"""The first-run setup: who uses this copy of Advocaat, for which organisation and where."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from advocaat.db.models import Municipality, Setting
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _

SETUP_KEY = "setup"


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    NATIONAL_OFFICE = "national_office"

    @property
    def label(self) -> str:
        return _(ROLE_LABELS[self])


ROLE_LABELS = {
    Role.VOLUNTEER: N_("Volunteer (local advocate)"),
    Role.NATIONAL_OFFICE: N_("National office"),
}


class SetupError(UserFacingError):
    pass


@dataclass(frozen=True)
class OrganisationSetup:
    organisation: str
    municipalities: tuple[str, ...] = field(default_factory=tuple)
    """CBS codes of the user's own municipalities."""
    role: Role = Role.VOLUNTEER


def load_setup(session: Session) -> OrganisationSetup | None:
    """The saved setup, or ``None`` when the first-run setup has not been done yet."""
    row = session.get(Setting, SETUP_KEY)
    if row is None:
        return None
    data = json.loads(row.value)
    return OrganisationSetup(
        organisation=data["organisation"],
        municipalities=tuple(data.get("municipalities", ())),
        role=Role(data.get("role", Role.VOLUNTEER)),
    )


def save_setup(session: Session, setup: OrganisationSetup) -> bool:
    """Check and store the setup; returns whether anything changed.

    The window and ``advocaat setup`` both come here, so they refuse the same things, each in one
    sentence, and store nothing then. Only current municipalities can be newly chosen (the window
    offers no others); one chosen before it merged stays chosen.
    """
    organisation = setup.organisation.strip()
    if not organisation:
        raise SetupError(_("Fill in the name of your organisation."))
    saved = load_setup(session)
    chosen_before = set(saved.municipalities) if saved else set()
    for code in setup.municipalities:
        municipality = session.get(Municipality, code)
        if municipality is None:
            raise SetupError(_("{code} is not a known municipality.").format(code=code))
        if not municipality.active and code not in chosen_before:
            raise SetupError(
                _(
                    "{name} is no longer a municipality of its own; choose the one it merged into."
                ).format(name=municipality.name)
            )
    checked = OrganisationSetup(
        organisation, tuple(dict.fromkeys(setup.municipalities)), setup.role
    )
    if checked == saved:
        return False
    value = json.dumps(
        {
            "organisation": checked.organisation,
            "municipalities": list(checked.municipalities),
            "role": checked.role.value,
        },
        ensure_ascii=False,
    )
    row = session.get(Setting, SETUP_KEY)
    if row is None:
        session.add(Setting(key=SETUP_KEY, value=value))
    else:
        row.value = value
    return True
