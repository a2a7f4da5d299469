"""Printed sheets for the keukentafelgesprek: the conversation sheet, in normal or large print.

Each checklist item becomes a box to tick, its text and help, and lines to write on; an item is
never split over two pages. Large print sets the body text at 16 pt for members with low vision.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from advocaat.i18n import _
from advocaat.printing.document import FONT, Styles, render, styles
from advocaat.visits.templates import ChecklistItem, ChecklistTemplate

NORMAL_SIZE = 11
LARGE_SIZE = 16
BOX = "\u2610"  # ☐, in DejaVu Sans


def _lines(style: Styles, count: int) -> Table:
    """Empty lines to write on, as wide as the text column."""
    height = style.body.leading * 1.6
    table = Table([[""] for _ in range(count)], colWidths=["100%"], rowHeights=height)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return table


def _fields(style: Styles, labels: list[str]) -> Table:
    rows = [[Paragraph(escape(label), style.body), ""] for label in labels]
    table = Table(rows, colWidths=["30%", "70%"], rowHeights=style.body.leading * 1.8)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def _item(style: Styles, item: ChecklistItem, writing_lines: int) -> KeepTogether:
    text = Paragraph(f"<b>{escape(item.text)}</b>", style.body)
    parts = [text]
    if item.help:
        parts.append(Paragraph(escape(item.help), style.small))
    box = Paragraph(BOX, style.title)
    table = Table([[box, parts]], colWidths=["8%", "92%"])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return KeepTogether([table, _lines(style, writing_lines), Spacer(1, style.body.leading * 0.6)])


def conversation_sheet_pdf(
    template: ChecklistTemplate,
    *,
    organisation: str,
    printed_on: date,
    large: bool = False,
) -> bytes:
    """A blank conversation sheet of ``template``: boxes, writing lines, room for names and date."""
    style = styles(LARGE_SIZE if large else NORMAL_SIZE)
    story = [
        Paragraph(escape(template.title), style.title),
        Paragraph(escape(_("Conversation sheet")), style.heading),
        _fields(
            style,
            [_("Member:"), _("Date and time:"), _("Municipality:"), _("Talking with:")],
        ),
        Spacer(1, style.body.leading),
    ]
    for section in template.sections:
        story.append(Paragraph(escape(section.title), style.heading))
        story.append(Spacer(1, style.body.leading * 0.4))
        story += [_item(style, item, 2) for item in section.items]
    story.append(
        Paragraph(
            escape(
                _("Template: {title}, version {version} ({origin})").format(
                    title=template.title, version=template.version, origin=template.origin
                )
            ),
            style.small,
        )
    )
    return render(story, title=template.title, organisation=organisation, printed_on=printed_on)
