"""Recording good examples: checked for personal data before they are saved, as signals are.

A good example travels to the national office, and a selection of them back to every volunteer,
so its title, story and partners pass the same privacy guard as a signal's text: a finding is
refused until the user fixes it or confirms it, and what was confirmed is kept with the example
so the export can tell a confirmed finding from a new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocaat.db.example_tables import GoodExample
from advocaat.db.models import Municipality
from advocaat.errors import UserFacingError
from advocaat.examples.strategies import Strategy
from advocaat.i18n import _
from advocaat.signals.privacy import Finding
from advocaat.signals.service import PersonalDataError, PrivacyGuard, privacy_guard, unconfirmed

MAX_TITLE = 200
MAX_STORY = 20_000
MAX_PARTNERS = 2_000

Confirmed = frozenset[tuple[str, str]]


class ExampleError(UserFacingError):
    pass


@dataclass(frozen=True)
class ExampleData:
    """What a volunteer writes down: what changed, where, by which strategy, with whom, when."""

    municipality_code: str | None
    strategy: str
    title: str
    story: str
    partners: str
    happened_on: date

    def texts(self) -> tuple[str, str, str]:
        """The texts the privacy guard reads: every one that travels."""
        return (self.title, self.story, self.partners)


@dataclass(frozen=True)
class SharedExample:
    """An example as it is printed or shipped back by the office: no sender, no uid."""

    municipality_code: str
    municipality_name: str
    strategy: str
    title: str
    story: str
    partners: str
    happened_on: date
    from_office: bool = False


def shared_record(example: SharedExample) -> dict[str, object]:
    """An example as the profile carries it and the lists show it: where, when, what and with
    whom, never who sent it."""
    return {
        "date": example.happened_on.isoformat(),
        "municipality": example.municipality_code,
        "municipality_name": example.municipality_name,
        "strategy": example.strategy,
        "title": example.title,
        "story": example.story,
        "partners": example.partners,
    }


def example_findings(
    guard: PrivacyGuard, texts: tuple[str, ...], confirmed: Confirmed
) -> list[Finding]:
    """The findings in any of ``texts`` the user has not confirmed."""
    return [f for text in texts for f in unconfirmed(guard.findings(text), set(confirmed))]


def _check(session: Session, data: ExampleData) -> None:
    if not data.title.strip():
        raise ExampleError(_("Give the example a short title: what changed?"))
    if not data.story.strip():
        raise ExampleError(_("Tell the story of the example in a few sentences."))
    if data.municipality_code is None or session.get(Municipality, data.municipality_code) is None:
        raise ExampleError(_("Choose the municipality where it happened."))
    if data.strategy not in {strategy.value for strategy in Strategy}:
        raise ExampleError(_("{value} is not a known strategy.").format(value=data.strategy))
    limits = ((data.title, MAX_TITLE), (data.story, MAX_STORY), (data.partners, MAX_PARTNERS))
    if any(len(text.strip()) > limit for text, limit in limits):
        raise ExampleError(_("The title, story or partners are too long; keep the example short."))


def stored_confirmations(example: GoodExample) -> Confirmed:
    return frozenset((kind, fragment) for kind, fragment in json.loads(example.confirmations))


def save_example(
    session: Session,
    data: ExampleData,
    *,
    example_id: int | None = None,
    confirmed: Confirmed = frozenset(),
) -> GoodExample:
    """Save a new or changed example; refuse it while a text holds unconfirmed personal data."""
    _check(session, data)
    findings = example_findings(privacy_guard(session), data.texts(), confirmed)
    if findings:
        raise PersonalDataError(findings)
    if example_id is None:
        example = GoodExample(happened_on=data.happened_on)
        session.add(example)
    else:
        found = session.get(GoodExample, example_id)
        if found is None:
            raise ExampleError(_("This example no longer exists."))
        example = found
        example.revision += 1
    example.municipality_code = data.municipality_code
    example.strategy = data.strategy
    example.title = data.title.strip()
    example.story = data.story.strip()
    example.partners = data.partners.strip()
    example.happened_on = data.happened_on
    example.confirmations = json.dumps(sorted(confirmed), ensure_ascii=False)
    example.updated_at = datetime.now()
    session.flush()
    return example


def find_example(session: Session, reference: str) -> GoodExample:
    """An example by its number (``examples list`` shows it) or its uid."""
    wanted = reference.strip()
    example = (
        session.get(GoodExample, int(wanted))
        if wanted.isdecimal()
        else session.scalar(select(GoodExample).where(GoodExample.uid == wanted))
    )
    if example is None:
        raise ExampleError(_("There is no example {reference}.").format(reference=reference))
    return example


def count_examples(session: Session) -> int:
    return session.scalar(select(func.count(GoodExample.id))) or 0


def example_page(session: Session, offset: int = 0, limit: int | None = None) -> list[GoodExample]:
    """The examples, newest first, from ``offset`` on (``limit``: all of them)."""
    query = (
        select(GoodExample)
        .order_by(GoodExample.happened_on.desc(), GoodExample.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(session.scalars(query))


def municipality_names(session: Session, codes: set[str | None]) -> dict[str, str]:
    """The names of municipalities by CBS code, fetched in one query."""
    query = select(Municipality.cbs_code, Municipality.name).where(
        Municipality.cbs_code.in_(codes - {None})
    )
    return {row.cbs_code: row.name for row in session.execute(query)}


def shared(example: GoodExample, names: dict[str, str]) -> SharedExample:
    code = example.municipality_code or ""
    return SharedExample(
        municipality_code=code,
        municipality_name=names.get(code, ""),
        strategy=example.strategy,
        title=example.title,
        story=example.story,
        partners=example.partners,
        happened_on=example.happened_on,
    )
