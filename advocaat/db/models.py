"""SQLAlchemy 2 models of the tables this version of the app knows.

Every change to these models comes with an Alembic migration in ``advocaat/db/migrations/versions``;
a test compares the migrated schema with these models so the two never drift apart.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import ForeignKey, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints, so that later migrations can alter them (SQLite needs batch mode and names).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The table of a model: every model here is declared on one, which the ORM types only as
    a FROM clause."""
    return cast(Table, model.__table__)


class Municipality(Base):
    """A Dutch municipality (gemeente) from the CBS reference list.

    Contacts, signals and visits point at ``cbs_code``. When municipalities merge, the old row stays
    (``active`` false, ``merged_into`` set) so that nothing that pointed at it loses its link.
    """

    __tablename__ = "municipality"

    cbs_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    province: Mapped[str] = mapped_column(String(40))
    safety_region: Mapped[str] = mapped_column(String(4))
    aliases: Mapped[str] = mapped_column(Text, default="")
    """Other names people use, separated by ``;`` (``Den Haag``, ``Den Bosch``)."""
    active: Mapped[bool] = mapped_column(default=True)
    merged_into: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), default=None
    )


class Setting(Base):
    """A profile value that belongs with the data (organisation, own municipalities, role)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    """JSON text."""
