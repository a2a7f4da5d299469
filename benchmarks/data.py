"""Seeded, fictional data at a scale, made once per data folder and scale and then reused.

At full scale: a volunteer database of 10,000 people, 5,000 organisations, 100,000 signals and
100 visits; a volunteer with 10,000 signals and the office's profile (to export); 1,000 export
files from 200 volunteers holding 100,000 signals; an office database that took those files in
through the real Inbox; an empty office with the same keys (to import into); a vCard file of
15,000 contacts written by the app's own export. Contacts, visits, exports and imports go
through the app's services; the signals of a volunteer go in as one bulk insert of exactly the
rows :func:`advocaat.signals.service.save_signal` stores (a signal and its first status).
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pyrage
from sqlalchemy import insert

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.visits import VisitBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.kinds import FileFormat, OrganisationKind
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
)
from advocaat.db.contact_tables import new_uid
from advocaat.db.signal_tables import Signal, SignalStatusChange
from advocaat.office.inbox import Inbox, export_files
from advocaat.organisation.municipalities import bundled_municipalities
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths
from advocaat.signals.kinds import Law, Source, Status
from advocaat.signals.service import normal_themes
from advocaat.sync.export import EXTENSION
from advocaat.sync.office_keys import init_office, load_office, office_folder
from advocaat.sync.profile import OrganisationProfile, import_profile, write_profile
from advocaat.visits.service import VisitData
from benchmarks.common import ROOT, Scale

# The tests' generator of fictional export files in the real format.
sys.path.insert(0, str(ROOT / "tests"))
from synthetic_exports import SyntheticSender, synthetic_export

PASSPHRASE = "een lang genoeg wachtwoord voor de proef"
ORGANISATION = "Vereniging Proef"
SEED = 7
GIVEN = [
    "Anouk", "Bram", "Özlem", "Joost", "Femke", "Sanne", "Ingrid", "Kees", "Hanneke", "Gerrit",
    "Fatima", "Mohammed", "Lotte", "Sem", "Marieke", "Thijs",
]  # fmt: skip
FAMILY = [
    "van den Heuvel", "Kuipers", "Demir", "ter Horst", "de Boer", "Mulder", "van Dijk", "Brouwer",
    "Smit", "Bakker", "Yılmaz", "de Vries", "Jansen", "van der Berg", "Visser", "El Amrani",
]  # fmt: skip
ROLES = ["wethouder", "raadslid", "beleidsmedewerker", "Wmo-consulent", "wijkverpleegkundige"]
THEMES = ["vervoer", "thuiszorg", "hulpmiddelen", "woningaanpassing", "beschikking"]
TEXTS = (
    "De regiotaxi kwam {n} keer te laat voor een ziekenhuisafspraak.",
    "Aanvraag traplift ligt al {n} weken stil bij de gemeente.",
    "Huishoudelijke hulp teruggebracht naar {n} uur zonder nieuw onderzoek.",
    "Parkeerkaart geweigerd; het medisch advies duurde {n} weken.",
)


@dataclass(frozen=True)
class Dataset:
    """Where each part of the generated data lives, and how large it is."""

    folder: Path
    scale: Scale

    @property
    def people(self) -> int:
        return self.scale.of(10_000)

    @property
    def organisations(self) -> int:
        return self.scale.of(5_000)

    @property
    def signals(self) -> int:
        return self.scale.of(100_000)

    @property
    def export_signals(self) -> int:
        return self.scale.of(10_000)

    @property
    def files(self) -> int:
        return self.scale.of(1_000)

    @property
    def senders(self) -> int:
        return self.scale.of(200)

    @property
    def visits(self) -> int:
        return 100

    @property
    def runs(self) -> int:
        """How often a figure repeats itself to take the median: once below small scale."""
        return 3 if self.scale.factor >= 0.1 else 1

    @property
    def volunteer(self) -> AppPaths:
        return AppPaths(self.folder / "volunteer")

    @property
    def exporter(self) -> AppPaths:
        return AppPaths(self.folder / "exporter")

    @property
    def office(self) -> AppPaths:
        return AppPaths(self.folder / "office")

    @property
    def empty_office(self) -> Path:
        """An office with its keys and setup and nothing imported: copy it, then import."""
        return self.folder / "office-empty"

    @property
    def empty_volunteer(self) -> Path:
        """A volunteer with its setup and no contacts: copy it, then import the vCard file."""
        return self.folder / "volunteer-empty"

    @property
    def exports(self) -> Path:
        return self.folder / "exports"

    @property
    def vcard(self) -> Path:
        return self.folder / "contacts.vcf"

    @property
    def identity_file(self) -> Path:
        """The office's identity unprotected, so a figure need not run scrypt to import."""
        return self.folder / "office-identity.txt"

    def identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.identity_file.read_text().strip())


