"""What Advocaat writes opens with the standard tools, run as processes: the real age decrypts the
export with the identity the office exports, the real minisign checks the export's and the
profile's signatures, and poppler's pdffonts finds every font of every PDF embedded."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from office_kit import PASSPHRASE, Office, Volunteer
from pdf_kit import CASES, Producer

from advocaat.app.workspace import Workspace
from advocaat.sync.office_keys import unprotected_identity
from advocaat.sync.profile import read_profile, write_profile
from advocaat.sync.signed_zip import printable_comment

ORGANISATIONS = [
    "Patiëntenvereniging Noord-Brabant",
    "Cliëntenraad ’s-Hertogenbosch – Zuid 🙂",
    "Twee\nregels",
]


def run(tool: str, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    found = shutil.which(tool)
    assert found, f"the {tool} command-line tool is needed (CI installs it)"
    return subprocess.run([found, *arguments], capture_output=True, check=True)


@pytest.fixture(scope="module")
def identity(office: Office, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The office's identity as ``advocaat office export-identity`` writes it for age."""
    path = tmp_path_factory.mktemp("identity") / "identity.txt"
    path.write_bytes(unprotected_identity(office.folder, PASSPHRASE))
    return path


def test_age_and_minisign_open_an_export(tmp_path: Path, office: Office, identity: Path) -> None:
    volunteer = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    clear = run("age", "-d", "-i", str(identity), str(volunteer.export())).stdout
    with zipfile.ZipFile(io.BytesIO(clear)) as archive:
        assert sorted(archive.namelist()) == ["export.json", "export.json.minisig"]
        archive.extractall(tmp_path / "opened")
    document = tmp_path / "opened" / "export.json"
    manifest = json.loads(document.read_text(encoding="utf-8"))["manifest"]
    run("minisign", "-Vm", str(document), "-P", manifest["sender_key"])
    assert manifest["counts"] == {"signals": 1, "withdrawn": 0}


@pytest.mark.parametrize("organisation", ORGANISATIONS)
def test_minisign_checks_the_profile_of_any_name(
    tmp_path: Path, office: Office, organisation: str
) -> None:
    """minisign's trusted comment allows printable ASCII only; the names in the files are Dutch."""
    data = office_profile(office, organisation)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(tmp_path)
    checked = run(
        "minisign", "-Vm", str(tmp_path / "profile.json"), "-P", office.keys.public.signing_key
    )
    comment = printable_comment(f"Advocaat profile of {organisation}")
    assert f"Trusted comment: {comment}" in checked.stdout.decode("ascii")
    assert read_profile(data).organisation == organisation


def office_profile(office: Office, organisation: str) -> bytes:
    profile = replace(read_profile(office.profile), organisation=organisation)
    return write_profile(profile, office.keys)


@pytest.mark.parametrize("produce", CASES)
def test_pdffonts_finds_every_font_embedded(
    produce: Producer, demo_workspace: Workspace, tmp_path: Path
) -> None:
    (tmp_path / "out.pdf").write_bytes(produce(demo_workspace))
    listing = run("pdffonts", str(tmp_path / "out.pdf")).stdout.decode().splitlines()[2:]
    assert listing
    assert all(line.split()[-5] == "yes" for line in listing), listing
