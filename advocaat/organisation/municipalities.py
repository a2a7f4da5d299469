"""The reference list of Dutch municipalities (gemeenten), with their CBS codes and provinces.

A list is the CBS classification of one date (``date``) plus the municipalities merged away
before it (gemeentelijke herindeling), each with the day of its merger and its successor. The
app ships one (``resources/reference/gemeenten.json``); the national office ships its own in the
organisation profile. A list is taken only when it is newer than the one in use, and nothing is
ever deleted: a municipality that ended stays, inactive and pointing at its successor, so that
contacts, visits and signals keep their link; reports count it under :func:`successor_of`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.core.schemas import SchemaError, load_json, stripped, validate
from advocaat.core.text import fold
from advocaat.db.models import Municipality, Setting
from advocaat.errors import UserFacingError
from advocaat.i18n import _

MAX_LIST_BYTES = 1_000_000
"""Far more than the ~360 entries of a real list; anything larger is not a municipality list."""
MAX_VALUES = 50_000
SCHEMA = "municipalities"
"""A list follows resources/schemas/municipalities-1.schema.json."""
FORMAT = 1
LIST_SETTING = "municipality_list"
"""The list in use, as its document: its date decides whether another list is newer."""
_CBS_CODE = re.compile(r"GM\d{4}")


class MunicipalityListError(UserFacingError):
    """A municipality list that cannot be used; nothing of it is applied."""


@dataclass(frozen=True)
class MunicipalityRecord:
    cbs_code: str
    name: str
    province: str
    safety_region: str
    aliases: tuple[str, ...] = ()
    ended_on: date | None = None
    """The day it was merged away (the first day it no longer exists); ``None``: current."""
    successor: str | None = None
    """The CBS code of the municipality it was merged into."""


@dataclass(frozen=True)
class MunicipalityList:
    dated: date
    """The day the CBS classification the list follows took effect."""
    records: tuple[MunicipalityRecord, ...]
    source: str = ""

    @property
    def current_count(self) -> int:
        return sum(1 for record in self.records if record.ended_on is None)


def _refused() -> MunicipalityListError:
    return MunicipalityListError(_("The municipality list is damaged or not a municipality list."))


def read_municipality_list(data: bytes) -> MunicipalityList:
    """Read a municipality list file (JSON, see :data:`SCHEMA`) within :data:`MAX_LIST_BYTES`."""
    if len(data) > MAX_LIST_BYTES:
        raise MunicipalityListError(_("The municipality list is too large to be a real one."))
    document = load_json(data, max_bytes=MAX_LIST_BYTES, max_values=MAX_VALUES, refuse=_refused)
    return municipality_list_from_document(document)


def municipality_list_from_document(document: object) -> MunicipalityList:
    """The list a decoded document holds, checked against its schema and for what a schema
    cannot say: codes named once, every successor in the list, no merger into itself."""
    try:
        validate(document, SCHEMA, FORMAT)
    except SchemaError as error:
        raise MunicipalityListError(
            _("The municipality list is incomplete or damaged (at {field}).").format(
                field=error.where
            )
        ) from error
    checked: dict[str, Any] = stripped(document)
    records = tuple(_record(entry) for entry in checked["municipalities"])
    municipalities = MunicipalityList(
        date.fromisoformat(checked["date"]), records, checked.get("source") or ""
    )
    _check_history(municipalities)
    return municipalities


def _record(entry: dict[str, Any]) -> MunicipalityRecord:
    ended = entry.get("ended_on")
    return MunicipalityRecord(
        cbs_code=entry["cbs_code"],
        name=entry["name"],
        province=entry["province"],
        safety_region=entry["safety_region"],
        aliases=tuple(entry.get("aliases") or ()),
        ended_on=date.fromisoformat(ended) if ended else None,
        successor=entry.get("successor"),
    )


def _check_history(municipalities: MunicipalityList) -> None:
    codes = [record.cbs_code for record in municipalities.records]
    if len(set(codes)) != len(codes):
        raise MunicipalityListError(_("The municipality list names a CBS code twice."))
    current = {r.cbs_code for r in municipalities.records if r.ended_on is None}
    if not current:
        raise MunicipalityListError(_("The municipality list has no current municipality."))
    successors = {
        r.cbs_code: r.successor for r in municipalities.records if r.successor is not None
    }
    for record in municipalities.records:
        if record.ended_on is not None and record.ended_on > municipalities.dated:
            raise MunicipalityListError(
                _("{name} ends after the date of the municipality list.").format(name=record.name)
            )
        if (
            record.successor is not None
            and successor_of(record.cbs_code, successors) not in current
        ):
            raise MunicipalityListError(
                _("The successor of {name} is not a current municipality of the list.").format(
                    name=record.name
                )
            )


def successor_of(code: str, successors: Mapping[str, str]) -> str:
    """The municipality ``code`` counts under now: itself, or the end of its chain of
    successors (one merged into one that merged again later). The one place reports map a
    municipality through; ``successors`` comes from :func:`successors_in_use`."""
    seen = {code}
    while (following := successors.get(code)) is not None and following not in seen:
        seen.add(following)
        code = following
    return code


def successors_in_use(session: Session) -> dict[str, str]:
    """Each merged municipality's direct successor, by CBS code."""
    query = select(Municipality.cbs_code, Municipality.merged_into).where(
        Municipality.merged_into.is_not(None)
    )
    return {code: successor for code, successor in session.execute(query) if successor}


