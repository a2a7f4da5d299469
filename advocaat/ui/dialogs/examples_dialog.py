"""Goede voorbeelden: the volunteer records local successes, browses the national office's
selection beside them, and prints the voorbeeldenbundel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.examples import ExampleBook, ExampleRow
from advocaat.errors import UserFacingError
from advocaat.examples.service import ExampleData, SharedExample
from advocaat.examples.strategies import Strategy
from advocaat.i18n import _
from advocaat.signals.privacy import Finding
from advocaat.ui.dialogs.findings import Asker, FindingsDialog, saved_after_asking
from advocaat.ui.dialogs.form_dialog import choice_combo, from_qdate, no_choice
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.feedback import print_to_pdf
from advocaat.ui.widgets import (
    SideBySide,
    action_row,
    name_inner_parts,
    paragraph,
    problem_label,
    scrolling,
)

ROW = Qt.ItemDataRole.UserRole + 1


class ExamplesDialog(ScreenDialog):
    """The own examples (editable) and the office's selection (to read), in one list."""

    def __init__(
        self,
        book: ExampleBook,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("examples-dialog")
        self.setWindowTitle(_("Good examples"))
        self.book = book
        self._current: ExampleRow | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "Record what changed locally thanks to your work, and learn from the examples"
                    " the national office shares. Good examples go along with your next export;"
                    " write organisations and roles, never a member's name."
                )
            )
        )
        splitter = SideBySide()
        self.list = QListWidget()
        self.list.setAccessibleName(_("Good examples"))
        self.list.currentItemChanged.connect(lambda *_args: self._show_current())
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_form(municipalities))
        layout.addWidget(splitter, 1)
        self.new_button = QPushButton(_("&New example"))
        self.new_button.clicked.connect(self.new_example)
        self.print_button = QPushButton(_("&Print the bundle…"))
        self.print_button.clicked.connect(self.choose_bundle_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(action_row(self.new_button, self.print_button, buttons))
        self.refresh()
        name_inner_parts(self)

    def _build_form(self, municipalities: list[tuple[str, str]]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(_("What changed, in a few words"))
        self.municipality = choice_combo(
            [(name, code) for code, name in municipalities], None, no_choice()
        )
        self.strategy = choice_combo([(s.label, s.value) for s in Strategy], Strategy.INFORM.value)
        self.happened_on = QDateEdit(QDate.currentDate())
        self.happened_on.setCalendarPopup(True)
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(_("Organisations and roles, never a member's name"))
        self.story = QPlainTextEdit()
        self.story.setTabChangesFocus(True)
        for label, field in (
            (_("&Title:"), self.title),
            (_("Muni&cipality:"), self.municipality),
            (_("Str&ategy:"), self.strategy),
            (_("&Date:"), self.happened_on),
            (_("&With whom:"), self.partners),
            (_("Stor&y:"), self.story),
        ):
            form.addRow(label, field)
        layout.addWidget(scrolling(form), 1)
        self.origin = paragraph("")
        layout.addWidget(self.origin)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.save_button = QPushButton(_("&Save"))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        layout.addWidget(action_row(self.save_button))
        return box

    def refresh(self, select_id: int | None = None) -> None:
        """The own examples first, newest first, then the office's selection."""
        self.list.clear()
        for row in self.book.page():
            item = QListWidgetItem(f"{row.data.title} · {row.municipality}")
            item.setData(ROW, row)
            self.list.addItem(item)
            if row.id == select_id:
                self.list.setCurrentItem(item)
        for example in self.book.from_office():
            item = QListWidgetItem(
                _("{title} · {municipality} (national office)").format(
                    title=example.title, municipality=example.municipality_name
                )
            )
            item.setData(ROW, example)
            self.list.addItem(item)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        shown = item.data(ROW) if item is not None else None
        self.problem.hide()
        if isinstance(shown, ExampleRow):
            self._current = shown
            self._fill(shown.data)
            self.origin.setText("")
        elif isinstance(shown, SharedExample):
            self._current = None
            self._fill(_data_of(shown))
            self.origin.setText(
                _("Shared by the national office; you can print it, not change it.")
            )
        self._set_editable(not isinstance(shown, SharedExample))

    def _fill(self, data: ExampleData) -> None:
        self.title.setText(data.title)
        self.municipality.setCurrentIndex(
            max(self.municipality.findData(data.municipality_code), 0)
        )
        self.strategy.setCurrentIndex(max(self.strategy.findData(data.strategy), 0))
        day = data.happened_on
        self.happened_on.setDate(QDate(day.year, day.month, day.day))
        self.partners.setText(data.partners)
        self.story.setPlainText(data.story)

    def _set_editable(self, editable: bool) -> None:
        for field in (self.title, self.partners, self.story):
            field.setReadOnly(not editable)
        for widget in (self.municipality, self.strategy, self.happened_on, self.save_button):
            widget.setEnabled(editable)

    def new_example(self) -> None:
        self.list.setCurrentRow(-1)
        self._current = None
        self._fill(ExampleData(None, Strategy.INFORM.value, "", "", "", date.today()))
        self.origin.setText("")
        self._set_editable(True)
        self.title.setFocus()

    def data(self) -> ExampleData:
        return ExampleData(
            municipality_code=self.municipality.currentData(),
            strategy=self.strategy.currentData(),
            title=self.title.text(),
            story=self.story.toPlainText(),
            partners=self.partners.text(),
            happened_on=from_qdate(self.happened_on.date()),
        )

    def save(self, confirm: Asker | None = None) -> int | None:
        """Save; each finding of the privacy guard is asked about (``confirm`` for tests)."""
        ask = confirm or self._ask_about
        confirmed = self._current.confirmed if self._current else frozenset()
        current = self._current.id if self._current else None
        try:
            identifier = saved_after_asking(
                lambda kept: self.book.save(current, self.data(), kept), confirmed, ask
            )
        except UserFacingError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return None
        if identifier is None:
            return None
        self.refresh(identifier)
        return identifier

    def _ask_about(self, findings: list[Finding]) -> frozenset[tuple[str, str]] | None:
        dialog = FindingsDialog(findings, self)
        return dialog.confirmed() if dialog.exec() else None

    def choose_bundle_file(self) -> None:
        print_to_pdf(self, _("Print the bundle"), _("voorbeeldenbundel.pdf"), self.write_bundle)

    def write_bundle(self, path: Path) -> None:
        self.book.write_bundle(path)


def _data_of(example: SharedExample) -> ExampleData:
    return ExampleData(
        municipality_code=example.municipality_code or None,
        strategy=example.strategy,
        title=example.title,
        story=example.story,
        partners=example.partners,
        happened_on=example.happened_on,
    )
