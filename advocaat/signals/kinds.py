"""The fixed lists of a signal (law, source, status, urgency), with their labels.

Apart from the service, so the command line can offer them without loading the database layer.
"""

from __future__ import annotations

from enum import StrEnum

from advocaat.i18n import N_, _


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _(LABELS[self])


class Law(_Labelled):
    WMO = "wmo"
    ZVW = "zvw"
    WLZ = "wlz"
    YOUTH = "jeugdwet"
    PARTICIPATION = "participatiewet"
    OTHER = "other"


class Source(_Labelled):
    PEER_CONTACT = "peer_contact"
    CAFE = "cafe"
    PHONE = "phone"
    EMAIL = "email"
    PANEL = "panel"
    KITCHEN_TABLE = "kitchen_table"
    MEETING = "meeting"


class Status(_Labelled):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    FORWARDED = "forwarded"
    TAKEN_UP = "taken_up"
    CLOSED = "closed"


class Urgency(_Labelled):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


LABELS: dict[StrEnum, str] = {
    Law.WMO: N_("Wmo"),
    Law.ZVW: N_("Zvw (health insurance)"),
    Law.WLZ: N_("Wlz (long-term care)"),
    Law.YOUTH: N_("Jeugdwet (youth care)"),
    Law.PARTICIPATION: N_("Participatiewet (work and income)"),
    Law.OTHER: N_("other"),
    Source.PEER_CONTACT: N_("peer contact"),
    Source.CAFE: N_("café"),
    Source.PHONE: N_("phone"),
    Source.EMAIL: N_("e-mail"),
    Source.PANEL: N_("panel"),
    Source.KITCHEN_TABLE: N_("keukentafelgesprek"),
    Source.MEETING: N_("meeting"),
    Status.NEW: N_("new"),
    Status.IN_PROGRESS: N_("in progress"),
    Status.FORWARDED: N_("sent to the national office"),
    Status.TAKEN_UP: N_("taken up"),
    Status.CLOSED: N_("closed"),
    Urgency.LOW: N_("low"),
    Urgency.NORMAL: N_("normal"),
    Urgency.HIGH: N_("high"),
}