def municipality_list_document(municipalities: MunicipalityList) -> dict[str, object]:
    """The list as its JSON document (:data:`SCHEMA`), as the profile and the setting hold it."""
    document: dict[str, object] = {
        "format": FORMAT,
        "date": municipalities.dated.isoformat(),
        "source": municipalities.source,
        "municipalities": [_entry(record) for record in municipalities.records],
    }
    return document


def _entry(record: MunicipalityRecord) -> dict[str, object]:
    entry: dict[str, object] = {
        "cbs_code": record.cbs_code,
        "name": record.name,
        "province": record.province,
        "safety_region": record.safety_region,
    }
    if record.aliases:
        entry["aliases"] = list(record.aliases)
    if record.ended_on is not None:
        entry |= {"ended_on": record.ended_on.isoformat(), "successor": record.successor}
    return entry


def _bundled_bytes() -> bytes:
    return (resources.files("advocaat.resources") / "reference" / "gemeenten.json").read_bytes()


def bundled_list() -> MunicipalityList:
    """The list shipped with this version of the app."""
    return read_municipality_list(_bundled_bytes())


def bundled_municipalities() -> list[MunicipalityRecord]:
    """Every municipality of the shipped list, the merged ones included."""
    return list(bundled_list().records)


def sync_municipalities(session: Session, records: Iterable[MunicipalityRecord]) -> int:
    """Make the table match ``records``; returns how many rows were added or changed.

    Nothing is deleted: a municipality the records leave out is only made inactive (contacts,
    visits and signals may point at it).
    """
    existing = {m.cbs_code: m for m in session.scalars(select(Municipality))}
    changed: set[str] = set()
    listed = list(records)
    for record in listed:
        values = (
            record.name,
            record.province,
            record.safety_region,
            ";".join(record.aliases),
            record.ended_on is None,
        )
        row = existing.get(record.cbs_code)
        if row is None:
            row = Municipality(cbs_code=record.cbs_code, merged_into=None)
            session.add(row)
            existing[record.cbs_code] = row
        if (row.name, row.province, row.safety_region, row.aliases, row.active) != values:
            row.name, row.province, row.safety_region, row.aliases, row.active = values
            changed.add(record.cbs_code)
    session.flush()  # every successor exists before anything points at it
    for record in listed:
        row = existing[record.cbs_code]
        if row.merged_into != record.successor:
            row.merged_into = record.successor
            changed.add(record.cbs_code)
    seen = {record.cbs_code for record in listed}
    for code, row in existing.items():
        if code not in seen and row.active:
            row.active = False
            changed.add(code)
    return len(changed)


def list_in_use(session: Session) -> MunicipalityList | None:
    """The list the table follows now; ``None`` before the first one was taken."""
    row = session.get(Setting, LIST_SETTING)
    if row is None:
        return None
    return municipality_list_from_document(json.loads(row.value))


def _in_use_date(session: Session) -> date | None:
    row = session.get(Setting, LIST_SETTING)
    return None if row is None else date.fromisoformat(json.loads(row.value)["date"])


def take_bundled_list(session: Session) -> bool:
    """At every start: the shipped list is read and checked only when it is newer than the one
    in use, which is seldom (the check loads jsonschema, which a start does without)."""
    data = _bundled_bytes()
    in_use = _in_use_date(session)
    if in_use is not None and date.fromisoformat(json.loads(data)["date"]) <= in_use:
        return False
    return take_municipality_list(session, read_municipality_list(data))


