"""A questionnaire's results as an Excel workbook: the questions, then every count per
municipality (the same rows as the CSV), with the volunteers' texts made formula-safe."""

from __future__ import annotations

import io

from openpyxl import Workbook

from advocaat.i18n import _
from advocaat.office.workbook import _safe, _sheet
from advocaat.questionnaires.results import Results, result_header, result_rows


def results_workbook(results: Results) -> bytes:
    book = Workbook(write_only=True)
    questions = _sheet(book, _("Questions"), [_("Question"), _("Text"), _("Kind")], [20, 80, 12])
    for asked in results.questionnaire.questions:
        questions.append([_safe(asked.id), _safe(asked.text), asked.kind.value])
    sheet = _sheet(book, _("Results"), list(result_header()), [20, 28, 40, 60])
    for question, place, answer, value in result_rows(results):
        cell = _safe(value) if isinstance(value, str) else value
        sheet.append([_safe(question), _safe(place), _safe(answer), cell])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
