"""Test helpers for the national picture: received signals straight into an office database.

The signals go through the office's own import (``known_sender`` + ``merge_export``), without the
encryption and signatures of a real export file, so a test fills a picture in milliseconds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from advocaat.office.inbox import TrustedSender, known_sender, merge_export
from advocaat.sync.export_reader import IncomingExport, IncomingSignal, SenderCard

CODES = {"GM0193", "GM0344", "GM0363", "GM0756", "GM1982", "GM0457"}
"""Zwolle (Overijssel), Utrecht, Amsterdam; Boxmeer and Weesp (merged) and Land van Cuijk."""


def signal(uid: str, code: str, name: str, when: date, themes: tuple[str, ...], **extra: object):  # type: ignore[no-untyped-def]
    plain = IncomingSignal(
        uid=f"urn:uuid:{uid:0>36}", revision=1, withdrawn=False, text=f"Signaal {uid}",
        municipality=code, municipality_name=name, themes=themes, law="wmo", source="phone",
        happened_on=when, people=1, urgency="normal", status="new",
    )  # fmt: skip
    return replace(plain, **extra)


def feed(session: Session, name: str, signals: list[IncomingSignal]) -> int:
    card = SenderCard(f"urn:uuid:{name:0>36}", name, "Vereniging Proef", (), "RWQ" + "A" * 53,
                      "age1" + "q" * 58)  # fmt: skip
    sender = known_sender(session, card)
    sender.accepted = True
    merge_export(
        session, TrustedSender.of(sender), IncomingExport(card, 1, "", tuple(signals)), CODES
    )
    return sender.id
