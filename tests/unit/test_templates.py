"""Checklist templates: the shipped ones, the file format round trip, and refusals."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from advocaat.printing.sheets import conversation_sheet_pdf
from advocaat.visits.templates import (
    TemplateError,
    bundled_templates,
    parse_template,
    template_to_json,
)


def test_shipped_templates_cover_before_during_and_after_in_both_languages() -> None:
    dutch, english = bundled_templates()
    assert (dutch.language, english.language) == ("nl", "en")
    assert [s.title for s in dutch.sections] == [
        "Voor het gesprek",
        "Tijdens het gesprek",
        "Na het gesprek",
    ]
    assert dutch.item_count() == english.item_count() == 22
    texts = " ".join(item.text + " " + item.help for s in dutch.sections for item in s.items)
    for must in (
        "cliëntondersteuning",
        "persoonlijk plan",
        "7 dagen",
        "6 weken",
        "verslag",
        "aanvraag",
        "2 weken",
        "Bezwaar",
        "slechte dag",
    ):
        assert must in texts, must
    assert all(item.help for section in dutch.sections for item in section.items)


def test_round_trip_keeps_everything() -> None:
    template = bundled_templates()[0]
    assert parse_template(template_to_json(template)) == template


def document(**changes: object) -> bytes:
    base: dict[str, object] = {
        "format": 1,
        "id": "test",
        "version": 1,
        "language": "nl",
        "title": "Test",
        "sections": [{"title": "Voor", "items": [{"text": "Iets"}]}],
    }
    base.update(changes)
    return json.dumps(base).encode()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"{", "JSON"),
        (document(format=2), "format"),
        (document(id="Met Spaties"), "id"),
        (document(version=0), "version"),
        (document(sections=[]), "section"),
        (document(sections=[{"title": "Voor", "items": [{"text": ""}]}]), "item"),
        (document(sections=[{"title": "Voor"}]), "item"),
        (b" " * 600_000, "large"),
    ],
)
def test_bad_template_files_are_refused(data: bytes, fragment: str, english: None) -> None:
    with pytest.raises(TemplateError, match=fragment):
        parse_template(data)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_conversation_sheet_holds_every_item_with_footer() -> None:
    template = bundled_templates()[0]
    pdf = conversation_sheet_pdf(
        template, organisation="Vereniging Proef", printed_on=date(2026, 11, 23)
    )
    text = pdf_text(pdf)
    for section in template.sections:
        assert section.title in text
        for item in section.items:
            assert item.text in text
    assert "Gespreksblad" in text  # Dutch by default
    assert "Vereniging Proef · geprint op 23 nov 2026" in text
    assert "pagina 1 van" in text


def test_large_print_sets_all_body_text_at_16_points_or_more() -> None:
    template = bundled_templates()[0]
    pdf = conversation_sheet_pdf(
        template, organisation="Vereniging Proef", printed_on=date(2026, 11, 23), large=True
    )
    sizes: list[tuple[float, str]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(
            visitor_text=lambda text, _cm, _tm, _font, size: sizes.append((size, text))
        )
    body = [
        (size, text)
        for size, text in sizes
        if text.strip() and "pagina" not in text and "geprint op" not in text
    ]
    assert body
    assert min(size for size, _text in body) >= 16
