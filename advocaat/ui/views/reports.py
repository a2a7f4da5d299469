"""Rapportages: the volunteer's own signals and year's work, on screen and as PDF to print.

The counts per theme and per law are shown as tables as the choices change, so a screen reader
user has the numbers without opening the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.reports import ReportBook
from advocaat.errors import UserFacingError
from advocaat.i18n import LANGUAGES, _, current_language, format_number, ngettext
from advocaat.office.picture import Count
from advocaat.reports.local import Tally
from advocaat.signals.kinds import Law
from advocaat.signals.service import label_of
from advocaat.ui.charts import counts_table
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.form_dialog import choice_combo, from_qdate
from advocaat.ui.feedback import print_to_pdf, problems_shown
from advocaat.ui.views.national import NO_DATE, from_people
from advocaat.ui.widgets import FlowLayout, buddy_label, heading, name_inner_parts, paragraph
from advocaat.ui.worker import save_in_worker, whole

CODE_ROLE = Qt.ItemDataRole.UserRole


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(_("any date"))
    edit.setDate(NO_DATE)
    return edit


def _counts(tallies: tuple[Tally, ...], names: list[str]) -> list[Count]:
    return [Count(name, t.signals, t.people) for name, t in zip(names, tallies, strict=True)]


class ReportsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports-view")
        self.book = ReportBook(controller.workspace)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Reports")))
        layout.addWidget(
            paragraph(
                _(
                    "Your own signals per theme and law, for a Wmo-raad meeting or a talk with"
                    " the wethouder, and an overview of your work in a year. Withdrawn signals"
                    " are left out."
                )
            )
        )
        if controller.is_national_office():
            layout.addWidget(
                paragraph(
                    _(
                        "The signals the office receives from volunteers are not counted here:"
                        " print them under National picture, with Print report."
                    )
                )
            )
        layout.addLayout(self._build_choices(controller.municipality_choices()))
        layout.addLayout(self._build_buttons())
        self.summary = paragraph("")
        self.summary.setObjectName("reports-summary")
        layout.addWidget(self.summary)
        self.tables = QGridLayout()
        layout.addLayout(self.tables)
        self.theme_table: QTableWidget | None = None
        self.law_table: QTableWidget | None = None
        self.year_summary = paragraph("")
        self.year_summary.setObjectName("reports-year-summary")
        layout.addWidget(self.year_summary)
        self.saved = paragraph("")
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.refresh()
        self.refresh_year()
        name_inner_parts(self)

    # -- building ------------------------------------------------------------------------------

    def _build_choices(self, all_municipalities: list[tuple[str, str]]) -> QGridLayout:
        grid = QGridLayout()
        self.municipalities = QListWidget()
        self.municipalities.setObjectName("report-municipalities")
        for code, name in self.book.own_municipalities():
            self._add_item(code, name)
        self.municipalities.itemChanged.connect(lambda _item: self.refresh())
        self.other = choice_combo([(name, code) for code, name in all_municipalities], None)
        self.other.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.other.setMinimumContentsLength(14)
        self.add_button = QPushButton(_("&Add"))
        self.add_button.setToolTip(_("Add this municipality to the report"))
        self.add_button.clicked.connect(self.add_municipality)
        self.date_from = _date_edit()
        self.date_to = _date_edit()
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _day: self.refresh())
        self.language = choice_combo(
            [(language.native_name, code) for code, language in LANGUAGES.items()],
            current_language().code,
        )
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _year: self.refresh_year())
        fields = (
            (_("&Municipalities:"), self.municipalities),
            (_("&Other municipality:"), self.other),
            (_("F&rom:"), self.date_from),
            (_("&To:"), self.date_to),
            (_("&Language of the report:"), self.language),
            (_("&Year of the overview:"), self.year),
        )
        for row, (text, field) in enumerate(fields):
            grid.addWidget(buddy_label(text, field), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field, row, 1)
        grid.addWidget(self.add_button, 1, 2)
        metrics = self.municipalities.fontMetrics()
        self.municipalities.setMaximumHeight(metrics.height() * 7)
        self.municipalities.setMinimumWidth(metrics.averageCharWidth() * 32)
        grid.setColumnStretch(3, 1)  # the fields keep a readable width on a wide screen
        return grid

    def _build_buttons(self) -> FlowLayout:
        row = FlowLayout()  # wraps at 200 %
        self.signals_button = QPushButton(_("Print &signals report…"))
        self.signals_button.setToolTip(_("Save the signals report as a PDF to print"))
        self.signals_button.clicked.connect(self.choose_signal_report)
        self.year_button = QPushButton(_("Print year o&verview…"))
        self.year_button.setToolTip(_("Save the overview of your work in the chosen year as a PDF"))
        self.year_button.clicked.connect(self.choose_year_overview)
        row.addWidget(self.signals_button)
        row.addWidget(self.year_button)
        return row

    def _add_item(self, code: str, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.municipalities.addItem(item)
        return item

    # -- choices ---------------------------------------------------------------------------------

    def add_municipality(self) -> None:
        """Add the other municipality, ticked; one already in the list is ticked again."""
        code = self.other.currentData()
        for row in range(self.municipalities.count()):
            item = self.municipalities.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked)
                return
        self.municipalities.blockSignals(True)
        self._add_item(code, self.other.currentText())
        self.municipalities.blockSignals(False)
        self.refresh()

    def chosen_municipalities(self) -> tuple[str, ...]:
        items = (self.municipalities.item(row) for row in range(self.municipalities.count()))
        return tuple(
            item.data(CODE_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def period(self) -> tuple[date | None, date | None]:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else from_qdate(edit.date())

        return day(self.date_from), day(self.date_to)

    # -- on screen ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the signals of the current choice and show them per theme and per law."""
        try:
            report = self.book.signal_report(self.chosen_municipalities(), *self.period())
        except UserFacingError as error:  # a period that ends before it starts, while typing
            self.summary.setText(error.message)
            self.summary.setAccessibleName(error.message)
            return
        chosen = ", ".join(report.municipalities) or _("all municipalities")
        self.summary.setText(
            ngettext(
                "{where}: {count} signal, {from_people}.",
                "{where}: {count} signals, {from_people}.",
                len(report.signals),
            ).format(
                where=chosen,
                count=format_number(len(report.signals)),
                from_people=from_people(report.people),
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        themes = [tally.label or _("no theme") for tally in report.per_theme]
        laws = [label_of(Law, tally.label) for tally in report.per_law]
        signals, people = _("Signals"), _("People")
        self._replace_tables(
            counts_table(
                _("Signals per theme"),
                (_("Theme"), signals, people),
                _counts(report.per_theme, themes),
            ),
            counts_table(
                _("Signals per law"), (_("Law"), signals, people), _counts(report.per_law, laws)
            ),
        )

    def _replace_tables(self, themes: QTableWidget, laws: QTableWidget) -> None:
        for old in (self.theme_table, self.law_table):
            if old is not None:
                self.tables.removeWidget(old)
                old.hide()
                old.deleteLater()
        if self.theme_table is None:
            self.tables.addWidget(heading(_("Per theme"), level=2), 0, 0)
            self.tables.addWidget(heading(_("Per law"), level=2), 0, 1)
        self.theme_table, self.law_table = themes, laws
        self.tables.addWidget(themes, 1, 0)
        self.tables.addWidget(laws, 1, 1)

    def refresh_year(self) -> None:
        with problems_shown(self):
            overview = self.book.year_overview(self.year.value(), date.today())
            moments, visits = overview.contact_moments, overview.visits
            self.year_summary.setText(
                _("In {year}: {moments}, {visits}, {signals}.").format(
                    year=overview.year,
                    moments=ngettext(
                        "{count} contact moment", "{count} contact moments", moments
                    ).format(count=format_number(moments)),
                    visits=ngettext(
                        "{count} keukentafelgesprek", "{count} keukentafelgesprekken", visits
                    ).format(count=format_number(visits)),
                    signals=ngettext(
                        "{count} signal recorded, of which {sent} sent to the national office",
                        "{count} signals recorded, of which {sent} sent to the national office",
                        overview.signals,
                    ).format(
                        count=format_number(overview.signals),
                        sent=format_number(overview.signals_sent),
                    ),
                )
            )
            self.year_summary.setAccessibleName(self.year_summary.text())

    # -- to paper ----------------------------------------------------------------------------------

    def choose_signal_report(self) -> None:
        self._choose(_("signals-report.pdf"), self.write_signal_report)

    def choose_year_overview(self) -> None:
        name = _("year-overview-{year}.pdf").format(year=self.year.value())
        self._choose(name, self.write_year_overview)

    def _choose(self, suggested: str, write: Callable[[Path], None]) -> None:
        print_to_pdf(self, _("Save the report"), suggested, write)

    def write_signal_report(self, path: Path) -> None:
        """Write the signals report of the current choice to ``path`` (no dialogs)."""
        municipalities, period = self.chosen_municipalities(), self.period()
        language = self.language.currentData()
        save_in_worker(
            self,
            path,
            whole(
                path,
                lambda: self.book.signal_report_pdf(
                    municipalities, *period, language=language, printed_on=date.today()
                ),
            ),
        )
        self._saved(path)

    def write_year_overview(self, path: Path) -> None:
        """Write the year overview of the chosen year to ``path`` (no dialogs)."""
        year, language = self.year.value(), self.language.currentData()
        save_in_worker(
            self,
            path,
            whole(
                path,
                lambda: self.book.year_overview_pdf(
                    year, language=language, printed_on=date.today()
                ),
            ),
        )
        self._saved(path)

    def _saved(self, path: Path) -> None:
        self.saved.setText(_("Saved to {file}.").format(file=path))
        self.saved.setAccessibleName(self.saved.text())
