"""The page frame's Paragraph and Table measure themselves once for a width (ReportLab asks
several times: to keep an item on one page, to place it, to draw a table cell). That changes
nothing on paper: every sheet is byte for byte the PDF that ReportLab's own classes make."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest
import reportlab.platypus
from pdf_kit import ORGANISATION, TODAY

from advocaat.app.workspace import Workspace
from advocaat.i18n import set_language
from advocaat.printing import document, sheets
from advocaat.visits.service import VisitView, list_visits, visit_view
from advocaat.visits.templates import bundled_templates

MOMENTS = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[[^\]]*\]")
"""The moment of making and the document id: the only bytes two runs may differ in."""

WORDS = [
    "hulp",
    "thuiszorg",
    "begeleiding",
    "vervoer",
    "rolstoel",
    "indicatie",
    "gemeente",
    "aanvraag",
    "bijdrage",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _long(view: VisitView) -> VisitView:
    """The visit with texts over several pages and every item thrice, with long notes."""
    rng = random.Random(19)
    return replace(
        view,
        help_question="\n".join(_text(rng, 30) for _ in range(40)),
        goals=_text(rng, 900),
        outcome=_text(rng, 700),
        items=[
            replace(item, note=_text(rng, rng.randint(0, 60)), help=_text(rng, 30))
            for item in view.items
        ]
        * 3,
    )


def _sheets(views: list[VisitView]) -> list[bytes]:
    made = []
    for large in (False, True):
        for view in views:
            for sheet in ("preparation", "conversation", "followup"):
                made.append(
                    sheets.visit_sheet_pdf(
                        view, sheet, organisation=ORGANISATION, printed_on=TODAY, large=large
                    )
                )
        for template in bundled_templates():
            made.append(
                sheets.conversation_sheet_pdf(
                    template, organisation=ORGANISATION, printed_on=date(2026, 1, 5), large=large
                )
            )
    return [MOMENTS.sub(b"", pdf) for pdf in made]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_measuring_once_prints_the_same_pdf(
    language: str, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_language(language)
    with demo_workspace.session() as session:
        views = [visit_view(session, visit.id) for visit in list_visits(session)]
    views.append(_long(views[0]))
    measured_once = _sheets(views)
    assert sheets.Paragraph is document.Paragraph  # what was measured is the page frame's
    monkeypatch.setattr(sheets, "Paragraph", reportlab.platypus.Paragraph)
    monkeypatch.setattr(sheets, "Table", reportlab.platypus.Table)
    assert _sheets(views) == measured_once
    assert max(pdf.count(b"/Type /Page\n") for pdf in measured_once) > 10
