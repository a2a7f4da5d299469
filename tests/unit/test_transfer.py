"""Import with a preview and without duplicates; export that re-imports to no change."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocaat.contacts import transfer
from advocaat.contacts.book import ContactBook
from advocaat.contacts.exchange import ContactExchange
from advocaat.contacts.search import ContactFilter
from advocaat.contacts.transfer import Action, FileFormat, detect_format
from advocaat.core.workspace import Workspace
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
    original = transfer.add_card

    def fail_on_second(session, card, resolver):  # type: ignore[no-untyped-def]
        calls.append(card)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return original(session, card, resolver)

    monkeypatch.setattr(transfer, "add_card", fail_on_second)
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