def dataset(folder: Path, scale: Scale, say: Callable[[str], None] = print) -> Dataset:
    """The data of ``scale`` under ``folder``, each part made only when it is not there yet."""
    data = Dataset(folder / f"scale-{scale.label}", scale)
    data.folder.mkdir(parents=True, exist_ok=True)
    steps: list[tuple[str, Callable[[Dataset], None]]] = [
        ("volunteer database", _make_volunteer),
        ("office keys", _make_office_keys),
        ("volunteer with signals to export", _make_exporter),
        ("export files", _make_exports),
        ("office database", _make_office),
        ("vCard file", _make_vcard),
        ("empty volunteer", _make_empty_volunteer),
    ]
    for name, make in steps:
        stamp = data.folder / f".done-{name.replace(' ', '-')}"
        if stamp.exists():
            continue
        started = time.perf_counter()
        make(data)
        stamp.write_text(datetime.now().isoformat())
        say(f"made the {name} in {time.perf_counter() - started:.1f} s")
    return data


def _codes() -> list[str]:
    return [municipality.cbs_code for municipality in bundled_municipalities()]


def _fresh(path: Path) -> Path:
    """``path`` empty: a step cut short earlier leaves nothing behind."""
    shutil.rmtree(path, ignore_errors=True)
    return path


def _fill_contacts(workspace: Workspace, data: Dataset, rng: random.Random) -> None:
    codes = _codes()
    names = {m.cbs_code: m.name for m in bundled_municipalities()}
    with workspace.session() as session:
        organisation_ids = []
        for number in range(data.organisations):
            code = rng.choice(codes)
            kind = rng.choice(list(OrganisationKind))
            created = create_organisation(
                session,
                OrganisationData(
                    name=f"{kind.label} {names[code]} {number}", kind=kind.value,
                    municipality_code=code, themes=[rng.choice(THEMES)],
                ),
            )  # fmt: skip
            organisation_ids.append(created.id)
        for number in range(data.people):
            create_person(
                session,
                PersonData(
                    given_name=rng.choice(GIVEN), family_name=rng.choice(FAMILY),
                    municipality_code=rng.choice(codes),
                    organisation_id=rng.choice(organisation_ids), role=rng.choice(ROLES),
                    phones=[(f"06 {10000000 + number}", "mobile")],
                    emails=[(f"persoon{number}@example.nl", "work")],
                    notes=rng.choice(["", "Belangrijk voor het vervoersdossier.", ""]),
                ),
            )  # fmt: skip


def _insert_signals(workspace: Workspace, count: int, rng: random.Random) -> None:
    """``count`` signals as ``save_signal`` stores them, in one bulk insert per table."""
    codes = rng.sample(_codes(), 3)
    start = date(2025, 1, 1)
    now = datetime(2026, 11, 1, 10, 0)
    laws, sources = list(Law), list(Source)
    signals = [
        {
            "id": number,
            "uid": new_uid(),
            "text": rng.choice(TEXTS).format(n=rng.randint(2, 20)),
            "municipality_code": rng.choice(codes),
            "themes": json.dumps(normal_themes(rng.sample(THEMES, 2)), ensure_ascii=False),
            "law": rng.choice(laws).value,
            "source": rng.choice(sources).value,
            "happened_on": start + timedelta(days=rng.randint(0, 690)),
            "people_count": rng.randint(1, 4),
            "status": Status.NEW.value,
            "created_at": now,
            "updated_at": now,
        }
        for number in range(1, count + 1)
    ]
    history = [
        {"signal_id": number, "status": Status.NEW.value, "changed_at": now}
        for number in range(1, count + 1)
    ]
    with workspace.session() as session:
        session.execute(insert(Signal), signals)
        session.execute(insert(SignalStatusChange), history)


