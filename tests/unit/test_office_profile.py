"""The office's keys and the signed organisation profile (tests/process/test_standard_tools.py
checks them with the real age and minisign)."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pyrage
import pytest
from office_kit import PASSPHRASE, Office, keys_in_memory
from sqlalchemy.orm import Session

from advocaat.paths import AppPaths
from advocaat.sync.office_keys import OfficeError, init_office, load_office
from advocaat.sync.profile import (
    OrganisationProfile,
    ProfileError,
    import_profile,
    read_profile,
    stored_profile,
    write_profile,
)
from advocaat.visits.templates import bundled_templates

pytestmark = pytest.mark.usefixtures("english")
NAMES = [
    "Vereniging Proef",
    "Patiëntenvereniging Noord-Brabant",
    "Cliëntenraad ’s-Hertogenbosch – Zuid 🙂",
    "Twee\nregels",
]
"""Organisation names, plain and Dutch, for the signed profile."""


def profile_of(keys, organisation: str = "Vereniging Proef") -> OrganisationProfile:  # type: ignore[no-untyped-def]
    return OrganisationProfile(
        organisation=organisation,
        office_name="Landelijk bureau",
        office_email="bureau@example.nl",
        office_phone="030 123 4567",
        recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
        themes=("parkeerkaart", "vervoer"),
        templates=(bundled_templates()[0],),
    )


@pytest.mark.slow  # scrypt: the keys are made and unlocked
def test_keys_are_made_once_and_need_the_passphrase(tmp_path: Path) -> None:
    init_office(tmp_path, PASSPHRASE)
    with pytest.raises(OfficeError, match="never made twice"):
        init_office(tmp_path, PASSPHRASE)
    with pytest.raises(OfficeError, match="passphrase is not right"):
        load_office(tmp_path, "een ander wachtwoord")
    with pytest.raises(OfficeError, match="at least 8"):
        init_office(tmp_path / "new", "kort")


def tampered(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = json.loads(archive.read("profile.json"))
        signature = archive.read("profile.json.minisig")
    body["recipient"] = str(pyrage.x25519.Identity.generate().to_public())  # a thief's key
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("profile.json", json.dumps(body))
        archive.writestr("profile.json.minisig", signature)
    return buffer.getvalue()


def test_a_changed_or_foreign_profile_is_refused_and_nothing_stored(
    office: Office, session: Session
) -> None:
    keys = office.keys
    good = write_profile(profile_of(keys), keys)
    with pytest.raises(ProfileError, match="does not match"):
        import_profile(session, tampered(good))
    for junk in (b"", b"PK\x03\x04 not really", b"\x89PNG\r\n" * 10):
        with pytest.raises(ProfileError, match="not an organisation profile"):
            import_profile(session, junk)
    assert stored_profile(session) is None


def test_an_update_must_come_from_the_same_office(office: Office, session: Session) -> None:
    keys = office.keys
    import_profile(session, write_profile(profile_of(keys), keys))
    newer = write_profile(profile_of(keys, "Vereniging Proef (nieuwe naam)"), keys)
    assert import_profile(session, newer).organisation == "Vereniging Proef (nieuwe naam)"
    other = keys_in_memory()
    with pytest.raises(ProfileError, match="office key you do not know"):
        import_profile(session, write_profile(profile_of(other, "Nep"), other))
    assert stored_profile(session).organisation == "Vereniging Proef (nieuwe naam)"


def test_the_profile_brings_its_templates_and_themes(office: Office, session: Session) -> None:
    from dataclasses import replace

    from advocaat.signals.service import available_themes
    from advocaat.visits.template_store import all_templates

    keys = office.keys
    office_template = replace(
        bundled_templates()[0], id="bureau-parkinson", title="Wmo bij Parkinson"
    )
    profile = replace(
        profile_of(keys), themes=("parkeerkaart", "dagbesteding"), templates=(office_template,)
    )
    import_profile(session, write_profile(profile, keys))
    assert "bureau-parkinson" in [template.id for template in all_templates(session)]
    assert "dagbesteding" in available_themes(stored_profile(session).themes)


def test_a_template_the_volunteer_changed_survives_every_later_profile(
    office: Office, session: Session
) -> None:
    """The office's template is replaced by its next version until the volunteer changes it;
    from then on the office's versions arrive beside it, marked as new, and the newest replaces
    the one beside; the volunteer's own stays as they made it."""
    from dataclasses import replace

    from advocaat.visits.template_store import all_templates, find_template, save_template

    base = replace(bundled_templates()[0], id="bureau-parkinson", title="Wmo bij Parkinson")

    def send(version: int, title: str) -> None:
        profile = replace(
            profile_of(office.keys), templates=(replace(base, version=version, title=title),)
        )
        import_profile(session, write_profile(profile, office.keys))

    send(1, "Wmo bij Parkinson")
    send(2, "Wmo bij Parkinson (herzien)")
    assert find_template(session, "bureau-parkinson").title == "Wmo bij Parkinson (herzien)"

    changed = replace(find_template(session, "bureau-parkinson"), title="Mijn Parkinson-lijst")
    mine = save_template(session, changed)
    send(3, "Wmo bij Parkinson 2027")
    assert find_template(session, "bureau-parkinson") == mine
    beside = find_template(session, "bureau-parkinson-bureau")
    assert (beside.title, beside.version) == ("Wmo bij Parkinson 2027", 3)
    assert "3" in beside.origin

    send(4, "Wmo bij Parkinson 2028")
    assert find_template(session, "bureau-parkinson") == mine
    assert find_template(session, "bureau-parkinson-bureau").title == "Wmo bij Parkinson 2028"
    ids = [template.id for template in all_templates(session)]
    assert ids.count("bureau-parkinson-bureau") == 1
    send(4, "Wmo bij Parkinson 2028")  # the same profile again changes nothing
    assert [template.id for template in all_templates(session)] == ids


