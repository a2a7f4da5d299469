"""The voorbeeldenbundel: good examples printed one after the other, grouped by strategy.

Each example shows its title, where and when, the strategy, with whom, and its story; one that
came from the national office's selection says so, so a volunteer can tell their own from the
country's.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from advocaat.examples.service import SharedExample
from advocaat.examples.strategies import Strategy, strategy_label
from advocaat.i18n import _, format_date, ngettext
from advocaat.printing.charts import word_widths
from advocaat.printing.document import Paragraph, Styles, Table, render, styles, table_style


def _order(example: SharedExample) -> tuple[int, int, float]:
    known = [strategy.value for strategy in Strategy]
    place = known.index(example.strategy) if example.strategy in known else len(known)
    return (place, example.from_office, -example.happened_on.toordinal())


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _example(example: SharedExample, style: Styles) -> list[Flowable]:
    """The title, a small table of where, when and with whom, then the story."""
    facts = [
        (_("Where"), example.municipality_name),
        (_("When"), format_date(example.happened_on)),
        (_("With"), example.partners),
    ]
    if example.from_office:
        facts.append((_("Shared by"), _("the national office")))
    data = [
        [Paragraph(f"<b>{escape(name)}</b>", style.small), Paragraph(_lines(value), style.small)]
        for name, value in facts
        if value
    ]
    table = Table(data, colWidths=word_widths(data, ["25%", "75%"]), hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return [
        Paragraph(_lines(example.title), style.heading),
        table,
        Spacer(1, 4),
        Paragraph(_lines(example.story), style.body),
    ]


def bundle_pdf(examples: list[SharedExample], *, organisation: str, printed_on: date) -> bytes:
    """The bundle of ``examples`` as a PDF, under the strategies in their fixed order."""
    style = styles()
    title = _("Good examples")
    story: list[Flowable] = [
        Paragraph(escape(title), style.title),
        Paragraph(
            escape(
                ngettext("{count} example", "{count} examples", len(examples)).format(
                    count=len(examples)
                )
            ),
            style.small,
        ),
    ]
    strategy = None
    for example in sorted(examples, key=_order):
        if example.strategy != strategy:
            strategy = example.strategy
            label = strategy_label(strategy)
            story += [Spacer(1, 10), Paragraph(escape(label[:1].upper() + label[1:]), style.title)]
        story += [*_example(example, style), Spacer(1, 8)]
    return render(story, title=title, organisation=organisation, printed_on=printed_on)
