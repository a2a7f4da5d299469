"""Import with a preview and without duplicates; export that re-imports to no change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.contacts import ContactBook
from advocaat.app.workspace import Workspace
from advocaat.contacts import transfer
from advocaat.contacts.people import themes_named
from advocaat.contacts.search import ContactFilter
from advocaat.contacts.transfer import Action, FileFormat, detect_format
from advocaat.db.contact_tables import (
    EmailAddress,
    Organisation,
    Person,
    PersonAddress,
    PersonWebsite,
    PhoneNumber,
    Position,
    Theme,
)
from advocaat.db.models import Base
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")
DATA = Path(__file__).parents[1] / "data" / "contacts"


@pytest.fixture
def demo(demo_paths: AppPaths):  # type: ignore[no-untyped-def]
    with Workspace.open(demo_paths) as workspace:
        yield ContactBook(workspace), ContactExchange(workspace)


def test_format_is_told_by_the_content() -> None:
    assert detect_format((DATA / "apple-3.0.vcf").read_bytes()) is FileFormat.VCARD
    assert detect_format(b"\xef\xbb\xbf\r\nbegin:vcard\r\n") is FileFormat.VCARD
    assert detect_format((DATA / "google.csv").read_bytes()) is FileFormat.CSV


def test_a_name_alone_is_a_suggestion_and_never_merges(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    preview = exchange.preview("outlook-nl.csv", (DATA / "outlook-nl.csv").read_bytes())
    actions = {c.card.display_name(): (c.action, c.match, c.similar) for c in preview.candidates}
    assert actions == {
        "Hanneke Smit": (
            Action.ADD,
            None,
            "looks like Hanneke Smit in your contact book (the same name); check the duplicates",
        ),
        "Gerrit Bakker": (
            Action.ADD,
            None,
            "looks like Gerrit Bakker in your contact book (the same name); check the duplicates",
        ),
    }
    before = book.count(ContactFilter())
    summary = exchange.apply(preview)
    assert (summary.added, summary.merged) == (2, 0)
    assert book.count(ContactFilter()) == before + 2


def test_the_same_name_and_a_phone_or_e_mail_merge(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    first = b"Voornaam;Achternaam;Telefoon;E-mail\r\nHanneke;Smit;038-3390000;h.smit@example.nl\r\n"
    exchange.apply(exchange.preview("eerste.csv", first))
    before = book.count(ContactFilter())
    for number, row in enumerate(
        [
            b"Hanneke;Smit;038 339 0000;\r\n",  # the same phone, written otherwise
            b"HANNEKE;SMIT;;H.Smit@example.nl\r\n",  # the same e-mail address
        ]
    ):
        data = b"Voornaam;Achternaam;Telefoon;E-mail\r\n" + row
        (candidate,) = exchange.preview(f"{number}.csv", data).candidates
        assert candidate.action is Action.MERGE, row
        exchange.apply(exchange.preview(f"{number}.csv", data))
    assert book.count(ContactFilter()) == before
    other = b"Voornaam;Achternaam;Telefoon\r\nHanneke;Smit;06-99999999\r\n"
    (candidate,) = exchange.preview("ander.csv", other).candidates
    assert candidate.action is Action.ADD
    assert "check the duplicates" in candidate.similar


def test_records_of_one_file_merge_only_on_a_stable_identity(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    data = (
        b"UID;Voornaam;Achternaam;E-mail;Telefoon\r\n"
        b"urn:uuid:a;Noor;Visser;noor@example.nl;\r\n"
        b";Noor;Visser;;06-11111111\r\n"  # another Noor Visser: a suggestion only
        b";Noor;Visser;noor@example.nl;038-2222222\r\n"  # the first one again (name, e-mail)
        b"urn:uuid:a;Noor;Visser;;038-3333333\r\n"  # the first one again (UID)
    )
    preview = exchange.preview("twee-noors.csv", data)
    assert [(c.action, c.into) for c in preview.candidates] == [
        (Action.ADD, None),
        (Action.ADD, None),
        (Action.MERGE, 0),
        (Action.MERGE, 0),
    ]
    assert preview.candidates[1].similar == (
        "has the same name as record 1 of the file; check the duplicates"
    )
    summary = exchange.apply(preview)
    assert (summary.added, summary.merged, summary.skipped) == (2, 2, 0)
    rows = book.page(ContactFilter(text="noor visser"), 0, 10)
    phones = sorted(dict(book.details(row.ref).lines).get("Phone", "") for row in rows)
    assert phones == ["038 222 2222, 038 333 3333", "06 11111111"]


def test_new_people_get_their_organisation_role_and_municipality(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    preview = exchange.preview("excel.csv", (DATA / "excel-nl-1252.csv").read_bytes())
    exchange.apply(preview)
    (row,) = book.page(ContactFilter(text="joelle"), 0, 10)
    assert (row.role, row.organisation, row.municipality) == (
        "coördinator",
        "Stichting Welzijn Overijssel-West",
        "Zwolle",
    )


def test_export_and_reimport_changes_nothing(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    for file_format in (FileFormat.VCARD, FileFormat.CSV):
        data = exchange.export(file_format)
        preview = exchange.preview(f"export.{file_format.value}", data)
        assert preview.new_count == 0
        assert all(c.reason == "the same contact (UID)" for c in preview.candidates)
        before = book.count(ContactFilter())
        exchange.apply(preview)
        assert book.count(ContactFilter()) == before == 19


def test_import_lands_whole_or_not_at_all(demo, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    preview = exchange.preview("google.csv", (DATA / "google.csv").read_bytes())
    calls = []
    original = transfer.add_cards

    def fail_on_second(session, cards, resolver):  # type: ignore[no-untyped-def]
        calls.append(cards)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return original(session, cards, resolver)

    monkeypatch.setattr(transfer, "BATCH_SIZE", 1)  # the first batch has landed when it fails
    monkeypatch.setattr(transfer, "add_cards", fail_on_second)
    before = book.count(ContactFilter())
    with pytest.raises(Exception, match="disk is full"):
        exchange.apply(preview)
    assert book.count(ContactFilter()) == before
    assert book.page(ContactFilter(text="anouk"), 0, 5) == []


def test_an_invalid_email_address_is_kept_in_the_notes(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    data = b"Voornaam;Achternaam;E-mail\r\nNoor;Visser;noor-at-example.nl\r\n"
    preview = exchange.preview("lijst.csv", data)
    (candidate,) = preview.candidates
    assert candidate.warning == (
        "noor-at-example.nl is not a valid e-mail address; it is kept in the notes"
    )
    exchange.apply(preview)
    (row,) = book.page(ContactFilter(text="noor"), 0, 5)
    notes = dict(book.details(row.ref).lines)["Notes"]
    assert notes == "Not a valid e-mail address: noor-at-example.nl"


def test_a_tussenvoegsel_only_in_the_full_name_is_kept(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Vries;Henk\r\nFN:Henk de Vries\r\n"
        b"TEL;WORK:038-7654321\r\nEND:VCARD\r\n"
    )
    exchange.apply(exchange.preview("henk.vcf", card))
    (row,) = book.page(ContactFilter(text="henk"), 0, 5)
    assert row.name == "Henk de Vries"


# -- export and import again: every column of the contact tables -------------------------------

ALWAYS_LOCAL = {
    "id": "the database's own number, different in every book",
    "person_id": "the row it belongs to: the card itself",
    "organisation_id": "carried as the organisation's UID and name",
    "theme_id": "carried as the theme's name",
    "sort_key": "computed from the name on import",
    "normalized": "computed from the number on import",
    "created_at": "when the contact came into this book",
    "updated_at": "when the contact last changed in this book",
}
NOT_CARRIED_TABLES = {
    "contact_moment_person": "contact moments are a diary, exported as a calendar (.ics)",
    "contact_moment_organisation": "contact moments are a diary, exported as a calendar (.ics)",
    "relation": "relations belong to the netwerkanalyse between contacts, not to one card",
    "visit": "a visit records a member's conversation, not the consultant's contact card",
    "signal": "a signal goes to the national office, not into an address book",
}
CSV_NOT_CARRIED = {
    ("person", "photo"): "a spreadsheet cell holds at most 32,767 characters",
    ("person", "photo_type"): "goes with the photo",
    ("organisation", "photo"): "a spreadsheet cell holds at most 32,767 characters",
    ("organisation", "photo_type"): "goes with the photo",
}
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def contact_tables() -> list[Table]:
    """People, organisations and every table that refers to them (walked from the metadata)."""
    own = {"person", "organisation"}
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name in own or any(key.column.table.name in own for key in table.foreign_keys)
    ]


def carried_columns(file_format: FileFormat) -> dict[str, list[str]]:
    skipped = CSV_NOT_CARRIED if file_format is FileFormat.CSV else {}
    return {
        table.name: [
            column.name
            for column in table.columns
            if column.name not in ALWAYS_LOCAL and (table.name, column.name) not in skipped
        ]
        for table in contact_tables()
        if table.name not in NOT_CARRIED_TABLES
    }


def test_every_column_of_the_contact_tables_is_carried_or_declared() -> None:
    """A new column or table about contacts fails here until exports carry it or say why not."""
    tables = {table.name for table in contact_tables()}
    assert tables >= {"person", "organisation", "position", "person_address", "person_website"}
    assert set(NOT_CARRIED_TABLES) <= tables
    carried = carried_columns(FileFormat.VCARD)
    assert set(carried) | set(NOT_CARRIED_TABLES) == tables
    assert "photo" in carried["person"]
    assert "department" in carried["position"]


def fill_every_column(session: Session) -> None:
    """One organisation, and a person with two jobs, every carried column set and not default."""
    kampen = Organisation(
        uid="urn:uuid:kampen", name="Gemeente Kampen", kind="municipality",
        municipality_code="GM0166",
    )  # fmt: skip
    zwolle = Organisation(
        uid="urn:uuid:zwolle", name="Gemeente Zwolle", kind="municipality",
        municipality_code="GM0193", street="Grote Kerkplein 15", postcode="8011 PK",
        city="Zwolle", phone="038 498 9111", email="gemeente@zwolle.example.nl",
        website="https://zwolle.example.nl", notes="Stadhuis;\nloket Wmo", influence=5,
        attitude=1, strategy="Samen optrekken, in de Wmo-raad", photo=PHOTO,
        photo_type="image/png", themes=themes_named(session, ["Wmo", "vervoer"]),
    )  # fmt: skip
    person = Person(
        uid="urn:uuid:anouk", given_name="Anouk", infix="van der", family_name="Berg",
        municipality_code="GM0193", notes="Eerst bellen, dan mailen", influence=4, attitude=-1,
        strategy="Via de wethouder", photo=PHOTO, photo_type="image/png",
        themes=themes_named(session, ["Wmo", "jeugd"]),
        phones=[PhoneNumber(number="06 12345678", normalized="+31612345678", kind="mobile")],
        emails=[EmailAddress(address="a.vanderberg@zwolle.example.nl", kind="home")],
        addresses=[
            PersonAddress(
                kind="home", street="Kerkstraat 8\nPostbus 10", postcode="8051 GL",
                city="Hattem", region="Gelderland", country="Nederland",
            )
        ],
        websites=[PersonWebsite(url="https://example.nl/anouk")],
        positions=[
            Position(
                organisation=kampen, role="stagiair", portfolio="jeugd", department="Jeugd",
                started_on=date(2019, 2, 1), ended_on=date(2020, 5, 1),
            ),
            Position(
                organisation=zwolle, role="Wmo-consulent", portfolio="Wmo; hulpmiddelen",
                department="Team Wmo", started_on=date(2020, 6, 1),
            ),
        ],
    )  # fmt: skip
    session.add_all([kampen, zwolle, person])
    session.flush()


def snapshot(session: Session, carried: dict[str, list[str]]) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """The carried columns of every row, references named by UID or name instead of by id."""
    uids = {("person", row.id): row.uid for row in session.scalars(select(Person))} | {
        ("organisation", row.id): row.uid for row in session.scalars(select(Organisation))
    }
    themes = {theme.id: theme.name for theme in session.scalars(select(Theme))}
    result = {}
    for table in contact_tables():
        if table.name not in carried:
            continue
        rows = []
        for row in session.execute(select(table)).mappings():
            values = [row[name] for name in carried[table.name]]
            for key in ("person_id", "organisation_id"):
                if key in row:
                    values.append(uids.get((key.removesuffix("_id"), row[key])))
            if "theme_id" in row:
                values.append(themes[row["theme_id"]])
            rows.append(tuple(values))
        result[table.name] = sorted(rows, key=repr)
    return result


@pytest.mark.parametrize(
    ("file_format", "version"),
    [(FileFormat.VCARD, "4.0"), (FileFormat.VCARD, "3.0"), (FileFormat.CSV, "")],
)
def test_export_and_import_again_keeps_every_column(
    tmp_path: Path, any_paths: AppPaths, file_format: FileFormat, version: str
) -> None:
    """From a SQLite book into a fresh one on SQLite or PostgreSQL."""
    carried = carried_columns(file_format)
    with Workspace.open(AppPaths(tmp_path / "a")) as workspace:
        with workspace.session() as session:
            fill_every_column(session)
        with workspace.session() as session:
            before = snapshot(session, carried)
            data = transfer.export_contacts(session, file_format, version or "4.0")
    for table, rows in before.items():  # every carried column holds a value worth comparing
        assert rows, table
        for index, name in enumerate(carried[table]):
            assert any(row[index] not in (None, "", b"") for row in rows), (table, name)
    with Workspace.open(any_paths) as workspace:
        exchange = ContactExchange(workspace)
        preview = exchange.preview(f"export.{file_format.value}", data)
        assert preview.problems == []
        assert [c.warning for c in preview.candidates] == ["", "", ""]
        exchange.apply(preview)
        with workspace.session() as session:
            after = snapshot(session, carried)
        for table in before:
            assert after[table] == before[table], table
        again = exchange.preview("again", data)
        assert [c.action for c in again.candidates] == [Action.MERGE] * 3
        exchange.apply(again)
        with workspace.session() as session:
            assert snapshot(session, carried) == before


def test_a_value_longer_than_the_book_holds_skips_that_record_only(any_paths: AppPaths) -> None:
    long_name = "Anouk" * 30
    data = (
        "Voornaam;Achternaam;E-mail\r\n"
        f"{long_name};Berg;a@example.nl\r\n"
        "Kees;Brouwer;k@example.nl\r\n"
        ";;info@example.nl\r\n"
    ).encode()
    with Workspace.open(any_paths) as workspace:
        exchange, book = ContactExchange(workspace), ContactBook(workspace)
        preview = exchange.preview("lang.csv", data)
        assert [problem.place() for problem in preview.problems] == ["record 1 (line 2)"]
        assert preview.problems[0].message == "The given name is longer than 100 characters."
        summary = exchange.apply(preview)
        assert (summary.added, summary.skipped) == (2, 1)
        names = [row.name for row in book.page(ContactFilter(), 0, 10)]
        assert names == ["Kees Brouwer", "info@example.nl"]  # sorted by surname, then the rest
