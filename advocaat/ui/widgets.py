"""Small building blocks shared by the views, so they look and read alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.i18n import _

Content = TypeVar("Content", bound=QWidget)

ACTION_ROW = "action-row"
"""The object name of a form's row of action buttons (Save, Print, Cancel), kept in sight."""


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    """A view or section title, sized relative to the user's font so 200% scaling still fits."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted``, but never beyond the screen (a 200% font makes everything larger)."""
    screen = widget.screen().availableGeometry().size()
    widget.resize(wanted.boundedTo(QSize(screen.width() * 9 // 10, screen.height() * 9 // 10)))


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to the free area of its screen and move it inside, as far as its
    minimum size lets it: a size remembered from a big monitor, or grown by a 200 % scale."""
    _bring_inside(window)
    # The frame (the title bar) is known only once the window is on the screen: again then.
    QTimer.singleShot(0, window, lambda: _bring_inside(window))


def _bring_inside(window: QWidget) -> None:
    if window.isMaximized() or window.isFullScreen():
        return
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    border = frame.size() - window.size()
    window.resize(window.size().boundedTo(area.size() - border))
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.left() + area.width() - frame.width()))
    y = max(area.top(), min(frame.top(), area.top() + area.height() - frame.height()))
    window.move(x, y)


_NARROW_FRIENDLY = "advocaat-narrow-friendly"


class FieldsScroll(QScrollArea):
    """Fields that scroll when the screen is too small, but ask for their whole size, so a
    window sized to its content shows them all where the screen has room. They scroll down,
    never sideways (see :func:`narrow_friendly_once`)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        narrow_friendly_once(self.widget())
        super().showEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        if content is None:
            return super().sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.frameWidth()
        return content.sizeHint() + QSize(frame + bar, frame)


def scrolling(content: QWidget | QLayout) -> FieldsScroll:
    """``content`` in a frameless scroll area: put a form's fields in it and keep its action
    buttons outside, so they stay in sight on a small screen."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = FieldsScroll()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def narrow_friendly_once(content: QWidget | None) -> None:
    """:func:`narrow_friendly` as ``content`` first shows, when every field has been added."""
    if content is not None and not content.property(_NARROW_FRIENDLY):
        narrow_friendly(content)
        content.setProperty(_NARROW_FRIENDLY, True)


def narrow_friendly(content: QWidget) -> None:
    """Let ``content`` get as narrow as a 1366×768 screen at 200 % leaves it, so its fields
    scroll down but never sideways: a form's field goes under its label when the two do not
    fit side by side, and a choice list may be narrower than its longest choice (it still
    asks for that width, and its open list shows every choice whole)."""
    for form in content.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    narrowest = 16 * content.fontMetrics().averageCharWidth()
    for combo in content.findChildren(QComboBox):
        combo.setMinimumWidth(narrowest)


class FlowLayout(QLayout):
    """Widgets side by side, wrapping onto the next line when the window is narrow (a row of
    buttons at 200 % scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single widget: everything else can wrap."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        owner = self.parentWidget()
        style = owner.style() if owner is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.x() + area.width():
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def action_row(*widgets: QWidget) -> QWidget:
    """A form's action buttons, wrapping when narrow; the screen test keeps them in sight."""
    row = QWidget()
    row.setObjectName(ACTION_ROW)
    layout = FlowLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Running text that wraps, can be copied with the mouse, and is read out by screen readers."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def problem_label(parent: QWidget | None = None) -> QLabel:
    """Where a form says, in one sentence, why it could not save; hidden until then."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a51d2d; font-weight: bold;")
    label.hide()
    return label


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label whose access key (``&``) moves to ``field``, which a screen reader names after it."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":"))
    name_inner_parts(field)
    return label


def name_inner_parts(root: QWidget) -> None:
    """Name the parts a screen reader reaches on their own inside ``root``'s inputs: a combo box's
    list and text field (after the combo box, or its label) and a line edit's clear button."""
    labels = {id(label.buddy()): label.text() for label in root.findChildren(QLabel)}
    combos = root.findChildren(QComboBox)
    for combo in [root, *combos] if isinstance(root, QComboBox) else combos:
        name = combo.accessibleName() or labels.get(id(combo), "")
        name = name.replace("&", "").rstrip(":")
        combo.view().setAccessibleName(name)
        if (edit := combo.lineEdit()) is not None:
            edit.setAccessibleName(name)
    edits = root.findChildren(QLineEdit)
    for edit in [root, *edits] if isinstance(root, QLineEdit) else edits:
        for button in edit.findChildren(QToolButton):
            button.setAccessibleName(_("Clear"))


class SideBySide(QSplitter):
    """A list beside its details where the window has room, the details below it where it has
    not (a laptop at 200 %): both halves keep a usable width. The window decides, not the
    splitter, whose own width its side-by-side halves may have stretched."""

    WIDE_ENOUGH_CHARACTERS = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)

    def wide_enough(self) -> bool:
        room = self.window().width()
        return room >= self.fontMetrics().averageCharWidth() * self.WIDE_ENOUGH_CHARACTERS

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        wanted = Qt.Orientation.Horizontal if self.wide_enough() else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
        super().resizeEvent(event)


class _FlowBox(QWidget):
    """Asks for the height its wrapped lines need at its width: a form layout does not ask."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        layout = self.layout()
        if layout is not None:
            self.setMinimumHeight(layout.heightForWidth(event.size().width()))
        super().resizeEvent(event)


def fields_in_flow(fields: Sequence[tuple[str, QWidget]], *after: QWidget) -> QWidget:
    """Labelled fields side by side, wrapping onto the next line when the window is narrow; each
    label stays with its field (and is its buddy, so a screen reader names the field). The
    widgets ``after`` them (buttons) flow along."""
    box = _FlowBox()
    flow = FlowLayout(box)
    flow.setContentsMargins(0, 0, 0, 0)
    for text, field in fields:
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buddy_label(text, field))
        row.addWidget(field)
        flow.addWidget(pair)
    for widget in after:
        flow.addWidget(widget)
    return box


class LazyPage(QWidget, Generic[Content]):
    """A tab's page whose content is made when the page is first shown, or first asked for: a
    view opens without building (and counting for) the tabs nobody looked at yet."""

    def __init__(self, make: Callable[[], Content], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._content: Content | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> Content | None:
        return self._content

    def content(self) -> Content:
        if self._content is None:
            self._content = self._make()
            self._layout.addWidget(self._content)
            name_inner_parts(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.content()
        super().showEvent(event)
