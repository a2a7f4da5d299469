"""The section "What it costs members" of a printed report: the estimated total per year of
each theme and municipality with an estimate, with the method printed beside the numbers."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from advocaat.i18n import _
from advocaat.printing.charts import table
from advocaat.printing.document import Styles
from advocaat.signals.cost import METHOD, Estimated, estimate_text


def cost_section(
    style: Styles, groups: Sequence[tuple[str, Sequence[tuple[str, Estimated]]]]
) -> list[Flowable]:
    """For each (column heading, labelled totals): a table of the labels with an estimate."""
    story: list[Flowable] = [Paragraph(escape(_("What it costs members")), style.heading)]
    estimated = [
        (heading, [(label, total) for label, total in totals if total.estimated])
        for heading, totals in groups
    ]
    if not any(rows for _heading, rows in estimated):
        story.append(Paragraph(escape(_("No signal here has a cost estimate.")), style.body))
        return story
    story.append(Paragraph(escape(_(METHOD)), style.body))
    for heading, rows in estimated:
        if rows:
            cells = [[label or _("unknown"), estimate_text(total)] for label, total in rows]
            story.append(
                table(style, [heading, _("Estimated cost per year")], cells, ["35%", "65%"])
            )
    return story
