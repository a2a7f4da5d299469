"""The pictures of the netwerkanalyse: the influence/attitude grid, where a point can be dragged
to new scores, and the network of relations. Dark on white, so they also print in black and white.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from advocaat.contacts.search import ContactRef
from advocaat.i18n import _
from advocaat.network.grid import ATTITUDE, INFLUENCE, Party, Quadrant, spread
from advocaat.network.relations import Link, RelationKind, circle_layout

CELL = 110.0
"""Scene units per score step."""
DOT = 16.0
INK = QColor("#222222")
GREY = QColor("#777777")


def scene_point(attitude: float, influence: float) -> QPointF:
    """Scene coordinates: attitude to the right, influence upwards."""
    return QPointF((attitude - ATTITUDE.start) * CELL, (INFLUENCE.stop - 1 - influence) * CELL)


def scores_at(point: QPointF) -> tuple[int, int]:
    """The nearest (influence, attitude) on the grid, kept inside its ranges."""
    attitude = round(point.x() / CELL) + ATTITUDE.start
    influence = INFLUENCE.stop - 1 - round(point.y() / CELL)
    return (
        min(max(influence, INFLUENCE.start), INFLUENCE.stop - 1),
        min(max(attitude, ATTITUDE.start), ATTITUDE.stop - 1),
    )


class PartyDot(QGraphicsEllipseItem):
    """One party on the grid; dropping it anywhere gives it the scores of the nearest point."""

    def __init__(self, scene: GridScene, party: Party, number: int, to_approach: bool) -> None:
        super().__init__(-DOT / 2, -DOT / 2, DOT, DOT)
        self._grid = scene
        self.party = party
        self.setPen(QPen(INK, 2))
        # Open circle: no contact moment in the last year ("nog te benaderen").
        self.setBrush(QBrush(Qt.GlobalColor.white if to_approach else INK))
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(f"{number}. {party.name}")
        label = QGraphicsSimpleTextItem(f"{number}", self)
        label.setPos(DOT / 2 + 2, -DOT)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        influence, attitude = scores_at(self.pos())
        if (influence, attitude) != (self.party.influence, self.party.attitude):
            self._grid.moved.emit(self.party.ref, influence, attitude)
        else:
            self.setPos(self._grid.home[self.party.ref])


class GridScene(QGraphicsScene):
    moved = Signal(object, int, int)
    """A party was dropped on new scores: (ref, influence, attitude)."""

    def __init__(self) -> None:
        super().__init__()
        self.home: dict[ContactRef, QPointF] = {}
        self.dots: dict[ContactRef, PartyDot] = {}

    def show_parties(
        self, placed: list[Party], numbers: dict[ContactRef, int], today: date
    ) -> None:
        self.clear()
        self.home.clear()
        self.dots.clear()
        self._draw_grid()
        by_ref = {party.ref: party for party in placed}
        for ref, (x, y) in spread(placed).items():
            party = by_ref[ref]
            dot = PartyDot(self, party, numbers[ref], party.to_approach(today))
            self.home[ref] = scene_point(x, y)
            dot.setPos(self.home[ref])
            self.addItem(dot)
            self.dots[ref] = dot

    def _draw_grid(self) -> None:
        thin, thick = QPen(QColor("#cccccc"), 1), QPen(INK, 2)
        low, high = ATTITUDE.start, ATTITUDE.stop - 1
        for attitude in ATTITUDE:
            self.addLine(*_line(scene_point(attitude, 1), scene_point(attitude, 5)), thin)
        for influence in INFLUENCE:
            self.addLine(*_line(scene_point(low, influence), scene_point(high, influence)), thin)
        # The quadrants: influence 3 and more is high, attitude 1 and more is for.
        self.addLine(*_line(scene_point(0.5, 0.6), scene_point(0.5, 5.4)), thick)
        self.addLine(*_line(scene_point(low - 0.4, 2.5), scene_point(high + 0.4, 2.5)), thick)
        corners = (
            (Quadrant.SATISFIED, scene_point(low - 0.4, 5.45), False),
            (Quadrant.CLOSELY, scene_point(high + 0.4, 5.45), True),
            (Quadrant.MONITOR, scene_point(low - 0.4, 0.75), False),
            (Quadrant.INFORMED, scene_point(high + 0.4, 0.75), True),
        )
        for quadrant, point, right in corners:
            text = self.addSimpleText(quadrant.label)
            text.setBrush(GREY)
            text.setPos(point.x() - (text.boundingRect().width() if right else 0), point.y())
        self._axis_labels()

    def _axis_labels(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for attitude, text in ((-2, _("against")), (0, _("neutral")), (2, _("for"))):
            label = self.addSimpleText(text)
            point = scene_point(attitude, 0.55)
            label.setPos(point.x() - label.boundingRect().width() / 2, point.y())
        for influence in INFLUENCE:
            label = self.addSimpleText(str(influence))
            point = scene_point(ATTITUDE.start - 0.55, influence)
            label.setPos(point.x(), point.y() - label.boundingRect().height() / 2)
        axis = self.addSimpleText(_("influence"))
        axis.setFont(bold)
        axis.setRotation(-90)
        point = scene_point(ATTITUDE.start - 0.85, 3)
        axis.setPos(point.x(), point.y() + axis.boundingRect().width() / 2)
        title = self.addSimpleText(_("attitude towards our cause"))
        title.setFont(bold)
        point = scene_point(0, 0.25)
        title.setPos(point.x() - title.boundingRect().width() / 2, point.y())


def _line(start: QPointF, end: QPointF) -> tuple[float, float, float, float]:
    return start.x(), start.y(), end.x(), end.y()


PEN_STYLES = {
    RelationKind.WORKS_WITH: (Qt.PenStyle.SolidLine, 1.5),
    RelationKind.FUNDS: (Qt.PenStyle.SolidLine, 4.0),
    RelationKind.ADVISES: (Qt.PenStyle.DashLine, 1.5),
    RelationKind.MEMBER_OF: (Qt.PenStyle.DotLine, 2.0),
    RelationKind.OPPOSES: (Qt.PenStyle.DashDotLine, 2.5),
}
"""Line styles, not colours, tell the relations apart: they read in black and white."""


def network_scene(parties: list[Party], numbers: dict[ContactRef, int], links: list[Link],
                  today: date) -> QGraphicsScene:  # fmt: skip
    """The parties on a circle with their relations; open circles are still to approach."""
    scene = QGraphicsScene()
    radius = 260.0
    positions = circle_layout([party.ref for party in parties])
    centre = {ref: QPointF(x * radius, y * radius) for ref, (x, y) in positions.items()}
    for link in links:
        style, width = PEN_STYLES[link.kind]
        pen = QPen(INK, width)
        pen.setStyle(style)
        line = scene.addLine(*_line(centre[link.source], centre[link.target]), pen)
        line.setToolTip(link.kind.label)
    for party in parties:
        point = centre[party.ref]
        node = scene.addEllipse(QRectF(point.x() - 14, point.y() - 14, 28, 28), QPen(INK, 2),
                                QBrush(Qt.GlobalColor.white if party.to_approach(today) else
                                       QColor("#dddddd")))  # fmt: skip
        node.setToolTip(party.name)
        number = scene.addSimpleText(str(numbers[party.ref]))
        box = number.boundingRect()
        number.setPos(point.x() - box.width() / 2, point.y() - box.height() / 2)
        name = scene.addSimpleText(party.name)
        outward = 1 if point.x() >= 0 else -1
        name.setPos(point.x() + outward * 20 - (name.boundingRect().width() if outward < 0 else 0),
                    point.y() - box.height() / 2)  # fmt: skip
    return scene


class FittedView(QGraphicsView):
    """Shows the whole picture at any window size: scaled to fit, never cut off."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self.scene() is not None:
            area = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
            self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)


def render_png(scene: QGraphicsScene, path: str) -> bool:
    """The picture as a PNG file, at twice screen size so it stays sharp in a document."""
    area = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    image = QImage(int(area.width() * 2), int(area.height() * 2), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image.save(path)
