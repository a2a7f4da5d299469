"""A newer municipality list for tests: the shipped one with Zwolle merged into a fictional
municipality (GM9901 is no CBS code)."""

from __future__ import annotations

from datetime import date

from advocaat.organisation.municipalities import (
    MunicipalityList,
    MunicipalityRecord,
    bundled_list,
)

NEW_CODE = "GM9901"


def newer_list(day: date, merged: str = "GM0193") -> MunicipalityList:
    """The shipped list dated ``day``, with ``merged`` merged into Nieuw-Zwolle that day."""
    records = [
        MunicipalityRecord(
            r.cbs_code, r.name, r.province, r.safety_region, r.aliases, day, NEW_CODE
        )
        if r.cbs_code == merged
        else r
        for r in bundled_list().records
    ]
    fictional = MunicipalityRecord(NEW_CODE, "Nieuw-Zwolle", "Overijssel", "VR04")
    return MunicipalityList(day, (*records, fictional), "test")
