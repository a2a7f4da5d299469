"""Settings: language, the organisation setup, where the data is kept, and its backups.

What a role has no use for is not shown. The national office writes the organisation profile (in
its keys box), so it gets no box to import one, and no signing key of a volunteer; a volunteer
gets neither the office's keys nor a database server, which is for an office that outgrew one
laptop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.organisation import setup_lines
from advocaat.app.settings import data_folder_line, remember_database, schema_revision
from advocaat.app.workspace import database_location
from advocaat.core.files import read_file_safely
from advocaat.core.preferences import saved_database_url
from advocaat.i18n import LANGUAGES, _, current_language
from advocaat.organisation.setup import OrganisationSetup
from advocaat.sync.profile import MAX_PROFILE_BYTES, OrganisationProfile
from advocaat.ui import profile_import
from advocaat.ui.controller import AppController
from advocaat.ui.feedback import problems_shown
from advocaat.ui.views.backups import BackupsBox
from advocaat.ui.views.office_keys import OfficeKeysBox
from advocaat.ui.widgets import FlowLayout, heading, name_inner_parts, paragraph


def profile_line(profile: OrganisationProfile) -> str:
    """Whose profile this is, and the office's e-mail address when the profile gives one."""
    if profile.office_email:
        return _("Organisation profile of {organisation}; the office: {email}").format(
            organisation=profile.organisation, email=profile.office_email
        )
    return _("Organisation profile of {organisation}.").format(organisation=profile.organisation)


