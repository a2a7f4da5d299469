"""Every reader of outside files, fed broken and hostile input: a result or the reader's own typed
error, never anything else, and nothing written to the database when a file is refused.

Readers: checklist template, export (through the office's import), organisation profile and
feedback (through their imports), and the portable backup (read only: its restore writes nothing
before the reader has taken the whole file). vCard and CSV are in test_fuzz_vcard_csv.py. The
regression corpus under tests/data/fuzz/<reader>/ holds every input that once crashed a reader
and the hand-made hostile files (scripts/fuzz.py --hostile --corpus writes them).
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fast_loop import examples
from fuzz_kit import CORPUS, Keys, judge, readers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from advocaat.app.workspace import Workspace
from advocaat.db.models import Base, Setting
from advocaat.errors import UserFacingError
from advocaat.office.inbox import Inbox
from advocaat.paths import AppPaths
from advocaat.sync.feedback import import_feedback
from advocaat.sync.profile import import_profile
from advocaat.sync.volunteer import FEEDBACK_IDENTITY_FILE, SENDER_SETTING
from advocaat.visits.template_store import save_template
from advocaat.visits.templates import parse_template

pytestmark = pytest.mark.fuzz
KEYS = Keys.load(CORPUS / "keys.json")
READERS = readers(KEYS)
FUZZ = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
Take = Callable[[Workspace, bytes], object]
BIG_IMPORT_BYTES = 64 * 1024


def snapshot(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: a refused file must leave all of them as they were."""
    with workspace.session() as session:
        return {
            table.name: sorted(map(tuple, session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def take_template(workspace: Workspace, data: bytes) -> object:
    with workspace.session() as session:
        return save_template(session, parse_template(data))


def take_export(workspace: Workspace, data: bytes) -> object:
    return Inbox(workspace.session, [KEYS.office], lambda _card: True).take_in_bytes(data, "fuzz")


def take_profile(workspace: Workspace, data: bytes) -> object:
    with workspace.session() as session:
        return import_profile(session, data)


def take_feedback(workspace: Workspace, data: bytes) -> object:
    with workspace.session() as session:
        return import_feedback(session, data, workspace.paths.profile_dir)


TAKES: dict[str, Take] = {
    "template": take_template,
    "export": take_export,
    "profile": take_profile,
    "feedback": take_feedback,
}


@pytest.fixture
def workspace(paths: AppPaths) -> Iterator[Workspace]:
    """A volunteer's and an office's data in one database, each valid sample taken in once."""
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            sender = "urn:uuid:" + str(uuid.UUID(int=7))  # as in fuzz_kit's documents
            session.add(Setting(key=SENDER_SETTING, value=json.dumps(sender)))
        (paths.profile_dir / FEEDBACK_IDENTITY_FILE).write_text(str(KEYS.volunteer) + "\n")
        take_profile(workspace, READERS["profile"].samples[0])
        take_export(workspace, READERS["export"].samples[0])
        yield workspace


def check(workspace: Workspace, name: str, data: bytes) -> None:
    """The property: accepted, or refused with a typed error and every table unchanged."""
    before = snapshot(workspace)
    try:
        TAKES[name](workspace, data)
    except UserFacingError as error:
        refusal = error.message
    else:
        return
    assert refusal.strip()
    assert "Traceback" not in refusal
    assert snapshot(workspace) == before, f"{name}: a refused file changed the database"


@pytest.mark.parametrize("name", list(TAKES))
@FUZZ
@given(seed=st.integers(0, 2**32))
def test_mutated_files_are_read_or_refused_and_a_refusal_writes_nothing(
    workspace: Workspace, name: str, seed: int
) -> None:
    check(workspace, name, READERS[name].make(random.Random(seed)))


@pytest.mark.parametrize("name", list(TAKES))
@FUZZ
@given(data=st.binary(max_size=3_000))
def test_random_bytes_are_refused_and_write_nothing(
    workspace: Workspace, name: str, data: bytes
) -> None:
    check(workspace, name, data)


def corpus(*names: str) -> list[tuple[str, Path]]:
    return [
        (name, path)
        for name in names
        for path in sorted((CORPUS / name).glob("*"))
        if path.is_file()
    ]


def corpus_cases() -> list[object]:
    """Every corpus file; a big valid one is a big import, left to the full suite."""
    return [
        pytest.param(name, path, id=f"{name}-{path.name}", marks=big_import(path))
        for name, path in corpus(*TAKES)
    ]


def big_import(path: Path) -> list[pytest.MarkDecorator]:
    big = path.name.startswith("valid-") and path.stat().st_size > BIG_IMPORT_BYTES
    return [pytest.mark.slow] if big else []


@pytest.mark.parametrize(("name", "path"), corpus_cases())
def test_the_regression_corpus_is_read_or_refused_and_a_refusal_writes_nothing(
    workspace: Workspace, name: str, path: Path
) -> None:
    data = path.read_bytes()
    outcome = judge(READERS[name], data)
    assert outcome == ("accepted" if path.name.startswith("valid-") else "refused")
    check(workspace, name, data)


def test_every_reader_has_samples_its_reader_accepts() -> None:
    for reader in READERS.values():
        assert reader.samples
        assert all(judge(reader, sample) == "accepted" for sample in reader.samples)


def test_the_corpus_covers_every_reader_of_office_files() -> None:
    assert {name for name, _path in corpus(*TAKES)} == set(TAKES)


PORTABLE = READERS["portable"]


@FUZZ
@given(seed=st.integers(0, 2**32))
def test_mutated_portable_backups_are_read_or_refused_with_a_typed_error(seed: int) -> None:
    judge(PORTABLE, PORTABLE.make(random.Random(seed)))


@FUZZ
@given(data=st.binary(max_size=3_000), sealed=st.booleans())
def test_random_bytes_are_no_portable_backup(data: bytes, sealed: bool) -> None:
    """Plain random bytes, and random bytes behind an age header with a scrypt stanza."""
    prefix = b"age-encryption.org/v1\n-> scrypt " if sealed else b""
    assert judge(PORTABLE, prefix + data) == "refused"
