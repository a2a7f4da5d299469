"""Endorsements: how an office that made new keys takes its volunteers along.

At a rotation the office signs, with its previous minisign key, a short statement that names
the new signing key and age recipient. Every later profile carries the chain of these
statements, so a volunteer who trusts any earlier key, even one several rotations back, follows
to the newest key without a question. The statement is plain text, one ``name: value`` a line::

    Advocaat office key rotation
    previous signing key: RW…
    new signing key: RW…
    new recipient: age1…
    made at: 2026-12-03T12:00:00+01:00

and its signature is a minisign ``.minisig`` file's text (how profile.json carries both, and
how to check one by hand, is in :mod:`advocaat.sync.profile`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import minisign

from advocaat.sync.signed_zip import key_id, printable_comment, signed_by

TITLE = "Advocaat office key rotation"
PREVIOUS, NEW, RECIPIENT, MADE_AT = (
    "previous signing key",
    "new signing key",
    "new recipient",
    "made at",
)


@dataclass(frozen=True)
class Endorsement:
    """One statement and its signature, exactly as they travel."""

    statement: str
    signature: str

    def to_json(self) -> dict[str, str]:
        return {"statement": self.statement, "signature": self.signature}


@dataclass(frozen=True)
class Step:
    """A sound endorsement: its statement reads well and its previous key signed it."""

    previous: str
    signing_key: str
    recipient: str


def endorse(
    previous: minisign.SecretKey, previous_key: str, signing_key: str, recipient: str
) -> Endorsement:
    """The previous key's word that ``signing_key`` and ``recipient`` are the office's now."""
    made_at = datetime.now().astimezone().isoformat(timespec="seconds")
    statement = (
        f"{TITLE}\n{PREVIOUS}: {previous_key}\n{NEW}: {signing_key}\n"
        f"{RECIPIENT}: {recipient}\n{MADE_AT}: {made_at}\n"
    )
    comment = printable_comment(f"{TITLE} to key {key_id(signing_key)}")
    signature = previous.sign(statement.encode("utf-8"), trusted_comment=comment)
    return Endorsement(statement, bytes(signature).decode("ascii"))


def _step(endorsement: Endorsement) -> Step | None:
    lines = endorsement.statement.split("\n")
    if len(lines) != 6 or lines[0] != TITLE or lines[5] != "":
        return None
    fields = dict(line.partition(": ")[::2] for line in lines[1:5])
    if list(fields) != [PREVIOUS, NEW, RECIPIENT, MADE_AT]:
        return None
    signature = endorsement.signature.encode("ascii", errors="replace")
    if not signed_by(endorsement.statement.encode("utf-8"), signature, fields[PREVIOUS]):
        return None
    return Step(fields[PREVIOUS], fields[NEW], fields[RECIPIENT])


def sound_steps(endorsements: Iterable[Endorsement]) -> list[Step]:
    """The endorsements that verify; a forged or changed one is left out."""
    return [step for step in map(_step, endorsements) if step is not None]


def follows(
    endorsements: Iterable[Endorsement], trusted: str, signing_key: str, recipient: str
) -> bool:
    """Whether a chain of sound endorsements leads from the ``trusted`` key to ``signing_key``
    and ``recipient``: the key a volunteer knows vouches, step by step, for the new one."""
    steps = sound_steps(endorsements)
    reached = {trusted}
    grew = True
    while grew:
        before = len(reached)
        reached |= {step.signing_key for step in steps if step.previous in reached}
        grew = len(reached) > before
    return any(
        step.previous in reached and (step.signing_key, step.recipient) == (signing_key, recipient)
        for step in steps
    )


def replaced_keys(endorsements: Iterable[Endorsement], signing_key: str) -> set[str]:
    """The earlier keys of the office whose chain ends at ``signing_key``: retired ones."""
    steps = sound_steps(endorsements)
    earlier: set[str] = set()
    newer = {signing_key}
    while newer:
        found = {step.previous for step in steps if step.signing_key in newer} - earlier
        found.discard(signing_key)
        earlier |= found
        newer = found
    return earlier
