"""Keukentafelgesprekken: the visits, one visit's details and checklist, deadlines and sheets."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.drafts import Drafts
from advocaat.app.visits import VisitBook
from advocaat.core.files import write_file_safely
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _, format_date, format_datetime
from advocaat.ui.dialogs.form_dialog import (
    choice_combo,
    from_qdate,
    from_qdatetime,
    no_choice,
    to_qdate,
)
from advocaat.ui.dialogs.template_dialogs import TemplatesDialog
from advocaat.ui.drafts import DraftKeeper
from advocaat.ui.feedback import print_to_pdf, problems_shown
from advocaat.ui.widgets import (
    FlowLayout,
    SideBySide,
    action_row,
    heading,
    name_inner_parts,
    paragraph,
    problem_label,
    scrolling,
)
from advocaat.ui.worker import save_in_worker, whole
from advocaat.visits.service import (
    DATE_COLUMNS,
    ItemState,
    VisitData,
    VisitView,
    escalation_lines,
)
from advocaat.visits.templates import ChecklistTemplate

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_LABELS = {
    "melding_on": N_("Notification (melding):"),
    "conversation_on": N_("Conversation:"),
    "report_received_on": N_("Report received:"),
    "application_on": N_("Application (aanvraag):"),
    "decision_on": N_("Decision (beschikking) made known:"),
    "notice_sent_on": N_("Ingebrekestelling sent:"),
    "notice_received_on": N_("Ingebrekestelling received:"),
    "objection_on": N_("Bezwaar lodged:"),
    "objection_decided_on": N_("Decision on the bezwaar:"),
}
FLAG_LABELS = {
    "objection_committee": N_("Advisory committee (12 weeks)"),
    "objection_extended": N_("Extended (6 weeks more)"),
}


class OptionalDate(QWidget):
    """A date that may still be unknown: a tick box and a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(_("known"))
        self.known.setAccessibleName(_("{date} is known").format(date=label))
        self.edit = QDateEdit(to_qdate(date.today()))
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(label)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def set_value(self, day: date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.known.isChecked() else None


class VisitsView(QWidget):
    visits_changed = Signal()
    signal_requested = Signal(str)
    """A signal should be made from the current visit: its municipality's CBS code (or "")."""

    def __init__(
        self,
        book: VisitBook,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
        drafts: Drafts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visits-view")
        self.book = book
        self._municipalities = municipalities
        self._current: VisitView | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Keukentafelgesprekken")))
        buttons = FlowLayout()  # wraps at 200 %, where the five buttons are wider than the screen
        self.new_button = QPushButton(_("&New visit…"))
        self.new_button.clicked.connect(self.new_visit)
        self.delete_button = QPushButton(_("&Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.templates_button = QPushButton(_("Checklist &templates…"))
        self.templates_button.clicked.connect(self.manage_templates)
        self.calendar_button = QPushButton(_("Export deadlines to &calendar…"))
        self.calendar_button.clicked.connect(self.export_calendar)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        self.signal_button = QPushButton(_("Make a &signal of this visit…"))
        self.signal_button.clicked.connect(self.request_signal)
        buttons.addWidget(self.calendar_button)
        buttons.addWidget(self.signal_button)
        buttons.addWidget(self.templates_button)
        layout.addLayout(buttons)
        splitter = SideBySide()
        self.list = QListWidget()
        self.list.setAccessibleName(_("Visits"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_args: self._show_current())
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        # Below both panes, so the row has the view's whole width to wrap in at 200 %.
        self.action_box = QWidget()
        box = QVBoxLayout(self.action_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.problem = problem_label()
        box.addWidget(self.problem)
        box.addWidget(self._build_actions())
        layout.addWidget(self.action_box)
        self._draft: DraftKeeper | None = None
        if drafts is not None:
            self._draft = DraftKeeper(
                drafts,
                "visit",
                what=_("a visit"),
                read=self._draft_fields,
                restore=self._restore_draft,
                view=self,
            )
            self._draft.watch(
                *(edit.textEdited for edit in self._draft_lines().values()),
                *(edit.textChanged for edit in self._draft_texts().values()),
            )
        self.refresh()
        name_inner_parts(self)

    # -- building ----------------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = paragraph(_("Choose a visit, or start a new one."))
        layout.addWidget(self.empty)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        # Two tabs, so the checklist gets the whole height instead of hiding below the form.
        self.tabs = QTabWidget()
        form_layout = QVBoxLayout()
        form_layout.addLayout(self._build_form())
        form_layout.addWidget(QLabel(_("Deadlines (indicative)")))
        self.deadlines = QListWidget()
        self.deadlines.setAccessibleName(_("Deadlines"))
        self.deadlines.setMaximumHeight(self.deadlines.fontMetrics().height() * 6)
        form_layout.addWidget(self.deadlines)
        # The fields scroll; Save and the print buttons below the tabs stay in sight.
        self.tabs.addTab(scrolling(form_layout), _("&Details and deadlines"))
        checklist_page = QWidget()
        self._build_checklist(QVBoxLayout(checklist_page))
        self.tabs.addTab(checklist_page, _("Chec&klist"))
        details.addWidget(self.tabs, 1)
        layout.addWidget(self.details, 1)
        return box

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.member_name = QLineEdit()
        self.member_contact = QLineEdit()
        self.municipality = choice_combo(
            [(name, code) for code, name in self._municipalities], None, no_choice()
        )
        self.planned_at = QDateTimeEdit()
        self.planned_at.setCalendarPopup(True)
        self.place = QLineEdit()
        self.consulent = choice_combo(
            [(name, identifier) for identifier, name in self.book.consultants()], None, no_choice()
        )
        self.consulent_name = QLineEdit()
        self.consulent_name.setPlaceholderText(_("if the consultant is not in the contact book"))
        self.client_supporter = QLineEdit()
        self.volunteer = QLineEdit()
        self.help_question = QPlainTextEdit()
        self.goals = QPlainTextEdit()
        self.outcome = QPlainTextEdit()
        for edit in (self.help_question, self.goals, self.outcome):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().height() * 4)
        for label, field in (
            (_("Member (name or initials):"), self.member_name),
            (_("How to reach the member:"), self.member_contact),
            (_("Municipality:"), self.municipality),
            (_("Date and time:"), self.planned_at),
            (_("Place:"), self.place),
            (_("Wmo consultant:"), self.consulent),
            (_("Consultant (other):"), self.consulent_name),
            (_("Client supporter:"), self.client_supporter),
            (_("Volunteer:"), self.volunteer),
            (_("Question for help:"), self.help_question),
            (_("Goals:"), self.goals),
            (_("Outcome:"), self.outcome),
        ):
            form.addRow(label, field)
        self.dates = {}
        for column in DATE_COLUMNS:
            label = _(DATE_LABELS[column])
            self.dates[column] = OptionalDate(label.rstrip(":"))
            form.addRow(label, self.dates[column])
        self.flags = {flag: QCheckBox(_(text)) for flag, text in FLAG_LABELS.items()}
        for box in self.flags.values():
            form.addRow(_("Bezwaar:"), box)
        self.dwangsom = paragraph("")
        self.dwangsom.setAccessibleName(_("Dwangsom"))
        form.addRow(_("Dwangsom:"), self.dwangsom)
        return form

    def _build_checklist(self, details: QVBoxLayout) -> None:
        self.checklist = QTableWidget(0, 3)
        self.checklist.setAccessibleName(_("Checklist"))
        self.checklist.setHorizontalHeaderLabels([_("Item"), _("State"), _("Note")])
        self.checklist.verticalHeader().hide()
        self.checklist.setWordWrap(True)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Small on a laptop at 200 %; the table grows with the window.
        self.checklist.setMinimumHeight(self.checklist.fontMetrics().height() * 4)
        details.addWidget(self.checklist, 1)

    def _build_actions(self) -> QWidget:
        self.save_button = QPushButton(_("&Save"))
        self.save_button.clicked.connect(self.save)
        self.large = QCheckBox(_("&Large print"))
        buttons = []
        for sheet, text in (
            ("preparation", _("Print p&reparation sheet…")),
            ("conversation", _("Print c&onversation sheet…")),
            ("followup", _("Print &follow-up sheet…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=sheet: self.print_sheet(s))
            buttons.append(button)
        return action_row(self.save_button, *buttons, self.large)

    # -- behaviour ---------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        chosen = select_id or (self._current.id if self._current else None)
        self.list.blockSignals(True)
        self.list.clear()
        with problems_shown(self):
            for view in self.book.views():
                when = format_datetime(view.planned_at, "short") if view.planned_at else ""
                text = " · ".join(
                    part for part in (view.member_name, view.municipality, when) if part
                )
                item = QListWidgetItem(text)
                item.setData(VISIT_ROLE, view.id)
                self.list.addItem(item)
                if view.id == chosen:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(VISIT_ROLE) if item else None

    def _show_current(self) -> None:
        identifier = self.current_id()
        self._current = None
        self.problem.hide()
        if identifier is not None:
            with problems_shown(self):
                self._current = self.book.view(identifier)
        self.details.setVisible(self._current is not None)
        self.action_box.setVisible(self._current is not None)
        self.empty.setVisible(self._current is None)
        self.delete_button.setEnabled(self._current is not None)
        if self._current is not None:
            self._fill(self._current)

    def _fill(self, view: VisitView) -> None:
        self.member_name.setText(view.member_name)
        self.member_contact.setText(view.member_contact)
        self.municipality.setCurrentIndex(
            max(self.municipality.findText(view.municipality), 0) if view.municipality else 0
        )
        planned = view.planned_at or datetime.now().replace(minute=0, second=0, microsecond=0)
        self.planned_at.setDateTime(
            QDateTime(to_qdate(planned.date()), QTime(planned.hour, planned.minute))
        )
        self.place.setText(view.place)
        self.consulent.setCurrentIndex(max(self.consulent.findText(view.consulent), 0))
        self.consulent_name.setText("" if self.consulent.currentData() else view.consulent)
        self.client_supporter.setText(view.client_supporter)
        self.volunteer.setText(view.volunteer)
        self.help_question.setPlainText(view.help_question)
        self.goals.setPlainText(view.goals)
        self.outcome.setPlainText(view.outcome)
        for column, widget in self.dates.items():
            widget.set_value(view.dates.get(column))
        for flag, box in self.flags.items():
            box.setChecked(getattr(view, flag))
        self.dwangsom.setText(
            "\n".join(escalation_lines(view, date.today()))
            or _("None: no ingebrekestelling after the beslistermijn passed.")
        )
        self.deadlines.clear()
        for deadline in view.deadlines:
            self.deadlines.addItem(
                f"{format_date(deadline.due)}: {deadline.rule.label()} ({deadline.rule.source})"
            )
        if not view.deadlines:
            self.deadlines.addItem(_("No deadlines yet: fill in the date of the notification."))
        self.checklist.setRowCount(len(view.items))
        for row, item in enumerate(view.items):
            text = QTableWidgetItem(f"{item.section}: {item.text}")
            text.setToolTip(item.help)
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
            text.setData(VISIT_ROLE, item.id)
            self.checklist.setItem(row, 0, text)
            state = QComboBox()
            for choice in ItemState:
                state.addItem(choice.label, choice.value)
            state.setCurrentIndex(state.findData(item.state.value))
            state.setAccessibleName(_("State of: {item}").format(item=item.text))
            name_inner_parts(state)
            self.checklist.setCellWidget(row, 1, state)
            self.checklist.setItem(row, 2, QTableWidgetItem(item.note))
        self.checklist.resizeRowsToContents()
        if self._draft is not None:
            self._draft.start_from()

    # -- the draft: what is typed survives a crash ------------------------------------------------

    def _draft_lines(self) -> dict[str, QLineEdit]:
        return {
            "member_name": self.member_name,
            "member_contact": self.member_contact,
            "place": self.place,
            "consulent_name": self.consulent_name,
            "client_supporter": self.client_supporter,
            "volunteer": self.volunteer,
        }

    def _draft_texts(self) -> dict[str, QPlainTextEdit]:
        return {"help_question": self.help_question, "goals": self.goals, "outcome": self.outcome}

    def _draft_fields(self) -> dict[str, str]:
        fields = {name: edit.text() for name, edit in self._draft_lines().items()}
        fields |= {name: edit.toPlainText() for name, edit in self._draft_texts().items()}
        return fields | {"visit": str(self._current.id) if self._current else ""}

    def _restore_draft(self, fields: dict[str, str]) -> None:
        visit = fields.get("visit", "")
        if not visit.isdigit():
            return
        self.refresh(int(visit))
        if self._current is None or self._current.id != int(visit):
            return  # the visit is gone: nothing to put the text back into
        for name, line in self._draft_lines().items():
            line.setText(fields.get(name, ""))
        for name, text in self._draft_texts().items():
            text.setPlainText(fields.get(name, ""))

    def offer_draft(self) -> bool:
        """After a crash: offer the visit that was being typed; ``True`` when it came back."""
        return self._draft is not None and self._draft.offer()

    def data(self) -> VisitData:
        return VisitData(
            member_name=self.member_name.text(),
            member_contact=self.member_contact.text(),
            municipality_code=self.municipality.currentData(),
            planned_at=from_qdatetime(self.planned_at.dateTime()),
            place=self.place.text(),
            consulent_id=self.consulent.currentData(),
            consulent_name=self.consulent_name.text(),
            client_supporter=self.client_supporter.text(),
            volunteer=self.volunteer.text(),
            help_question=self.help_question.toPlainText(),
            goals=self.goals.toPlainText(),
            outcome=self.outcome.toPlainText(),
            dates={column: widget.value() for column, widget in self.dates.items()},
            **{flag: box.isChecked() for flag, box in self.flags.items()},
        )

    def checklist_values(self) -> list[tuple[int, ItemState, str]]:
        values = []
        for row in range(self.checklist.rowCount()):
            state = cast(QComboBox, self.checklist.cellWidget(row, 1))  # a combo in every row
            note = self.checklist.item(row, 2)
            values.append(
                (
                    self.checklist.item(row, 0).data(VISIT_ROLE),  # type: ignore[union-attr]  # every row has an item in column 0
                    ItemState(state.currentData()),
                    note.text() if note else "",
                )
            )
        return values

    def save(self) -> bool:
        """Save the visit and its checklist; a refusal is shown here and nothing is saved."""
        if self._current is None:
            return False
        try:
            self.book.save(self._current.id, self.data(), self.checklist_values())
        except UserFacingError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return False
        self.refresh(self._current.id)
        self.visits_changed.emit()
        return True

    def request_signal(self) -> None:
        """Hand over the municipality only: the member's own fields never go into a signal."""
        if self._current is not None:
            self.signal_requested.emit(self.municipality.currentData() or "")

    def manage_templates(self) -> None:
        TemplatesDialog(self.book, self).exec()

    def new_visit(self) -> None:
        name, accepted = QInputDialog.getText(
            self, _("New visit"), _("Name or initials of the member:")
        )
        if not accepted:
            return
        templates = self.book.templates()
        titles = [
            f"{t.title} ({_('version {version}').format(version=t.version)})" for t in templates
        ]
        chosen, accepted = QInputDialog.getItem(
            self, _("New visit"), _("Checklist template:"), titles, 0, False
        )
        if accepted:
            self.create_visit(name, templates[titles.index(chosen)])

    def create_visit(
        self, member_name: str, template: ChecklistTemplate | None = None
    ) -> int | None:
        chosen = template or self.book.templates()[0]
        with problems_shown(self):
            identifier = self.book.create(VisitData(member_name=member_name), chosen)
            self.refresh(identifier)
            self.visits_changed.emit()
            return identifier
        return None

    def delete_current(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(
            self,
            _("Delete visit"),
            _("Delete the visit of {member}? This cannot be undone.").format(
                member=self._current.member_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            with problems_shown(self):
                self.book.delete(self._current.id)
            self._current = None
            self.refresh()
            self.visits_changed.emit()

    def print_sheet(self, sheet: str) -> None:
        if self._current is None or not self.save():
            return
        print_to_pdf(
            self, _("Print sheet"), f"{sheet}.pdf", lambda path: self.write_sheet(sheet, path)
        )

    def export_calendar(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export deadlines to calendar"), "termijnen.ics", _("Calendar (*.ics)")
        )
        if path:
            with problems_shown(self):
                write_file_safely(path, self.book.calendar(date.today()))

    def write_sheet(self, sheet: str, path: str | Path) -> None:
        assert self._current is not None
        visit, large = self._current.id, self.large.isChecked()
        save_in_worker(
            self,
            path,
            whole(path, lambda: self.book.sheet(visit, sheet, large=large, today=date.today())),
        )
