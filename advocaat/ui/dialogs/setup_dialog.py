"""The first-run setup: organisation, municipalities, language and role; again from Settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.core.files import read_file_safely
from advocaat.errors import UserFacingError
from advocaat.i18n import LANGUAGES, _, current_language, ngettext
from advocaat.organisation.municipalities import name_key
from advocaat.organisation.setup import OrganisationSetup, Role
from advocaat.sync.profile import MAX_PROFILE_BYTES
from advocaat.ui import profile_import
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import fit_to_screen, name_inner_parts, paragraph, problem_label, scrolling

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class FoldedFilter(QSortFilterProxyModel):
    """Filters on typed text regardless of case and accents ("sudwest" finds Súdwest-Fryslân).

    Every name a municipality answers to is searched, so "Bergen" shows both Bergen (L.) and
    Bergen (NH.) and the user picks one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = name_key(text)
        self.endFilterChange()

    def filterAcceptsRow(  # noqa: N802 - Qt's name
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in index.data(SEARCH_ROLE)


class SetupDialog(ScreenDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup-dialog")
        self._controller = controller
        self.setWindowTitle(_("Set up Advocaat"))
        current = controller.setup()
        chosen = set(current.municipalities if current else ())

        fields = QVBoxLayout()
        fields.addWidget(paragraph(_("You can change all of this later under Settings."), self))
        form = QFormLayout()
        fields.addLayout(form)

        self.organisation = QLineEdit(current.organisation if current else "")
        self.organisation.setPlaceholderText(_("for example: Patiëntenvereniging, afdeling Zwolle"))
        form.addRow(_("&Organisation:"), self.organisation)
        self.profile_button = QPushButton(_("Import the organisation &profile from the office…"))
        self.profile_button.clicked.connect(self._choose_profile)
        self.profile_state = QLabel()
        self.profile_state.setWordWrap(True)
        profile = controller.sync.profile()
        self._show_profile(profile.organisation if profile else "")
        form.addRow(self.profile_button, self.profile_state)

        self.language = QComboBox()
        for language in LANGUAGES.values():
            self.language.addItem(language.native_name, language.code)
        self.language.setCurrentIndex(self.language.findData(current_language().code))
        form.addRow(_("&Language:"), self.language)

        fields.addWidget(self._role_box(current.role if current else Role.VOLUNTEER))
        fields.addWidget(self._municipalities_box(chosen), 1)
        # The fields scroll on a small screen; the sentence and the buttons stay in sight.
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(fields), 1)

        self.problem = problem_label()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.municipality_search.textChanged.connect(self.municipality_filter.set_text)
        self.municipality_model.itemChanged.connect(self._show_chosen)
        self._show_chosen()
        fit_to_screen(self, self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 45)))
        name_inner_parts(self)

    def _role_box(self, selected: Role) -> QGroupBox:
        role_box = QGroupBox(_("Role"))
        role_layout = QVBoxLayout(role_box)
        self.roles = QButtonGroup(self)
        for role in Role:
            button = QRadioButton(role.label)
            button.setProperty("role_value", role.value)
            button.setChecked(role == selected)
            self.roles.addButton(button)
            role_layout.addWidget(button)
        return role_box

    def _municipalities_box(self, chosen: set[str]) -> QGroupBox:
        municipalities_box = QGroupBox(_("Your municipalities"))
        municipalities_layout = QVBoxLayout(municipalities_box)
        self.municipality_search = QLineEdit()
        self.municipality_search.setPlaceholderText(_("Type to search, for example Zwolle"))
        self.municipality_search.setClearButtonEnabled(True)
        search_label = QLabel(_("&Search municipality:"))
        search_label.setBuddy(self.municipality_search)
        municipalities_layout.addWidget(search_label)
        municipalities_layout.addWidget(self.municipality_search)

        self.municipality_model = QStandardItemModel(self)
        for municipality in self._controller.municipalities():
            item = QStandardItem(f"{municipality.name} ({municipality.province})")
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked
                if municipality.cbs_code in chosen
                else Qt.CheckState.Unchecked
            )
            item.setData(municipality.cbs_code, CODE_ROLE)
            item.setData(municipality.search_text, SEARCH_ROLE)
            self.municipality_model.appendRow(item)
        self.municipality_filter = FoldedFilter(self)
        self.municipality_filter.setSourceModel(self.municipality_model)
        self.municipality_list = QListView()
        self.municipality_list.setModel(self.municipality_filter)
        self.municipality_list.setAccessibleName(_("Municipalities"))
        self.municipality_list.setAccessibleDescription(
            _("Press the space bar to tick or untick a municipality.")
        )
        municipalities_layout.addWidget(self.municipality_list)
        self.chosen_label = paragraph("", self)
        municipalities_layout.addWidget(self.chosen_label)
        return municipalities_box

    def _show_profile(self, organisation: str) -> None:
        self.profile_state.setText(
            _("Profile of {organisation} imported.").format(organisation=organisation)
            if organisation
            else _("(optional: the file the national office sent you)")
        )

    def _choose_profile(self) -> None:
        if path := profile_import.choose_profile_file(self):
            self.import_profile(path)

    def import_profile(self, path: Path) -> None:
        """Take over the office's profile; its organisation name fills an empty name field."""
        try:
            data = read_file_safely(path, MAX_PROFILE_BYTES, _("The profile file is too large."))
            profile = profile_import.import_profile(self, self._controller.sync, data)
        except UserFacingError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return
        self.problem.hide()
        if profile is None:
            return
        if not self.organisation.text().strip():
            self.organisation.setText(profile.organisation)
        self._show_profile(profile.organisation)

    def chosen_codes(self) -> tuple[str, ...]:
        model = self.municipality_model
        return tuple(
            model.item(row).data(CODE_ROLE)
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        )

    def _show_chosen(self) -> None:
        model = self.municipality_model
        names = [
            model.item(row).text()
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.chosen_label.setText(
            ngettext(
                "{count} municipality chosen: {names}",
                "{count} municipalities chosen: {names}",
                len(names),
            ).format(count=len(names), names=", ".join(names))
            if names
            else _("No municipality chosen yet.")
        )

    def setup(self) -> OrganisationSetup:
        checked = self.roles.checkedButton()
        role = Role(checked.property("role_value")) if checked else Role.VOLUNTEER
        return OrganisationSetup(self.organisation.text(), self.chosen_codes(), role)

    def accept(self) -> None:
        """Save, then close; a problem is shown in the dialog and nothing is saved."""
        try:
            self._controller.save_setup(self.setup())
        except UserFacingError as error:
            self.problem.setText(error.message)
            self.problem.setAccessibleName(error.message)
            self.problem.show()
            self.organisation.setFocus()
            return
        language = self.language.currentData()
        if language != current_language().code:
            try:
                self._controller.change_language(language)
            except UserFacingError as error:
                self.problem.setText(error.message)
                self.problem.show()
                return
        super().accept()
