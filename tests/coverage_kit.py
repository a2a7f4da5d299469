"""Test helpers for the office's coverage: senders, their files and signals straight into the
office's tables, with the dates a test needs (an import always stamps today)."""

from __future__ import annotations

import json
from datetime import date, datetime
from itertools import count

from sqlalchemy.orm import Session

from advocaat.db.models import Municipality
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, Sender

DAY = date(2026, 12, 3)
"""The reference day; twelve months before it is 2025-12-03."""
_numbers = count(1)


def sender(
    session: Session,
    name: str,
    codes: list[str],
    files: list[date],
    *,
    accepted: bool = True,
) -> int:
    row = Sender(
        sender_uid=f"urn:uuid:{name:0>36}", name=name, municipalities=json.dumps(codes),
        signing_key="RWQ" + "A" * 53, recipient="age1" + "q" * 58, accepted=accepted,
    )  # fmt: skip
    session.add(row)
    session.flush()
    for sequence, day in enumerate(files, start=1):
        number = next(_numbers)
        session.add(
            ImportedFile(
                sha256=f"{number:064x}", sender_id=row.id, sequence=sequence,
                file_name=f"{name}-{sequence}.advocaat",
                imported_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
            )
        )  # fmt: skip
    session.flush()
    return row.id


def signals(
    session: Session, sender_id: int, code: str, *days: date, withdrawn: bool = False
) -> None:
    for day in days:
        session.add(
            ReceivedSignal(
                sender_id=sender_id, uid=f"urn:uuid:{next(_numbers):0>36}", revision=1,
                withdrawn=withdrawn, text="Signaal", municipality_code=code,
                municipality_name=code, law="wmo", source="phone", happened_on=day,
                urgency="normal", sender_status="new",
            )
        )  # fmt: skip
    session.flush()


def country(session: Session) -> None:
    """One municipality of every kind, on :data:`DAY`:

    Zwolle and Utrecht covered (Utrecht by two volunteers, one of them also in Zwolle; its
    only volunteer file and signal fall exactly twelve months back); Amsterdam's one volunteer
    sent the last file a day too early; Almere's last signal is a day too old, a newer one
    withdrawn; Groningen's sender is not accepted; Stadskanaal has nothing; the merged
    municipality Oudveen counts under Veendam.
    """
    session.add(
        Municipality(
            cbs_code="GM0001", name="Oudveen", province="Groningen", safety_region="VR01",
            active=False, merged_into="GM0047",
        )
    )  # fmt: skip
    both = sender(session, "anna", ["GM0193", "GM0344"], [date(2026, 1, 5), date(2026, 6, 1)])
    signals(session, both, "GM0193", date(2026, 11, 1), date(2026, 2, 1))
    late = sender(session, "bram", ["GM0344"], [date(2025, 12, 3)])
    signals(session, late, "GM0344", date(2025, 12, 3))
    early = sender(session, "cor", ["GM0363"], [date(2025, 12, 2)])
    signals(session, early, "GM0363", date(2026, 10, 1))
    almere = sender(session, "dina", ["GM0034"], [date(2026, 11, 30)])
    signals(session, almere, "GM0034", date(2025, 12, 2))
    signals(session, almere, "GM0034", date(2026, 11, 1), withdrawn=True)
    sender(session, "eef", ["GM0014"], [date(2026, 12, 1)], accepted=False)
    merged = sender(session, "fien", ["GM0001"], [date(2026, 5, 2)])
    signals(session, merged, "GM0001", date(2026, 5, 1))
