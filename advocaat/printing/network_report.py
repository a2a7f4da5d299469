"""The written netwerkanalyse of one municipality: the grid and the network as pictures, the list
of parties, each quadrant with its approach and a strategy per party, and who is still to approach.

The pictures use numbers, not names, so nothing overlaps; the list of parties gives the names.
Open versus filled circles and line styles, never colours, carry the meaning, so the report reads
the same in black-and-white print.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from advocaat.contacts.search import ContactRef
from advocaat.i18n import _, format_date, ngettext
from advocaat.network.analysis import Analysis
from advocaat.network.grid import ATTITUDE, FOR, HIGH_INFLUENCE, INFLUENCE, Party, Quadrant, spread
from advocaat.network.relations import Link, RelationKind, circle_layout
from advocaat.printing.charts import (
    WIDTH,
    header,
    report_styles,
    report_table_style,
    word_widths,
)
from advocaat.printing.document import FONT, FONT_BOLD, Styles, blank_drawing, render, styles

PICTURE_WIDTH = 16 * cm
FONT_SIZE = 10
NUMBER_SIZE = 8.5
LIGHT = colors.Color(0.8, 0.8, 0.8)
GREY = colors.Color(0.45, 0.45, 0.45)
NODE_FILL = colors.Color(0.85, 0.85, 0.85)
NONE = "—"

# The grid: attitude to the right, influence upwards, with a strip above and below the outer
# scores for the quadrant labels, and rows below for the axis texts and the legend.
X_LOW, X_HIGH = ATTITUDE.start - 0.6, ATTITUDE.stop - 1 + 0.6
Y_LOW, Y_HIGH = INFLUENCE.start - 0.75, INFLUENCE.stop - 1 + 0.75
GRID_LEFT, GRID_BOTTOM, GRID_TOP = 44.0, 80.0, 4.0
STEP_X = (PICTURE_WIDTH - GRID_LEFT - 4) / (X_HIGH - X_LOW)
STEP_Y = 54.0
DOT = 3.2

RING = 160.0
LEGEND_ROW = 16.0
KEEP = 6 * cm

LINE_STYLES: dict[RelationKind, tuple[float, list[float] | None]] = {
    RelationKind.WORKS_WITH: (1.0, None),
    RelationKind.ADVISES: (1.0, [5, 3]),
    RelationKind.MEMBER_OF: (1.6, [0.1, 3]),
    RelationKind.FUNDS: (3.0, None),
    RelationKind.OPPOSES: (1.0, [6, 2, 1.5, 2]),
}
"""(width, dash pattern) per relation: line styles, not colours, tell them apart on paper."""
UNDIRECTED = {RelationKind.WORKS_WITH}


def _text(x: float, y: float, text: str, **style: Any) -> String:
    """A label in the embedded font (never Helvetica), 10 pt unless told otherwise."""
    options: dict[str, Any] = {"fontName": FONT, "fontSize": FONT_SIZE, **style}
    return String(x, y, text, **options)


# -- the grid ----------------------------------------------------------------------------------


def _at(attitude: float, influence: float) -> tuple[float, float]:
    """Drawing coordinates of a point on the grid."""
    return (
        GRID_LEFT + (attitude - X_LOW) * STEP_X,
        GRID_BOTTOM + (influence - Y_LOW) * STEP_Y,
    )


def _line(start: tuple[float, float], end: tuple[float, float], **style: Any) -> Line:
    return Line(*start, *end, **style)


def _grid_lines(drawing: Drawing) -> None:
    """The frame, a thin line per score, and heavier lines between the quadrants."""
    left, bottom = _at(X_LOW, Y_LOW)
    right, top = _at(X_HIGH, Y_HIGH)
    frame = Rect(left, bottom, right - left, top - bottom)
    # Set here, not as keywords: the stubs declare Rect's **kw without Unpack.
    frame.fillColor, frame.strokeColor, frame.strokeWidth = None, GREY, 0.5
    drawing.add(frame)
    for attitude in ATTITUDE:
        drawing.add(
            _line(
                _at(attitude, Y_LOW + 0.4),
                _at(attitude, Y_HIGH - 0.4),
                strokeColor=LIGHT,
                strokeWidth=0.5,
            )
        )
    for influence in INFLUENCE:
        drawing.add(
            _line(
                _at(X_LOW + 0.3, influence),
                _at(X_HIGH - 0.3, influence),
                strokeColor=LIGHT,
                strokeWidth=0.5,
            )
        )
    # High influence is 3 or more, for is 1 or more: the borders lie halfway.
    drawing.add(_line(_at(FOR - 0.5, Y_LOW), _at(FOR - 0.5, Y_HIGH), strokeWidth=1.5))
    drawing.add(
        _line(_at(X_LOW, HIGH_INFLUENCE - 0.5), _at(X_HIGH, HIGH_INFLUENCE - 0.5), strokeWidth=1.5)
    )


def _quadrant_labels(drawing: Drawing) -> None:
    """Each quadrant's name small and grey in its outer corner, clear of the points."""
    left, bottom = _at(X_LOW, Y_LOW)
    right, top = _at(X_HIGH, Y_HIGH)
    corners = (
        (Quadrant.SATISFIED, left + 4, top - 12, "start"),
        (Quadrant.CLOSELY, right - 4, top - 12, "end"),
        (Quadrant.MONITOR, left + 4, bottom + 5, "start"),
        (Quadrant.INFORMED, right - 4, bottom + 5, "end"),
    )
    for quadrant, x, y, anchor in corners:
        drawing.add(_text(x, y, quadrant.label, fontSize=9, fillColor=GREY, textAnchor=anchor))


