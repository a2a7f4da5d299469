"""Office key rotation: the endorsement chain a volunteer follows, the profile that carries it,
the retired keys the office keeps, and feedback signed by a key the volunteer lacks."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import minisign
import pyrage
import pytest
from office_kit import PASSPHRASE, Office, keys_in_memory, set_up_office
from sqlalchemy.orm import Session

from advocaat.app.office_keys import OfficeKeysBook
from advocaat.app.workspace import Workspace
from advocaat.core.files import FileWriteError
from advocaat.core.schemas import validate
from advocaat.paths import AppPaths
from advocaat.sync import office_keys
from advocaat.sync.endorsement import Endorsement, endorse, follows, replaced_keys
from advocaat.sync.feedback import FeedbackError, FeedbackItem, read_feedback, write_feedback
from advocaat.sync.office_keys import (
    ENDORSEMENTS_FILE,
    KEY_FILES,
    ROTATING,
    OfficeKeys,
    change_passphrase,
    load_office,
    office_public,
    rotate_keys,
    unprotected_identity,
)
from advocaat.sync.profile import (
    OrganisationProfile,
    ProfileError,
    UnknownOfficeKeyError,
    import_profile,
    read_profile,
    stored_profile,
    write_profile,
)
from advocaat.sync.signed_zip import key_id

pytestmark = pytest.mark.usefixtures("english")
DAY = date(2026, 12, 3)


def rotated(keys: OfficeKeys) -> OfficeKeys:
    """New keys in memory, endorsed by ``keys`` as the office's rotation does it."""
    new = keys_in_memory()
    step = endorse(
        keys.signing, keys.public.signing_key, new.public.signing_key, new.public.recipient
    )
    return replace(
        new, retired=(keys.identity, *keys.retired), endorsements=(*keys.endorsements, step)
    )


def profile_file(keys: OfficeKeys, organisation: str = "Vereniging Proef") -> bytes:
    profile = OrganisationProfile(
        organisation=organisation, office_name="Landelijk bureau", office_email="", office_phone="",
        recipient=keys.public.recipient, signing_key=keys.public.signing_key,
    )  # fmt: skip
    return write_profile(profile, keys)


@pytest.fixture(scope="module")
def chain() -> list[OfficeKeys]:
    """An office's keys over two rotations: first, second, third."""
    first = keys_in_memory()
    second = rotated(first)
    return [first, second, rotated(second)]


def follows_to(endorsements: tuple[Endorsement, ...], trusted: OfficeKeys, new: OfficeKeys) -> bool:
    return follows(
        endorsements, trusted.public.signing_key, new.public.signing_key, new.public.recipient
    )


# -- the chain ---------------------------------------------------------------------------------


def test_one_rotation_and_two_skipped_rotations_are_followed(chain: list[OfficeKeys]) -> None:
    first, second, third = chain
    assert follows_to(second.endorsements, first, second)
    assert follows_to(third.endorsements, first, third)  # a volunteer who skipped one
    assert follows_to(third.endorsements, second, third)
    assert not follows_to(third.endorsements, third, first)  # never backwards
    assert replaced_keys(third.endorsements, third.public.signing_key) == {
        first.public.signing_key,
        second.public.signing_key,
    }


def test_a_forged_endorsement_is_not_followed(chain: list[OfficeKeys]) -> None:
    """Signed by the new key itself, in the name of the trusted one."""
    first = chain[0]
    intruder = keys_in_memory()
    forged = endorse(
        intruder.signing, first.public.signing_key, intruder.public.signing_key,
        intruder.public.recipient,
    )  # fmt: skip
    assert not follows_to((forged,), first, intruder)


def test_an_endorsement_by_an_unrelated_key_is_not_followed(chain: list[OfficeKeys]) -> None:
    first = chain[0]
    stranger, intruder = keys_in_memory(), keys_in_memory()
    honest_but_unrelated = rotated(stranger).endorsements
    assert follows_to(honest_but_unrelated, stranger, rotated(stranger)) is False  # other keys
    step = endorse(
        stranger.signing, stranger.public.signing_key, intruder.public.signing_key,
        intruder.public.recipient,
    )  # fmt: skip
    assert follows_to((step,), stranger, intruder)
    assert not follows_to((step,), first, intruder)


@pytest.mark.parametrize("field", ["new signing key", "new recipient", "previous signing key"])
def test_a_tampered_statement_is_not_followed(chain: list[OfficeKeys], field: str) -> None:
    first, second = chain[0], chain[1]
    intruder = keys_in_memory()
    value = {
        "new signing key": intruder.public.signing_key,
        "new recipient": intruder.public.recipient,
        "previous signing key": intruder.public.signing_key,
    }[field]
    (step,) = second.endorsements
    lines = [
        f"{field}: {value}" if line.startswith(f"{field}: ") else line
        for line in step.statement.split("\n")
    ]
    tampered = replace(step, statement="\n".join(lines))
    assert tampered.statement != step.statement
    assert not follows_to((tampered,), first, second)
    assert not follows_to((tampered,), first, intruder)
    assert not follows(
        (tampered,), first.public.signing_key, intruder.public.signing_key, second.public.recipient
    )