@pytest.mark.slow  # scrypt: the restored keys are unlocked
def test_a_key_backup_restores_on_another_computer(tmp_path: Path, office: Office) -> None:
    from advocaat.sync.office_keys import backup_keys

    with zipfile.ZipFile(io.BytesIO(backup_keys(office.folder))) as archive:
        archive.extractall(tmp_path / "elsewhere")
    restored = load_office(tmp_path / "elsewhere", PASSPHRASE)
    assert restored.public == office.keys.public
    assert b"AGE-SECRET-KEY" not in (tmp_path / "elsewhere" / "office-identity.age").read_bytes()


@pytest.mark.parametrize("organisation", NAMES)
def test_names_with_accents_are_signed_and_kept_whole(office: Office, organisation: str) -> None:
    """minisign's trusted comment allows printable ASCII only; the names in the files are Dutch."""
    profile = read_profile(write_profile(profile_of(office.keys, organisation), office.keys))
    assert profile.organisation == organisation
    assert profile.templates[0].id == "wmo-standaard"


def test_the_profile_is_checked_once_per_import_and_again_only_when_it_changed(
    office: Office, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advocaat.app.signals import SignalBook, SyncBook
    from advocaat.app.workspace import Workspace
    from advocaat.db.models import Setting
    from advocaat.sync import profile as profile_module

    keys = office.keys
    first = write_profile(profile_of(keys), keys)
    update = write_profile(profile_of(keys, "Vereniging Proef (nieuwe naam)"), keys)
    checked: list[bytes] = []
    original = profile_module.read_profile

    def counted(data: bytes) -> OrganisationProfile:
        checked.append(data)
        return original(data)

    monkeypatch.setattr(profile_module, "read_profile", counted)
    profile_module._last_checked.clear()  # as after a fresh start
    with Workspace.open(paths) as workspace:
        sync, signals = SyncBook(workspace), SignalBook(workspace)
        sync.import_profile(first)
        assert checked == [first]
        for read in (sync.profile, signals.themes, sync.profile, signals.themes):
            read()
        assert checked == [first]  # every later use case takes the profile checked at import
        assert sync.import_profile(update).organisation == "Vereniging Proef (nieuwe naam)"
        assert checked == [first, update]  # the trusted key came from the profile checked before
        profile_module._last_checked.clear()  # a fresh start checks the stored profile once
        sync.profile()
        signals.themes()
        assert checked == [first, update, update]
        with workspace.session() as session:  # a stored profile changed behind the app's back
            row = session.get(Setting, profile_module.PROFILE_SETTING)
            row.value = base64.b64encode(tampered(update)).decode("ascii")
        with pytest.raises(ProfileError, match="does not match"):
            sync.profile()
