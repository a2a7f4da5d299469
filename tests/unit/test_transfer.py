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


def test_preview_marks_what_looks_like_existing_contacts(demo) -> None:  # type: ignore[no-untyped-def]
    book, exchange = demo
    preview = exchange.preview("outlook-nl.csv", (DATA / "outlook-nl.csv").read_bytes())
    actions = {
        c.card.display_name(): (c.action, c.match_name, c.reason) for c in preview.candidates
    }
    assert actions == {
        "Hanneke Smit": (Action.MERGE, "Hanneke Smit", "the same name"),
        "Gerrit Bakker": (Action.MERGE, "Gerrit Bakker", "the same name"),
    }
    before = book.count(ContactFilter())
    summary = exchange.apply(preview)
    assert (summary.added, summary.merged) == (0, 2)
    assert book.count(ContactFilter()) == before
    hanneke = book.details(book.page(ContactFilter(text="hanneke"), 0, 1)[0].ref)
    phones = dict(hanneke.lines)["Phone"]
    assert "038 339 0000" in phones
    assert "06 56789012" in phones
    assert "hulpmiddelen" in dict(hanneke.lines)["Notes"]


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
    original = transfer._apply_person

    def fail_on_second(session, candidate):  # type: ignore[no-untyped-def]
        calls.append(candidate)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return original(session, candidate)

    monkeypatch.setattr(transfer, "_apply_person", fail_on_second)
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