def test_a_damaged_signature_or_statement_shape_is_not_followed(chain: list[OfficeKeys]) -> None:
    first, second = chain[0], chain[1]
    (step,) = second.endorsements
    for broken in (
        replace(step, signature=step.signature[:-8] + "AAAAAAA="),
        replace(step, signature="not a signature"),
        replace(step, statement=step.statement + "extra: line\n"),
        replace(step, statement=step.statement.replace("Advocaat", "Other")),
    ):
        assert not follows_to((broken,), first, second)


# -- the profile that carries the chain ---------------------------------------------------------


def test_the_profile_keeps_two_members_and_its_schema_takes_the_chain(
    chain: list[OfficeKeys],
) -> None:
    data = profile_file(chain[2])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["profile.json", "profile.json.minisig"]
        document = json.loads(archive.read("profile.json"))
    validate(document, "profile", 1)
    assert [Endorsement(**item) for item in document["endorsements"]] == list(chain[2].endorsements)
    assert read_profile(data).endorsements == chain[2].endorsements  # kept exactly, not stripped
    assert "endorsements" not in json.loads(_member(profile_file(chain[0])))


def _member(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("profile.json")


def test_a_volunteer_follows_a_rotation_without_a_question(
    session: Session, chain: list[OfficeKeys]
) -> None:
    first, second, third = chain
    import_profile(session, profile_file(first))
    assert import_profile(session, profile_file(third)).signing_key == third.public.signing_key
    stored = stored_profile(session)
    assert stored is not None
    assert (stored.recipient, stored.signing_key) == (
        third.public.recipient,
        third.public.signing_key,
    )
    with pytest.raises(ProfileError, match="replaced since") as refused:
        import_profile(session, profile_file(second))
    assert not isinstance(refused.value, UnknownOfficeKeyError)
    with pytest.raises(ProfileError, match="replaced since"):
        import_profile(session, profile_file(first), trust_new_key=True)
    assert stored_profile(session) == stored


def test_an_unknown_key_is_refused_with_its_id_until_trusted_explicitly(
    session: Session, chain: list[OfficeKeys]
) -> None:
    first = chain[0]
    import_profile(session, profile_file(first))
    intruder = keys_in_memory()
    forged_step = endorse(
        intruder.signing, first.public.signing_key, intruder.public.signing_key,
        intruder.public.recipient,
    )  # fmt: skip
    for keys in (intruder, replace(intruder, endorsements=(forged_step,))):
        with pytest.raises(UnknownOfficeKeyError) as refused:
            import_profile(session, profile_file(keys, "Nep"))
        assert refused.value.key_id == key_id(intruder.public.signing_key)
        assert refused.value.key_id in str(refused.value)
        assert "--trust-new-office-key" in str(refused.value)
        assert stored_profile(session).signing_key == first.public.signing_key  # type: ignore[union-attr]
    trusted = import_profile(session, profile_file(intruder, "Nieuw"), trust_new_key=True)
    assert stored_profile(session) == trusted
    assert trusted.signing_key == intruder.public.signing_key


# -- the office's keys on disk -------------------------------------------------------------------


@pytest.fixture
def office_copy(office: Office, tmp_path: Path) -> Path:
    return Path(shutil.copytree(office.folder, tmp_path / "office"))


@pytest.mark.slow  # scrypt: keys are made, opened and protected anew
def test_rotation_retires_the_old_keys_and_keeps_them_opening(
    office: Office, office_copy: Path
) -> None:
    old = {name: (office_copy / name).read_bytes() for name in KEY_FILES}
    first = rotate_keys(office_copy, load_office(office_copy, PASSPHRASE), PASSPHRASE, DAY)
    second = rotate_keys(office_copy, first, PASSPHRASE, DAY)
    retired = office_keys.retired_folders(office_copy)
    assert [folder.name for folder in retired] == ["2026-12-03", "2026-12-03-2"]
    assert {name: (retired[0] / name).read_bytes() for name in KEY_FILES} == old
    assert office_public(office_copy) == second.public != first.public
    opened = load_office(office_copy, PASSPHRASE)
    assert [str(i) for i in opened.identities] == [
        str(i) for i in (second.identity, office.keys.identity, first.identity)
    ]
    assert opened.endorsements == second.endorsements
    assert follows_to(opened.endorsements, office.keys, opened)
    saved = json.loads((office_copy / ENDORSEMENTS_FILE).read_text(encoding="utf-8"))
    assert len(saved) == 2
    for identity in opened.identities:  # every one opens a file made for it
        sealed = pyrage.encrypt(b"signaal", [identity.to_public()])
        assert pyrage.decrypt(sealed, opened.identities) == b"signaal"
    plain = unprotected_identity(office_copy, PASSPHRASE).decode("ascii")
    assert all(str(identity) in plain for identity in opened.identities)
    with zipfile.ZipFile(io.BytesIO(office_keys.backup_keys(office_copy))) as archive:
        names = set(archive.namelist())
    assert {f"retired/2026-12-03/{name}" for name in KEY_FILES} <= names
    assert {*KEY_FILES, ENDORSEMENTS_FILE} <= names


@pytest.mark.slow  # scrypt
def test_a_new_passphrase_protects_the_retired_keys_too(office: Office, office_copy: Path) -> None:
    rotate_keys(office_copy, load_office(office_copy, PASSPHRASE), PASSPHRASE, DAY)
    change_passphrase(office_copy, PASSPHRASE, "een heel ander wachtwoord")
    opened = load_office(office_copy, "een heel ander wachtwoord")
    assert str(office.keys.identity) in {str(identity) for identity in opened.retired}
    for folder in office_keys.retired_folders(office_copy):
        office_keys._open_signing(folder, "een heel ander wachtwoord")
    with pytest.raises(office_keys.OfficeError, match="passphrase is not right"):
        load_office(office_copy, PASSPHRASE)


@pytest.mark.slow  # scrypt
def test_a_rotation_cut_short_is_finished_or_undone(office: Office, office_copy: Path) -> None:
    """Staged whole, the new keys are put in place at the next use; half-staged, they go."""
    new = keys_in_memory()
    staged = office_copy / ROTATING
    staged.mkdir()
    (staged / office_keys.RECIPIENT_FILE).write_text(new.public.recipient + "\n")
    assert office_public(office_copy).recipient == new.public.recipient
    assert not staged.exists()
    half = office_copy / (ROTATING + office_keys.PARTIAL)
    half.mkdir()
    (half / office_keys.RECIPIENT_FILE).write_text(office.keys.public.recipient + "\n")
    assert office_public(office_copy).recipient == new.public.recipient
    assert not half.exists()


# -- feedback from a key the volunteer does not have ----------------------------------------------


def test_feedback_signed_by_a_newer_or_a_replaced_key_says_what_to_do(
    chain: list[OfficeKeys],
) -> None:
    first, second, third = chain
    volunteer = pyrage.x25519.Identity.generate()

    def feedback(keys: OfficeKeys) -> bytes:
        return write_feedback(
            organisation="Vereniging Proef", sender_uid="urn:uuid:1", sequence=1,
            recipient=str(volunteer.to_public()), signing=keys.signing,
            items=[FeedbackItem("urn:uuid:2", "in behandeling", "", "2026-12-03T10:00:00")],
        )  # fmt: skip

    replaced = replaced_keys(second.endorsements, second.public.signing_key)
    assert read_feedback(feedback(second), volunteer, second.public.signing_key, replaced).items
    with pytest.raises(FeedbackError, match="newest profile first") as newer:
        read_feedback(feedback(third), volunteer, second.public.signing_key, replaced)
    assert key_id(third.public.signing_key) in str(newer.value)
    with pytest.raises(FeedbackError, match="replaced since"):
        read_feedback(feedback(first), volunteer, second.public.signing_key, replaced)
    clear = pyrage.decrypt(feedback(second), [volunteer])
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(clear)) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name).replace(b"in behandeling", b"afgehandeld"))
    changed = pyrage.encrypt(buffer.getvalue(), [volunteer.to_public()])
    with pytest.raises(FeedbackError, match="changed on the way"):
        read_feedback(changed, volunteer, second.public.signing_key, replaced)


