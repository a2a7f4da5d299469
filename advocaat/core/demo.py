"""The demo profile: realistic, fictional data, so a newcomer sees a populated app at once.

Every name of a person or organisation here is invented; municipality names are real. The demo
lives in its own database (see :class:`advocaat.paths.AppPaths`) and never touches the user's data.
Each part of the app adds its own demo records here as it arrives.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from advocaat.core.setup import OrganisationSetup, Role, save_setup

DEMO_ORGANISATION = "Vereniging Samen Sterk (demo)"
DEMO_MUNICIPALITIES = ("GM0193", "GM0150", "GM0166")  # Zwolle, Deventer, Kampen


def fill(session: Session) -> None:
    """Fill an empty, migrated demo database."""
    save_setup(
        session,
        OrganisationSetup(
            organisation=DEMO_ORGANISATION,
            municipalities=DEMO_MUNICIPALITIES,
            role=Role.VOLUNTEER,
        ),
    )