def _axes(drawing: Drawing) -> None:
    """Scores along both axes, "against … for" under the attitudes, and the axis titles."""
    _left, bottom = _at(X_LOW, Y_LOW)
    for influence in INFLUENCE:
        x, y = _at(X_LOW, influence)
        drawing.add(_text(x - 6, y - 3.5, str(influence), textAnchor="end"))
    words = {ATTITUDE.start: _("against"), 0: _("neutral"), ATTITUDE.stop - 1: _("for")}
    for attitude in ATTITUDE:
        x, _y = _at(attitude, Y_LOW)
        drawing.add(
            _text(x, bottom - 12, f"{attitude:+d}" if attitude else "0", textAnchor="middle")
        )
        if attitude in words:
            drawing.add(_text(x, bottom - 24, words[attitude], textAnchor="middle"))
    centre_x, _y = _at(0, Y_LOW)
    drawing.add(
        _text(
            centre_x,
            bottom - 38,
            _("attitude towards our cause"),
            fontName=FONT_BOLD,
            textAnchor="middle",
        )
    )
    _x, centre_y = _at(X_LOW, 3)
    title = Group(_text(0, 0, _("influence"), fontName=FONT_BOLD, textAnchor="middle"))
    title.translate(12, centre_y)
    title.rotate(90)
    drawing.add(title)


def _dot(x: float, y: float, open_circle: bool, radius: float = DOT) -> Circle:
    """Filled: contact in the last year; open: still to approach."""
    fill = colors.white if open_circle else colors.black
    return Circle(x, y, radius, fillColor=fill, strokeColor=colors.black, strokeWidth=1)


def _dot_legend(drawing: Drawing) -> None:
    """Filled and open circle explained, one line each (in Dutch they do not fit side by side)."""
    left, _bottom = _at(X_LOW, Y_LOW)
    lines = ((False, _("contact in the last year")),
             (True, _("still to approach: no contact in the last year")))  # fmt: skip
    for row, (open_circle, text) in enumerate(lines):
        y = 4.0 + LEGEND_ROW * (1 - row)
        drawing.add(_dot(left + 4, y + 3.5, open_circle))
        drawing.add(_text(left + 12, y, text))