@pytest.mark.slow  # scrypt
def test_an_output_that_cannot_be_written_is_refused_before_a_key_changes(
    office: Office, tmp_path: Path
) -> None:
    paths = set_up_office(AppPaths(tmp_path / "data"))
    book = OfficeKeysBook(paths.profile_dir)
    shutil.copytree(office.folder, book.folder)
    written = tmp_path / "nieuw.advocaat-profiel"
    with Workspace.open(paths) as workspace:
        with pytest.raises(FileWriteError):
            book.rotate(workspace, tmp_path, PASSPHRASE)
        assert book.public() == office.keys.public
        assert office_keys.retired_folders(book.folder) == []
        public = book.rotate(workspace, written, PASSPHRASE)
    profile = read_profile(written.read_bytes())
    assert (profile.recipient, profile.signing_key) == (public.recipient, public.signing_key)
    assert follows_to(profile.endorsements, office.keys, load_office(book.folder, PASSPHRASE))


def test_the_public_key_file_names_the_key_id_as_minisign_and_advocaat_show_it() -> None:
    keys = keys_in_memory()
    written = office_keys._public_key_file(keys.public.signing_key).decode("ascii")
    comment, key, _end = written.split("\n")
    assert comment == f"untrusted comment: minisign public key {key_id(key)}"
    assert key == keys.public.signing_key
    assert minisign.PublicKey.from_bytes(written.encode()).to_base64().decode() == key
