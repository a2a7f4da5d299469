"""A hand-computed example of estimated costs per year, for every place that shows them.

Yearly totals in cents, by the method of advocaat.signals.cost (month × 12, year × 1, once × 1,
each times the people affected); a withdrawn signal never counts:

====  ==========  =========================  ======  ===============  =================
 no.  where       themes                     people  estimate         per year (cents)
====  ==========  =========================  ======  ===============  =================
 1    Zwolle      vervoer, regiotaxi         3       € 25 a month     25 00 × 12 × 3 = 90,000
 2    Zwolle      vervoer                    2       € 300 a year     300 00 × 2 = 60,000
 3    Zwolle      parkeerkaart               1       none             —
 4    Utrecht     vervoer                    4       € 120 once       120 00 × 4 = 48,000
 5    Utrecht     hulpmiddelen (withdrawn)   1       € 500 a month    not counted
 6    Amsterdam   hulpmiddelen               2       none             —
 7    Amsterdam   hulpmiddelen               1       € 0.99 a year    99
====  ==========  =========================  ======  ===============  =================
"""

from __future__ import annotations

from datetime import date

from advocaat.signals.cost import Cost, CostPeriod

ZWOLLE, UTRECHT, AMSTERDAM = ("GM0193", "Zwolle"), ("GM0344", "Utrecht"), ("GM0363", "Amsterdam")

SIGNALS: list[tuple[str, tuple[str, str], tuple[str, ...], int, Cost | None, bool]] = [
    ("1", ZWOLLE, ("vervoer", "regiotaxi"), 3, Cost(2500, CostPeriod.MONTH), False),
    ("2", ZWOLLE, ("vervoer",), 2, Cost(30000, CostPeriod.YEAR), False),
    ("3", ZWOLLE, ("parkeerkaart",), 1, None, False),
    ("4", UTRECHT, ("vervoer",), 4, Cost(12000, CostPeriod.ONCE), False),
    ("5", UTRECHT, ("hulpmiddelen",), 1, Cost(50000, CostPeriod.MONTH), True),
    ("6", AMSTERDAM, ("hulpmiddelen",), 2, None, False),
    ("7", AMSTERDAM, ("hulpmiddelen",), 1, Cost(99, CostPeriod.YEAR), False),
]
"""(number, municipality, themes, people, estimate, withdrawn)"""

DAY = date(2026, 10, 1)

PER_MUNICIPALITY = [
    # label, signals, yearly cents, signals with an estimate
    ("Zwolle", 3, 150_000, 2),
    ("Amsterdam", 2, 99, 1),
    ("Utrecht", 1, 48_000, 1),
]
PER_THEME = [
    ("vervoer", 3, 198_000, 3),
    ("hulpmiddelen", 2, 99, 1),
    ("parkeerkaart", 1, 0, 0),
    ("regiotaxi", 1, 90_000, 1),
]
TEXTS_EN = {
    "Zwolle": "€1,500 per year, estimated from 2 of 3 signals",
    "Amsterdam": "€1 per year, estimated from 1 of 2 signals",
    "Utrecht": "€480 per year, estimated from 1 of 1 signal",
    "vervoer": "€1,980 per year, estimated from 3 of 3 signals",
    "hulpmiddelen": "€1 per year, estimated from 1 of 2 signals",
    "parkeerkaart": "no estimate",
    "regiotaxi": "€900 per year, estimated from 1 of 1 signal",
}
"""What each total reads as, in English (whole euros)."""
