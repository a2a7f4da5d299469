"""Recording signals: checked for personal data before they are saved, with a status history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from advocaat.core.text import fold
from advocaat.db.contact_tables import Organisation, Person
from advocaat.db.models import Municipality
from advocaat.db.signal_tables import Signal, SignalConfirmation, SignalStatusChange
from advocaat.db.visit_tables import Visit
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.signals.cost import Cost, cost_of
from advocaat.signals.kinds import Law, Source, Status, Urgency
from advocaat.signals.privacy import Finding, PublicData, find_personal_data

DEFAULT_THEMES = (
    "parkeerkaart",
    "vervoer",
    "hulpmiddelen",
    "huishoudelijke hulp",
    "thuiszorg",
    "woningaanpassing",
    "toegankelijkheid",
    "keukentafelgesprek",
    "beschikking",
    "eigen bijdrage",
)


def label_of(kind: type[Law | Source | Status | Urgency], code: str) -> str:
    """The translated label of a code; a code from a newer Advocaat stays as it came in."""
    try:
        return kind(code).label
    except ValueError:
        return code


class SignalError(UserFacingError):
    pass


class PersonalDataError(SignalError):
    """The text holds likely personal data that the user has not confirmed; nothing is saved."""

    def __init__(self, findings: list[Finding]) -> None:
        listed = "; ".join(f"{finding.kind.label}: {finding.text}" for finding in findings)
        super().__init__(
            ngettext(
                "The text seems to hold personal data of a member ({findings}). Remove it, or"
                " confirm that it is fine.",
                "The text seems to hold personal data of members ({findings}). Remove them, or"
                " confirm that they are fine.",
                len(findings),
            ).format(findings=listed)
        )
        self.findings = findings


@dataclass
class SignalData:
    text: str
    municipality_code: str | None
    happened_on: date
    themes: list[str] = field(default_factory=list)
    law: str = Law.WMO.value
    source: str = Source.PHONE.value
    people_count: int = 1
    organisation_id: int | None = None
    urgency: str = Urgency.NORMAL.value
    cost: Cost | None = None
    """The estimated extra cost per person affected, if the user gave one."""


def signal_cost(signal: Signal) -> Cost | None:
    """The estimate a stored signal holds (the database keeps its two parts together)."""
    return cost_of(signal.cost_cents, signal.cost_period)


def available_themes(office_themes: Sequence[str] = ()) -> list[str]:
    """The built-in themes plus those the national office added in its profile."""
    unique = {fold(theme): theme for theme in [*DEFAULT_THEMES, *office_themes]}
    return sorted(unique.values(), key=fold)


def member_names(session: Session) -> list[str]:
    """The names of members from the visits, which a signal must not carry."""
    return [name for name in session.scalars(select(Visit.member_name)) if name]


def public_data(session: Session) -> PublicData:
    """The phone numbers and addresses of the contact book's organisations, and the names of its
    people (officials): not a member's."""
    rows = session.execute(
        select(Organisation.phone, Organisation.street, Organisation.postcode).where(
            or_(Organisation.phone != "", Organisation.street != "", Organisation.postcode != "")
        )
    )
    family_names = session.scalars(select(Person.family_name).distinct())
    return PublicData.of(
        ((phone, street, postcode) for phone, street, postcode in rows), family_names
    )


@dataclass(frozen=True)
class PrivacyGuard:
    """What the guard needs from the database, read once per check or per export."""

    member_names: list[str]
    public: PublicData

    def findings(self, text: str) -> list[Finding]:
        return find_personal_data(text, self.member_names, public=self.public)


def privacy_guard(session: Session) -> PrivacyGuard:
    return PrivacyGuard(member_names(session), public_data(session))


def unconfirmed(findings: list[Finding], confirmed: set[tuple[str, str]]) -> list[Finding]:
    return [f for f in findings if f.confirmation not in confirmed]


def _check(session: Session, data: SignalData) -> None:
    if not data.text.strip():
        raise SignalError(_("Describe what happened."))
    if data.municipality_code is None or session.get(Municipality, data.municipality_code) is None:
        raise SignalError(_("Choose the municipality the signal is about."))
    if not 1 <= data.people_count <= 1_000_000:
        raise SignalError(_("The number of people must be 1 or more."))
    for value, kind in ((data.law, Law), (data.source, Source), (data.urgency, Urgency)):
        if value not in {member.value for member in kind}:
            raise SignalError(_("{value} is not a known choice.").format(value=value))
    if data.cost is not None:
        cost_of(data.cost.cents, data.cost.period)
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        raise SignalError(_("The chosen organisation no longer exists."))


def normal_themes(names: list[str]) -> list[str]:
    """The themes as a signal keeps them: spaces tidied, each once (case and accents aside)."""
    unique = {fold(name): " ".join(name.split()) for name in reversed(names) if name.strip()}
    return sorted(unique.values(), key=fold)


def _themes(names: list[str]) -> str:
    return json.dumps(normal_themes(names), ensure_ascii=False)


