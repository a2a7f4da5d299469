"""The office's age identity under a passphrase: standard age, with a work factor of our choice."""

from __future__ import annotations

import re
from pathlib import Path

import pyrage
import pytest

from advocaat.sync import age_passphrase
from advocaat.sync.office_keys import IDENTITY_FILE, change_passphrase, init_office, load_office

SECRET = "een lang genoeg wachtwoord"


def work_factor(data: bytes) -> int:
    match = re.match(rb"age-encryption.org/v1\n-> scrypt \S{22} (\d+)\n", data)
    assert match, data[:80]
    return int(match.group(1))


@pytest.mark.parametrize("size", [0, 1, 65_535, 65_536, 65_537, 200_000])
def test_pyrage_opens_it_whatever_the_length(size: int) -> None:
    plain = bytes(range(256)) * (size // 256) + bytes(size % 256)
    sealed = age_passphrase.encrypt(plain, SECRET, work_factor=10)
    assert pyrage.passphrase.decrypt(sealed, SECRET) == plain
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(sealed, SECRET + "!")


@pytest.mark.slow  # scrypt: the keys are made and unlocked
def test_office_keys_use_the_fixed_factor_and_keys_with_another_still_open(tmp_path: Path) -> None:
    init_office(tmp_path, SECRET)
    assert work_factor((tmp_path / IDENTITY_FILE).read_bytes()) == age_passphrase.WORK_FACTOR
    identity = str(load_office(tmp_path, SECRET).identity)

    # A key file written with another factor (as pyrage chose one by timing the machine).
    (tmp_path / IDENTITY_FILE).write_bytes(
        age_passphrase.encrypt(identity.encode(), SECRET, work_factor=12)
    )
    assert str(load_office(tmp_path, SECRET).identity) == identity
    change_passphrase(tmp_path, SECRET, SECRET)  # the same passphrase, the app's factor again
    assert work_factor((tmp_path / IDENTITY_FILE).read_bytes()) == age_passphrase.WORK_FACTOR
    assert str(load_office(tmp_path, SECRET).identity) == identity
