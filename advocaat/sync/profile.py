"""The organisation profile: what the national office sends every volunteer once (and updates).

The file (``.advocaat-profiel``) is a ZIP with two members: ``profile.json`` and its minisign
signature ``profile.json.minisig``, so the standard tool checks it too::

    unzip organisatie.advocaat-profiel && minisign -Vm profile.json -P <office signing key>

It holds the organisation's name, the office's contact details, its age recipient (export files
are encrypted to it) and signing key, the theme list and checklist templates. The first import
trusts the signing key inside the file (the volunteer got it from the office itself); every
later update must be signed by that same key, or by a key it endorsed.

After the office made new keys (``advocaat office rotate-keys``) its profiles carry
``endorsements``: oldest first, each ``{"statement": TEXT, "signature": MINISIG}``, a statement
naming the new signing key and recipient (:mod:`advocaat.sync.endorsement`) signed by the key
before it. A volunteer who trusts any key in that chain follows without a question; a profile
signed by a key no chain leads to is refused with its key id, and taken only when the volunteer
says so explicitly (after checking the id with the office). Check one endorsement by hand::

    jq -j '.endorsements[0].statement' profile.json > statement.txt
    jq -j '.endorsements[0].signature' profile.json > statement.txt.minisig
    minisign -Vm statement.txt -P <the previous signing key, as the statement names it>
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

import pyrage
from sqlalchemy.orm import Session

from advocaat.core.schemas import SchemaError, load_json, stripped, validate
from advocaat.db.models import Setting
from advocaat.errors import UserFacingError
from advocaat.examples.service import SharedExample, shared_record
from advocaat.i18n import _
from advocaat.organisation.municipalities import (
    MunicipalityList,
    MunicipalityListError,
    municipality_list_document,
    municipality_list_from_document,
    take_municipality_list,
)
from advocaat.questionnaires.questionnaire import (
    Questionnaire,
    questionnaire_from_document,
    questionnaire_to_document,
)
from advocaat.questionnaires.store import store_questionnaire
from advocaat.sync.endorsement import Endorsement, follows, replaced_keys
from advocaat.sync.office_keys import OfficeKeys
from advocaat.sync.signed_zip import key_id, pack, signing_key_in, unpack
from advocaat.visits.template_store import take_office_template
from advocaat.visits.templates import (
    ChecklistTemplate,
    field_name,
    template_from_document,
    template_to_json,
)

FORMAT = 1
SCHEMA = "profile"
"""``profile.json`` follows resources/schemas/profile-<FORMAT>.schema.json."""
EXTENSION = ".advocaat-profiel"
PROFILE_MEMBER = "profile.json"
MAX_PROFILE_BYTES = 5_000_000
MAX_MEMBER_BYTES = 2_000_000
MAX_VALUES = 200_000
KEPT_EXACTLY = ("endorsements", "story")
"""Signed texts: taken as they are, every other text is stripped."""


class ProfileError(UserFacingError):
    """A profile that cannot be used; nothing of it is taken over."""


class UnknownOfficeKeyError(ProfileError):
    """A sound profile signed by a key that no endorsement links to the trusted one."""

    def __init__(self, signing_key: str) -> None:
        self.key_id = key_id(signing_key)
        super().__init__(
            _(
                "This profile is signed by an office key you do not know (key id {key}): compare"
                " that id with your national office by phone, and if it is theirs import the"
                " profile with: advocaat profile import --trust-new-office-key FILE"
            ).format(key=self.key_id)
        )


@dataclass(frozen=True)
class OrganisationProfile:
    organisation: str
    office_name: str
    office_email: str
    office_phone: str
    recipient: str
    signing_key: str
    themes: tuple[str, ...] = ()
    templates: tuple[ChecklistTemplate, ...] = field(default_factory=tuple)
    created_at: str = ""
    endorsements: tuple[Endorsement, ...] = ()
    """How the office's earlier keys vouch for this one, oldest first (read; the office's own
    are written from its keys)."""
    municipalities: MunicipalityList | None = None
    """The office's municipality list, taken by a volunteer when newer than the one in use."""
    questionnaires: tuple[Questionnaire, ...] = ()
    """The office's questionnaires for members, which volunteers answer."""
    examples: tuple[SharedExample, ...] = ()
    """The good examples the office selected to share: where, what and with whom, never who
    sent them."""