def grid_picture(analysis: Analysis) -> Drawing:
    """The placed parties at their (spread) scores, each with its number in the list."""
    height = GRID_BOTTOM + (Y_HIGH - Y_LOW) * STEP_Y + GRID_TOP
    drawing = blank_drawing(PICTURE_WIDTH, height, FONT_SIZE)
    _grid_lines(drawing)
    _quadrant_labels(drawing)
    _axes(drawing)
    _dot_legend(drawing)
    placed = [party for party in analysis.parties if party.placed]
    positions = spread(placed)
    for party in placed:
        x, y = _at(*positions[party.ref])
        drawing.add(_dot(x, y, party.to_approach(analysis.today)))
        drawing.add(
            _text(x + DOT + 1, y + 1.5, str(analysis.number(party.ref)), fontSize=NUMBER_SIZE)
        )
    return drawing


# -- the network -------------------------------------------------------------------------------


def _relation_line(
    start: tuple[float, float], end: tuple[float, float], kind: RelationKind
) -> Line:
    width, dashes = LINE_STYLES[kind]
    return _line(start, end, strokeWidth=width, strokeDashArray=dashes, strokeLineCap=1)


def _arrow_head(tip: tuple[float, float], direction: tuple[float, float]) -> Polygon:
    """A small filled triangle at ``tip`` pointing along the unit vector ``direction``."""
    (x, y), (dx, dy) = tip, direction
    back_x, back_y = x - 8 * dx, y - 8 * dy
    return Polygon(
        [x, y, back_x - 3.5 * dy, back_y + 3.5 * dx, back_x + 3.5 * dy, back_y - 3.5 * dx],
        fillColor=colors.black,
        strokeWidth=0,
    )


def _opposes_mark(drawing: Drawing, x: float, y: float) -> None:
    """A "×" on a white spot, so "opposes" reads without colour."""
    drawing.add(Circle(x, y, 6.5, fillColor=colors.white, strokeColor=None))
    drawing.add(_text(x, y - 4, "×", fontName=FONT_BOLD, fontSize=12, textAnchor="middle"))


def _link(
    drawing: Drawing, link: Link, centres: dict[ContactRef, tuple[float, float]], radius: float
) -> None:
    """One relation from edge to edge of its two circles, arrowed when it has a direction."""
    (x1, y1), (x2, y2) = centres[link.source], centres[link.target]
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    dx, dy = (x2 - x1) / length, (y2 - y1) / length
    start = (x1 + dx * radius, y1 + dy * radius)
    tip = (x2 - dx * radius, y2 - dy * radius)
    directed = link.kind not in UNDIRECTED
    end = (tip[0] - 6 * dx, tip[1] - 6 * dy) if directed else tip
    drawing.add(_relation_line(start, end, link.kind))
    if directed:
        drawing.add(_arrow_head(tip, (dx, dy)))


def _line_legend(drawing: Drawing) -> None:
    """The line styles in two rows of three, the last place for the open circle."""
    column = PICTURE_WIDTH / 3
    kinds = list(RelationKind)
    for index, kind in enumerate(kinds):
        row, place = divmod(index, 3)
        x, y = place * column, LEGEND_ROW * (1 - row) + 4
        drawing.add(_relation_line((x, y + 3.5), (x + 30, y + 3.5), kind))
        if kind is RelationKind.OPPOSES:
            _opposes_mark(drawing, x + 15, y + 3.5)
        drawing.add(_text(x + 36, y, kind.label))
    x, y = (len(kinds) % 3) * column, 4.0
    drawing.add(Circle(x + 15, y + 3.5, 6, fillColor=colors.white, strokeColor=colors.black))
    drawing.add(_text(x + 36, y, _("still to approach")))


