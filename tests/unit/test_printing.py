"""Printed contact lists: the text is really in the PDF, in Dutch, with the font embedded."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from advocaat.app.contacts import ContactBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.search import ContactFilter
from advocaat.paths import AppPaths


def test_contact_list_pdf_holds_the_contacts_and_a_dutch_footer(demo_paths: AppPaths) -> None:
    with Workspace.open(demo_paths) as workspace:
        pdf = ContactBook(workspace).print_list(
            ContactFilter(municipality_code="GM0193"), "Contacten in Zwolle", date(2026, 11, 23)
        )
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Contacten in Zwolle" in text
    assert "Özlem Demir" in text
    assert "Wmo-consulent, Gemeente Zwolle" in text
    assert "Joost ter Horst" not in text  # Deventer
    assert f"pagina 1 van {len(reader.pages)}" in text
    assert "Vereniging Samen Sterk (demo) · geprint op 23 nov 2026" in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [font.get_object()["/BaseFont"] for font in fonts.values()]
    assert all("DejaVuSans" in str(name) for name in embedded)
