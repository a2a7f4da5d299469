"""Signalen: record what members run into; the privacy guard asks about every finding."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.drafts import Drafts
from advocaat.app.examples import ExampleBook, went_along
from advocaat.app.questionnaires import QuestionnaireBook
from advocaat.app.signals import SignalBook, SignalRow, SyncBook
from advocaat.errors import UserFacingError
from advocaat.i18n import _, format_amount, ngettext
from advocaat.signals.cost import Cost, CostPeriod, parse_euros
from advocaat.signals.kinds import Law, Source, Status, Urgency
from advocaat.signals.privacy import Finding
from advocaat.signals.service import SignalData, SignalFilter
from advocaat.sync.export import NothingToExportError
from advocaat.sync.feedback import EXTENSION as FEEDBACK_EXTENSION
from advocaat.ui.dialogs.examples_dialog import ExamplesDialog
from advocaat.ui.dialogs.findings import Asker, FindingsDialog, saved_after_asking
from advocaat.ui.dialogs.form_dialog import choice_combo, from_qdate, no_choice
from advocaat.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
from advocaat.ui.drafts import DraftKeeper
from advocaat.ui.feedback import problems_shown
from advocaat.ui.models.signals_model import SignalsTableModel
from advocaat.ui.widgets import (
    FlowLayout,
    SideBySide,
    action_row,
    fields_in_flow,
    heading,
    name_inner_parts,
    paragraph,
    problem_label,
    scrolling,
)
from advocaat.ui.worker import Worker


class SignalsView(QWidget):
    signals_changed = Signal()

    def __init__(
        self,
        book: SignalBook,
        sync: SyncBook,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
        drafts: Drafts | None = None,
        *,
        examples: ExampleBook | None = None,
        questionnaires: QuestionnaireBook | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signals-view")
        self.book = book
        self.sync = sync
        self.examples = examples
        self.questionnaires = questionnaires
        self._municipalities = municipalities
        self._current: SignalRow | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Signals")))
        layout.addLayout(self._build_toolbar())
        splitter = SideBySide()
        self.model = SignalsTableModel(self.book.page, self.book.count)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Signals"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._show_current())
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_form())
        self._draft: DraftKeeper | None = None
        if drafts is not None:
            self._draft = DraftKeeper(
                drafts,
                "signal",
                what=_("a signal"),
                read=self._draft_fields,
                restore=self._restore_draft,
                view=self,
            )
            self._draft.watch(
                self.text.textChanged,
                self.themes.textEdited,
                self.municipality.currentIndexChanged,
                self.happened_on.dateChanged,
                self.people.valueChanged,
                self.cost.textEdited,
            )
        layout.addWidget(splitter, 1)
        self.export_status = paragraph("")
        layout.addWidget(self.export_status)
        self.history = QListWidget()
        self.history.setAccessibleName(_("Exports made"))
        self.history.setMaximumHeight(self.history.fontMetrics().height() * 4)  # it scrolls
        layout.addWidget(QLabel(_("Exports made")))
        layout.addWidget(self.history)
        self.refresh()
        self._show_history()
        name_inner_parts(self)

    def _build_toolbar(self) -> QVBoxLayout:
        """The actions on one row, the filters below them: both fit a laptop screen."""
        buttons = FlowLayout()  # wraps at 200 %, where the four buttons are wider than the screen
        self.new_button = QPushButton(_("&New signal"))
        self.new_button.clicked.connect(self.new_signal)
        self.withdraw_button = QPushButton(_("Withd&raw"))
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.export_button = QPushButton(_("&Export for the national office…"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.feedback_button = QPushButton(_("Import feed&back…"))
        self.feedback_button.setToolTip(_("Take in the feedback file the national office sent you"))
        self.feedback_button.clicked.connect(self.choose_feedback_file)
        self.status_filter = choice_combo(
            [(status.label, status.value) for status in Status], None, _("Every status")
        )
        self.municipality_filter = choice_combo(
            [(name, code) for code, name in self._municipalities], None, _("All municipalities")
        )
        for combo in (self.status_filter, self.municipality_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.feedback_button)
        if self.examples is not None:
            self.examples_button = QPushButton(_("Good exa&mples…"))
            self.examples_button.setToolTip(
                _("Record local successes and print the voorbeeldenbundel")
            )
            self.examples_button.clicked.connect(self.open_examples)
            buttons.addWidget(self.examples_button)
        if self.questionnaires is not None:
            self.questionnaires_button = QPushButton(_("&Questionnaires…"))
            self.questionnaires_button.setToolTip(
                _("Type in what members answered to a questionnaire of the national office")
            )
            self.questionnaires_button.clicked.connect(self.open_questionnaires)
            buttons.addWidget(self.questionnaires_button)
        filters = fields_in_flow(
            [
                (_("Show signals with status"), self.status_filter),
                (_("Show signals of municipality"), self.municipality_filter),
            ]
        )
        rows = QVBoxLayout()
        rows.addLayout(buttons)
        rows.addWidget(filters)
        return rows

    def _build_form(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            _("What happened, in your own words, without names or other personal data")
        )
        self.municipality = choice_combo(
            [(name, code) for code, name in self._municipalities], None, no_choice()
        )
        self.happened_on = QDateEdit(QDate.currentDate())
        self.happened_on.setCalendarPopup(True)
        self.themes = QLineEdit()
        themes = self.book.themes()
        self.themes.setPlaceholderText(", ".join(themes[:4]) + ", …")
        self.themes.setToolTip(_("Themes: {themes}").format(themes=", ".join(themes)))
        self.law = choice_combo([(law.label, law.value) for law in Law], Law.WMO.value)
        self.source = choice_combo([(s.label, s.value) for s in Source], Source.PHONE.value)
        self.people = QSpinBox()
        self.people.setRange(1, 100_000)
        self.urgency = choice_combo([(u.label, u.value) for u in Urgency], Urgency.NORMAL.value)
        self.organisation = choice_combo(
            [(name, identifier) for identifier, name in self.book.organisations()],
            None,
            no_choice(),
        )
        self.status = choice_combo([(s.label, s.value) for s in Status], Status.NEW.value)
        self._build_cost()
        for label, field in (
            (_("&What happened:"), self.text),
            (_("Muni&cipality:"), self.municipality),
            (_("&Date:"), self.happened_on),
            (_("&Themes:"), self.themes),
            (_("&Law:"), self.law),
            (_("S&ource:"), self.source),
            (_("Number of &people:"), self.people),
            (_("Extra cost per person if &known (€):"), self.cost),
            (_("Cost per month, &year or once:"), self.cost_per),
            (_("&Urgency:"), self.urgency),
            (_("Concerns organisation:"), self.organisation),
            (_("St&atus:"), self.status),
        ):
            form.addRow(label, field)
        fields = QVBoxLayout()
        fields.addLayout(form)
        self.office_word = paragraph("")
        self.office_word.setObjectName("office-word")
        fields.addWidget(self.office_word)
        fields.addStretch(1)
        # The fields scroll; the refusal and Save below them stay in sight.
        layout.addWidget(scrolling(fields), 1)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.save_button = QPushButton(_("&Save"))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        layout.addWidget(action_row(self.save_button))
        return box

    def _build_cost(self) -> None:
        """An amount in euros (empty: no estimate) and whether it is per month, year or once."""
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(_("for example 12,50; empty: no estimate"))
        self.cost.setToolTip(_("The estimated extra cost for each person affected"))
        self.cost_per = choice_combo(
            [(p.label, p.value) for p in CostPeriod], CostPeriod.MONTH.value
        )

    def _show_cost(self, cost: Cost | None) -> None:
        self.cost.setText(format_amount(cost.cents) if cost else "")
        period = cost.period if cost else CostPeriod.MONTH
        self.cost_per.setCurrentIndex(self.cost_per.findData(period.value))

    def _typed_cost(self) -> Cost | None:
        """The estimate as typed; one sentence (raised) when the amount is not one."""
        if not self.cost.text().strip():
            return None
        return Cost(parse_euros(self.cost.text()), CostPeriod(self.cost_per.currentData()))

    def criteria(self) -> SignalFilter:
        status = self.status_filter.currentData()
        return SignalFilter(
            status=Status(status) if status is not None else None,
            municipality_code=self.municipality_filter.currentData(),
        )

    def refresh(self, select_id: int | None = None) -> None:
        """Show the signals the filters ask for (counted and paged by the database)."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        with problems_shown(self):
            self.model.set_filter(self.criteria())
            if select_id is not None and (row := self.model.row_of(select_id)) >= 0:
                self.table.selectRow(row)
        selection.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._current = self.model.row_at(rows[0].row()) if rows else None
        self.withdraw_button.setEnabled(self._current is not None)
        self.problem.hide()
        self.office_word.setText(self._office_word())
        self.office_word.setVisible(bool(self.office_word.text()))
        if self._current is None:
            self._form_filled()
            return
        data = self._current.data
        self.text.setPlainText(data.text)
        self.municipality.setCurrentIndex(
            max(self.municipality.findData(data.municipality_code), 0)
        )
        self.happened_on.setDate(
            QDate(data.happened_on.year, data.happened_on.month, data.happened_on.day)
        )
        self.themes.setText(", ".join(data.themes))
        self.law.setCurrentIndex(self.law.findData(data.law))
        self.source.setCurrentIndex(self.source.findData(data.source))
        self.people.setValue(data.people_count)
        self._show_cost(data.cost)
        self.urgency.setCurrentIndex(self.urgency.findData(data.urgency))
        self.organisation.setCurrentIndex(max(self.organisation.findData(data.organisation_id), 0))
        self.status.setCurrentIndex(self.status.findData(self._current.status.value))
        self._form_filled()

    def _office_word(self) -> str:
        current = self._current
        if current is None or current.office_status is None:
            return ""
        if not current.office_comment:
            return _("National office: {status}.").format(status=current.office_status.label)
        return _("National office: {status}. “{comment}”").format(
            status=current.office_status.label, comment=current.office_comment
        )

    def new_signal(self) -> None:
        self.table.clearSelection()
        self._current = None
        self.text.clear()
        self.themes.clear()
        self.people.setValue(1)
        self._show_cost(None)
        self.happened_on.setDate(QDate.currentDate())
        self.status.setCurrentIndex(0)
        self.text.setFocus()
        self._form_filled()

    def prefill(self, municipality_code: str, themes: list[str], source: str) -> None:
        """Start a new signal with what is already known (from a visit), and no personal data."""
        self.new_signal()
        self.municipality.setCurrentIndex(max(self.municipality.findData(municipality_code), 0))
        self.themes.setText(", ".join(themes))
        self.source.setCurrentIndex(max(self.source.findData(source), 0))
        self._form_filled()

    # -- the draft: what is typed survives a crash ------------------------------------------------

    def _draft_fields(self) -> dict[str, str]:
        return {
            "signal": str(self._current.id) if self._current else "",
            "text": self.text.toPlainText(),
            "municipality": self.municipality.currentData() or "",
            "date": from_qdate(self.happened_on.date()).isoformat(),
            "themes": self.themes.text(),
            "people": str(self.people.value()),
            "cost": self.cost.text(),
            "cost_per": self.cost_per.currentData(),
        }

    def _form_filled(self) -> None:
        if self._draft is not None:
            self._draft.start_from()

    def offer_draft(self) -> bool:
        """After a crash: offer the signal that was being typed; ``True`` when it came back."""
        return self._draft is not None and self._draft.offer()

    def _restore_draft(self, fields: dict[str, str]) -> None:
        signal = fields.get("signal", "")
        if signal.isdigit():
            self.refresh(int(signal))
        else:
            self.new_signal()
        self.text.setPlainText(fields.get("text", ""))
        self.themes.setText(fields.get("themes", ""))
        code = fields.get("municipality") or None
        self.municipality.setCurrentIndex(max(self.municipality.findData(code), 0))
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(fields.get("date", ""))
            self.happened_on.setDate(QDate(day.year, day.month, day.day))
        people = fields.get("people", "")
        if people.isdigit():
            self.people.setValue(int(people))
        self.cost.setText(fields.get("cost", ""))
        self.cost_per.setCurrentIndex(max(self.cost_per.findData(fields.get("cost_per")), 0))

    def data(self) -> SignalData:
        return SignalData(
            text=self.text.toPlainText(),
            municipality_code=self.municipality.currentData(),
            happened_on=from_qdate(self.happened_on.date()),
            themes=[t.strip() for t in self.themes.text().split(",") if t.strip()],
            law=self.law.currentData(),
            source=self.source.currentData(),
            people_count=self.people.value(),
            urgency=self.urgency.currentData(),
            organisation_id=self.organisation.currentData(),
            cost=self._typed_cost(),
        )

    def save(self, confirm: Asker | None = None) -> int | None:
        """Save; personal data findings are asked about one by one (``confirm`` for tests)."""
        ask = confirm or self._ask_about
        confirmed = self._current.confirmed if self._current else frozenset()
        status = Status(self.status.currentData())
        current = self._current.id if self._current else None
        try:
            identifier = saved_after_asking(
                lambda kept: self.book.save(current, self.data(), kept, status), confirmed, ask
            )
        except UserFacingError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return None
        if identifier is None:
            return None
        self.refresh(identifier)
        self.signals_changed.emit()
        return identifier

    def _ask_about(self, findings: list[Finding]) -> frozenset[tuple[str, str]] | None:
        dialog = FindingsDialog(findings, self)
        return dialog.confirmed() if dialog.exec() else None

    def choose_export_folder(self) -> None:
        """Ask where the file goes only when there is something to export and a profile."""
        if not self.export_possible():
            return
        folder = QFileDialog.getExistingDirectory(self, _("Where should the export file go?"))
        if folder:
            self.export_to(Path(folder))

    def export_possible(self) -> bool:
        """Whether an export can be made now; if not, the user is told why in one sentence."""
        with problems_shown(self):
            try:
                self.sync.check_export()
            except NothingToExportError as nothing:
                self.export_status.setText(nothing.message)
                return False
            return True
        return False

    def export_to(self, folder: Path, *, full: bool = False) -> None:
        """Write the export file; a refusal is told in one sentence and nothing is marked."""
        worker = Worker(self, _("Export"), _("Writing the export file…"))
        with problems_shown(self):
            try:
                result = worker.run(
                    lambda reporter: self.sync.export(folder, full=full, reporter=reporter)
                )
            except NothingToExportError as nothing:
                self.export_status.setText(nothing.message)
                return
            written = ngettext(
                "Export {sequence} written to {file}: {count} signal.",
                "Export {sequence} written to {file}: {count} signals.",
                result.record_count,
            ).format(sequence=result.sequence, file=result.path, count=result.record_count)
            self.export_status.setText(
                " ".join(part for part in (written, went_along(result)) if part)
            )
        self._show_history()

    def open_examples(self) -> None:
        if self.examples is not None:
            ExamplesDialog(self.examples, self._municipalities, self).exec()

    def open_questionnaires(self) -> None:
        if self.questionnaires is not None:
            QuestionnaireDialog(self.questionnaires, self._municipalities, self).exec()

    def choose_feedback_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Feedback file from the national office"),
            "",
            _("Feedback files (*{extension})").format(extension=FEEDBACK_EXTENSION),
        )
        if name:
            self.import_feedback(Path(name))

    def import_feedback(self, path: Path) -> None:
        """Take in the office's feedback; a refusal is told in one sentence, nothing changes."""
        with problems_shown(self):
            result = self.sync.import_feedback(path)
            if result.already:
                text = _("This feedback was taken in before; nothing changed.")
            else:
                text = ngettext(
                    "Feedback {sequence} taken in: {count} signal has news from the national"
                    " office.",
                    "Feedback {sequence} taken in: {count} signals have news from the national"
                    " office.",
                    result.updated,
                ).format(sequence=result.sequence, count=result.updated)
            self.export_status.setText(text)
            self.refresh()

    def _show_history(self) -> None:
        self.history.clear()
        for line in self.sync.history():
            self.history.addItem(str(line))
        if self.history.count() == 0:
            self.history.addItem(_("No exports yet."))

    def withdraw_current(self) -> None:
        if self._current is None:
            return
        with problems_shown(self):
            self.book.withdraw(self._current.id)
        self.refresh()
        self.signals_changed.emit()
