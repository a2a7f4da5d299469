"""Dialogs to add and change people and organisations, and to log a contact moment."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from advocaat.app.contacts import ContactBook
from advocaat.contacts.kinds import (
    ATTITUDE_LABELS,
    ROLE_SUGGESTIONS,
    MomentChannel,
    OrganisationKind,
)
from advocaat.contacts.moments import MomentData
from advocaat.contacts.people import OrganisationData, PersonData
from advocaat.contacts.search import ContactFilter, ContactRef, ContactType
from advocaat.i18n import _
from advocaat.ui.dialogs.form_dialog import (
    FormDialog,
    choice_combo,
    from_qdate,
    no_choice,
    to_qdate,
)
from advocaat.ui.widgets import name_inner_parts

REF_ROLE = Qt.ItemDataRole.UserRole + 1


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _notes_edit(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(edit.fontMetrics().height() * 4)
    return edit


class PersonDialog(FormDialog):
    def __init__(
        self,
        book: ContactBook,
        municipalities: list[tuple[str, str]],
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Change person") if person_id else _("New person"), parent)
        self.setObjectName("person-dialog")
        self._book = book
        self.person_id = person_id
        self.saved: ContactRef | None = None
        data = book.person(person_id) if person_id else PersonData()
        self._original_phones = data.phones
        self._original_emails = data.emails

        self.given_name = QLineEdit(data.given_name)
        self.infix = QLineEdit(data.infix)
        self.infix.setPlaceholderText(_("for example: van der"))
        self.family_name = QLineEdit(data.family_name)
        self.organisation = choice_combo(
            [(name, identifier) for identifier, name in book.organisations()],
            data.organisation_id,
            no_choice(),
        )
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(sorted({_(role) for role in ROLE_SUGGESTIONS} | set(book.roles())))
        self.role.setCurrentText(data.role)
        self.portfolio = QLineEdit(data.portfolio)
        self.municipality = choice_combo(
            [(name, code) for code, name in municipalities], data.municipality_code, no_choice()
        )
        work = [number for number, kind in data.phones if kind == "work"]
        mobile = [number for number, kind in data.phones if kind == "mobile"]
        other = [number for number, kind in data.phones if kind not in {"work", "mobile"}]
        self.work_phone = QLineEdit(", ".join(work))
        self.mobile_phone = QLineEdit(", ".join(mobile))
        self.other_phones = QLineEdit(", ".join(other))
        self.emails = QLineEdit(", ".join(address for address, _kind in data.emails))
        self.themes = QLineEdit(", ".join(data.themes))
        self.themes.setPlaceholderText(_("separate with commas, for example: Wmo, vervoer"))
        self.influence = choice_combo(
            [(str(level), level) for level in range(1, 6)], data.influence, _("(unknown)")
        )
        self.attitude = choice_combo(
            [(_(label), level) for level, label in ATTITUDE_LABELS.items()],
            data.attitude,
            _("(unknown)"),
        )
        self.notes = _notes_edit(data.notes)

        for label, field in (
            (_("&First name:"), self.given_name),
            (_("Tussen&voegsel:"), self.infix),
            (_("&Surname:"), self.family_name),
            (_("&Organisation:"), self.organisation),
            (_("&Role:"), self.role),
            (_("&Portfolio:"), self.portfolio),
            (_("&Municipality:"), self.municipality),
            (_("Phone (&work):"), self.work_phone),
            (_("Mo&bile:"), self.mobile_phone),
            (_("Other p&hone numbers:"), self.other_phones),
            (_("&E-mail:"), self.emails),
            (_("&Themes:"), self.themes),
            (_("&Influence (1–5):"), self.influence),
            (_("&Attitude to our cause:"), self.attitude),
            (_("&Notes:"), self.notes),
        ):
            self.form.addRow(label, field)
        self.role.setAccessibleName(_("Role"))
        name_inner_parts(self)

    def _phones(self) -> list[tuple[str, str]]:
        kinds = dict(self._original_phones)
        phones = [(number, "work") for number in _split_list(self.work_phone.text())]
        phones += [(number, "mobile") for number in _split_list(self.mobile_phone.text())]
        phones += [
            (number, kinds.get(number, "other")) for number in _split_list(self.other_phones.text())
        ]
        return phones

    def _emails(self) -> list[tuple[str, str]]:
        kinds = dict(self._original_emails)
        return [
            (address, kinds.get(address.lower(), "work"))
            for address in _split_list(self.emails.text())
        ]

    def data(self) -> PersonData:
        return PersonData(
            given_name=self.given_name.text(),
            infix=self.infix.text(),
            family_name=self.family_name.text(),
            municipality_code=self.municipality.currentData(),
            notes=self.notes.toPlainText(),
            influence=self.influence.currentData(),
            attitude=self.attitude.currentData(),
            phones=self._phones(),
            emails=self._emails(),
            themes=_split_list(self.themes.text()),
            organisation_id=self.organisation.currentData(),
            role=self.role.currentText(),
            portfolio=self.portfolio.text(),
        )

    def save(self) -> None:
        self.saved = self._book.save_person(self.person_id, self.data())


class OrganisationDialog(FormDialog):
    def __init__(
        self,
        book: ContactBook,
        municipalities: list[tuple[str, str]],
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = _("Change organisation") if organisation_id else _("New organisation")
        super().__init__(title, parent)
        self.setObjectName("organisation-dialog")
        self._book = book
        self.organisation_id = organisation_id
        self.saved: ContactRef | None = None
        data = book.organisation(organisation_id) if organisation_id else OrganisationData()
        self.name = QLineEdit(data.name)
        self.kind = choice_combo([(kind.label, kind.value) for kind in OrganisationKind], data.kind)
        self.municipality = choice_combo(
            [(name, code) for code, name in municipalities], data.municipality_code, no_choice()
        )
        self.street = QLineEdit(data.street)
        self.postcode = QLineEdit(data.postcode)
        self.city = QLineEdit(data.city)
        self.phone = QLineEdit(data.phone)
        self.email = QLineEdit(data.email)
        self.website = QLineEdit(data.website)
        self.themes = QLineEdit(", ".join(data.themes))
        self.notes = _notes_edit(data.notes)
        for label, field in (
            (_("&Name:"), self.name),
            (_("&Kind:"), self.kind),
            (_("&Municipality:"), self.municipality),
            (_("&Street and number:"), self.street),
            (_("Post&code:"), self.postcode),
            (_("&Town:"), self.city),
            (_("&Phone:"), self.phone),
            (_("&E-mail:"), self.email),
            (_("&Website:"), self.website),
            (_("T&hemes:"), self.themes),
            (_("N&otes:"), self.notes),
        ):
            self.form.addRow(label, field)
        name_inner_parts(self)

    def data(self) -> OrganisationData:
        return OrganisationData(
            name=self.name.text(),
            kind=self.kind.currentData(),
            municipality_code=self.municipality.currentData(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            themes=_split_list(self.themes.text()),
        )

    def save(self) -> None:
        self.saved = self._book.save_organisation(self.organisation_id, self.data())


class MomentDialog(FormDialog):
    """Log a contact moment with the contact chosen in the list."""

    def __init__(
        self, book: ContactBook, ref: ContactRef, who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(_("Log a contact moment"), parent)
        self.setObjectName("moment-dialog")
        self._book = book
        self.ref = ref
        self.saved_id: int | None = None
        self.happened_on = QDateEdit(to_qdate(date.today()))
        self.happened_on.setCalendarPopup(True)
        self.channel = choice_combo(
            [(channel.label, channel.value) for channel in MomentChannel],
            MomentChannel.CONVERSATION.value,
        )
        self.summary = _notes_edit("")
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(_("for example: send the figures on waiting times"))
        self.has_due = QCheckBox(_("Follow up &before:"))
        self.due = QDateEdit(to_qdate(date.today()))
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.due.setAccessibleName(_("Follow-up date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(_("With:"), QLineEdit(who, readOnly=True))
        self._others: dict[ContactRef, str] = {}
        self.others_search = QLineEdit()
        self.others_search.setPlaceholderText(_("type a name to add more people or organisations"))
        self.others_search.textChanged.connect(self._find_others)
        self.others = QListWidget()
        self.others.setAccessibleName(_("Others in this contact moment"))
        self.others.setMaximumHeight(self.others.fontMetrics().height() * 6)
        self.others.itemChanged.connect(self._other_ticked)
        self.form.addRow(_("Al&so with:"), self.others_search)
        self.form.addRow("", self.others)
        for label, field in (
            (_("&Date:"), self.happened_on),
            (_("&How:"), self.channel),
            (_("&What was it about:"), self.summary),
            (_("&Follow-up:"), self.follow_up),
        ):
            self.form.addRow(label, field)
        self.form.addRow(self.has_due, self.due)
        name_inner_parts(self)

    def _find_others(self, text: str) -> None:
        """Show the chosen ones first, then up to 20 contacts that match the typed text."""
        self.others.blockSignals(True)
        self.others.clear()
        rows = self._book.page(ContactFilter(text=text), 0, 20) if text.strip() else []
        shown = dict(self._others) | {row.ref: row.name for row in rows if row.ref != self.ref}
        for ref, name in shown.items():
            item = QListWidgetItem(name)
            item.setData(REF_ROLE, ref.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if ref in self._others else Qt.CheckState.Unchecked
            )
            self.others.addItem(item)
        self.others.blockSignals(False)

    def _other_ticked(self, item: QListWidgetItem) -> None:
        ref = ContactRef.from_key(item.data(REF_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._others[ref] = item.text()
        else:
            self._others.pop(ref, None)

    def changes(self) -> tuple[SignalInstance, ...]:
        """The signals that tell something was typed or chosen, for the draft keeper."""
        return (
            self.happened_on.dateChanged,
            self.channel.currentIndexChanged,
            self.summary.textChanged,
            self.follow_up.textEdited,
            self.has_due.toggled,
            self.due.dateChanged,
            self.others.itemChanged,
        )

    def draft_fields(self) -> dict[str, str]:
        """What is typed, as a draft: who with, and every field of the form."""
        return {
            "contact": self.ref.key,
            "date": from_qdate(self.happened_on.date()).isoformat(),
            "channel": str(self.channel.currentData()),
            "summary": self.summary.toPlainText(),
            "follow_up": self.follow_up.text(),
            "due": from_qdate(self.due.date()).isoformat() if self.has_due.isChecked() else "",
            "others": "\n".join(f"{ref.key}\t{name}" for ref, name in self._others.items()),
        }

    def restore_draft(self, fields: dict[str, str]) -> None:
        """Put a draft back; a part that cannot be read is left as the form has it."""
        with contextlib.suppress(ValueError):
            self.happened_on.setDate(to_qdate(date.fromisoformat(fields.get("date", ""))))
        self.channel.setCurrentIndex(max(self.channel.findData(fields.get("channel")), 0))
        self.summary.setPlainText(fields.get("summary", ""))
        self.follow_up.setText(fields.get("follow_up", ""))
        with contextlib.suppress(ValueError):
            self.due.setDate(to_qdate(date.fromisoformat(fields.get("due", ""))))
            self.has_due.setChecked(True)
        for line in fields.get("others", "").splitlines():
            key, _tab, name = line.partition("\t")
            with contextlib.suppress(ValueError):
                self._others[ContactRef.from_key(key)] = name
        self._find_others(self.others_search.text())

    def data(self) -> MomentData:
        refs = [self.ref, *self._others]
        return MomentData(
            happened_on=from_qdate(self.happened_on.date()),
            channel=self.channel.currentData(),
            summary=self.summary.toPlainText(),
            person_ids=[ref.id for ref in refs if ref.type == ContactType.PERSON],
            organisation_ids=[ref.id for ref in refs if ref.type == ContactType.ORGANISATION],
            follow_up=self.follow_up.text(),
            follow_up_due=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
        )

    def save(self) -> None:
        self.saved_id = self._book.log_moment(self.data())
