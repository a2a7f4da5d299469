"""Test helpers for the office round trip: a real office with real keys, and real volunteers.

Everything goes through the app's own code and the real age and minisign formats: the office
makes its keys and profile, each volunteer imports that profile, records signals and exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import minisign
import pyrage

from advocaat.app.workspace import Workspace
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths
from advocaat.signals.service import SignalData, save_signal, withdraw
from advocaat.sync import age_passphrase
from advocaat.sync.export import export_signals
from advocaat.sync.feedback import FeedbackItem, write_feedback
from advocaat.sync.office_keys import (
    IDENTITY_FILE,
    OfficeKeys,
    OfficePublic,
    init_office,
    load_office,
)
from advocaat.sync.profile import OrganisationProfile, import_profile, write_profile
from advocaat.sync.volunteer import feedback_identity

PASSPHRASE = "een lang genoeg wachtwoord"
CHEAP_WORK_FACTOR = 10


@dataclass(frozen=True)
class Office:
    folder: Path
    keys: OfficeKeys
    profile: bytes


def make_office(folder: Path) -> Office:
    """The office's keys (slow: scrypt, so the tests share one office) and its profile."""
    init_office(folder, PASSPHRASE)
    identity = folder / IDENTITY_FILE
    clear = pyrage.passphrase.decrypt(identity.read_bytes(), PASSPHRASE)
    # Sealed again with a small work factor: the tests unlock this office often, and each unlock
    # at the app's factor costs half a second; test_age_passphrase.py checks the app's factor.
    identity.write_bytes(age_passphrase.encrypt(clear, PASSPHRASE, work_factor=CHEAP_WORK_FACTOR))
    keys = load_office(folder, PASSPHRASE)
    profile = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="bureau@example.nl", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
    )  # fmt: skip
    return Office(folder, keys, write_profile(profile, keys))


def keys_in_memory() -> OfficeKeys:
    """Another office's keys, never written or locked: for tests about keys, not about scrypt."""
    identity, pair = pyrage.x25519.Identity.generate(), minisign.KeyPair.generate()
    public = OfficePublic(str(identity.to_public()), pair.public_key.to_base64().decode("ascii"))
    return OfficeKeys(public, identity, pair.secret_key)


def set_up_office(paths: AppPaths) -> AppPaths:
    """An office database: the first-run setup done in the office role."""
    with Workspace.open(paths) as workspace, workspace.session() as session:
        save_setup(session, OrganisationSetup("Vereniging Proef", (), Role.NATIONAL_OFFICE))
    return paths


class Volunteer:
    """A volunteer's own data folder, with the office's profile imported."""

    def __init__(self, root: Path, office: Office, name: str, municipality: str = "GM0193"):
        self.paths = AppPaths(root)
        self.municipality = municipality
        self.outbox = root / "outbox"
        self.outbox.mkdir(parents=True)
        with self.open() as workspace, workspace.session() as session:
            import_profile(session, office.profile)
            save_setup(session, OrganisationSetup(name, (municipality,)))

    def open(self) -> Workspace:
        return Workspace.open(self.paths)

    def add(self, text: str, themes: tuple[str, ...] = ("vervoer",), **fields: object) -> int:
        data = SignalData(
            text=text, municipality_code=self.municipality, happened_on=date(2026, 11, 2),
            themes=list(themes), **fields,  # type: ignore[arg-type]
        )  # fmt: skip
        with self.open() as workspace, workspace.session() as session:
            return save_signal(session, data).id

    def edit(self, signal_id: int, text: str) -> None:
        data = SignalData(text=text, municipality_code=self.municipality,
                          happened_on=date(2026, 11, 2), themes=["vervoer"])  # fmt: skip
        with self.open() as workspace, workspace.session() as session:
            save_signal(session, data, signal_id=signal_id)

    def withdraw(self, signal_id: int) -> None:
        with self.open() as workspace, workspace.session() as session:
            withdraw(session, signal_id)

    def export(self, *, full: bool = False) -> Path:
        with self.open() as workspace, workspace.session() as session:
            return export_signals(session, self.outbox, self.paths.profile_dir, full=full).path


def feedback_for(volunteer: Volunteer, office: Office) -> bytes:
    """A real feedback file from the office, for this volunteer only."""
    recipient = str(feedback_identity(volunteer.paths.profile_dir).to_public())
    item = FeedbackItem("urn:uuid:1", "seen", "Dank je.", datetime(2026, 11, 3).isoformat())
    return write_feedback(organisation="Vereniging Proef", sender_uid="urn:uuid:2",
                          recipient=recipient, sequence=1, items=[item],
                          signing=office.keys.signing)  # fmt: skip