def _add_visits(workspace: Workspace, count: int, rng: random.Random) -> None:
    book = VisitBook(workspace)
    template = book.templates()[0]
    codes = _codes()
    for number in range(count):
        book.create(
            VisitData(
                member_name=f"Lid {number + 1}", municipality_code=rng.choice(codes),
                planned_at=datetime(2026, 11, 2, 10, 0) + timedelta(days=number),
                place="Aan de keukentafel", volunteer="Vrijwilliger Proef",
                help_question="Hulp bij de aanvraag van een scootmobiel en bij vervoer.",
                goals="Zelfstandig boodschappen doen en de familie bezoeken.",
                outcome="De gemeente onderzoekt binnen zes weken; het lid belt bij vragen.",
            ),
            template,
        )  # fmt: skip


def _volunteer_setup(workspace: Workspace, name: str) -> None:
    with workspace.session() as session:
        save_setup(session, OrganisationSetup(name, ("GM0193", "GM0150", "GM0166")))


def _make_volunteer(data: Dataset) -> None:
    rng = random.Random(SEED)
    _fresh(data.volunteer.root)
    with Workspace.open(data.volunteer) as workspace:
        _volunteer_setup(workspace, "Afdeling Proef")
        _fill_contacts(workspace, data, rng)
        _insert_signals(workspace, data.signals, rng)
        _add_visits(workspace, data.visits, rng)


def _make_office_keys(data: Dataset) -> None:
    """The office's keys in the empty office (scrypt, once), its identity kept for the figures."""
    _fresh(data.empty_office)
    paths = AppPaths(data.empty_office)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        save_setup(session, OrganisationSetup(ORGANISATION, (), Role.NATIONAL_OFFICE))
    folder = office_folder(paths.profile_dir)
    init_office(folder, PASSPHRASE)
    keys = load_office(folder, PASSPHRASE)
    data.identity_file.write_text(str(keys.identity))
    profile = OrganisationProfile(
        organisation=ORGANISATION, office_name="Landelijk bureau", office_email="bureau@example.nl",
        office_phone="", recipient=keys.public.recipient, signing_key=keys.public.signing_key,
    )  # fmt: skip
    (data.folder / "office.advocaat-profiel").write_bytes(write_profile(profile, keys))


def _make_exporter(data: Dataset) -> None:
    _fresh(data.exporter.root)
    with Workspace.open(data.exporter) as workspace:
        _volunteer_setup(workspace, "Afdeling Export")
        with workspace.session() as session:
            import_profile(session, (data.folder / "office.advocaat-profiel").read_bytes())
        _insert_signals(workspace, data.export_signals, random.Random(SEED + 1))


def _make_exports(data: Dataset) -> None:
    rng = random.Random(SEED + 2)
    municipalities = bundled_municipalities()
    codes = [m.cbs_code for m in municipalities]
    names = {m.cbs_code: m.name for m in municipalities}
    recipient = str(data.identity().to_public())
    senders = [
        SyntheticSender(f"Afdeling Proef {number + 1}", tuple(rng.sample(codes, 3)))
        for number in range(data.senders)
    ]
    folder = _fresh(data.exports)
    folder.mkdir()
    per_file = data.signals // data.files
    for number in range(data.files):
        sender = senders[number % len(senders)]
        exported = synthetic_export(sender, recipient, per_file, names, rng)
        (folder / f"export-{number:05d}{EXTENSION}").write_bytes(exported)


def _make_office(data: Dataset) -> None:
    """The empty office copied, then every export file taken in through the real Inbox."""
    shutil.copytree(data.empty_office, _fresh(data.office.root))
    with Workspace.open(data.office) as workspace:
        inbox = Inbox(workspace.session, [data.identity()], decide=lambda _card: True)
        inbox.take_in(export_files([data.exports]))


def _make_vcard(data: Dataset) -> None:
    """The volunteer's whole contact book, written by the app's own vCard export."""
    with Workspace.open(data.volunteer) as workspace:
        data.vcard.write_bytes(ContactExchange(workspace).export(FileFormat.VCARD))


def _make_empty_volunteer(data: Dataset) -> None:
    _fresh(data.empty_volunteer)
    with Workspace.open(AppPaths(data.empty_volunteer)) as workspace:
        _volunteer_setup(workspace, "Afdeling Import")