def _example(item: dict[str, Any]) -> SharedExample:
    return SharedExample(
        municipality_code=item.get("municipality") or "",
        municipality_name=item["municipality_name"],
        strategy=item["strategy"],
        title=item["title"],
        story=item["story"],
        partners=item["partners"],
        happened_on=date.fromisoformat(item["date"]),
    )


def _document(profile: OrganisationProfile, keys: OfficeKeys) -> dict[str, object]:
    endorsements = {"endorsements": [e.to_json() for e in keys.endorsements]}
    questionnaires = {
        "questionnaires": [questionnaire_to_document(q) for q in profile.questionnaires]
    }
    examples = {"examples": [shared_record(example) for example in profile.examples]}
    return (
        {
            "format": FORMAT,
            "organisation": profile.organisation,
            "office": {
                "name": profile.office_name,
                "email": profile.office_email,
                "phone": profile.office_phone,
            },
            "recipient": profile.recipient,
            "signing_key": profile.signing_key,
            "themes": list(profile.themes),
            "templates": [json.loads(template_to_json(t)) for t in profile.templates],
            "created_at": profile.created_at
            or datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        | (endorsements if keys.endorsements else {})
        | _municipalities_member(profile)
        | (questionnaires if profile.questionnaires else {})
        | (examples if profile.examples else {})
    )


def _municipalities_member(profile: OrganisationProfile) -> dict[str, object]:
    if profile.municipalities is None:
        return {}
    return {"municipalities": municipality_list_document(profile.municipalities)}


def write_profile(profile: OrganisationProfile, keys: OfficeKeys) -> bytes:
    """The signed profile file, made by the office with its own keys and their endorsements."""
    if (profile.recipient, profile.signing_key) != (keys.public.recipient, keys.public.signing_key):
        raise ProfileError(_("The profile must carry the keys of this office."))
    body = (json.dumps(_document(profile, keys), ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )
    return pack(PROFILE_MEMBER, body, keys.signing, f"Advocaat profile of {profile.organisation}")


def _members(data: bytes) -> tuple[bytes, bytes]:
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileError(_("The profile file is too large."))
    return unpack(
        data,
        PROFILE_MEMBER,
        MAX_MEMBER_BYTES,
        not_ours=_not_a_profile,
        damaged=_not_a_profile,
        too_large=lambda: ProfileError(_("The profile file is too large.")),
    )


def _not_a_profile() -> ProfileError:
    return ProfileError(_("This is not an organisation profile of Advocaat."))


def _checked(document: object) -> dict[str, Any]:
    """The document validated against its schema and stripped, its templates read."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProfileError(_("The profile has a format this app does not know."))
    try:
        validate(document, SCHEMA, FORMAT)
        checked = cast(dict[str, Any], stripped(document, KEPT_EXACTLY))
        checked["templates"] = [
            template_from_document(template, f"templates[{index}]")
            for index, template in enumerate(checked.get("templates") or [])
        ]
        checked["questionnaires"] = [
            questionnaire_from_document(item) for item in checked.get("questionnaires") or []
        ]
    except SchemaError as error:
        raise ProfileError(
            _("The profile is incomplete or damaged (at {field}).").format(field=error.where)
            if not error.where.startswith("templates")
            else _(
                "A checklist template in the profile has an empty, too long or invalid {what}."
            ).format(what=field_name(error))
        ) from error
    return checked


def read_profile(data: bytes) -> OrganisationProfile:
    """Check and read a profile file signed by the key it names (whether that key is trusted is
    :func:`import_profile`'s question).

    The signature is checked before the JSON is decoded (the key that signed it is found in
    the raw document, then confirmed in its place once decoded).
    """
    body, signature = _members(data)
    signing_key = signing_key_in(body, "signing_key", signature)
    if signing_key is None:
        raise ProfileError(
            _("The signature of the profile does not match: it was changed or damaged.")
        )
    document = load_json(
        body,
        max_bytes=MAX_MEMBER_BYTES,
        max_values=MAX_VALUES,
        refuse=lambda: ProfileError(_("The profile is damaged.")),
    )
    checked = _checked(document)
    if checked["signing_key"] != signing_key:
        raise ProfileError(
            _("The signature of the profile does not match: it was changed or damaged.")
        )
    try:
        pyrage.x25519.Recipient.from_str(checked["recipient"])
    except pyrage.RecipientError as error:
        raise ProfileError(_("The profile has no valid encryption key of the office.")) from error
    office = checked["office"]
    return OrganisationProfile(
        organisation=checked["organisation"],
        office_name=office["name"],
        office_email=office["email"],
        office_phone=office["phone"],
        recipient=checked["recipient"],
        signing_key=signing_key,
        themes=tuple(dict.fromkeys(theme for theme in checked.get("themes") or [] if theme)),
        templates=tuple(checked["templates"]),
        created_at=checked["created_at"],
        endorsements=tuple(
            Endorsement(item["statement"], item["signature"])
            for item in checked.get("endorsements") or []
        ),
        municipalities=_municipality_list(checked.get("municipalities")),
        questionnaires=tuple(checked["questionnaires"]),
        examples=tuple(_example(item) for item in checked.get("examples") or []),
    )


def _municipality_list(document: object) -> MunicipalityList | None:
    if document is None:
        return None
    try:
        return municipality_list_from_document(document)
    except MunicipalityListError as error:
        raise ProfileError(error.message) from error


PROFILE_SETTING = "organisation_profile"


_last_checked: dict[str, OrganisationProfile] = {}
"""The stored profile last checked, by its stored text: it is checked again only when it changes
(each use case asks for it, and checking a signed profile of megabytes is not free)."""


def _remember(encoded: str, profile: OrganisationProfile) -> OrganisationProfile:
    _last_checked.clear()
    _last_checked[encoded] = profile
    return profile


def stored_profile(session: Session) -> OrganisationProfile | None:
    """The profile imported earlier, or ``None``; checked again whenever the stored text
    differs from the one checked last."""
    row = session.get(Setting, PROFILE_SETTING)
    if row is None:
        return None
    known = _last_checked.get(row.value)
    return known or _remember(row.value, read_profile(base64.b64decode(row.value)))


def _check_trusted(
    profile: OrganisationProfile, current: OrganisationProfile | None, trust_new_key: bool
) -> None:
    """Refuse an update signed by a key the volunteer's profile does not lead to: one the
    office replaced since, or (unless the volunteer trusts it explicitly) an unknown one."""
    if current is None or profile.signing_key == current.signing_key:
        return
    if profile.signing_key in replaced_keys(current.endorsements, current.signing_key):
        raise ProfileError(
            _(
                "This profile is signed by an office key your office has replaced since; import"
                " the office's newest profile instead."
            )
        )
    trusted = current.signing_key
    if not trust_new_key and not follows(
        profile.endorsements, trusted, profile.signing_key, profile.recipient
    ):
        raise UnknownOfficeKeyError(profile.signing_key)


def import_profile(
    session: Session, data: bytes, *, trust_new_key: bool = False
) -> OrganisationProfile:
    """Take over a profile, its checklist templates and its municipality list (when newer than
    the one in use); an update must come from the trusted
    office key or one it endorsed (or one the volunteer chose to trust after checking its id).
    All or nothing (the caller's unit of work)."""
    current = stored_profile(session)
    profile = read_profile(data)
    _check_trusted(profile, current, trust_new_key)
    for template in profile.templates:
        take_office_template(session, template)
    if profile.municipalities is not None:
        take_municipality_list(session, profile.municipalities)
    for questionnaire in profile.questionnaires:
        store_questionnaire(session, questionnaire)
    row = session.get(Setting, PROFILE_SETTING)
    encoded = base64.b64encode(data).decode("ascii")
    if row is None:
        session.add(Setting(key=PROFILE_SETTING, value=encoded))
    else:
        row.value = encoded
    return _remember(encoded, profile)
