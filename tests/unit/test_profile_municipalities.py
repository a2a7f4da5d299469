"""The office's municipality list travels in the profile: a volunteer takes a newer one, never an
older one, keeps every municipality records point at, and refuses a damaged one whole."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from datetime import date

import pytest
from municipality_kit import NEW_CODE, newer_list
from office_kit import Office
from sqlalchemy.orm import Session

from advocaat.core.schemas import validate
from advocaat.db.models import Municipality
from advocaat.db.signal_tables import Signal
from advocaat.organisation.municipalities import (
    MunicipalityList,
    MunicipalityRecord,
    bundled_list,
    list_in_use,
)
from advocaat.signals.service import SignalData, save_signal
from advocaat.sync.profile import (
    PROFILE_MEMBER,
    OrganisationProfile,
    ProfileError,
    import_profile,
    read_profile,
    stored_profile,
    write_profile,
)

pytestmark = pytest.mark.usefixtures("english")


def profile_with(office: Office, municipalities: MunicipalityList | None) -> bytes:
    keys = office.keys
    made = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="bureau@example.nl", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key, municipalities=municipalities,
    )  # fmt: skip
    return write_profile(made, keys)


def test_the_list_is_written_fits_the_schema_and_reads_back(office: Office) -> None:
    newer = newer_list(date(2027, 1, 1))
    data = profile_with(office, newer)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = json.loads(archive.read(PROFILE_MEMBER))
    validate(document, "profile", 1)
    assert document["municipalities"]["date"] == "2027-01-01"
    assert read_profile(data).municipalities == newer
    assert read_profile(profile_with(office, None)).municipalities is None


def test_a_newer_list_replaces_the_one_in_use(office: Office, session: Session) -> None:
    import_profile(session, profile_with(office, newer_list(date(2027, 1, 1))))
    in_use = list_in_use(session)
    assert in_use is not None
    assert in_use.dated == date(2027, 1, 1)
    zwolle = session.get(Municipality, "GM0193")
    assert zwolle is not None
    assert (zwolle.active, zwolle.merged_into) == (False, NEW_CODE)
    assert session.get(Municipality, NEW_CODE).active is True


def test_an_older_list_is_ignored(office: Office, session: Session) -> None:
    import_profile(session, profile_with(office, newer_list(date(2027, 1, 1))))
    older = newer_list(date(2026, 1, 1), merged="GM0344")  # Utrecht, in an older list
    profile = import_profile(session, profile_with(office, older))
    assert profile.municipalities == older  # the profile itself is taken
    assert list_in_use(session).dated == date(2027, 1, 1)
    assert session.get(Municipality, "GM0344").active is True
    assert session.get(Municipality, "GM0193").merged_into == NEW_CODE


def test_a_profile_without_a_list_leaves_the_list_alone(office: Office, session: Session) -> None:
    import_profile(session, profile_with(office, None))
    assert list_in_use(session) == bundled_list()


def test_a_merged_or_left_out_municipality_stays_for_old_records(
    office: Office, session: Session
) -> None:
    data = SignalData(
        text="Lange wachttijd", municipality_code="GM0193", happened_on=date(2026, 5, 1)
    )
    signal_id = save_signal(session, data).id
    left_out = newer_list(date(2027, 1, 1))
    left_out = dataclasses.replace(
        left_out, records=tuple(r for r in left_out.records if r.cbs_code != "GM0014")
    )
    import_profile(session, profile_with(office, left_out))
    session.flush()
    assert session.get(Signal, signal_id).municipality_code == "GM0193"
    assert session.get(Municipality, "GM0193").merged_into == NEW_CODE
    groningen = session.get(Municipality, "GM0014")
    assert groningen is not None  # never deleted, only no longer current
    assert groningen.active is False


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            MunicipalityRecord(
                "GM0001", "Nergens", "Drenthe", "VR03", (), date(2026, 1, 1), "GM0002"
            ),
            "The successor of Nergens is not a current municipality of the list.",
        ),
        (
            MunicipalityRecord(
                "GM0001", "Later", "Drenthe", "VR03", (), date(2028, 1, 1), "GM0193"
            ),
            "Later ends after the date of the municipality list.",
        ),
        (
            MunicipalityRecord("XX12", "Fout", "Drenthe", "VR03"),
            r"The profile is incomplete or damaged"
            r" \(at municipalities.municipalities\[342\].cbs_code\)\.",
        ),
    ],
)
def test_a_damaged_list_is_refused_in_one_sentence_and_nothing_changes(
    office: Office, session: Session, broken: MunicipalityRecord, message: str
) -> None:
    newer = newer_list(date(2027, 1, 1))
    records = list(newer.records)
    records.insert(342, broken)
    damaged = dataclasses.replace(newer, records=tuple(records))
    with pytest.raises(ProfileError, match=f"^{message}$"):
        import_profile(session, profile_with(office, damaged))
    assert stored_profile(session) is None
    assert list_in_use(session) == bundled_list()
    assert session.get(Municipality, "GM0193").active is True
