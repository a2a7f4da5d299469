"""A file whose name is not valid UTF-8 (Linux allows any bytes) is read, stored and shown."""

from __future__ import annotations

import os
from pathlib import Path

from office_kit import Office, Volunteer
from sqlalchemy import select

from advocaat.app.workspace import Workspace
from advocaat.core.files import name_as_text
from advocaat.db.office_tables import ImportedFile
from advocaat.office.inbox import Inbox, Outcome
from advocaat.paths import AppPaths


def test_name_as_text_keeps_text_and_marks_the_bytes_it_cannot_read() -> None:
    assert name_as_text("Özlem – signalen.advocaat-export") == "Özlem – signalen.advocaat-export"
    assert name_as_text(os.fsdecode(b"export-\xff\xfe.advocaat-export")) == (
        "export-??.advocaat-export"
    )


def test_office_takes_in_an_export_file_whose_name_is_not_utf8(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle", "GM0193")
    volunteer.add("De regiotaxi komt vaak te laat.")
    export = volunteer.export()
    strange = tmp_path / os.fsdecode(b"export-\xff.advocaat-export")
    export.rename(strange)
    with Workspace.open(office_paths) as workspace:
        (result,) = Inbox(workspace.session, office.keys.identities, lambda _card: True).take_in(
            [strange]
        )
        with workspace.session() as session:
            stored = session.scalars(select(ImportedFile.file_name)).all()
    assert (result.outcome, result.new) == (Outcome.IMPORTED, 1)
    assert stored == ["export-?.advocaat-export"]
