"""The escalation in the window: the visit form's fields and dwangsom, and the letter from Start."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from advocaat.i18n import _
from advocaat.ui.controller import AppController
from advocaat.ui.views.start import LETTER_ROLE, StartView
from advocaat.ui.views.visits import VisitsView
from advocaat.visits.kinds import FLAGS
from advocaat.visits.service import VisitData

TODAY = date.today()


def overdue_visit(controller: AppController, **dates: date) -> int:
    """A visit whose application is five weeks old and still undecided."""
    template = controller.visits.templates()[0]
    data = VisitData(
        member_name="Mw. Proef",
        dates={"application_on": TODAY - timedelta(days=35), **dates},
    )
    return controller.visits.create(data, template)


def test_the_form_keeps_the_escalation_and_shows_the_dwangsom(
    qtbot: QtBot, controller: AppController
) -> None:
    identifier = overdue_visit(controller)
    view = VisitsView(controller.visits, controller.municipality_choices())
    qtbot.addWidget(view)
    view.refresh(identifier)
    assert view.dwangsom.text() == _("None: no ingebrekestelling after the beslistermijn passed.")
    received = TODAY - timedelta(days=18)
    view.dates["notice_sent_on"].set_value(received - timedelta(days=1))
    view.dates["notice_received_on"].set_value(received)
    view.dates["decision_on"].set_value(TODAY - timedelta(days=2))
    view.dates["objection_on"].set_value(TODAY - timedelta(days=1))
    for box in view.flags.values():
        box.setChecked(True)
    assert view.save()
    saved = controller.visits.view(identifier)
    assert saved.dates["notice_received_on"] == received
    assert saved.dates["objection_on"] == TODAY - timedelta(days=1)
    assert all(getattr(saved, flag) for flag in FLAGS)
    assert saved.dwangsom is not None
    view.refresh(identifier)
    assert "Awb, art. 4:17" in view.dwangsom.text()
    assert all(box.isChecked() for box in view.flags.values())
    rules = {saved_deadline.rule.id for saved_deadline in saved.deadlines}
    assert {"dwangsom_start", "dwangsom_end", "objection_decision"} <= rules


@pytest.mark.parametrize(
    "case",
    [
        ("brief.pdf", "", "brief.pdf"),
        ("brief.docx", "", "brief.docx"),
        ("brief", "docx", "brief.docx"),
        ("brief", "pdf", "brief.pdf"),
    ],
)
def test_start_offers_the_letter_for_an_overdue_decision(
    qtbot: QtBot,
    controller: AppController,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    case: tuple[str, str, str],
) -> None:
    """The file's name decides PDF or .docx; a name without either takes the chosen filter's."""
    name, chosen, written = case
    overdue_visit(controller)
    start = StartView(controller)
    qtbot.addWidget(start)
    rows = [start.deadlines.item(row) for row in range(start.deadlines.count())]
    letters = [item for item in rows if item.data(LETTER_ROLE)]
    assert len(letters) == 1  # five weeks overdue: still on Start
    assert "Beschikking van de gemeente" in letters[0].text()
    assert not start.letter_button.isEnabled()
    start.deadlines.setCurrentItem(letters[0])
    assert start.letter_button.isEnabled()
    filters = {"pdf": _("PDF files (*.pdf)"), "docx": _("Word documents (*.docx)")}
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_args: (str(tmp_path / name), filters.get(chosen, "")),
    )
    start.letter_button.click()
    target = tmp_path / written
    qtbot.waitUntil(target.exists, timeout=20000)
    if written.endswith(".pdf"):
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
    else:
        text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Met deze brief stel ik u in gebreke" in text


def test_no_letter_for_a_deadline_that_is_not_an_overdue_decision(
    qtbot: QtBot, controller: AppController
) -> None:
    overdue_visit(controller, decision_on=TODAY - timedelta(days=3))
    start = StartView(controller)
    qtbot.addWidget(start)
    for row in range(start.deadlines.count()):
        start.deadlines.setCurrentRow(row)
        assert not start.letter_button.isEnabled()
