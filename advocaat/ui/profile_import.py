"""Importing the office's profile in the window: a profile signed by an office key that no
endorsement leads to is explained, with its key id, and taken only when the volunteer says they
checked that id with the office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from advocaat.app.signals import SyncBook
from advocaat.i18n import _
from advocaat.sync.profile import EXTENSION, OrganisationProfile, UnknownOfficeKeyError


def choose_profile_file(parent: QWidget) -> Path | None:
    """The profile file the user picks, or ``None``."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _("Import the organisation profile"),
        "",
        _("Organisation profile (*{extension});;All files (*)").format(extension=EXTENSION),
    )
    return Path(path) if path else None


def import_profile(parent: QWidget, sync: SyncBook, data: bytes) -> OrganisationProfile | None:
    """The imported profile, or ``None`` when the volunteer does not trust a new key."""
    try:
        return sync.import_profile(data)
    except UnknownOfficeKeyError as error:
        if not trusts_new_key(parent, error.key_id):
            return None
    return sync.import_profile(data, trust_new_key=True)


def trusts_new_key(parent: QWidget, key: str) -> bool:
    """Ask, after a clear explanation, whether the volunteer checked the key id."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _("New key of the office"),
        _(
            "This profile is signed by a key of the national office that your Advocaat does not"
            " know yet: key id {key}. The office may have made new keys, but someone else could"
            " also pretend to be the office. Call the national office and compare this number"
            " with theirs. Only if it is the same, take the profile."
        ).format(key=key),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    checked = box.addButton(
        _("I checked the number with the office"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setObjectName("new-office-key-question")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is checked