def take_municipality_list(session: Session, municipalities: MunicipalityList) -> bool:
    """Bring the table to ``municipalities`` when that list is newer than the one in use (an
    older list or one of the same date changes nothing); whether it was taken. All within the
    caller's unit of work."""
    in_use = _in_use_date(session)
    if in_use is not None and municipalities.dated <= in_use:
        return False
    row = session.get(Setting, LIST_SETTING)
    sync_municipalities(session, municipalities.records)
    text = json.dumps(municipality_list_document(municipalities), ensure_ascii=False)
    if row is None:
        session.add(Setting(key=LIST_SETTING, value=text))
    else:
        row.value = text
    return True


def active_municipalities(session: Session) -> list[Municipality]:
    """All current municipalities, sorted by name as a Dutch reader expects."""
    rows = session.scalars(select(Municipality).where(Municipality.active)).all()
    return sorted(rows, key=lambda m: fold(m.name.lstrip("'")))


class MunicipalityLookupError(UserFacingError):
    """A typed municipality name that does not point at exactly one municipality."""


class UnknownMunicipalityError(MunicipalityLookupError):
    def __init__(self, name: str) -> None:
        super().__init__(_("{name} is not a Dutch municipality.").format(name=name))


class AmbiguousMunicipalityError(MunicipalityLookupError):
    """Several municipalities answer to the name; the user picks one, the app never does."""

    def __init__(self, name: str, choices: list[Municipality]) -> None:
        names = sorted((m.name for m in choices), key=fold)
        listed = _("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])
        super().__init__(_("{name} is ambiguous: {choices}?").format(name=name, choices=listed))
        self.choices = choices


_SUFFIX = re.compile(r"^(?P<base>.+?)\s*\((?P<suffix>[^()]*)\)$")


def name_key(text: str) -> str:
    """What a typed name is compared by: folded, brackets, dots and commas read as spaces."""
    return " ".join(re.sub(r"[().,]", " ", fold(text)).split())


def common_names(municipality: Municipality) -> list[str]:
    """The names people use besides the official one.

    The name without the province suffix CBS adds ("Hengelo" for "Hengelo (O.)"), or before a
    comma ("Nuenen" for "Nuenen, Gerwen en Nederwetten"); that short name with the province
    ("Bergen Limburg"); and the aliases of the reference list ("Den Haag").
    """
    names = [alias for alias in municipality.aliases.split(";") if alias.strip()]
    official = municipality.name
    suffixed = _SUFFIX.match(official)
    if suffixed:
        base = suffixed["base"]
        names += [base, f"{base} {municipality.province}"]
    elif "," in official:
        base = official.split(",", 1)[0]
        names += [base, f"{base} {municipality.province}"]
    return names


def search_text(municipality: Municipality) -> str:
    """Every name of the municipality and its province, for filtering on what is typed."""
    names = [municipality.name, *common_names(municipality), municipality.province]
    return " | ".join(name_key(name) for name in names)


def resolve_municipality(session: Session, name_or_code: str) -> Municipality:
    """The one municipality meant by a CBS code, the official name or a name people use.

    An official name wins over a common name; among common names a current municipality wins
    over a merged one. A name that still fits several is refused with the choices.
    """
    wanted = name_or_code.strip()
    if _CBS_CODE.fullmatch(wanted.upper()):
        found = session.get(Municipality, wanted.upper())
        if found is None:
            raise UnknownMunicipalityError(wanted)
        return found
    key = name_key(wanted)
    rows = sorted(session.scalars(select(Municipality)), key=lambda m: not m.active)
    official = [m for m in rows if name_key(m.name) == key]
    if official:
        return official[0]
    common = [m for m in rows if key in {name_key(name) for name in common_names(m)}]
    current = [m for m in common if m.active] or common
    if len(current) > 1:
        raise AmbiguousMunicipalityError(wanted, current)
    if not current:
        raise UnknownMunicipalityError(wanted)
    return current[0]


def find_municipality(session: Session, name_or_code: str) -> Municipality | None:
    """Like :func:`resolve_municipality`, but ``None`` for an unknown or ambiguous name."""
    try:
        return resolve_municipality(session, name_or_code)
    except MunicipalityLookupError:
        return None