def network_picture(analysis: Analysis, shown: list[Party]) -> Drawing:
    """``shown`` on a circle, numbered as in the list, with lines for their relations."""
    radius = max(6.0, min(10.0, math.pi * RING / max(len(shown), 1) * 0.8))
    legend = 2 * LEGEND_ROW + 14
    drawing = blank_drawing(PICTURE_WIDTH, legend + 2 * (RING + radius + 2))
    centre_x, centre_y = PICTURE_WIDTH / 2, legend + RING + radius + 2
    centres = {
        ref: (centre_x + x * RING, centre_y - y * RING)
        for ref, (x, y) in circle_layout([party.ref for party in shown]).items()
    }
    visible = [link for link in analysis.links if {link.source, link.target} <= centres.keys()]
    for link in visible:
        _link(drawing, link, centres, radius)
    for link in visible:  # after all lines, so no other line crosses the mark
        if link.kind is RelationKind.OPPOSES:
            (x1, y1), (x2, y2) = centres[link.source], centres[link.target]
            # A third of the way, not halfway: lines across the circle all meet in its middle.
            _opposes_mark(drawing, x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3)
    size = min(NUMBER_SIZE, radius * 0.95)
    for party in shown:
        x, y = centres[party.ref]
        fill = colors.white if party.to_approach(analysis.today) else NODE_FILL
        drawing.add(Circle(x, y, radius, fillColor=fill, strokeColor=colors.black, strokeWidth=1))
        drawing.add(
            _text(
                x,
                y - size * 0.35,
                str(analysis.number(party.ref)),
                fontSize=size,
                textAnchor="middle",
            )
        )
    _line_legend(drawing)
    return drawing


# -- the text ----------------------------------------------------------------------------------


def _cell(content: str | Flowable, style: Styles) -> Flowable:
    if isinstance(content, str):
        return Paragraph(escape(content).replace("\n", "<br/>"), style.body)
    return content


def _table(
    head: Sequence[str], rows: Sequence[Sequence[str | Flowable]], widths: Sequence[float]
) -> Table:
    """A table in 10 pt whose cells may be drawings, its header repeated on every page."""
    style = styles(FONT_SIZE)
    body: list[list[Flowable]] = [[*header(style, head)]]
    body += ([_cell(cell, style) for cell in row] for row in rows)
    result = Table(body, colWidths=word_widths(body, widths), repeatRows=1, hAlign="LEFT")
    result.setStyle(report_table_style(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)))
    return result


def _together(content: list[Flowable]) -> list[Flowable]:
    """A heading never alone at the foot of a page, and a long table not pushed whole to the next
    one: a section starts on a new page only when less than ``KEEP`` is left."""
    return [CondPageBreak(KEEP), *content]


def _write_line(width: float) -> Drawing:
    """Room to write a strategy by hand, on a dotted line."""
    drawing = blank_drawing(width, 24)
    drawing.add(Line(0, 2, width, 2, strokeColor=GREY, strokeWidth=0.5, strokeDashArray=[1, 2]))
    return drawing


def _last_contact(party: Party) -> str:
    return format_date(party.last_contact) if party.last_contact else NONE


def _numbered(analysis: Analysis, party: Party) -> str:
    return f"{analysis.number(party.ref)}. {party.name}"


def _parties_table(analysis: Analysis) -> Table:
    """Every party with its number in the pictures; the role under the name, and "still to
    approach" under the last contact, so the table keeps columns wide enough for 10 pt text."""
    head = [_("No."), _("Name"), _("Quadrant"), _("Last contact"), _("Open follow-ups")]
    rows = [
        [
            str(analysis.number(party.ref)),
            "\n".join(part for part in (party.name, party.detail) if part),
            party.quadrant.label if party.quadrant else _("not scored yet"),
            "\n".join(
                [_last_contact(party)]
                + ([_("still to approach")] if party.to_approach(analysis.today) else [])
            ),
            str(party.open_follow_ups),
        ]
        for party in analysis.parties
    ]
    return _table(head, rows, [30, 185, 98, 108, WIDTH - 421])


def _quadrant_section(analysis: Analysis, quadrant: Quadrant, style: Styles) -> list[Flowable]:
    """The quadrant's approach, then its parties with a strategy each (or a line to write one)."""
    found = analysis.in_quadrant(quadrant)
    intro = [
        Paragraph(escape(quadrant.label), style.heading),
        Paragraph(escape(quadrant.approach), style.body),
        Spacer(1, 6),
    ]
    if not found:
        return [*intro, Paragraph(escape(_("No parties in this quadrant.")), style.body)]
    widths = [150, 85, 72, WIDTH - 307]
    rows = [
        [
            _numbered(analysis, party),
            _last_contact(party),
            str(party.open_follow_ups),
            party.strategy or _write_line(widths[-1] - 12),
        ]
        for party in found
    ]
    head = [_("Name"), _("Last contact"), _("Open follow-ups"), _("Strategy")]
    return _together([*intro, _table(head, rows, widths)])


