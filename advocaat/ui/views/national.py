"""Landelijk beeld: the national office takes in the volunteers' files, looks at the signals of
all senders, answers them, and sends feedback back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.examples import OfficeExampleBook
from advocaat.app.office import OfficeBook
from advocaat.app.questionnaires import QuestionnaireBook
from advocaat.core.progress import CancelledError
from advocaat.errors import UserFacingError
from advocaat.i18n import _, format_date, format_number, ngettext
from advocaat.office.inbox import FileResult, export_files
from advocaat.office.picture import PictureFilter, PictureRow
from advocaat.signals.kinds import Law, Status
from advocaat.signals.service import label_of
from advocaat.sync.export import EXTENSION
from advocaat.sync.export_reader import SenderCard
from advocaat.ui.dialogs.form_dialog import choice_combo, from_qdate
from advocaat.ui.dialogs.import_summary import ImportSummaryDialog
from advocaat.ui.feedback import print_to_pdf, problems_shown, show_problem
from advocaat.ui.models.paged_model import PagedTableModel
from advocaat.ui.views.office_examples import ExamplesTab
from advocaat.ui.views.senders import SendersTab
from advocaat.ui.widgets import (
    FlowLayout,
    LazyPage,
    SideBySide,
    fields_in_flow,
    heading,
    name_inner_parts,
    paragraph,
)
from advocaat.ui.worker import Worker, save_in_worker

if TYPE_CHECKING:
    from advocaat.ui.views.national_coverage import CoverageTab
    from advocaat.ui.views.national_overview import OverviewTab
    from advocaat.ui.views.national_questionnaires import QuestionnairesTab

NO_DATE = QDate(2000, 1, 1)


def from_people(people: int) -> str:
    """How many people the counted signals concern, as the end of a sentence about them."""
    return ngettext("from {count} person", "from {count} people", people).format(
        count=format_number(people)
    )


class ReceivedSignalsModel(PagedTableModel[PictureFilter, PictureRow]):
    def headers(self) -> tuple[str, ...]:
        return (_("Date"), _("Municipality"), _("Province"), _("Themes"), _("Law"), _("Sender"),
                _("Status"))  # fmt: skip

    def cells(self, row: PictureRow) -> tuple[str, ...]:
        status = label_of(Status, row.office_status)
        if row.withdrawn:
            status = _("withdrawn by the sender")
        return (format_date(row.happened_on), row.municipality, row.province,
                ", ".join(row.themes), label_of(Law, row.law), row.sender, status)  # fmt: skip


def _overview_tab() -> OverviewTab:
    """The charts' tab, with its drawing libraries loaded when first shown."""
    from advocaat.ui.views.national_overview import OverviewTab  # noqa: PLC0415

    return OverviewTab()


def _questionnaires_tab(book: QuestionnaireBook) -> QuestionnairesTab:
    """The questionnaires' tab, with its drawing libraries loaded when first shown."""
    from advocaat.ui.views.national_questionnaires import QuestionnairesTab  # noqa: PLC0415

    return QuestionnairesTab(book)


