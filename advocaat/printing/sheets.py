"""Printed sheets for the keukentafelgesprek: the conversation sheet, in normal or large print.

Each checklist item becomes a box to tick, its text and help, and lines to write on; an item is
never split over two pages. Large print sets all text at 16 pt or more for members with low vision.
Headings, labels and footer are in the language of the checklist, not of the app: an English
checklist is printed in an English frame.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from advocaat.i18n import N_, _, format_date, format_datetime
from advocaat.printing.document import (
    Paragraph,
    Styles,
    Table,
    in_language,
    known_language,
    render,
    styles,
    table_style,
)
from advocaat.visits.service import ItemState, VisitView, open_deadlines
from advocaat.visits.templates import ChecklistItem, ChecklistTemplate

NORMAL_SIZE = 11
LARGE_SIZE = 16
BOX = "\u2610"  # ☐, in DejaVu Sans
TICKED = "\u2611"  # ☑


def _lines(style: Styles, count: int) -> Table:
    """Empty lines to write on, as wide as the text column."""
    height = style.body.leading * 1.6
    table = Table([[""] for _ in range(count)], colWidths=["100%"], rowHeights=height)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)))
    return table


def _fields(style: Styles, labels: list[str], values: list[str] | None = None) -> Table:
    filled = values or [""] * len(labels)
    rows = [
        [Paragraph(escape(label), style.body), Paragraph(escape(value), style.body)]
        for label, value in zip(labels, filled, strict=True)
    ]
    table = Table(rows, colWidths=["30%", "70%"], rowHeights=style.body.leading * 1.8)
    table.setStyle(
        table_style(
            ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        )
    )
    return table


def _item(
    style: Styles, item: ChecklistItem, writing_lines: int, *, ticked: bool = False, note: str = ""
) -> KeepTogether:
    text = Paragraph(f"<b>{escape(item.text)}</b>", style.body)
    parts = [text]
    if item.help:
        parts.append(Paragraph(escape(item.help), style.small))
    if note:
        parts.append(Paragraph(escape(note), style.body))
    box = Paragraph(TICKED if ticked else BOX, style.title)
    # Kept together with its writing lines; one taller than a page (a long note in large print)
    # breaks inside its row instead of stopping the print.
    table = Table([[box, parts]], colWidths=["8%", "92%"], splitInRow=1)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        )
    )
    lines = [_lines(style, writing_lines)] if writing_lines else []
    return KeepTogether([table, *lines, Spacer(1, style.body.leading * 0.6)])


def _closed(story: list[Flowable], style: Styles, closing: str) -> list[Flowable]:
    """``story`` ending in ``closing``, kept on the page of the last block: a last page never
    holds that one line alone."""
    *rest, last = story
    ending = [last, Spacer(1, style.body.leading), Paragraph(escape(closing), style.small)]
    return [*rest, KeepTogether(ending)]


def conversation_sheet_pdf(
    template: ChecklistTemplate,
    *,
    organisation: str,
    printed_on: date,
    large: bool = False,
) -> bytes:
    """A blank conversation sheet of ``template``: boxes, writing lines, room for names and date."""
    with in_language(known_language(template.language)):
        style = styles(LARGE_SIZE if large else NORMAL_SIZE)
        story: list[Flowable] = [
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
        closing = _("Template: {title}, version {version} ({origin})").format(
            title=template.title, version=template.version, origin=template.origin
        )
        return render(
            _closed(story, style, closing),
            title=template.title,
            organisation=organisation,
            printed_on=printed_on,
            footer_size=style.footer_size,
        )


def _paragraphs(style: Styles, title: str, text: str) -> list:
    body = escape(text).replace("\n", "<br/>") if text else escape(_("(not filled in)"))
    return [Paragraph(escape(title), style.heading), Paragraph(body, style.body)]


def _header(style: Styles, visit: VisitView, title: str) -> list:
    when = format_datetime(visit.planned_at, "short") if visit.planned_at else ""
    return [
        Paragraph(escape(title), style.title),
        _fields(
            style,
            [
                _("Member:"),
                _("Date and time:"),
                _("Place:"),
                _("Municipality:"),
                _("Talking with:"),
            ],
            [visit.member_name, when, visit.place, visit.municipality, visit.consulent],
        ),
        Spacer(1, style.body.leading * 0.5),
    ]


def _deadline_table(style: Styles, visit: VisitView, today: date) -> list:
    """The deadlines still to watch: one whose step has happened is left out."""
    still_open = open_deadlines(visit.deadlines, visit.dates, today)
    if visit.deadlines and not still_open:
        return [
            Paragraph(escape(_("Every step so far came in time; no deadline is open.")), style.body)
        ]
    if not still_open:
        return [
            Paragraph(
                escape(_("No deadlines yet: fill in the date of the notification.")), style.body
            )
        ]
    rows = [
        [
            Paragraph(escape(deadline.rule.label()), style.body),
            Paragraph(f"<b>{escape(format_date(deadline.due))}</b>", style.body),
            Paragraph(escape(deadline.rule.source), style.small),
        ]
        for deadline in still_open
    ]
    table = Table(rows, colWidths=["52%", "22%", "26%"])
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        )
    )
    note = _(
        "These dates are indicative: counted from the dates you entered, with weekends and public"
        " holidays as the Algemene termijnenwet says. Check them with the letters you receive."
    )
    return [table, Spacer(1, 4), Paragraph(escape(note), style.small)]


RIGHTS = (
    N_("You may ask for free, independent client support (Wmo 2015, art. 2.3.2 lid 3)."),
    N_("You may bring someone to the conversation: a relative, neighbour or volunteer."),
    N_("You may hand in a personal plan within 7 days after the notification (art. 2.3.2 lid 2)."),
    N_("You receive the written report of the conversation; check it and send corrections."),
)


def _preparation(style: Styles, visit: VisitView, today: date) -> list:
    story = _header(style, visit, _("Preparing the keukentafelgesprek"))
    story += _paragraphs(style, _("Your question for help"), visit.help_question)
    story += _paragraphs(style, _("Your goals"), visit.goals)
    first_section = visit.items[0].section if visit.items else ""
    story.append(Paragraph(escape(_("What to prepare and bring")), style.heading))
    for item in visit.items:
        if item.section == first_section and item.state is not ItemState.NOT_APPLICABLE:
            story.append(
                _item(
                    style,
                    ChecklistItem(item.text, item.help),
                    0,
                    ticked=item.state is ItemState.DONE,
                    note=item.note,
                )
            )
    story.append(Paragraph(escape(_("Your rights")), style.heading))
    story += [Paragraph("• " + escape(_(right)), style.body) for right in RIGHTS]
    story.append(Paragraph(escape(_("Deadlines")), style.heading))
    story += _deadline_table(style, visit, today)
    return story


def _conversation(style: Styles, visit: VisitView, today: date) -> list:
    story = _header(style, visit, _("Conversation sheet"))
    section = None
    for item in visit.items:
        if item.state is ItemState.NOT_APPLICABLE:
            continue
        if item.section != section:
            section = item.section
            story.append(Paragraph(escape(section), style.heading))
        story.append(
            _item(
                style,
                ChecklistItem(item.text, item.help),
                2,
                ticked=item.state is ItemState.DONE,
                note=item.note,
            )
        )
    return story


def _followup(style: Styles, visit: VisitView, today: date) -> list:
    story = _header(style, visit, _("After the keukentafelgesprek"))
    story += _paragraphs(style, _("What happened"), visit.outcome)
    story.append(Paragraph(escape(_("Deadlines")), style.heading))
    story += _deadline_table(style, visit, today)
    story.append(Paragraph(escape(_("Still to do")), style.heading))
    still = [item for item in visit.items if item.state is ItemState.OPEN]
    story += [_item(style, ChecklistItem(item.text, item.help), 1) for item in still] or [
        Paragraph(escape(_("Everything on the checklist is done.")), style.body)
    ]
    return story


def visit_sheet_pdf(
    visit: VisitView,
    sheet: str,
    *,
    organisation: str,
    printed_on: date,
    large: bool = False,
    language: str = "",
) -> bytes:
    """The preparation, conversation or follow-up sheet of one visit, framed in ``language``
    (its checklist's; "" for the app's own)."""
    builders = {"preparation": _preparation, "conversation": _conversation, "followup": _followup}
    if sheet not in builders:
        raise ValueError(f"unknown sheet {sheet!r}")
    with in_language(known_language(language)):
        style = styles(LARGE_SIZE if large else NORMAL_SIZE)
        closing = _("Checklist: {title}, version {version}").format(
            title=visit.template_title, version=visit.template_version
        )
        return render(
            _closed(builders[sheet](style, visit, printed_on), style, closing),
            title=visit.template_title,
            organisation=organisation,
            printed_on=printed_on,
            footer_size=style.footer_size,
        )
