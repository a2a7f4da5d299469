"""Fuzzing the contact file readers and the import behind them (the other readers of outside
files: test_fuzz_readers.py; all six at scale: scripts/fuzz.py).

Property: whatever the bytes, a reader returns a result or raises :class:`ContactFileError` (one
sentence for the user), quickly; an import of such bytes lands what it can use and lists the rest,
or, when the file is refused, writes nothing at all. The inputs are random bytes and valid sample
files mutated the way files get damaged (cut short, bytes flipped, lines shuffled or doubled,
separators and our own properties dropped in).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fast_loop import examples
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.contacts import ContactBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.cards import ContactFileError, ReadResult
from advocaat.contacts.csv_contacts import read_contacts_csv, write_contacts_csv
from advocaat.contacts.search import ContactFilter
from advocaat.contacts.vcard import read_vcards, write_vcards
from advocaat.paths import AppPaths

pytestmark = pytest.mark.fuzz
DATA = Path(__file__).parents[1] / "data" / "contacts"
SAMPLES = [path.read_bytes() for path in sorted(DATA.iterdir())]
READERS: list[Callable[[bytes], ReadResult]] = [read_vcards, read_contacts_csv]
# Pieces that reach the corners of both readers: separators, quotes, escapes, folding, encodings,
# photos and our own properties with values out of range.
PIECES = [
    b";", b",", b'"', b"\\", b":", b"=", b"\r\n ", b"\r\n\t", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"ENCODING=QUOTED-PRINTABLE:=C3=A9=\r\n",
    b"PHOTO;ENCODING=b:QUJD\r\n", b"PHOTO:data:image/png;base64,iVBORw0KGgo=\r\n",
    b"X-ADVOCAAT-POSITION:a\\;b;c;d;e;f;2020-13-01;x\r\n", b"X-ADVOCAAT-INFLUENCE:99\r\n",
    b"X-ADVOCAAT-KIND:gemeente\r\n", b"Functies;Invloed\r\n", b"'=1+1", b"\n\n\n",
]  # fmt: skip
SLOW = 2.0
"""Seconds one reading of an input of a few kilobytes may take, on a slow shared machine."""


@st.composite
def mutated_samples(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _step in range(draw(st.integers(1, 4))):
        mutation = draw(st.integers(0, 4))
        position = draw(st.integers(0, len(data)))
        if mutation == 0:
            del data[position:]
        elif mutation == 1 and data:
            for _flip in range(draw(st.integers(1, 8))):
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        elif mutation == 2:
            lines = bytes(data).split(b"\n")
            data = bytearray(b"\n".join(draw(st.permutations(lines))))
        elif mutation == 3:
            data[position:position] = draw(st.sampled_from(PIECES))
        else:
            lines = bytes(data).split(b"\n")
            doubled = draw(st.integers(0, len(lines) - 1))
            data = bytearray(
                b"\n".join([*lines[:doubled], *lines[doubled:doubled], *lines[doubled:]])
            )
    return bytes(data)


def read_or_refuse(reader: Callable[[bytes], ReadResult], data: bytes) -> ReadResult | None:
    """The reader's result, or None when it refused the file in one sentence; fast either way."""
    started = time.perf_counter()
    message = ""
    try:
        result: ReadResult | None = reader(data)
    except ContactFileError as error:
        message, result = error.message, None
    assert time.perf_counter() - started < SLOW
    assert result is not None or (message.strip() and "\n" not in message)
    return result


def check_result(result: ReadResult | None) -> None:
    """What was read can be shown and written back out."""
    if result is None:
        return
    for card in result.cards:
        assert isinstance(card.display_name(), str)
    for problem in result.problems:
        assert problem.message.strip()
        assert problem.place()
    write_vcards(result.cards)
    write_contacts_csv(result.cards)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2048), mutated_samples()))
@example(data=b"BEGIN:VCARD\r\nX-ADVOCAAT-POSITION:\\\r\nEND:VCARD\r\n")
@example(data=b"BEGIN:VCARD\r\nFN:x\r\nPHOTO;ENCODING=b:====\r\nEND:VCARD\r\n")
@example(data=b"Voornaam;Functies\r\nAnouk;a;b;c;d;e;1-1-2020;\\\r\n")
def test_readers_return_a_result_or_a_file_error(data: bytes) -> None:
    for reader in READERS:
        check_result(read_or_refuse(reader, data))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with Workspace.open(AppPaths(tmp_path_factory.mktemp("fuzz") / "data")) as opened:
        yield opened


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated_samples())
def test_an_import_lands_what_it_can_and_writes_nothing_when_refused(
    workspace: Workspace, data: bytes
) -> None:
    exchange, book = ContactExchange(workspace), ContactBook(workspace)
    before = book.count(ContactFilter())
    try:
        preview = exchange.preview("fuzz", data)
    except ContactFileError:
        assert book.count(ContactFilter()) == before
        return
    summary = exchange.apply(preview)
    # Every record is accounted for: added, merged, or skipped with its place and reason.
    assert summary.added + summary.merged + summary.skipped == (
        len(preview.candidates) + len(preview.problems)
    )
    assert all(problem.place() and problem.message for problem in summary.problems)
    assert book.count(ContactFilter()) >= before + summary.added