def _list_section(
    analysis: Analysis, heading: str, found: list[Party], empty: str, style: Styles
) -> list[Flowable]:
    """A heading with its parties (number, name, role or kind, last contact), or why none."""
    title = Paragraph(escape(heading), style.heading)
    if not found:
        return [title, Paragraph(escape(empty), style.body)]
    rows = [[str(analysis.number(p.ref)), p.name, p.detail, _last_contact(p)] for p in found]
    head = [_("No."), _("Name"), _("Role or kind"), _("Last contact")]
    return _together([title, _table(head, rows, [30, 180, 180, WIDTH - 390])])


def _network_section(analysis: Analysis, style: Styles) -> list[Flowable]:
    title = Paragraph(escape(_("Relations")), style.heading)
    if not analysis.links:
        return [title, Paragraph(escape(_("No relations recorded yet.")), style.body)]
    shown = analysis.network_parties
    if len(shown) == len(analysis.parties):
        caption = ngettext(
            "The {count} party, numbered as in the list of parties.",
            "All {count} parties, numbered as in the list of parties.",
            len(shown),
        )
    else:
        caption = ngettext(
            "The {count} party with at least one relation, numbered as in the list of parties.",
            "The {count} parties with at least one relation, numbered as in the list of parties.",
            len(shown),
        )
    caption += " " + _("An arrow points at the party that is funded, advised, joined or opposed.")
    rows = [
        [
            _numbered(analysis, _party(analysis, link.source)),
            link.kind.label,
            _numbered(analysis, _party(analysis, link.target)),
        ]
        for link in analysis.links
    ]
    return [
        KeepTogether(
            [
                title,
                network_picture(analysis, shown),
                Spacer(1, 6),
                Paragraph(escape(caption.format(count=len(shown))), style.body),
            ]
        ),
        Spacer(1, 6),
        _table([_("Party"), _("Relation"), _("With")], rows, [185, 123, WIDTH - 308]),
    ]


def _party(analysis: Analysis, ref: ContactRef) -> Party:
    return analysis.parties[analysis.number(ref) - 1]


def _opening(analysis: Analysis, style: Styles) -> list[Flowable]:
    title = _("Network analysis of {municipality}").format(municipality=analysis.municipality)
    facts = [_("Theme: {theme}").format(theme=analysis.theme)] if analysis.theme else []
    facts.append(format_date(analysis.today, "long"))
    grid = [
        Paragraph(escape(_("Grid of influence and attitude")), style.heading),
        grid_picture(analysis),
        Paragraph(escape(_("The numbers are those of the list of parties.")), style.body),
    ]
    if not any(party.placed for party in analysis.parties):
        grid.append(Paragraph(escape(_("No party has scores yet.")), style.body))
    return [
        Paragraph(escape(title), style.title),
        Paragraph(escape(" · ".join(facts)), style.body),
        KeepTogether(grid),
    ]


def network_report_pdf(analysis: Analysis, *, organisation: str, printed_on: date) -> bytes:
    """The printable netwerkanalyse of one municipality (and theme, if chosen)."""
    style = report_styles()
    story = _opening(analysis, style)
    story += _network_section(analysis, style)
    story += _together([Paragraph(escape(_("Parties")), style.heading), _parties_table(analysis)])
    for quadrant in Quadrant:
        story += _quadrant_section(analysis, quadrant, style)
    story += _list_section(
        analysis,
        _("Still to approach"),
        analysis.to_approach,
        _("Every party had contact in the last year."),
        style,
    )
    story += _list_section(
        analysis, _("Not scored yet"), analysis.unplaced, _("Every party has scores."), style
    )
    title = _("Network analysis of {municipality}").format(municipality=analysis.municipality)
    return render(story, title=title, organisation=organisation, printed_on=printed_on)
