"""Import and export as the GUI uses them: each call is one unit of work on the workspace."""

from __future__ import annotations

from pathlib import Path

from advocaat.app.backups import backup_before_import
from advocaat.app.workspace import Workspace
from advocaat.contacts.cards import MAX_CONTACT_FILE_BYTES
from advocaat.contacts.transfer import (
    FileFormat,
    ImportPreview,
    ImportSummary,
    apply_import,
    export_contacts,
    preview_import,
)
from advocaat.core.files import read_file_safely
from advocaat.core.progress import Reporter
from advocaat.i18n import _


class ContactExchange:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def preview(self, file_name: str, data: bytes) -> ImportPreview:
        """What importing would do; the database is only read."""
        with self._workspace.session() as session:
            return preview_import(session, file_name, data)

    def apply(self, preview: ImportPreview, reporter: Reporter | None = None) -> ImportSummary:
        """Import the previewed file: all of it lands, or nothing does (also when ``reporter``
        is stopped); backed up first."""
        backup_before_import(self._workspace)
        with self._workspace.session() as session:
            return apply_import(session, preview, reporter)

    def import_file(
        self, path: Path, reporter: Reporter | None = None
    ) -> tuple[ImportPreview, ImportSummary]:
        """Import a whole file without asking: what the preview would show, and what landed."""
        data = read_file_safely(
            path, MAX_CONTACT_FILE_BYTES, _("{file} is too large to be an address book.")
        )
        backup_before_import(self._workspace)
        with self._workspace.session() as session:
            preview = preview_import(session, path.name, data)
            return preview, apply_import(session, preview, reporter)

    def export(self, file_format: FileFormat, vcard_version: str = "4.0") -> bytes:
        with self._workspace.session() as session:
            return export_contacts(session, file_format, vcard_version)
