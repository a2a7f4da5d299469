"""The good examples at the national office: taken in from export files, curated, shipped back.

Per sender and ``uid`` the highest ``revision`` wins, as for signals, so a file taken in twice,
late or out of order changes nothing twice. The office marks examples as selected ("in de
selectie"); the selection travels in its organisation profile without who sent it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.db.example_tables import ReceivedExample
from advocaat.db.office_tables import Sender
from advocaat.errors import UserFacingError
from advocaat.examples.service import SharedExample
from advocaat.i18n import _
from advocaat.sync.export_reader import IncomingExample


class ReceivedExampleError(UserFacingError):
    pass


def _values(example: IncomingExample, codes: set[str]) -> dict[str, object]:
    return {
        "revision": example.revision,
        "municipality_code": example.municipality if example.municipality in codes else None,
        "municipality_name": example.municipality_name,
        "strategy": example.strategy,
        "title": example.title,
        "story": example.story,
        "partners": example.partners,
        "happened_on": example.happened_on,
    }


def merge_examples(
    session: Session, sender_id: int, examples: Sequence[IncomingExample], codes: set[str]
) -> int:
    """Take in one file's examples for a trusted sender; how many were new or newer."""
    if not examples:
        return 0
    latest: dict[str, IncomingExample] = {}
    for example in examples:
        if example.uid not in latest or latest[example.uid].revision < example.revision:
            latest[example.uid] = example
    query = select(ReceivedExample).where(
        ReceivedExample.sender_id == sender_id, ReceivedExample.uid.in_(list(latest))
    )
    stored = {row.uid: row for row in session.scalars(query)}
    changed = 0
    for uid, example in latest.items():
        row = stored.get(uid)
        if row is None:
            session.add(ReceivedExample(sender_id=sender_id, uid=uid, **_values(example, codes)))
        elif example.revision > row.revision:
            for name, value in _values(example, codes).items():
                setattr(row, name, value)
        else:
            continue
        changed += 1
    session.flush()
    return changed


@dataclass(frozen=True)
class ReceivedLine:
    """One received example as the office's list shows it (the sender is the office's to see)."""

    id: int
    selected: bool
    sender: str
    example: SharedExample


def received_examples(session: Session, *, selected_only: bool = False) -> list[ReceivedLine]:
    """The examples received, newest first; only the selection when asked."""
    query = (
        select(ReceivedExample, Sender.name)
        .join(Sender, Sender.id == ReceivedExample.sender_id)
        .order_by(ReceivedExample.happened_on.desc(), ReceivedExample.id.desc())
    )
    if selected_only:
        query = query.where(ReceivedExample.selected.is_(True))
    return [
        ReceivedLine(row.id, row.selected, sender, _shared(row))
        for row, sender in session.execute(query)
    ]


def _shared(row: ReceivedExample) -> SharedExample:
    return SharedExample(
        municipality_code=row.municipality_code or "",
        municipality_name=row.municipality_name,
        strategy=row.strategy,
        title=row.title,
        story=row.story,
        partners=row.partners,
        happened_on=row.happened_on,
    )


def selection(session: Session) -> tuple[SharedExample, ...]:
    """What the profile ships: the selected examples, without who sent them."""
    return tuple(line.example for line in received_examples(session, selected_only=True))


def select_example(session: Session, example_id: int, selected: bool) -> ReceivedLine:
    """Put a received example in the selection or take it out; the example as it is now."""
    row = session.get(ReceivedExample, example_id)
    if row is None:
        raise ReceivedExampleError(
            _("There is no received example {number}.").format(number=example_id)
        )
    row.selected = selected
    sender = session.get(Sender, row.sender_id)
    return ReceivedLine(row.id, row.selected, sender.name if sender else "", _shared(row))
