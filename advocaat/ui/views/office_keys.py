"""The national office's keys in Settings: make them once, see their fingerprints, write the
profile, renew the keys (volunteers follow), back the keys up, and (on explicit request) write
the decryption identity unprotected."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.office_keys import OfficeKeysBook
from advocaat.i18n import _
from advocaat.sync.office_keys import OfficeError
from advocaat.sync.profile import EXTENSION as PROFILE_EXTENSION
from advocaat.sync.signed_zip import key_id
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.password_dialog import ask_password
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import buddy_label, paragraph
from advocaat.ui.worker import Worker

T = TypeVar("T")


class OfficeKeysBox(QGroupBox):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(_("Keys of the national office"), parent)
        self._controller = controller
        self._keys = OfficeKeysBook(controller.paths.profile_dir)
        self.folder = self._keys.folder
        layout = QVBoxLayout(self)
        self.state = paragraph("")
        layout.addWidget(self.state)
        # The keys in read-only fields: long strings that cannot wrap, but can be copied whole.
        self.recipient_field = QLineEdit(readOnly=True)
        self.signing_field = QLineEdit(readOnly=True)
        self.key_fields = QWidget()
        fields = QFormLayout(self.key_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(buddy_label(_("Encryption key (age):"), self.recipient_field),
                      self.recipient_field)  # fmt: skip
        fields.addRow(buddy_label(_("Signing key (minisign):"), self.signing_field),
                      self.signing_field)  # fmt: skip
        layout.addWidget(self.key_fields)
        self.make_button = QPushButton(_("&Make the keys…"))
        self.make_button.clicked.connect(self._ask_make)
        self.profile_button = QPushButton(_("Write the organisation p&rofile…"))
        self.profile_button.clicked.connect(self._ask_profile)
        self.backup_button = QPushButton(_("&Back up the keys…"))
        self.backup_button.clicked.connect(self._ask_backup)
        self.identity_button = QPushButton(_("Write the decryption key &unprotected…"))
        self.identity_button.clicked.connect(self._ask_identity)
        self.passphrase_button = QPushButton(_("&Change the passphrase…"))
        self.passphrase_button.clicked.connect(self._ask_new_passphrase)
        self.rotate_button = QPushButton(_("Ren&ew the keys…"))
        self.rotate_button.clicked.connect(self._ask_rotate)
        self.lost_button = QPushButton(_("Password lost: ne&w keys…"))
        self.lost_button.clicked.connect(self._ask_replace_lost)
        for button in (
            self.make_button,
            self.profile_button,
            self.backup_button,
            self.identity_button,
            self.passphrase_button,
            self.rotate_button,
            self.lost_button,
        ):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            paragraph(
                _(
                    "Write the profile again after a change (themes, templates): volunteers"
                    " import it over the old one. After new keys, the profile signed with them"
                    " takes the volunteers along without a question."
                )
            )
        )
        layout.addWidget(
            paragraph(
                _(
                    "If the password is lost, nobody can open these keys, not even the makers"
                    " of Advocaat. The office can then no longer read the export files sent to"
                    " it: it has to make new keys (Password lost) and send every volunteer the"
                    " new profile, whose key id they check with the office by phone; files made"
                    " for the old keys stay unreadable. Keep the password in a safe place, and a"
                    " backup of the keys somewhere else."
                )
            )
        )
        self.refresh()

    def refresh(self) -> None:
        try:
            public = self._keys.public()
        except OfficeError:
            self.state.setText(
                _("No keys yet. Make them once; they are protected by a passphrase you choose.")
            )
            has_keys = False
        else:
            self.state.setText(
                _("Key id to read out on the phone: {id}").format(id=key_id(public.signing_key))
            )
            for field, key in (
                (self.recipient_field, public.recipient),
                (self.signing_field, public.signing_key),
            ):
                field.setText(key)
                field.setCursorPosition(0)  # a narrow field shows the key's start
            has_keys = True
        self.key_fields.setVisible(has_keys)
        self.make_button.setVisible(not has_keys)
        for button in (
            self.profile_button,
            self.backup_button,
            self.identity_button,
            self.passphrase_button,
            self.rotate_button,
            self.lost_button,
        ):
            button.setVisible(has_keys)

    # -- actions without dialogs, used by the dialog-driven ones below and by the tests ---------

    def make_keys(self, passphrase: str) -> None:
        self._in_worker(_("Making the office keys…"), partial(self._keys.make, passphrase))
        self.refresh()

    def write_profile_file(self, path: Path, passphrase: str) -> None:
        self._in_worker(
            _("Signing the organisation profile…"),
            partial(self._keys.write_profile, self._controller.workspace, path, passphrase),
        )

    def write_backup(self, path: Path) -> None:
        self._keys.write_backup(path)

    def change_passphrase(self, old: str, new: str) -> None:
        self._in_worker(
            _("Protecting the office keys anew…"), partial(self._keys.change_passphrase, old, new)
        )

    def rotate_keys(self, path: Path, passphrase: str) -> None:
        """New keys, and the profile that takes the volunteers along written to ``path``."""
        self._in_worker(
            _("Making new office keys…"),
            partial(self._keys.rotate, self._controller.workspace, path, passphrase),
        )
        self.refresh()

    def replace_lost_keys(self, path: Path, new_passphrase: str) -> str:
        """New keys under ``new_passphrase`` and their profile at ``path``; the new key id."""
        public = self._in_worker(
            _("Making new office keys…"),
            partial(self._keys.replace_lost, self._controller.workspace, path, new_passphrase),
        )
        self.refresh()
        return key_id(public.signing_key)

    def write_identity(self, path: Path, passphrase: str) -> None:
        self._in_worker(
            _("Writing the decryption key…"), partial(self._keys.write_identity, path, passphrase)
        )

    def _in_worker(self, text: str, work: Callable[[], T]) -> T:
        """Each of these unlocks or protects the keys with scrypt (a second or more): off the
        GUI thread, so the window keeps drawing. It runs to its end once started."""
        return Worker(self, _("Office keys"), text).run(lambda _reporter: work())

    # -- the same, asked for in dialogs -----------------------------------------------------------

    def _passphrase(self, question: str) -> str | None:
        text, accepted = QInputDialog.getText(
            self, _("Passphrase"), question, QLineEdit.EchoMode.Password
        )
        return text if accepted else None

    def _ask_make(self) -> None:
        first = self._passphrase(_("Choose a passphrase (at least 8 characters):"))
        if first is None:
            return
        if self._passphrase(_("Type the passphrase again:")) != first:
            QMessageBox.warning(self, _("Passphrase"), _("The two passphrases differ."))
            return
        with problems_shown(self):
            self.make_keys(first)

    def _ask_new_passphrase(self) -> None:
        old = self._passphrase(_("The passphrase of the office keys now:"))
        new = self._passphrase(_("The new passphrase (at least 8 characters):")) if old else None
        if old is None or new is None:
            return
        if self._passphrase(_("Type the new passphrase again:")) != new:
            QMessageBox.warning(self, _("Passphrase"), _("The two passphrases differ."))
            return
        with problems_shown(self):
            self.change_passphrase(old, new)
            QMessageBox.information(
                self,
                _("Passphrase"),
                _("The office keys are protected with the new passphrase. Keep it somewhere safe."),
            )

    def _ask_profile(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Write the organisation profile"), f"organisatie{PROFILE_EXTENSION}"
        )
        passphrase = self._passphrase(_("Passphrase of the office keys:")) if path else None
        if path and passphrase is not None:
            with problems_shown(self):
                self.write_profile_file(Path(path), passphrase)

    def _ask_backup(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Back up the keys"), "sleutels-landelijk-bureau.zip"
        )
        if path:
            with problems_shown(self):
                self.write_backup(Path(path))

    def _ask_identity(self) -> None:
        answer = QMessageBox.warning(
            self,
            _("Unprotected decryption key"),
            _(
                "Anyone with this file can read every export file sent to the office. Write it"
                " only to open export files with the standard age tool, and keep it safe."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Write the decryption key"), "office-identity.txt"
        )
        passphrase = self._passphrase(_("Passphrase of the office keys:")) if path else None
        if path and passphrase is not None:
            with problems_shown(self):
                self.write_identity(Path(path), passphrase)

    def _new_profile_path(self) -> str:
        return QFileDialog.getSaveFileName(
            self, _("Write the new organisation profile"), f"organisatie{PROFILE_EXTENSION}"
        )[0]

    def _ask_replace_lost(self) -> None:
        answer = QMessageBox.warning(
            self,
            _("Password lost"),
            _(
                "Only when the password of the office keys is really lost. Advocaat then makes"
                " new keys with a new password and writes a new organisation profile. Export"
                " files made for the old keys can no longer be read by anyone. Every volunteer"
                " who imports the new profile is asked to check its key id with the office by"
                " phone. The old keys are kept aside, in case the password turns up."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        password = ask_password(
            self,
            _("New password of the office keys"),
            choosing=True,
            warning=_(
                "Without this password nobody can open the office keys. Write it down and keep"
                " it in a safe place."
            ),
        )
        path = self._new_profile_path() if password is not None else ""
        if path and password is not None:
            with problems_shown(self):
                new_id = self.replace_lost_keys(Path(path), password)
                QMessageBox.information(
                    self,
                    _("Password lost"),
                    _(
                        "New keys made. Send every volunteer the new profile ({file}) and tell"
                        " them its key id when they phone: {id}"
                    ).format(file=path, id=new_id),
                )

    def _ask_rotate(self) -> None:
        answer = QMessageBox.question(
            self,
            _("Renew the keys"),
            _(
                "Advocaat makes new keys for the office, protected by the same password, and"
                " writes a new organisation profile signed with them. Send that profile to every"
                " volunteer: importing it switches their Advocaat to the new keys without a"
                " question. The old keys are kept, so export files made for them still open."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        passphrase = self._passphrase(_("Password of the office keys:"))
        path = self._new_profile_path() if passphrase is not None else ""
        if path and passphrase is not None:
            with problems_shown(self):
                self.rotate_keys(Path(path), passphrase)
                QMessageBox.information(
                    self,
                    _("Renew the keys"),
                    _("New keys made. Send every volunteer the new profile: {file}").format(
                        file=path
                    ),
                )
