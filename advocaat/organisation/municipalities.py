"""The reference list of Dutch municipalities (gemeenten), with their CBS codes and provinces.

The list ships in ``resources/reference/gemeenten.csv``; a newer list (after municipal mergers) can
be read with the same :func:`parse_municipalities` and applied with :func:`sync_municipalities`.
A municipality that disappears from the list is kept, marked inactive, so that contacts and signals
that point at it keep their link.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.core.text import fold
from advocaat.db.models import Municipality
from advocaat.errors import UserFacingError
from advocaat.i18n import _

MAX_LIST_BYTES = 1_000_000
"""Far more than the ~350 rows of a real list; anything larger is not a municipality list."""
COLUMNS = ("cbs_code", "name", "province", "safety_region", "aliases")
_CBS_CODE = re.compile(r"GM\d{4}")
_SAFETY_REGION = re.compile(r"VR\d{2}")


class MunicipalityListError(UserFacingError):
    """A municipality list that cannot be used; nothing of it is applied."""


@dataclass(frozen=True)
class MunicipalityRecord:
    cbs_code: str
    name: str
    province: str
    safety_region: str
    aliases: tuple[str, ...] = ()


def parse_municipalities(data: bytes) -> list[MunicipalityRecord]:
    """Read a municipality list (UTF-8 CSV with the columns of :data:`COLUMNS`)."""
    if len(data) > MAX_LIST_BYTES:
        raise MunicipalityListError(_("The municipality list is too large to be a real one."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MunicipalityListError(_("The municipality list is not a UTF-8 text file.")) from error
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        if reader.fieldnames is None or tuple(reader.fieldnames[: len(COLUMNS)]) != COLUMNS:
            raise MunicipalityListError(
                _("The municipality list must start with the columns {columns}.").format(
                    columns=", ".join(COLUMNS)
                )
            )
        records = [_record(row, reader.line_num) for row in reader]
    except csv.Error as error:
        raise MunicipalityListError(
            _("The municipality list is not valid CSV (line {line}).").format(line=reader.line_num)
        ) from error
    if not records:
        raise MunicipalityListError(_("The municipality list is empty."))
    codes = [record.cbs_code for record in records]
    if len(set(codes)) != len(codes):
        raise MunicipalityListError(_("The municipality list names a CBS code twice."))
    return records


def _record(row: dict[str, str | None], line: int) -> MunicipalityRecord:
    values = {column: (row.get(column) or "").strip() for column in COLUMNS}
    if not _CBS_CODE.fullmatch(values["cbs_code"]) or not values["name"]:
        raise MunicipalityListError(
            _("Line {line} of the municipality list has no valid CBS code or name.").format(
                line=line
            )
        )
    if not _SAFETY_REGION.fullmatch(values["safety_region"]) or not values["province"]:
        raise MunicipalityListError(
            _("Line {line} of the municipality list has no valid province or region.").format(
                line=line
            )
        )
    aliases = tuple(alias.strip() for alias in values["aliases"].split(";") if alias.strip())
    return MunicipalityRecord(
        values["cbs_code"], values["name"], values["province"], values["safety_region"], aliases
    )


def bundled_municipalities() -> list[MunicipalityRecord]:
    """The list shipped with this version of the app."""
    resource = resources.files("advocaat.resources") / "reference" / "gemeenten.csv"
    return parse_municipalities(resource.read_bytes())


def sync_municipalities(session: Session, records: Iterable[MunicipalityRecord]) -> int:
    """Make the table match ``records``; returns how many rows were added or changed."""
    existing = {m.cbs_code: m for m in session.scalars(select(Municipality))}
    changed = 0
    seen: set[str] = set()
    for record in records:
        seen.add(record.cbs_code)
        aliases = ";".join(record.aliases)
        row = existing.get(record.cbs_code)
        if row is None:
            session.add(
                Municipality(
                    cbs_code=record.cbs_code,
                    name=record.name,
                    province=record.province,
                    safety_region=record.safety_region,
                    aliases=aliases,
                    active=True,
                )
            )
            changed += 1
            continue
        new_values = (record.name, record.province, record.safety_region, aliases, True)
        if (row.name, row.province, row.safety_region, row.aliases, row.active) != new_values:
            row.name, row.province, row.safety_region, row.aliases, row.active = new_values
            changed += 1
    for code, row in existing.items():
        if code not in seen and row.active:
            row.active = False
            changed += 1
    return changed


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
