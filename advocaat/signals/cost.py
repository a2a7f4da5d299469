"""What a signal costs the members: an estimate of the extra cost per person affected.

Money is whole euro cents (an integer), never a float. How an estimate becomes "estimated total
per year" is defined once, here, as data (:data:`YEARLY_FACTORS`) with its explanation
(:data:`METHOD`), which every total prints beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _, format_money, ngettext

MAX_COST_CENTS = 100_000 * 100
"""€ 100,000 per person: more is a typing error, not an estimate."""


class CostError(UserFacingError):
    pass


class CostPeriod(StrEnum):
    MONTH = "month"
    YEAR = "year"
    ONCE = "once"

    @property
    def label(self) -> str:
        return _(PERIOD_LABELS[self])


PERIOD_LABELS = {
    CostPeriod.MONTH: N_("per month"),
    CostPeriod.YEAR: N_("per year"),
    CostPeriod.ONCE: N_("once"),
}

YEARLY_FACTORS = {CostPeriod.MONTH: 12, CostPeriod.YEAR: 1, CostPeriod.ONCE: 1}
"""What one estimate counts for in a year, per person affected; a one-off cost counts in the
year the signal happened."""

METHOD = N_(
    "Estimated total per year: the cost per person affected, times the number of people"
    " affected; a monthly cost counts 12 times, a yearly cost once, and a one-off cost once,"
    " in the year it happened. Only signals with an estimate count."
)
"""The explanation of :data:`YEARLY_FACTORS`, printed beside every total (translate on use)."""


@dataclass(frozen=True)
class Cost:
    """An estimate: ``cents`` per person affected, per ``period``."""

    cents: int
    period: CostPeriod

    def yearly_cents(self, people: int) -> int:
        return self.cents * YEARLY_FACTORS[self.period] * people


class Estimated(Protocol):
    """A count of signals with the sum of their yearly estimates (a theme's, a municipality's)."""

    @property
    def signals(self) -> int: ...
    @property
    def yearly_cents(self) -> int: ...
    @property
    def estimated(self) -> int: ...


def estimate_text(total: Estimated) -> str:
    """ "€ 12.345 per year, estimated from 17 of 40 signals", or that none had an estimate."""
    if not total.estimated:
        return _("no estimate")
    return ngettext(
        "{amount} per year, estimated from {estimated} of {count} signal",
        "{amount} per year, estimated from {estimated} of {count} signals",
        total.signals,
    ).format(
        amount=format_money(total.yearly_cents, whole_euros=True),
        estimated=total.estimated,
        count=total.signals,
    )


def plain_euros(cents: int) -> str:
    """Cents as a plain decimal ("12.50"), exact, for files and scripts; ``--cost`` reads it."""
    return f"{cents // 100}.{cents % 100:02d}"


def cost_period(code: str) -> CostPeriod:
    try:
        return CostPeriod(code)
    except ValueError:
        raise CostError(
            _("{period} is not a period of a cost; choose month, year or once.").format(period=code)
        ) from None


def check_cents(cents: int) -> int:
    if not 0 < cents <= MAX_COST_CENTS:
        raise CostError(_("A cost is an amount above € 0 and at most € 100,000 per person."))
    return cents


def parse_euros(text: str) -> int:
    """An amount typed as "12,50", "12.50", "€ 12" into cents; one sentence when it is not one."""
    typed = text.strip().removeprefix("€").strip()
    if not re.fullmatch(r"[0-9]+([.,][0-9]{1,2})?", typed):
        raise CostError(
            _(
                "{text} is not an amount in euros; write it like 12,50, with at most two"
                " decimals and no thousands separator."
            ).format(text=text.strip())
        )
    return check_cents(int(Decimal(typed.replace(",", ".")) * 100))


def cost_of(cents: int | None, period: str | None) -> Cost | None:
    """The estimate a record holds: both parts or neither, each valid; one sentence otherwise."""
    if cents is None and period is None:
        return None
    if cents is None or period is None:
        raise CostError(_("Give a cost together with its period (month, year or once)."))
    return Cost(check_cents(cents), cost_period(period))
