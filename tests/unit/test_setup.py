"""The first-run setup is checked and stored with the data."""

from __future__ import annotations

import pytest

from advocaat.core.setup import OrganisationSetup, Role, SetupError, load_setup, save_setup
from advocaat.core.workspace import Workspace
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")


def test_setup_round_trip_drops_doubles_and_trims(paths: AppPaths) -> None:
    setup = OrganisationSetup(
        "  Vereniging Test  ", ("GM0193", "GM0150", "GM0193"), Role.NATIONAL_OFFICE
    )
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            save_setup(session, setup)
        with workspace.session() as session:
            loaded = load_setup(session)
    assert loaded == OrganisationSetup(
        "Vereniging Test", ("GM0193", "GM0150"), Role.NATIONAL_OFFICE
    )


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (OrganisationSetup("   "), "name of your organisation"),
        (OrganisationSetup("Test", ("GM9999",)), "GM9999 is not a known municipality"),
    ],
)
def test_bad_setup_is_refused_and_nothing_stored(
    paths: AppPaths, setup: OrganisationSetup, message: str
) -> None:
    with Workspace.open(paths) as workspace:
        with pytest.raises(SetupError, match=message), workspace.session() as session:
            save_setup(session, setup)
        with workspace.session() as session:
            assert load_setup(session) is None
