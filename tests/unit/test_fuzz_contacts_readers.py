"""FUZZ TESTS OF THE CONTACTS READERS (vCard and CSV), written by the "office" helper.

Another helper owns advocaat/contacts/vcard.py and csv_contacts.py; these tests only feed their
public readers mutated valid files and random bytes, with the property every reader of outside
files has: a result, or the typed ``ContactFileError``, and nothing else. Crashes are reported,
not fixed, here. The contacts import itself writes only after the user agrees to a preview, so
"nothing written on error" is a matter of the import service, not of these two readers.
"""

from __future__ import annotations

import random

import pytest
from fuzz_kit import judge, readers
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.fuzz
READERS = readers()
FUZZ = settings(max_examples=150, deadline=None)


@pytest.mark.parametrize("name", ["vcard", "csv"])
@FUZZ
@given(seed=st.integers(0, 2**32))
def test_contacts_reader_on_mutated_files_returns_a_result_or_a_typed_error(
    name: str, seed: int
) -> None:
    reader = READERS[name]
    assert judge(reader, reader.make(random.Random(seed))) in {"accepted", "refused"}


@pytest.mark.parametrize("name", ["vcard", "csv"])
@FUZZ
@given(data=st.binary(max_size=5_000))
def test_contacts_reader_on_random_bytes_returns_a_result_or_a_typed_error(
    name: str, data: bytes
) -> None:
    assert judge(READERS[name], data) in {"accepted", "refused"}


@pytest.mark.parametrize("name", ["vcard", "csv"])
def test_contacts_reader_accepts_its_samples(name: str) -> None:
    reader = READERS[name]
    assert all(judge(reader, sample) == "accepted" for sample in reader.samples)
