"""Contacten: search as you type, filters, the list, and the chosen contact's details."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.contacts import ContactBook
from advocaat.app.drafts import Drafts
from advocaat.contacts.cards import MAX_CONTACT_FILE_BYTES, ContactFileError
from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.search import ContactFilter, ContactRef, ContactType
from advocaat.contacts.transfer import FileFormat
from advocaat.core.dates import end_of_month
from advocaat.core.files import read_file_safely, write_file_safely
from advocaat.i18n import _, format_number, ngettext
from advocaat.ui.dialogs.contact_dialogs import MomentDialog, OrganisationDialog, PersonDialog
from advocaat.ui.dialogs.duplicates_dialog import DuplicatesDialog
from advocaat.ui.dialogs.form_dialog import choice_combo
from advocaat.ui.dialogs.import_dialog import ImportDialog
from advocaat.ui.drafts import DraftKeeper
from advocaat.ui.feedback import print_to_pdf, problems_shown
from advocaat.ui.models.contacts_model import COUNTED_UP_TO, ContactsTableModel
from advocaat.ui.widgets import (
    FlowLayout,
    SideBySide,
    fields_in_flow,
    heading,
    name_inner_parts,
    paragraph,
)
from advocaat.ui.worker import save_in_worker, whole

SEARCH_DELAY_MS = 120
"""Wait this long after a keystroke, so fast typing runs one search, not one per letter."""


class ContactsView(QWidget):
    contacts_changed = Signal()

    def __init__(
        self,
        book: ContactBook,
        exchange: ContactExchange,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        drafts: Drafts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contacts-view")
        self.moment_dialog: MomentDialog | None = None
        self._draft: DraftKeeper | None = None
        if drafts is not None:
            self._draft = DraftKeeper(
                drafts,
                "moment",
                what=_("a contact moment"),
                read=self._moment_fields,
                restore=self._resume_moment,
                view=self,
            )
        self.book = book
        self.exchange = exchange
        self.municipalities = municipalities
        self.model = ContactsTableModel(
            book.page, lambda criteria: book.count(criteria, COUNTED_UP_TO)
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Contacts")))
        layout.addLayout(self._build_search())
        layout.addLayout(self._build_actions())
        splitter = SideBySide()
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.apply_filter()
        name_inner_parts(self)

    # -- building ----------------------------------------------------------------------------------

    def _build_search(self) -> QFormLayout:
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("name, role, organisation, e-mail, phone or note"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        form.addRow(_("&Search:"), self.search)
        self.municipality_filter = choice_combo(
            [(name, code) for code, name in self.municipalities], None, _("All municipalities")
        )
        self.kind_filter = choice_combo(
            [(kind.label, kind.value) for kind in OrganisationKind], None, _("All kinds")
        )
        self.role_filter = choice_combo(
            [(role, role) for role in self.book.roles()], None, _("All roles")
        )
        self.theme_filter = choice_combo(
            [(theme, theme) for theme in self.book.themes()], None, _("All themes")
        )
        self.follow_up_filter = QCheckBox(_("Only with a follow-up due this &month"))
        self.follow_up_filter.toggled.connect(self.apply_filter)
        named = [
            (_("Municipality"), self.municipality_filter),
            (_("Kind of organisation"), self.kind_filter),
            (_("Role"), self.role_filter),
            (_("Theme"), self.theme_filter),
        ]
        for _name, combo in named:
            combo.currentIndexChanged.connect(self.apply_filter)
        form.addRow(_("Filter:"), fields_in_flow(named))
        form.addRow("", self.follow_up_filter)
        return form

    def _build_actions(self) -> QVBoxLayout:
        """Two rows of buttons: working with one contact, and with the whole book."""
        rows = QVBoxLayout()
        self.new_person_button = QPushButton(_("New &person…"))
        self.new_person_button.clicked.connect(self.new_person)
        self.new_organisation_button = QPushButton(_("New &organisation…"))
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.edit_button = QPushButton(_("&Change…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.moment_button = QPushButton(_("&Log contact moment…"))
        self.moment_button.clicked.connect(self.log_moment)
        self.delete_button = QPushButton(_("&Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button = QPushButton(_("&Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(_("E&xport…"))
        self.export_button.clicked.connect(self.export_file)
        self.print_button = QPushButton(_("P&rint list…"))
        self.print_button.clicked.connect(self.print_list)
        self.calendar_button = QPushButton(_("Export follow-ups &to calendar…"))
        self.calendar_button.clicked.connect(self.export_calendar)
        self.duplicates_button = QPushButton(_("Find d&uplicates…"))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        for buttons in (
            (
                self.new_person_button,
                self.new_organisation_button,
                self.edit_button,
                self.moment_button,
                self.delete_button,
            ),
            (
                self.import_button,
                self.export_button,
                self.print_button,
                self.calendar_button,
                self.duplicates_button,
            ),
        ):
            row = FlowLayout()  # wraps at 200 %, where five buttons are wider than the screen
            for button in buttons:
                row.addWidget(button)
            rows.addLayout(row)
        return rows

    def _build_table(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.status = paragraph("")
        self.status.setObjectName("contacts-status")
        layout.addWidget(self.status)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Contacts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        layout.addWidget(self.table, 1)
        return box

    def _build_details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.details_title = heading("", level=2)
        layout.addWidget(self.details_title)
        self.details_text = paragraph(_("Choose a contact in the list to see the details."))
        self.details_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details_text)
        layout.addWidget(QLabel(_("Contact moments")))
        self.moments_list = QListWidget()
        self.moments_list.setAccessibleName(_("Contact moments"))
        self.moments_list.setWordWrap(True)
        layout.addWidget(self.moments_list, 1)
        return box

    # -- behaviour ---------------------------------------------------------------------------------

    def criteria(self) -> ContactFilter:
        return ContactFilter(
            text=self.search.text(),
            municipality_code=self.municipality_filter.currentData(),
            organisation_kind=self.kind_filter.currentData(),
            role=self.role_filter.currentData(),
            theme=self.theme_filter.currentData(),
            follow_up_before=end_of_month(date.today())
            if self.follow_up_filter.isChecked()
            else None,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        with problems_shown(self):
            self.model.set_filter(self.criteria())
        shown = self.model.counted
        wording = (
            ngettext("more than {count} contact", "more than {count} contacts", COUNTED_UP_TO)
            if shown > COUNTED_UP_TO
            else ngettext("{count} contact", "{count} contacts", shown)
        )
        self.count_label.setText(wording.format(count=format_number(min(shown, COUNTED_UP_TO))))
        self._show_details(None)

    def current_ref(self) -> ContactRef | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ref_at(rows[0].row()) if rows else None

    def select(self, ref: ContactRef) -> None:
        row = self.model.row_of(ref)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details(self.current_ref())

    def _show_details(self, ref: ContactRef | None) -> None:
        for button in (self.edit_button, self.moment_button, self.delete_button):
            button.setEnabled(ref is not None)
        self.moments_list.clear()
        if ref is None:
            self.details_title.setText("")
            self.details_text.setText(_("Choose a contact in the list to see the details."))
            return
        with problems_shown(self):
            details = self.book.details(ref)
            self.details_title.setText(details.title)
            lines = [f"{label}: {value}" for label, value in details.lines]
            if details.history:
                lines.append(_("Earlier:"))
                lines += [f"  {line}" for line in details.history]
            self.details_text.setText("\n".join(lines))
            self.details_text.setAccessibleName("\n".join(lines))
            for moment in details.moments:
                self.moments_list.addItem(moment.text())
            if not details.moments:
                self.moments_list.addItem(_("No contact moments yet."))

    def _after_save(self, ref: ContactRef | None) -> None:
        if ref is None:
            return
        self.model.refresh()
        self.select(ref)
        self.contacts_changed.emit()

    def new_person(self) -> None:
        dialog = PersonDialog(self.book, self.municipalities, parent=self)
        if dialog.exec():
            self._after_save(dialog.saved)

    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self.book, self.municipalities, parent=self)
        if dialog.exec():
            self._after_save(dialog.saved)

    def edit_current(self) -> None:
        ref = self.current_ref()
        if ref is None:
            return
        with problems_shown(self):
            dialog: PersonDialog | OrganisationDialog
            if ref.type == ContactType.PERSON:
                dialog = PersonDialog(self.book, self.municipalities, ref.id, parent=self)
            else:
                dialog = OrganisationDialog(self.book, self.municipalities, ref.id, parent=self)
            if dialog.exec():
                self._after_save(dialog.saved)

    def log_moment(self) -> None:
        ref = self.current_ref()
        if ref is not None:
            self.open_moment(ref)

    def open_moment(self, ref: ContactRef, draft: dict[str, str] | None = None) -> None:
        """Open the contact-moment dialog (window-modal, so the draft keeper reads it while it
        is open); ``draft`` fills it with what was typed before a crash."""
        with problems_shown(self):
            dialog = MomentDialog(self.book, ref, self.book.details(ref).title, parent=self)
            if draft is not None:
                dialog.restore_draft(draft)
            self.moment_dialog = dialog
            if self._draft is not None:
                self._draft.watch(*dialog.changes())
            dialog.finished.connect(lambda result: self._moment_closed(dialog, result))
            dialog.open()

    def _moment_closed(self, dialog: MomentDialog, result: int) -> None:
        """Saved or cancelled on purpose: either way the draft is done with."""
        self.moment_dialog = None
        dialog.deleteLater()
        if self._draft is not None:
            self._draft.start_from()
        if result == QDialog.DialogCode.Accepted:
            self._show_details(dialog.ref)
            self.contacts_changed.emit()

    def offer_draft(self) -> bool:
        """After a crash: offer the contact moment that was being typed."""
        return self._draft is not None and self._draft.offer()

    def _moment_fields(self) -> dict[str, str]:
        return self.moment_dialog.draft_fields() if self.moment_dialog is not None else {}

    def _resume_moment(self, fields: dict[str, str]) -> None:
        """The contact moment typed before a crash, back in its dialog; none when its contact
        is gone."""
        try:
            ref = ContactRef.from_key(fields.get("contact", ""))
        except ValueError:
            return
        self.open_moment(ref, fields)

    def delete_current(self) -> None:
        ref = self.current_ref()
        if ref is None:
            return
        with problems_shown(self):
            name = self.book.details(ref).title
            answer = QMessageBox.question(
                self,
                _("Delete contact"),
                _("Delete {name} from the contact book? This cannot be undone.").format(name=name),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.book.delete(ref)
                self.model.refresh()
                self._show_details(None)
                self.contacts_changed.emit()

    def export_calendar(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export follow-ups to calendar"), "advocaat.ics", _("Calendar (*.ics)")
        )
        if path:
            with problems_shown(self):
                self.write_calendar(path)

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Import contacts"), "", _("Address books (*.vcf *.vcard *.csv);;All files (*)")
        )
        if path:
            with problems_shown(self):
                self.import_path(Path(path))

    def import_path(self, path: Path) -> ImportDialog:
        """Read ``path`` and show the preview; the dialog imports when the user agrees."""
        data = read_file_safely(
            path, MAX_CONTACT_FILE_BYTES, _("{file} is too large to be an address book.")
        )
        if not data:
            raise ContactFileError(_("{file} holds no contacts.").format(file=path.name))
        dialog = ImportDialog(self.exchange, self.exchange.preview(path.name, data), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._after_import(dialog))
        dialog.open()
        return dialog

    def _after_import(self, dialog: ImportDialog) -> None:
        if dialog.summary is None:
            return
        self.model.refresh()
        self.contacts_changed.emit()
        summary = dialog.summary
        self.status.setText(
            _("{added} added, {merged} merged with existing contacts, {skipped} skipped.").format(
                added=summary.added, merged=summary.merged, skipped=summary.skipped
            )
        )

    def export_file(self) -> None:
        vcard4, vcard3, csv = (
            _("vCard 4.0 (*.vcf)"),
            _("vCard 3.0 for older programs (*.vcf)"),
            _("CSV for Excel (*.csv)"),
        )
        path, chosen = QFileDialog.getSaveFileName(
            self, _("Export contacts"), "contacten.vcf", ";;".join((vcard4, vcard3, csv))
        )
        if path:
            file_format = FileFormat.CSV if chosen == csv else FileFormat.VCARD
            with problems_shown(self):
                self.export_to(path, file_format, "3.0" if chosen == vcard3 else "4.0")

    def export_to(self, path: str, file_format: FileFormat, vcard_version: str = "4.0") -> None:
        write_file_safely(path, self.exchange.export(file_format, vcard_version))

    def find_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.book, self)
        dialog.exec()
        if dialog.merged:
            self.model.refresh()
            self._show_details(None)
            self.contacts_changed.emit()

    def list_title(self) -> str:
        """ "Contacten", or "Contacten in Zwolle" when the list shows one municipality."""
        municipality = self.municipality_filter.currentData()
        title = (
            _("Contacts")
            if municipality is None
            else _("Contacts in {municipality}").format(
                municipality=self.municipality_filter.currentText()
            )
        )
        if self.follow_up_filter.isChecked():
            title += " – " + _("follow-up due this month")
        return title

    def print_list(self) -> None:
        print_to_pdf(self, _("Print list"), f"{self.list_title()}.pdf", self.write_list_pdf)

    def write_list_pdf(self, path: str | Path) -> None:
        criteria, title = self.criteria(), self.list_title()
        save_in_worker(
            self, path, whole(path, lambda: self.book.print_list(criteria, title, date.today()))
        )

    def write_calendar(self, path: str) -> None:
        write_file_safely(path, self.book.calendar(date.today()))
