"""Fictional export files in the real format, for the import benchmark and the crash test.

Each file is what a volunteer's Advocaat would write: a signed ``export.json`` encrypted to the
office. The texts, names and ids are made up; nothing here is ever shown to a user.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import minisign
import pyrage

from advocaat import __version__
from advocaat.sync.export import FORMAT, seal_export

THEMES = ("vervoer", "parkeerkaart", "hulpmiddelen", "huishoudelijke hulp", "thuiszorg",
          "woningaanpassing", "toegankelijkheid", "keukentafelgesprek", "beschikking")  # fmt: skip
LAWS = ("wmo", "wmo", "wmo", "zvw", "wlz", "jeugdwet")
TEXTS = (
    "De regiotaxi kwam {n} keer te laat voor een ziekenhuisafspraak.",
    "Aanvraag traplift ligt al {n} weken stil bij de gemeente.",
    "Huishoudelijke hulp teruggebracht naar {n} uur zonder nieuw onderzoek.",
    "Parkeerkaart geweigerd; het medisch advies duurde {n} weken.",
)


@dataclass
class SyntheticSender:
    """A made-up volunteer: its own id and signing key, and the municipalities it covers."""

    name: str
    municipalities: tuple[str, ...]
    uid: str = ""
    key: minisign.KeyPair | None = None
    recipient: str = ""
    sequence: int = 0

    def __post_init__(self) -> None:
        self.uid = self.uid or uuid.uuid4().urn
        self.key = self.key or minisign.KeyPair.generate()
        self.recipient = self.recipient or str(pyrage.x25519.Identity.generate().to_public())


def synthetic_export(
    sender: SyntheticSender,
    office_recipient: str,
    count: int,
    names: dict[str, str],
    rng: random.Random,
) -> bytes:
    """The sender's next export file with ``count`` new signals."""
    assert sender.key is not None
    sender.sequence += 1
    start = date(2025, 1, 1)
    signals = []
    for _ in range(count):
        code = rng.choice(sender.municipalities)
        signals.append(
            {
                "uid": uuid.UUID(int=rng.getrandbits(128), version=4).urn,
                "revision": 1,
                "withdrawn": False,
                "text": rng.choice(TEXTS).format(n=rng.randint(2, 20)),
                "municipality": code,
                "municipality_name": names.get(code, code),
                "themes": rng.sample(THEMES, rng.randint(1, 2)),
                "law": rng.choice(LAWS),
                "source": "phone",
                "date": (start + timedelta(days=rng.randint(0, 690))).isoformat(),
                "people": rng.randint(1, 4),
                "urgency": "normal",
                "status": "forwarded",
            }
        )
    document = {
        "manifest": {
            "format": FORMAT,
            "app": f"advocaat {__version__}",
            "organisation": "Vereniging Proef",
            "sender": sender.name,
            "sender_id": sender.uid,
            "sender_municipalities": list(sender.municipalities),
            "sender_key": sender.key.public_key.to_base64().decode("ascii"),
            "sender_recipient": sender.recipient,
            "sequence": sender.sequence,
            "full": False,
            "created_at": "2026-11-01T10:00:00+01:00",
            "counts": {"signals": count, "withdrawn": 0},
        },
        "signals": signals,
    }
    return seal_export(document, sender.key.secret_key, office_recipient)