def save_signal(
    session: Session,
    data: SignalData,
    *,
    signal_id: int | None = None,
    confirmed: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
) -> Signal:
    """Save a new or changed signal; refuse it while it holds unconfirmed personal data."""
    _check(session, data)
    guard = privacy_guard(session)
    findings = unconfirmed(guard.findings(data.text), set(confirmed))
    if findings:
        raise PersonalDataError(findings)
    for theme in data.themes:
        if guard.findings(theme):
            raise SignalError(
                _("The theme {theme} seems to hold personal data; choose another theme.").format(
                    theme=theme
                )
            )
    if signal_id is None:
        signal = Signal(text="", happened_on=data.happened_on)
        session.add(signal)
        signal.history.append(SignalStatusChange(status=Status.NEW.value))
    else:
        found = session.get(Signal, signal_id)
        if found is None:
            raise SignalError(_("This signal no longer exists."))
        signal = found
        if signal.withdrawn:
            raise SignalError(_("This signal was withdrawn; it can no longer be changed."))
        signal.revision += 1
    signal.text = data.text.strip()
    signal.municipality_code = data.municipality_code
    signal.happened_on = data.happened_on
    signal.themes = _themes(data.themes)
    signal.law, signal.source, signal.urgency = data.law, data.source, data.urgency
    signal.people_count = data.people_count
    signal.cost_cents = data.cost.cents if data.cost else None
    signal.cost_period = data.cost.period.value if data.cost else None
    signal.organisation_id = data.organisation_id
    signal.updated_at = datetime.now()
    signal.confirmations = [
        SignalConfirmation(kind=kind, fragment=fragment) for kind, fragment in sorted(confirmed)
    ]
    session.flush()
    return signal


def set_status(session: Session, signal_id: int, status: Status) -> None:
    signal = session.get(Signal, signal_id)
    if signal is None:
        raise SignalError(_("This signal no longer exists."))
    if signal.status != status.value:
        signal.status = status.value
        signal.revision += 1
        signal.updated_at = datetime.now()
        signal.history.append(SignalStatusChange(status=status.value))


def withdraw(session: Session, signal_id: int) -> bool:
    """Withdraw a signal: it stays, marked withdrawn, so the office learns of it on export.

    Returns ``False`` when it was withdrawn already: nothing changes then.
    """
    signal = session.get(Signal, signal_id)
    if signal is None:
        raise SignalError(_("This signal no longer exists."))
    if signal.withdrawn:
        return False
    signal.withdrawn = True
    signal.revision += 1
    signal.updated_at = datetime.now()
    return True


def find_signal(session: Session, reference: str) -> Signal:
    """A signal by its number (``signals list`` shows it) or its uid, withdrawn ones too."""
    wanted = reference.strip()
    signal = (
        session.get(Signal, int(wanted))
        if wanted.isdecimal()
        else session.scalar(select(Signal).where(Signal.uid == wanted))
    )
    if signal is None:
        raise SignalError(_("There is no signal {reference}.").format(reference=reference))
    return signal


@dataclass(frozen=True)
class SignalFilter:
    """What the list of signals shows; ``None`` means any. Each field is an indexed column."""

    status: Status | None = None
    municipality_code: str | None = None
    include_withdrawn: bool = False


def _filtered(criteria: SignalFilter) -> Select[Signal]:
    query = select(Signal)
    if not criteria.include_withdrawn:
        query = query.where(Signal.withdrawn.is_(False))
    if criteria.status is not None:
        query = query.where(Signal.status == criteria.status.value)
    if criteria.municipality_code is not None:
        query = query.where(Signal.municipality_code == criteria.municipality_code)
    return query


def count_signals(session: Session, criteria: SignalFilter) -> int:
    """How many signals match, counted by the database."""
    query = _filtered(criteria).with_only_columns(func.count(Signal.id)).order_by(None)
    return session.scalar(query) or 0


def signal_page(
    session: Session, criteria: SignalFilter, offset: int = 0, limit: int | None = None
) -> list[Signal]:
    """The matching signals, newest first, from ``offset`` on (``limit``: all of them)."""
    query = (
        _filtered(criteria)
        .order_by(Signal.happened_on.desc(), Signal.id.desc())
        .offset(offset)
        .limit(limit)
        .options(selectinload(Signal.confirmations))
    )
    return list(session.scalars(query))


def list_signals(session: Session, *, include_withdrawn: bool = False) -> list[Signal]:
    return signal_page(session, SignalFilter(include_withdrawn=include_withdrawn))


def municipality_names(session: Session, signals: list[Signal]) -> dict[str, str]:
    """The names of the signals' municipalities by CBS code, fetched in one query."""
    codes = {signal.municipality_code for signal in signals} - {None}
    query = select(Municipality.cbs_code, Municipality.name).where(Municipality.cbs_code.in_(codes))
    return {row.cbs_code: row.name for row in session.execute(query)}


def signal_themes(signal: Signal) -> list[str]:
    return list(json.loads(signal.themes))
