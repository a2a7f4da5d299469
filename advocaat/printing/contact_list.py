"""A printed contact list: who is who, with how to reach them, for one selection of contacts."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table

from advocaat.i18n import _, ngettext
from advocaat.printing.charts import word_widths
from advocaat.printing.document import render, styles, table_style


def contact_list_pdf(
    rows: list[tuple[str, str, str, str]],
    *,
    title: str,
    organisation: str,
    printed_on: date,
) -> bytes:
    """``rows`` are (name, role and organisation, municipality, phone and e-mail)."""
    style = styles()
    story = [
        Paragraph(escape(title), style.title),
        Paragraph(
            escape(
                ngettext("{count} contact", "{count} contacts", len(rows)).format(count=len(rows))
            ),
            style.small,
        ),
        Spacer(1, 6),
    ]
    header = [_("Name"), _("Role and organisation"), _("Municipality"), _("Phone and e-mail")]
    data = [[Paragraph(f"<b>{escape(text)}</b>", style.small) for text in header]]
    data += [
        [Paragraph(escape(cell).replace("\n", "<br/>"), style.small) for cell in row]
        for row in rows
    ]
    widths = word_widths(data, ["22%", "30%", "14%", "34%"])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf2")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    story.append(table)
    return render(story, title=title, organisation=organisation, printed_on=printed_on)
