"""The export file: only the office opens it (age), the sender is proven (minisign), incremental."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy.orm import Session

from advocaat.core.files import FileWriteError
from advocaat.core.setup import OrganisationSetup, save_setup
from advocaat.db.signal_tables import Signal
from advocaat.signals.service import SignalData, save_signal, withdraw
from advocaat.sync.export import ExportError, export_signals
from advocaat.sync.office import init_office, load_office, unprotected_identity
from advocaat.sync.profile import OrganisationProfile, import_profile, write_profile

pytestmark = pytest.mark.usefixtures("english")
PASSPHRASE = "een lang genoeg wachtwoord"
SCHEMA = json.loads(
    (Path(__file__).parents[2] / "docs" / "export-schema.json").read_text(encoding="utf-8")
)


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"the {name} command-line tool is needed (CI installs it)"
    return found


@pytest.fixture(scope="module")
def office_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office")
    init_office(folder, PASSPHRASE)
    (folder / "identity.txt").write_bytes(unprotected_identity(folder, PASSPHRASE))
    return folder


@pytest.fixture
def volunteer(session: Session, office_folder: Path) -> Session:
    keys = load_office(office_folder, PASSPHRASE)
    profile = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="bureau@example.nl", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
    )  # fmt: skip
    import_profile(session, write_profile(profile, keys))
    save_setup(session, OrganisationSetup("Afdeling Zwolle", ("GM0193",)))
    return session


def signal(session: Session, text: str = "Parkeerkaart geweigerd bij Parkinson.") -> int:
    data = SignalData(text=text, municipality_code="GM0193", happened_on=date(2026, 11, 20),
                      themes=["parkeerkaart"], people_count=2)  # fmt: skip
    return save_signal(session, data).id


def opened(path: Path, office_folder: Path, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    """Decrypt with the real age tool, verify with the real minisign tool, read export.json."""
    clear = subprocess.run(
        [tool("age"), "-d", "-i", str(office_folder / "identity.txt"), str(path)],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    folder = tmp_path / f"opened-{path.stem}"
    with zipfile.ZipFile(io.BytesIO(clear)) as archive:
        assert sorted(archive.namelist()) == ["export.json", "export.json.minisig"]
        archive.extractall(folder)
    document = json.loads((folder / "export.json").read_text(encoding="utf-8"))
    subprocess.run(
        [tool("minisign"), "-Vm", str(folder / "export.json"), "-P",
         document["manifest"]["sender_key"]],
        capture_output=True, check=True,
    )  # fmt: skip
    jsonschema.validate(document, SCHEMA)
    return document


def test_export_is_readable_by_the_office_only_signed_and_incremental(
    volunteer: Session, tmp_path: Path, office_folder: Path
) -> None:
    first_id = signal(volunteer)
    signal(volunteer, "De regiotaxi komt vaak te laat.")
    first = export_signals(volunteer, tmp_path, tmp_path / "data")
    assert first.path.name.startswith("Vereniging-Proef_Afdeling-Zwolle_")
    assert first.path.name.endswith("_0001.advocaat-export")
    document = opened(first.path, office_folder, tmp_path)
    assert document["manifest"]["sequence"] == 1
    assert document["manifest"]["counts"] == {"signals": 2, "withdrawn": 0}
    assert b"Parkeerkaart" not in first.path.read_bytes()  # encrypted

    assert export_signals(volunteer, tmp_path, tmp_path / "data").record_count == 0
    withdraw(volunteer, first_id)
    third = export_signals(volunteer, tmp_path, tmp_path / "data")
    records = opened(third.path, office_folder, tmp_path)["signals"]
    assert [(r["revision"], r["withdrawn"]) for r in records] == [(2, True)]
    full = export_signals(volunteer, tmp_path, tmp_path / "data", full=True)
    assert (full.sequence, full.record_count) == (4, 2)


def test_unconfirmed_personal_data_stops_the_export(volunteer: Session, tmp_path: Path) -> None:
    identifier = signal(volunteer)
    row = volunteer.get(Signal, identifier)
    row.text = "Bel mevrouw op 06-12345678."  # changed behind the guard's back
    with pytest.raises(ExportError, match="personal data"):
        export_signals(volunteer, tmp_path, tmp_path / "data")
    assert list(tmp_path.glob("*.advocaat-export")) == []


def test_a_failed_write_marks_nothing_as_exported(volunteer: Session, tmp_path: Path) -> None:
    signal(volunteer)
    with pytest.raises(FileWriteError, match="could not save"):
        export_signals(volunteer, tmp_path / "removed-usb-stick" / "x.advocaat-export", tmp_path)
    assert export_signals(volunteer, tmp_path, tmp_path / "data").record_count == 1


def test_without_a_profile_there_is_no_export(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="profile"):
        export_signals(session, tmp_path, tmp_path)
