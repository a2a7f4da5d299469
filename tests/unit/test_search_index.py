"""The full-text index stays in step with the contacts through every path that writes them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from advocaat.app.backups import list_backups, make_backup, restore_backup
from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.workspace import Workspace
from advocaat.contacts.merge import merge_organisations, merge_people
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    delete_organisation,
    delete_person,
    move_person,
    person_data,
    update_organisation,
    update_person,
)
from advocaat.contacts.search import ContactFilter, find_contacts
from advocaat.db.contact_tables import Organisation, Person
from advocaat.db.fulltext import ROWID, SEARCH_TABLE
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")


def assert_in_step(session: Session) -> None:
    """Every contact is found by each of its words, and the index holds no other row."""
    session.flush()
    rows = session.execute(
        text(f"SELECT {ROWID.format(row='contact_index')}, search_text FROM contact_index")
    ).all()
    for rowid, search_text in rows:
        for word in set(search_text.split()):
            found = session.scalars(
                text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :w"),
                {"w": f'"{word}"'},
            ).all()
            assert rowid in found, (word, search_text)
    indexed = session.scalar(text(f"SELECT count(*) FROM {SEARCH_TABLE}_docsize"))
    assert indexed == len(rows)


def found(session: Session, typed: str) -> list[int]:
    return [ref.id for ref in find_contacts(session, ContactFilter(text=typed))]


@pytest.fixture
def workspace(paths: AppPaths):  # type: ignore[no-untyped-def]
    with Workspace.open(paths) as opened:
        yield opened


def test_create_edit_move_and_delete_keep_the_index_in_step(workspace: Workspace) -> None:
    with workspace.session() as session:
        linde = create_organisation(session, OrganisationData(name="Thuiszorg De Linde"))
        wijkteam = create_organisation(session, OrganisationData(name="Wijkteam Noord"))
        person = create_person(
            session,
            PersonData(given_name="Özlem", family_name="Kaya", organisation_id=linde.id),
        )
        assert_in_step(session)
        assert found(session, "ozlem linde") == [person.id]

        update_person(
            session, person, PersonData(**{**vars(person_data(person)), "notes": "Fiets"})
        )
        update_organisation(session, linde, OrganisationData(name="Zorggroep Eiken"))
        assert_in_step(session)
        assert found(session, "linde") == []
        assert found(session, "ozlem eiken fiets") == [person.id]

        move_person(
            session,
            person,
            organisation_id=wijkteam.id,
            role="coach",
            portfolio="",
            on=date.today(),
        )
        assert_in_step(session)
        assert found(session, "ozlem noord coach") == [person.id]

        delete_organisation(session, wijkteam)
        assert_in_step(session)
        assert found(session, "noord") == []
        delete_person(session, person)
        assert_in_step(session)
        assert found(session, "ozlem") == []


def test_merges_keep_the_index_in_step(workspace: Workspace) -> None:
    with workspace.session() as session:
        keep = create_organisation(session, OrganisationData(name="Thuiszorg De Linde"))
        other = create_organisation(session, OrganisationData(name="Linde Zorg Oost"))
        first = create_person(session, PersonData(given_name="Henk", family_name="Smit"))
        second = create_person(
            session, PersonData(given_name="H.", family_name="Smit", notes="Voorzitter")
        )
        keep_id, first_id = keep.id, first.id
        merge_people(session, first.id, second.id)
        merge_organisations(session, keep.id, other.id)
        assert_in_step(session)
        assert found(session, "smit") == [first_id]
        assert found(session, "linde") == [keep_id]
        assert session.get(Person, second.id) is None
        assert session.get(Organisation, other.id) is None


def test_an_import_keeps_the_index_in_step(workspace: Workspace) -> None:
    exchange = ContactExchange(workspace)
    data = "Voornaam;Achternaam;Organisatie\r\nJoëlle;Ďurić;Súdwest Zorg\r\n".encode()
    exchange.apply(exchange.preview("nieuw.csv", data))
    with workspace.session() as session:
        assert_in_step(session)
        assert len(found(session, "joelle duric")) == 1
        assert len(found(session, "sudw")) == 2  # the person and her new organisation


def test_a_restored_backup_brings_its_own_index_back(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        create_person(session, PersonData(given_name="Sanne", family_name="Visser"))
    make_backup(paths)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        create_person(session, PersonData(given_name="Bram", family_name="Mulder"))
    restore_backup(paths, list_backups(paths)[0].path.name)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        assert_in_step(session)
        assert len(found(session, "sanne")) == 1
        assert found(session, "bram") == []
