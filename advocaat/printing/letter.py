"""The ingebrekestelling laid out: a PDF to print and sign, and a .docx to adjust first.

Both carry the same text (advocaat.visits.letter); the PDF has the frame of every printed page of
the app (DejaVu Sans embedded), without the organisation's name: the member sends the letter.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from advocaat.printing.document import Paragraph, in_language, render, styles
from advocaat.visits.letter import Letter

BLANK = "_" * 40


def _lines(labels: list[str]) -> list[str]:
    return [f"{label} {BLANK}" for label in labels]


def letter_pdf(letter: Letter, *, printed_on: date) -> bytes:
    with in_language("nl"):
        style = styles(11)
        gap = Spacer(1, style.body.leading)
        story: list[Flowable] = [
            Paragraph(escape(line), style.body) for line in _lines(letter.sender)
        ]
        story.append(gap)
        story += [Paragraph(escape(line), style.body) for line in letter.recipient]
        story += [gap, Paragraph(escape(f"{letter.place_and_date} {BLANK}"), style.body), gap]
        story += [Paragraph(f"<b>{escape(letter.subject)}</b>", style.body), gap]
        story.append(Paragraph(escape(letter.salutation), style.body))
        for text in letter.paragraphs:
            story += [Spacer(1, style.body.leading * 0.5), Paragraph(escape(text), style.body)]
        story += [gap, Paragraph(escape(letter.closing), style.body), gap, gap]
        story += [Paragraph(escape(line), style.body) for line in _lines(letter.signature)]
        return render(story, title="Ingebrekestelling", organisation="", printed_on=printed_on)


def letter_docx(letter: Letter) -> bytes:
    """The same letter as an editable Word document."""
    from docx import Document  # noqa: PLC0415 - loads only to write a letter

    document = Document()
    document.core_properties.title = "Ingebrekestelling"
    document.core_properties.author = ""
    for line in _lines(letter.sender):
        document.add_paragraph(line)
    document.add_paragraph("")
    for line in letter.recipient:
        document.add_paragraph(line)
    document.add_paragraph("")
    document.add_paragraph(f"{letter.place_and_date} {BLANK}")
    document.add_paragraph("")
    document.add_paragraph().add_run(letter.subject).bold = True
    document.add_paragraph(letter.salutation)
    for text in letter.paragraphs:
        document.add_paragraph(text)
    document.add_paragraph(letter.closing)
    document.add_paragraph("")
    for line in _lines(letter.signature):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
