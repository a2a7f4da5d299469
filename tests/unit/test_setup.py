"""The first-run setup is checked and stored with the data."""

from __future__ import annotations

import pytest

from advocaat.app.workspace import Workspace
from advocaat.db.models import Municipality
from advocaat.organisation.setup import OrganisationSetup, Role, SetupError, load_setup, save_setup
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


def test_saving_the_same_setup_again_changes_nothing(paths: AppPaths) -> None:
    setup = OrganisationSetup("Vereniging Test", ("GM0193",), Role.VOLUNTEER)
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            assert save_setup(session, setup) is True
        with workspace.session() as session:
            assert save_setup(session, OrganisationSetup(" Vereniging Test ", ("GM0193",))) is False
            assert save_setup(session, OrganisationSetup("Vereniging Test", ())) is True
            assert load_setup(session) == OrganisationSetup("Vereniging Test", ())


def test_a_merged_municipality_cannot_be_chosen_anew_but_stays_when_chosen_before(
    paths: AppPaths,
) -> None:
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            save_setup(session, OrganisationSetup("Test", ("GM0193",)))
            for code in ("GM0193", "GM0166"):
                session.get(Municipality, code).active = False
        with workspace.session() as session:
            with pytest.raises(SetupError, match="Kampen is no longer a municipality"):
                save_setup(session, OrganisationSetup("Test", ("GM0193", "GM0166")))
            assert save_setup(session, OrganisationSetup("Test 2", ("GM0193",))) is True
