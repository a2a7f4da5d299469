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


BOTH_BACKENDS_CASES = {
    "": ["Gemeente Súdwest-Fryslân", "Anouk de Jong", "Thuiszorg De Linde", "Özlem Yıldız"],
    "sudwest": ["Gemeente Súdwest-Fryslân", "Özlem Yıldız"],
    "SÚDWEST-fr": ["Gemeente Súdwest-Fryslân", "Özlem Yıldız"],
    "fryslan": ["Gemeente Súdwest-Fryslân", "Özlem Yıldız"],
    "west": [],  # a word's start, not its middle
    "ozlem": ["Özlem Yıldız"],
    "öz yild": ["Özlem Yıldız"],
    "yildiz ozlem": ["Özlem Yıldız"],
    "d": ["Anouk de Jong", "Thuiszorg De Linde"],
    "de l": ["Anouk de Jong", "Thuiszorg De Linde"],
    "wmo-c": ["Özlem Yıldız"],
    "wmo c": ["Özlem Yıldız"],
    "wmoc": [],
    "a.dejong@exa": ["Anouk de Jong"],
    "example.nl": ["Anouk de Jong"],
    "0612": ["Anouk de Jong"],
    "+316": ["Anouk de Jong"],
    "06 12": ["Anouk de Jong"],  # as the number is shown: 06 12345678
    "038 12": ["Thuiszorg De Linde"],  # an organisation's phone, as shown: 038 123 4567
    "0381234": ["Thuiszorg De Linde"],
    "-": ["Gemeente Súdwest-Fryslân", "Anouk de Jong", "Thuiszorg De Linde", "Özlem Yıldız"],
    '"linde" *': ["Anouk de Jong", "Thuiszorg De Linde"],
    "linde AND OR NOT": [],
    "100%_": [],
}


def test_the_same_words_find_the_same_contacts_on_both_backends(any_paths: AppPaths) -> None:
    """Prefix per typed word, diacritics and case folded, punctuation as a word break, search
    syntax taken literally: the SQLite index and the PostgreSQL query agree on every case."""
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        frisian = create_organisation(
            session,
            OrganisationData(name="Gemeente Súdwest-Fryslân", kind=OrganisationKind.MUNICIPALITY),
        )
        linde = create_organisation(
            session, OrganisationData(name="Thuiszorg De Linde", phone="038-1234567")
        )
        create_person(
            session,
            PersonData(
                given_name="Özlem",
                family_name="Yıldız",
                organisation_id=frisian.id,
                role="Wmo-consulent",
            ),
        )
        create_person(
            session,
            PersonData(
                given_name="Anouk",
                infix="de",
                family_name="Jong",
                organisation_id=linde.id,
                emails=[("a.dejong@example.nl", "work")],
                phones=[("06 12345678", "mobile")],
            ),
        )
        for typed, expected in BOTH_BACKENDS_CASES.items():
            assert names(session, ContactFilter(text=typed)) == expected, typed
            assert count_contacts(session, ContactFilter(text=typed)) == len(expected), typed
