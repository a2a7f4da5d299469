"""The ingebrekestelling (Awb 4:17): the letter a member sends when the municipality has not
decided on the application in time, as plain text parts that the PDF and the .docx both lay out.

The letter is always in Dutch, whatever language the app speaks: it goes to a Dutch municipality
under Dutch law, and the volunteer adjusts the .docx in Word or LibreOffice. The member signs and
sends it, not the app: the letter leaves lines for the member's name, address and signature
blank, so the member's personal details never pass through the app into a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import dates
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.kinds import OrganisationKind
from advocaat.db.contact_tables import Organisation
from advocaat.db.models import Municipality
from advocaat.db.visit_tables import Visit
from advocaat.i18n import _, format_date
from advocaat.visits.deadlines import Deadline
from advocaat.visits.escalation import DwangsomRule, bundled_escalation_rules
from advocaat.visits.service import VisitError, visit_deadlines


@dataclass(frozen=True)
class Letter:
    sender: list[str]
    """Labels of the lines the member fills in by hand (name, address)."""
    recipient: list[str]
    place_and_date: str
    subject: str
    salutation: str
    paragraphs: list[str]
    closing: str
    signature: list[str]
    """Labels of the lines for the member's name and signature."""


def dutch_date(day: date) -> str:
    return dates.format_date(day, "d MMMM y", locale="nl_NL")


def dutch_euros(amount: int) -> str:
    return "€\u00a0" + f"{amount:,}".replace(",", ".")  # no line break after the sign


def _recipient(session: Session, visit: Visit) -> list[str]:
    """The municipality from the contact book, else by its name, else a line to fill in."""
    municipality = (
        session.get(Municipality, visit.municipality_code) if visit.municipality_code else None
    )
    college = "Het college van burgemeester en wethouders"
    if municipality is None:
        return [college, "van de gemeente ________________"]
    organisation = session.scalars(
        select(Organisation)
        .where(
            Organisation.kind == OrganisationKind.MUNICIPALITY.value,
            Organisation.municipality_code == municipality.cbs_code,
        )
        .order_by(Organisation.sort_key, Organisation.id)
    ).first()
    lines = [college, f"van de gemeente {municipality.name}"]
    if organisation is not None:
        if organisation.name.strip() not in {f"Gemeente {municipality.name}", municipality.name}:
            lines.append(organisation.name)
        lines += [organisation.street, f"{organisation.postcode} {organisation.city}".strip()]
    return [line for line in lines if line.strip()]


def _steps(rule: DwangsomRule) -> str:
    parts, first = [], 1
    for step in rule.steps:
        last = first + step.days - 1
        parts.append(f"dag {first} tot en met {last}: {dutch_euros(step.euros_per_day)} per dag")
        first = last + 1
    return "; ".join(parts)


def _paragraphs(visit: Visit, decision: Deadline, rule: DwangsomRule) -> list[str]:
    assert visit.application_on is not None  # a decision deadline follows from it
    opening = (
        f"Op {dutch_date(visit.application_on)} heb ik bij u een aanvraag ingediend op grond "
        "van de Wet maatschappelijke ondersteuning 2015."
    )
    if visit.melding_on:
        opening += f" Mijn melding dateert van {dutch_date(visit.melding_on)}."
    return [
        opening,
        f"Volgens {decision.rule.source} moest u binnen {decision.rule.days} dagen na de "
        f"aanvraag op mijn aanvraag beslissen, dus uiterlijk op {dutch_date(decision.due)}. "
        "Die beslistermijn is verstreken zonder dat ik een beschikking van u heb ontvangen.",
        "Met deze brief stel ik u in gebreke (artikel 4:17 van de Algemene wet "
        "bestuursrecht). Ik verzoek u om alsnog binnen twee weken na ontvangst van deze brief "
        "op mijn aanvraag te beslissen.",
        f"Beslist u niet binnen die twee weken, dan verbeurt u op grond van {rule.source} een "
        f"dwangsom voor elke dag dat u in gebreke blijft, voor ten hoogste {rule.max_days} "
        f"dagen: {_steps(rule)}; samen ten hoogste {dutch_euros(rule.max_amount)}. De "
        "dwangsom loopt vanaf de dag nadat twee weken zijn verstreken sinds u deze brief "
        "ontving. Daarnaast kan ik beroep instellen bij de rechtbank omdat u niet tijdig "
        "beslist (artikel 6:12 van de Algemene wet bestuursrecht).",
        "Ik verzoek u de ontvangst van deze brief schriftelijk te bevestigen.",
    ]


def ingebrekestelling(session: Session, visit_id: int, today: date) -> Letter:
    """The letter for a visit whose beslistermijn passed without a decision, or one sentence why
    there is none to write."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise VisitError(_("There is no visit number {number}.").format(number=visit_id))
    decision = next((d for d in visit_deadlines(visit) if d.rule.id == "decision"), None)
    rule = bundled_escalation_rules().dwangsom
    if decision is None or rule is None:
        raise VisitError(_("Fill in the date of the application first: the letter counts from it."))
    if visit.decision_on is not None:
        raise VisitError(
            _("The decision was made known on {date}: there is nothing to demand.").format(
                date=format_date(visit.decision_on)
            )
        )
    if today <= decision.due:
        raise VisitError(
            _(
                "The beslistermijn runs until {date}; an ingebrekestelling sent before it has "
                "passed has no effect."
            ).format(date=format_date(decision.due))
        )
    return Letter(
        sender=["Naam:", "Adres:", "Postcode en woonplaats:"],
        recipient=_recipient(session, visit),
        place_and_date="Plaats en datum:",
        subject="Onderwerp: ingebrekestelling wegens niet tijdig beslissen op mijn aanvraag "
        "(Wmo 2015)",
        salutation="Geacht college,",
        paragraphs=_paragraphs(visit, decision, rule),
        closing="Met vriendelijke groet,",
        signature=["Naam:", "Handtekening:"],
    )
