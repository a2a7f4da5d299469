"""Start: the overview a volunteer sees first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.core.timing import Timing
from advocaat.i18n import _, format_date
from advocaat.office.picture import PictureFilter
from advocaat.ui.controller import AppController
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import heading, paragraph
from advocaat.ui.worker import save_in_worker, whole

MOMENT_ROLE = Qt.ItemDataRole.UserRole + 1
VISIT_ROLE = Qt.ItemDataRole.UserRole + 2
LETTER_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on an overdue decision of the municipality: the member can send an ingebrekestelling."""
LETTER_KINDS = {".pdf": "pdf", ".docx": "docx"}


def _item(text: str, timing: Timing | None) -> QListWidgetItem:
    """A line of a list; an overdue one says so in words and stands out in bold."""
    if timing is not Timing.OVERDUE:
        return QListWidgetItem(text)
    item = QListWidgetItem(_("Overdue since {text}").format(text=text))
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    return item


class StartView(QWidget):
    setup_requested = Signal()
    visit_requested = Signal(int)
    """The volunteer wants to open a visit (its id), to record what happened about a deadline."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-view")
        self._controller = controller
        layout = QVBoxLayout(self)
        setup = controller.setup()
        if setup is None:
            layout.addWidget(heading(_("Welcome to Advocaat")))
            layout.addWidget(
                paragraph(
                    _(
                        "Advocaat is not set up yet. Tell it which organisation you work for and"
                        " which municipalities you follow."
                    )
                )
            )
            self.setup_button = QPushButton(_("&Set up Advocaat…"))
            self.setup_button.clicked.connect(self.setup_requested)
            layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(heading(setup.organisation))
            names = controller.municipality_names(setup.municipalities)
            if names:
                layout.addWidget(
                    paragraph(_("Your municipalities: {names}").format(names=", ".join(names)))
                )
            elif not controller.is_national_office():  # the office serves every municipality
                layout.addWidget(paragraph(_("You have not chosen any municipalities yet.")))

        follow_ups = QGroupBox(_("To follow up this week"))
        follow_up_layout = QVBoxLayout(follow_ups)
        self.follow_ups = QListWidget()
        self.follow_ups.setAccessibleName(_("Follow-ups due this week"))
        self.follow_ups.setWordWrap(True)
        follow_up_layout.addWidget(self.follow_ups)
        self.done_button = QPushButton(_("Mark the chosen follow-up as &done"))
        self.done_button.clicked.connect(self.mark_done)
        follow_up_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(follow_ups)

        layout.addWidget(self._build_deadlines())

        signals = QGroupBox(_("Recent signals"))
        self.signals = QListWidget()
        self.signals.setAccessibleName(_("Recent signals"))
        self.signals.setWordWrap(True)
        QVBoxLayout(signals).addWidget(self.signals)
        layout.addWidget(signals)
        layout.addStretch(1)
        self.refresh()

    def _build_deadlines(self) -> QGroupBox:
        deadlines = QGroupBox(_("Deadlines to watch"))
        deadline_layout = QVBoxLayout(deadlines)
        self.deadlines = QListWidget()
        self.deadlines.setAccessibleName(_("Deadlines to watch, overdue ones first"))
        self.deadlines.setWordWrap(True)
        self.deadlines.itemActivated.connect(lambda _item: self.open_visit())
        deadline_layout.addWidget(self.deadlines)
        self.visit_button = QPushButton(_("&Open the visit of the chosen deadline"))
        self.visit_button.clicked.connect(self.open_visit)
        self.letter_button = QPushButton(_("Make an &ingebrekestelling…"))
        self.letter_button.setToolTip(
            _("A letter to the municipality that has not decided in time (Awb 4:17)")
        )
        self.letter_button.clicked.connect(self.make_letter)
        self.deadlines.currentItemChanged.connect(lambda *_args: self._enable_letter())
        deadline_layout.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignLeft)
        deadline_layout.addWidget(self.letter_button, 0, Qt.AlignmentFlag.AlignLeft)
        deadline_layout.addWidget(
            paragraph(_("Indicative dates, counted by the Algemene termijnenwet."))
        )
        return deadlines

    def refresh(self) -> None:
        """Show the overdue follow-ups and deadlines on top, then those of the coming weeks."""
        self._refresh_follow_ups()
        self._refresh_deadlines()
        self._refresh_signals()

    def _refresh_signals(self) -> None:
        """The newest signals: the volunteer's own, or at the office the newest received."""
        self.signals.clear()
        office = self._controller.is_national_office()
        with problems_shown(self):
            if office:
                for received in self._controller.office.page(PictureFilter(), 0, 5):
                    self.signals.addItem(
                        _("{date}, {municipality} (from {sender}): {text}").format(
                            date=format_date(received.happened_on),
                            municipality=received.municipality,
                            sender=received.sender,
                            text=received.text,
                        )
                    )
            else:
                for row in self._controller.signals.recent():
                    self.signals.addItem(
                        _("{date}, {municipality}: {text}").format(
                            date=format_date(row.happened_on),
                            municipality=row.municipality,
                            text=row.text,
                        )
                    )
        if self.signals.count() == 0 and office:
            self.signals.addItem(
                _(
                    "No signals received yet. Read the export files of the volunteers under"
                    " National picture."
                )
            )
        elif self.signals.count() == 0:
            self.signals.addItem(_("No signals yet. The signals you record will appear here."))
        self.signals.setMaximumHeight(
            self.signals.fontMetrics().height() * max(3, min(self.signals.count(), 6) + 1) * 2
        )

    def _refresh_deadlines(self) -> None:
        self.deadlines.clear()
        with problems_shown(self):
            for upcoming in self._controller.visits.upcoming(date.today()):
                deadline = upcoming.deadline
                text = _("{due}: {what} ({member}; {source})").format(
                    due=format_date(deadline.due),
                    what=deadline.rule.label(),
                    member=upcoming.member_name,
                    source=deadline.rule.source,
                )
                item = _item(text, upcoming.timing)
                item.setData(VISIT_ROLE, upcoming.visit_id)
                item.setData(
                    LETTER_ROLE,
                    deadline.rule.id == "decision" and upcoming.timing is Timing.OVERDUE,
                )
                self.deadlines.addItem(item)
        empty = self.deadlines.count() == 0
        if empty:
            self.deadlines.addItem(
                _("No deadlines. Deadlines of keukentafelgesprekken will appear here.")
            )
        self.visit_button.setEnabled(not empty)
        self._enable_letter()
        self.deadlines.setMaximumHeight(
            self.deadlines.fontMetrics().height() * max(3, min(self.deadlines.count(), 8) + 1) * 2
        )

    def _refresh_follow_ups(self) -> None:
        self.follow_ups.clear()
        today = date.today()
        with problems_shown(self):
            for line in self._controller.contacts.follow_ups_due(today):
                due = line.follow_up_due or today
                text = _("{due}: {what} ({who})").format(
                    due=format_date(due), what=line.follow_up, who=line.who
                )
                item = _item(text, line.timing(today))
                item.setData(MOMENT_ROLE, line.id)
                self.follow_ups.addItem(item)
        empty = self.follow_ups.count() == 0
        if empty:
            self.follow_ups.addItem(
                _("Nothing to follow up. Follow-ups from your contact moments will appear here.")
            )
        self.done_button.setEnabled(not empty)
        self.follow_ups.setMaximumHeight(
            self.follow_ups.fontMetrics().height() * max(3, min(self.follow_ups.count(), 8) + 1) * 2
        )

    def open_visit(self) -> None:
        item = self.deadlines.currentItem()
        visit_id = item.data(VISIT_ROLE) if item else None
        if visit_id is not None:
            self.visit_requested.emit(visit_id)

    def _enable_letter(self) -> None:
        item = self.deadlines.currentItem()
        self.letter_button.setEnabled(bool(item and item.data(LETTER_ROLE)))

    def make_letter(self) -> None:
        """Write the ingebrekestelling of the chosen overdue decision, as PDF or .docx."""
        item = self.deadlines.currentItem()
        if item is None or not item.data(LETTER_ROLE):
            return
        visit_id: int = item.data(VISIT_ROLE)
        word = _("Word documents (*.docx)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            _("Make an ingebrekestelling"),
            "ingebrekestelling.pdf",
            ";;".join((_("PDF files (*.pdf)"), word)),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in LETTER_KINDS:
            target = target.with_name(target.name + (".docx" if chosen == word else ".pdf"))
        kind = LETTER_KINDS[target.suffix.lower()]
        book = self._controller.visits
        save_in_worker(
            self,
            target,
            whole(target, lambda: book.letter(visit_id, kind, today=date.today())),
        )

    def mark_done(self) -> None:
        item = self.follow_ups.currentItem()
        moment_id = item.data(MOMENT_ROLE) if item else None
        if moment_id is None:
            return
        with problems_shown(self):
            self._controller.contacts.mark_done(moment_id)
        self.refresh()
