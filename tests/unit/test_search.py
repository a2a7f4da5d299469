"""Search as you type: case and accents ignored, filters, Dutch order, rows loaded lazily."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from advocaat.app.workspace import Workspace
from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.moments import MomentData, log_moment, mark_follow_up_done
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
)
from advocaat.contacts.search import (
    ContactFilter,
    ContactType,
    count_contacts,
    find_contacts,
    known_roles,
    known_themes,
    load_rows,
)
from advocaat.paths import AppPaths


@pytest.fixture
def session(paths: AppPaths) -> Iterator[Session]:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        municipality = create_organisation(
            session,
            OrganisationData(
                name="Gemeente Súdwest-Fryslân",
                kind=OrganisationKind.MUNICIPALITY,
                municipality_code="GM1900",
            ),
        )
        provider = create_organisation(
            session,
            OrganisationData(
                name="Thuiszorg De Linde",
                kind=OrganisationKind.CARE_PROVIDER,
                municipality_code="GM0193",
                themes=["thuiszorg"],
            ),
        )
        for given, family, organisation, role, code in (
            ("Özgür", "Yılmaz", municipality, "Wmo-consulent", "GM1900"),
            ("Anouk", "van der Berg", municipality, "wethouder", "GM1900"),
            ("Henk", "de Vries", provider, "wijkverpleegkundige", "GM0193"),
            ("Aafke", "Zandstra", None, "", None),
        ):
            create_person(
                session,
                PersonData(
                    given_name=given,
                    family_name=family,
                    organisation_id=organisation.id if organisation else None,
                    role=role,
                    municipality_code=code,
                    themes=["Wmo"] if role == "wethouder" else [],
                ),
            )
        yield session


def names(session: Session, criteria: ContactFilter) -> list[str]:
    return [row.name for row in load_rows(session, find_contacts(session, criteria))]


def test_everything_in_dutch_order_surname_without_infix(session: Session) -> None:
    assert names(session, ContactFilter()) == [
        "Anouk van der Berg",
        "Gemeente Súdwest-Fryslân",
        "Thuiszorg De Linde",
        "Henk de Vries",
        "Özgür Yılmaz",
        "Aafke Zandstra",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sudwest", ["Anouk van der Berg", "Gemeente Súdwest-Fryslân", "Özgür Yılmaz"]),
        ("ozgur", ["Özgür Yılmaz"]),
        ("OZGUR yilm", ["Özgür Yılmaz"]),
        ("wethouder", ["Anouk van der Berg"]),
        ("linde", ["Thuiszorg De Linde", "Henk de Vries"]),
        ("nobody", []),
    ],
)
def test_text_ignores_case_and_accents(session: Session, text: str, expected: list[str]) -> None:
    assert names(session, ContactFilter(text=text)) == expected


def test_filters(session: Session) -> None:
    assert names(session, ContactFilter(municipality_code="GM0193")) == [
        "Thuiszorg De Linde",
        "Henk de Vries",
    ]
    assert names(session, ContactFilter(role="Wethouder")) == ["Anouk van der Berg"]
    assert names(session, ContactFilter(organisation_kind=OrganisationKind.CARE_PROVIDER)) == [
        "Thuiszorg De Linde",
        "Henk de Vries",
    ]
    assert names(session, ContactFilter(theme="thuiszorg")) == ["Thuiszorg De Linde"]
    only_people = ContactFilter(types=frozenset({ContactType.PERSON}), text="de")
    assert "Thuiszorg De Linde" not in names(session, only_people)


def test_rows_show_role_organisation_and_municipality(session: Session) -> None:
    (row,) = load_rows(session, find_contacts(session, ContactFilter(text="henk")))
    assert (row.role, row.organisation, row.municipality) == (
        "wijkverpleegkundige",
        "Thuiszorg De Linde",
        "Zwolle",
    )


def test_known_roles_and_themes(session: Session) -> None:
    assert known_roles(session) == ["wethouder", "wijkverpleegkundige", "Wmo-consulent"]
    assert known_themes(session) == ["thuiszorg", "Wmo"]


def test_pages_and_count_agree_with_the_whole_list(session: Session) -> None:
    everything = find_contacts(session, ContactFilter())
    assert count_contacts(session, ContactFilter()) == len(everything) == 6
    pages = [find_contacts(session, ContactFilter(), offset, 4) for offset in (0, 4)]
    assert pages[0] + pages[1] == everything
    assert count_contacts(session, ContactFilter(text="ozgur")) == 1
    assert count_contacts(session, ContactFilter(role="wethouder", text="zzz")) == 0


def test_only_contacts_with_an_open_follow_up_due_by_a_date(session: Session) -> None:
    henk = find_contacts(session, ContactFilter(text="henk"))[0]
    linde = find_contacts(session, ContactFilter(text="thuiszorg"))[0]
    moment = log_moment(
        session,
        MomentData(
            happened_on=date(2026, 11, 2),
            summary="Overleg wijkverpleging",
            person_ids=[henk.id],
            organisation_ids=[linde.id],
            follow_up="Verslag sturen",
            follow_up_due=date(2026, 11, 20),
        ),
    )
    due_in_november = ContactFilter(follow_up_before=date(2026, 11, 30))
    assert names(session, due_in_november) == ["Thuiszorg De Linde", "Henk de Vries"]
    assert names(session, ContactFilter(follow_up_before=date(2026, 11, 19))) == []
    mark_follow_up_done(session, moment.id)
    assert names(session, due_in_november) == []