class NationalView(QWidget):
    def __init__(
        self,
        book: OfficeBook,
        parent: QWidget | None = None,
        examples: OfficeExampleBook | None = None,
        questionnaires: QuestionnaireBook | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("national-view")
        self.book = book
        self.summary_dialog: ImportSummaryDialog | None = None
        self._current: PictureRow | None = None
        self._overview_stale = True
        self._coverage_stale = True
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("National picture")))
        layout.addWidget(
            paragraph(
                _(
                    "Import the export files the volunteers send, look at their signals across"
                    " the country, set a status and a comment, and send feedback to each sender."
                )
            )
        )
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self._build_filters())
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setObjectName("national-total")
        layout.addWidget(self.total)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list(), _("&Signals"))
        self._overview_page = LazyPage(_overview_tab)
        self.tabs.addTab(self._overview_page, _("Over&view"))
        self._senders_page = LazyPage(self._senders_tab)
        self.tabs.addTab(self._senders_page, _("Se&nders"))
        self._coverage_page = LazyPage(self._coverage_tab)
        self.tabs.addTab(self._coverage_page, _("Blan&k spots"))
        self._examples_page: LazyPage[ExamplesTab] | None = None
        if examples is not None:
            self._examples_page = LazyPage(lambda: ExamplesTab(examples))
            self.tabs.addTab(self._examples_page, _("Good examples"))
        self._questionnaires_page: LazyPage[QuestionnairesTab] | None = None
        if questionnaires is not None:
            self._questionnaires_page = LazyPage(partial(_questionnaires_tab, questionnaires))
            self.tabs.addTab(self._questionnaires_page, _("Questionnaires"))
        self.tabs.currentChanged.connect(lambda _index: self._tab_shown())
        layout.addWidget(self.tabs, 1)
        self.refresh()
        name_inner_parts(self)

    # -- building ------------------------------------------------------------------------------

    @property
    def overview(self) -> OverviewTab:
        return self._overview_page.content()

    @property
    def senders(self) -> SendersTab:
        return self._senders_page.content()

    @property
    def coverage(self) -> CoverageTab:
        return self._coverage_page.content()

    def _coverage_tab(self) -> CoverageTab:
        """Municipalities without volunteers or signals; its chart library loads when shown."""
        from advocaat.ui.views.national_coverage import CoverageTab  # noqa: PLC0415

        return CoverageTab(self.book)

    def _senders_tab(self) -> SendersTab:
        senders = SendersTab(self.book, self._unlocked)
        senders.senders_changed.connect(self._fill_choices)
        senders.senders_changed.connect(self.refresh)
        return senders

    def _build_toolbar(self) -> FlowLayout:
        row = FlowLayout()  # wraps at 200 %
        self.import_files_button = QPushButton(_("&Import export files…"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(_("Import &a folder…"))
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.excel_button = QPushButton(_("For E&xcel…"))
        self.excel_button.setToolTip(_("Save the signals and counts of this view as an .xlsx file"))
        self.excel_button.clicked.connect(self.choose_workbook)
        self.report_button = QPushButton(_("Print &report…"))
        self.report_button.setToolTip(_("Save this view as a PDF report to print"))
        self.report_button.clicked.connect(self.choose_report)
        row.addWidget(self.import_files_button)
        row.addWidget(self.import_folder_button)
        row.addWidget(self.excel_button)
        row.addWidget(self.report_button)
        return row

    def _build_filters(self) -> QWidget:
        self.municipality_filter = choice_combo([], None, _("All municipalities"))
        self.province_filter = choice_combo(
            [(name, name) for name in self.book.provinces()], None, _("All provinces")
        )
        self.theme_filter = choice_combo([], None, _("All themes"))
        self.law_filter = choice_combo([(law.label, law.value) for law in Law], None, _("All laws"))
        self.sender_filter = choice_combo([], None, _("All senders"))
        self._fill_choices()
        self.status_filter = choice_combo(
            [(status.label, status.value) for status in Status], None, _("Every status")
        )
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        fields: tuple[tuple[str, QComboBox | QDateEdit], ...] = (
            (_("Municipalit&y:"), self.municipality_filter),
            (_("&Province:"), self.province_filter),
            (_("&Theme:"), self.theme_filter),
            (_("&Law:"), self.law_filter),
            (_("Sen&der:"), self.sender_filter),
            (_("Office stat&us:"), self.status_filter),
            (_("Fro&m:"), self.date_from),
            (_("T&o:"), self.date_to),
        )
        for _text, field in fields:
            if isinstance(field, QComboBox):
                # Long names must not widen the window beyond a laptop screen.
                field.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                field.setMinimumContentsLength(14)
            signal = (
                field.dateChanged if isinstance(field, QDateEdit) else field.currentIndexChanged
            )
            signal.connect(lambda *_args: self.refresh())
        self.clear_button = QPushButton(_("Cl&ear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        return fields_in_flow(fields, self.clear_button)

    def _fill_choices(self) -> None:
        """The choices that grow with every import: municipalities, themes and senders."""
        for combo, items in (
            (self.municipality_filter, [(name, code) for code, name in self.book.municipalities()]),
            (self.theme_filter, [(name, name) for name in self.book.themes()]),
            (self.sender_filter, [(line.name, line.id) for line in self.book.senders()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(_("any date"))
        edit.setDate(NO_DATE)
        return edit

    def _build_list(self) -> QWidget:
        splitter = SideBySide()
        self.model = ReceivedSignalsModel(self.book.page, self.book.count, PictureFilter())
        self.table = QTableView()
        self.table.setObjectName("received-signals")
        self.table.setAccessibleName(_("Signals of all senders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._show_current())
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _build_detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.detail = paragraph(_("Choose a signal in the list."))
        self.detail.setObjectName("signal-detail")
        layout.addWidget(self.detail)
        form = QFormLayout()
        self.review_status = choice_combo([(s.label, s.value) for s in Status], Status.NEW.value)
        self.review_comment = QPlainTextEdit()
        self.review_comment.setTabChangesFocus(True)
        self.review_comment.setPlaceholderText(_("For example: taken up, discussed with VNG"))
        self.review_comment.setMaximumHeight(self.fontMetrics().height() * 6)
        form.addRow(_("Status at the office:"), self.review_status)
        form.addRow(_("Comment for the sender:"), self.review_comment)
        layout.addLayout(form)
        self.save_review_button = QPushButton(_("Save status and &comment"))
        self.save_review_button.clicked.connect(self.save_review)
        layout.addWidget(self.save_review_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return box

    # -- filtering and showing -----------------------------------------------------------------

    def criteria(self) -> PictureFilter:
        def chosen(combo: QComboBox) -> tuple[Any, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else from_qdate(edit.date())

        return PictureFilter(
            municipalities=chosen(self.municipality_filter),
            provinces=chosen(self.province_filter),
            themes=chosen(self.theme_filter),
            laws=chosen(self.law_filter),
            senders=chosen(self.sender_filter),
            statuses=chosen(self.status_filter),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
        )

    def description(self) -> list[tuple[str, str]]:
        """What this view shows, in words, for the head of a report or workbook."""
        fields = (
            (_("Municipality"), self.municipality_filter),
            (_("Province"), self.province_filter),
            (_("Theme"), self.theme_filter),
            (_("Law"), self.law_filter),
            (_("Sender"), self.sender_filter),
            (_("Status"), self.status_filter),
            (_("From"), self.date_from),
            (_("To"), self.date_to),
        )
        return [(name, field.text() if isinstance(field, QDateEdit) else field.currentText())
                for name, field in fields]  # fmt: skip

    def choose_workbook(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save for Excel"), _("national-picture.xlsx"), _("Excel workbooks (*.xlsx)")
        )
        if path:
            self.write_workbook(Path(path))

    def write_workbook(self, path: Path) -> None:
        wanted, description = self.criteria(), self.description()
        rows = Worker(
            self,
            _("Saving"),
            _("Writing {file}…").format(file=path.name),
            lambda done, total, _label: _("Signal {number} of {total}").format(
                number=format_number(done), total=format_number(total)
            ),
        )
        with problems_shown(self):
            rows.run(lambda reporter: self.book.write_workbook(wanted, description, path, reporter))
            self.total.setText(_("Saved to {file}.").format(file=path))

    def choose_report(self) -> None:
        print_to_pdf(self, _("Save the report"), _("national-picture.pdf"), self.write_report)

    def write_report(self, path: Path) -> None:
        wanted, description = self.criteria(), self.description()
        save_in_worker(
            self, path, lambda reporter: self.book.write_report(wanted, description, path, reporter)
        )
        self.total.setText(_("Saved to {file}.").format(file=path))

    def clear_filters(self) -> None:
        for combo in (self.municipality_filter, self.province_filter, self.theme_filter,
                      self.law_filter, self.sender_filter, self.status_filter):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """The list and the totals now; the charts only when their tab is in view (at a
        hundred thousand signals they take a second to count)."""
        with problems_shown(self):
            wanted = self.criteria()
            self.model.set_filter(wanted)
            counted, people = self.book.totals(wanted)
            self._overview_stale = self._coverage_stale = True
            self._tab_shown()
            self.total.setText(
                ngettext(
                    "{count} signal listed; {counted} counted, {from_people}.",
                    "{count} signals listed; {counted} counted, {from_people}.",
                    self.model.total,
                ).format(
                    count=format_number(self.model.total),
                    counted=format_number(counted),
                    from_people=from_people(people),
                )
            )
        self._show_current()

    def _show_overview(self) -> None:
        if self._overview_stale:
            with problems_shown(self):
                self.overview.show_overview(self.book.overview(self.criteria()))
            self._overview_stale = False

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self._overview_page:
            self._show_overview()
        elif self.tabs.currentWidget() is self._coverage_page and self._coverage_stale:
            self.coverage.show_coverage()
            self._coverage_stale = False

    def _show_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._current = self.model.row_at(rows[0].row()) if rows else None
        current = self._current
        for widget in (self.review_status, self.review_comment, self.save_review_button):
            widget.setEnabled(current is not None and not current.withdrawn)
        if current is None:
            self.detail.setText(_("Choose a signal in the list."))
            return
        facts = _("{date} · {municipality} · {themes} · {law} · {people} · from {sender}").format(
            date=format_date(current.happened_on),
            municipality=current.municipality,
            themes=", ".join(current.themes),
            law=label_of(Law, current.law),
            people=ngettext("{count} person", "{count} people", current.people).format(
                count=current.people
            ),
            sender=current.sender,
        )
        withdrawn = _("Withdrawn by the sender.") + "\n" if current.withdrawn else ""
        self.detail.setText(f"{withdrawn}{facts}\n\n{current.text}")
        self.detail.setAccessibleName(self.detail.text())
        self.review_status.setCurrentIndex(
            max(self.review_status.findData(current.office_status), 0)
        )
        self.review_comment.setPlainText(current.office_comment)

    def select_row(self, number: int) -> None:
        self.table.selectRow(number)

    def save_review(self) -> None:
        if self._current is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        with problems_shown(self):
            self.book.review(
                self._current.id,
                self.review_status.currentData(),
                self.review_comment.toPlainText(),
            )
            self.refresh()
            self.select_row(row)

    # -- importing -----------------------------------------------------------------------------

    def _unlocked(self) -> bool:
        """Ask for the passphrase once per session; ``False`` when the user gives up or stops.

        Opening the keys takes a second or more (scrypt), so it runs in a worker."""
        while not self.book.unlocked:
            passphrase, given = QInputDialog.getText(
                self,
                _("Office passphrase"),
                _("The passphrase of the office keys:"),
                QLineEdit.EchoMode.Password,
            )
            if not given:
                return False
            worker = Worker(self, _("Office keys"), _("Opening the office keys…"))
            try:
                worker.run(partial(self.book.unlock, passphrase))
            except CancelledError:
                return False
            except UserFacingError as error:
                show_problem(self, error.message)
        return True

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            _("Export files of volunteers"),
            "",
            _("Export files (*{extension})").format(extension=EXTENSION),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Folder with export files"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(
        self, paths: list[Path], decide: Callable[[SenderCard], bool] | None = None
    ) -> list[FileResult]:
        """Take in the files with a progress dialog that can stop between files; a summary
        per file follows."""
        files = export_files(paths)
        if not files:
            show_problem(self, _("There are no export files of Advocaat in that folder."))
            return []
        if not self._unlocked():
            return []
        worker = Worker(
            self,
            _("Importing"),
            _("Importing export files…"),
            lambda index, total, name: _("File {number} of {total}: {name}").format(
                number=index + 1, total=total, name=name
            ),
        )
        ask = decide or (lambda card: worker.ask(lambda parent: self.ask_accept(card, parent)))
        results: list[FileResult] = []
        with problems_shown(self):
            results = worker.run(lambda reporter: self.book.take_in(files, ask, reporter))
        self.summary_dialog = ImportSummaryDialog(results, len(files), self)
        self.summary_dialog.open()
        self._fill_choices()
        if (senders := self._senders_page.built) is not None:  # else it is built up to date
            senders.refresh()
        if self._examples_page is not None and (shown := self._examples_page.built) is not None:
            shown.refresh()
        if (
            self._questionnaires_page is not None
            and (answered := self._questionnaires_page.built) is not None
        ):
            answered.refresh()
        self.refresh()
        self._show_overview()  # after an import the office wants the new picture at once
        return results

    def ask_accept(self, card: SenderCard, parent: QWidget) -> bool:
        """Trust on first use: the office sees who it is and the key id, and decides once; a
        known sender with a new key is asked about with a warning that the key changed.

        ``parent`` is the import's progress dialog, so the question stands above it."""
        question = QMessageBox(
            QMessageBox.Icon.Warning if card.replaced_key else QMessageBox.Icon.Question,
            _("New key") if card.replaced_key else _("New sender"),
            self.trust_question(card),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        question.setObjectName("new-sender-question")
        question.setDefaultButton(QMessageBox.StandardButton.No)
        return question.exec() == QMessageBox.StandardButton.Yes

    def trust_question(self, card: SenderCard) -> str:
        """What the office is asked about a new sender, or a known sender's new key."""
        if card.replaced_key:
            return _(
                "WARNING: the key of {name} changed.\n\nNew key id: {key}\nKey id so far: {old}"
                "\n\nA volunteer who lost their key makes a new one, but so could someone who"
                " pretends to be them. Check the new key id with the volunteer by phone before"
                " you accept. Until you do, nothing signed with the new key counts. Accept the"
                " new key?"
            ).format(name=card.name, key=card.fingerprint, old=card.replaced_fingerprint)
        return _(
            "{name} sends a file for the first time.\n\nOrganisation: {organisation}\n"
            "Municipalities: {municipalities}\nKey id: {key}\n\nCheck the key id with the"
            " volunteer, for example by phone, before you accept. Accept this sender?"
        ).format(
            name=card.name,
            organisation=card.organisation,
            municipalities=", ".join(self.book.municipality_names(card.municipalities)) or "—",
            key=card.fingerprint,
        )