class SettingsView(QWidget):
    setup_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-view")
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Settings")))

        language_box = QGroupBox(_("Language"))
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        for language in LANGUAGES.values():
            self.language.addItem(language.native_name, language.code)
        self.language.setCurrentIndex(self.language.findData(current_language().code))
        self.language.activated.connect(self._language_chosen)
        language_form.addRow(_("&Language of the app:"), self.language)
        layout.addWidget(language_box)

        setup_box = QGroupBox(_("Organisation"))
        setup_layout = QVBoxLayout(setup_box)
        setup = controller.setup()
        if setup is None:
            setup_layout.addWidget(paragraph(_("Advocaat is not set up yet.")))
        else:
            for line in self._setup_lines(setup):
                setup_layout.addWidget(paragraph(line))
        self.municipality_list = paragraph(controller.municipality_list_line())
        setup_layout.addWidget(self.municipality_list)
        self.setup_button = QPushButton(_("Change &organisation, municipalities and role…"))
        self.setup_button.clicked.connect(self.setup_requested)
        setup_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(setup_box)

        if controller.is_national_office():
            self.office_keys = OfficeKeysBox(controller)
            layout.addWidget(self.office_keys)
            layout.addWidget(self._build_server_box())
        else:
            layout.addWidget(self._build_office_box())

        layout.addWidget(self._build_data_box())
        # A server database is backed up by the office IT (pg_dump), not here.
        if controller.paths.uses_sqlite:
            self.backups = BackupsBox(controller)
            layout.addWidget(self.backups)
        layout.addStretch(1)
        name_inner_parts(self)

    def _setup_lines(self, setup: OrganisationSetup) -> list[str]:
        names = self._controller.municipality_names(setup.municipalities)
        return setup_lines(setup.organisation, setup.role, names)

    def _build_data_box(self) -> QGroupBox:
        """Where the data is kept, and a button to open that folder."""
        data_box = QGroupBox(_("Your data"))
        data_layout = QVBoxLayout(data_box)
        paths = self._controller.paths
        for line in (
            data_folder_line(paths),
            _("Database: {path}").format(path=database_location(paths)),
            _("Schema version: {revision}").format(revision=schema_revision()),
        ):
            data_layout.addWidget(paragraph(line))
        if paths.demo:
            data_layout.addWidget(paragraph(_("This is the demo database: its data is fictional.")))
        self.open_folder_button = QPushButton(_("Open the &data folder"))
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.profile_dir)))
        )
        data_layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        return data_box

    def _build_office_box(self) -> QGroupBox:
        """A volunteer's link to the office: its profile, and the key id the office checks."""
        office_box = QGroupBox(_("National office"))
        office_layout = QVBoxLayout(office_box)
        profile = self._controller.sync.profile()
        self.profile_text = paragraph(
            profile_line(profile)
            if profile
            else _(
                "No organisation profile yet. Import the file the national office sent you, so"
                " signals can be sent to the office."
            )
        )
        office_layout.addWidget(self.profile_text)
        self.profile_button = QPushButton(_("Import the organisation &profile…"))
        self.profile_button.clicked.connect(self._choose_profile)
        office_layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._add_own_key(office_layout)
        return office_box

    def _add_own_key(self, box_layout: QVBoxLayout) -> None:
        """The id of the key that signs the exports: the office reads it out to check a sender."""
        key = "?"
        with problems_shown(self):
            key = self._controller.sync.own_key_id()
        self.key_text = paragraph(_("Key id of your signing key: {key}").format(key=key))
        self.key_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.key_text)
        self.new_key_button = QPushButton(_("Make a new &signing key…"))
        self.new_key_button.clicked.connect(self._new_key_asked)
        box_layout.addWidget(self.new_key_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _new_key_asked(self) -> None:
        if self._confirm_new_key():
            self.new_signing_key()

    def new_signing_key(self) -> None:
        """A new key for a lost one; the office must accept it, so its id is shown at once."""
        with problems_shown(self):
            key = self._controller.sync.new_signing_key()
            self.key_text.setText(
                _(
                    "New signing key made; its key id is {key}. Your next export carries it: tell"
                    " the national office this id, so they can accept it."
                ).format(key=key)
            )

    def _confirm_new_key(self) -> bool:
        answer = QMessageBox.question(
            self,
            _("New signing key"),
            _(
                "Make a new signing key? Do this only when your key is lost or may be known to"
                " others. The old key is kept aside in the data folder. The national office must"
                " accept the new key before your next export counts."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _build_server_box(self) -> QGroupBox:
        """Where an office that outgrew one laptop points Advocaat at its PostgreSQL server."""
        box = QGroupBox(_("Database server"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(
            paragraph(
                _(
                    "Several staff members, or years of signals: keep the database on a"
                    " PostgreSQL server. Give its address; keep the password in the .pgpass file,"
                    " not here. Advocaat uses it from the next start."
                )
            )
        )
        self.server_address = QLineEdit(
            saved_database_url(self._controller.paths.preferences_file) or ""
        )
        self.server_address.setPlaceholderText("postgresql+psycopg://advocaat@server/advocaat")
        self.server_address.setAccessibleName(_("Address of the database server"))
        box_layout.addWidget(self.server_address)
        buttons = FlowLayout()  # wraps at 200 %
        self.server_button = QPushButton(_("Use this ser&ver"))
        self.server_button.clicked.connect(lambda: self.choose_server(self.server_address.text()))
        self.local_button = QPushButton(_("Use the file on this co&mputer"))
        self.local_button.clicked.connect(lambda: self.choose_server(""))
        buttons.addWidget(self.server_button)
        buttons.addWidget(self.local_button)
        box_layout.addLayout(buttons)
        self.server_state = paragraph("")
        box_layout.addWidget(self.server_state)
        return box

    def choose_server(self, address: str) -> None:
        """Remember the database for the next start; an unusable address is one sentence."""
        with problems_shown(self):
            remember_database(self._controller.paths.preferences_file, address.strip() or None)
            self.server_state.setText(
                _("Saved. Close Advocaat and start it again to use the server.")
                if address.strip()
                else _("Saved. From the next start Advocaat uses the file on this computer.")
            )

    def _choose_profile(self) -> None:
        if path := profile_import.choose_profile_file(self):
            with problems_shown(self):
                self.import_profile(path)

    def import_profile(self, path: Path) -> None:
        """Import the profile file; a refusal is told in one sentence and nothing changes."""
        data = read_file_safely(path, MAX_PROFILE_BYTES, _("The profile file is too large."))
        profile = profile_import.import_profile(self, self._controller.sync, data)
        if profile is None:
            return
        self.profile_text.setText(profile_line(profile))

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code != current_language().code:
            with problems_shown(self):
                self._controller.change_language(code)
