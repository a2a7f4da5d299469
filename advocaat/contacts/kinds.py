"""The fixed lists of the contact book, with the labels a Dutch volunteer would use."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from advocaat.i18n import N_, _


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    SOCIAL_TEAM = "social_team"
    CARE_PROVIDER = "care_provider"
    HEALTH_INSURER = "health_insurer"
    PATIENT_ORGANISATION = "patient_organisation"
    CLIENT_COUNCIL = "client_council"
    ADVISORY_COUNCIL = "advisory_council"
    EXPERTISE_CENTRE = "expertise_centre"
    WELFARE = "welfare"
    POLITICAL_PARTY = "political_party"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_ORGANISATION_LABELS[self])


_ORGANISATION_LABELS = {
    OrganisationKind.MUNICIPALITY: N_("Municipality"),
    OrganisationKind.SOCIAL_TEAM: N_("Neighbourhood or social team"),
    OrganisationKind.CARE_PROVIDER: N_("Care provider"),
    OrganisationKind.HEALTH_INSURER: N_("Health insurer"),
    OrganisationKind.PATIENT_ORGANISATION: N_("Patient or client organisation"),
    OrganisationKind.CLIENT_COUNCIL: N_("Client council"),
    OrganisationKind.ADVISORY_COUNCIL: N_("Wmo council or social domain advisory council"),
    OrganisationKind.EXPERTISE_CENTRE: N_("Expertise centre"),
    OrganisationKind.WELFARE: N_("Welfare organisation"),
    OrganisationKind.POLITICAL_PARTY: N_("Political party or council group"),
    OrganisationKind.OTHER: N_("Other"),
}


class MomentChannel(StrEnum):
    """How a contact moment took place."""

    CONVERSATION = "conversation"
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"
    WMO_COUNCIL = "wmo_council"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_CHANNEL_LABELS[self])


_CHANNEL_LABELS = {
    MomentChannel.CONVERSATION: N_("Conversation"),
    MomentChannel.PHONE: N_("Phone call"),
    MomentChannel.EMAIL: N_("E-mail"),
    MomentChannel.LETTER: N_("Letter"),
    MomentChannel.MEETING: N_("Meeting"),
    MomentChannel.WMO_COUNCIL: N_("Wmo council meeting"),
    MomentChannel.OTHER: N_("Other"),
}

ROLE_SUGGESTIONS = (
    N_("alderman (wethouder)"),
    N_("council member (raadslid)"),
    N_("policy officer"),
    N_("Wmo consultant"),
    N_("district nurse"),
    N_("client supporter"),
    N_("director"),
    N_("team leader"),
    N_("secretary"),
    N_("chair"),
)

ATTITUDE_LABELS = {
    -2: N_("against"),
    -1: N_("rather against"),
    0: N_("neutral"),
    1: N_("rather in favour"),
    2: N_("in favour"),
}


class ContactType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class ContactRef(NamedTuple):
    """A person or organisation; ``type`` equals a :class:`ContactType` value."""

    type: str
    id: int

    @property
    def key(self) -> str:
        """The reference as plain text, for a GUI item's data (Qt keeps strings as they are)."""
        return f"{self.type}:{self.id}"

    @classmethod
    def from_key(cls, key: str) -> ContactRef:
        kind, _sep, number = key.partition(":")
        return cls(kind, int(number))


class FileFormat(StrEnum):
    """The files the contact book is imported from and exported to."""

    VCARD = "vcf"
    CSV = "csv"
