"""Which import a file opened with the app (``advocaat FILE``, a double-click) belongs to.

Told by the file's content, never by its name alone, so a renamed file still finds its import:
a profile is a plain ZIP of ``profile.json`` and its signature; export and feedback files are
age-encrypted to X25519 keys, alike from the outside. A volunteer's feedback identity opens a
feedback file meant for them; an encrypted file nobody here can open is an export (for the
office), or, when its name says so, a feedback file for someone else (its import says that).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

import pyrage

from advocaat.app.organisation import OrganisationBook
from advocaat.app.workspace import Workspace
from advocaat.core.files import read_file_safely
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.organisation.setup import Role
from advocaat.sync import export, export_reader, feedback
from advocaat.sync.profile import MAX_MEMBER_BYTES, MAX_PROFILE_BYTES, PROFILE_MEMBER
from advocaat.sync.signed_zip import AGE_HEADER, age_header_length, unpack
from advocaat.sync.volunteer import existing_feedback_identity

MAX_OPENED_BYTES = max(export_reader.MAX_FILE_BYTES, feedback.MAX_FILE_BYTES, MAX_PROFILE_BYTES)
SEALED = AGE_HEADER + b"-> X25519 "
"""How an export or feedback file begins: age's header and its first recipient stanza."""


class FileKind(enum.Enum):
    EXPORT = "export"
    PROFILE = "profile"
    FEEDBACK = "feedback"


class OpenedFileError(UserFacingError):
    """A file the app was started with that it does not open; nothing was changed."""


def _not_ours() -> OpenedFileError:
    return OpenedFileError(
        _(
            "This is not an export file, organisation profile or feedback file of Advocaat;"
            " nothing was changed."
        )
    )


def _too_large() -> OpenedFileError:
    return OpenedFileError(_("The file is too large to be a file of Advocaat."))


def _is_zip_of(data: bytes, member: str, max_body: int) -> bool:
    try:
        unpack(data, member, max_body, not_ours=_not_ours, damaged=_not_ours, too_large=_too_large)
    except OpenedFileError:
        return False
    return True


def recognise(data: bytes, identities: Sequence[pyrage.x25519.Identity] = ()) -> FileKind | None:
    """The kind of Advocaat file ``data`` is, or ``None`` for an export or feedback file that
    none of ``identities`` opens; anything else is refused in one sentence."""
    if len(data) > MAX_OPENED_BYTES:
        raise _too_large()
    if _is_zip_of(data, PROFILE_MEMBER, MAX_MEMBER_BYTES):
        return FileKind.PROFILE
    if not data.startswith(SEALED) or age_header_length(data) is None:
        raise _not_ours()
    if not identities:
        return None
    try:
        plain: bytes = pyrage.decrypt(data, list(identities))
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            return None
        raise _not_ours() from error
    if _is_zip_of(plain, feedback.PAYLOAD, feedback.MAX_PAYLOAD_BYTES):
        return FileKind.FEEDBACK
    if _is_zip_of(plain, export.PAYLOAD, export_reader.MAX_PAYLOAD_BYTES):
        return FileKind.EXPORT
    raise _not_ours()


def read_opened(path: Path) -> bytes:
    """The file's bytes, read with a cap; unreadable or too large is one sentence."""
    return read_file_safely(
        path, MAX_OPENED_BYTES, _("{file} is too large to be a file of Advocaat.")
    )


def check_opened(path: Path) -> None:
    """Refuse, before the window starts, a file that is no Advocaat file at all."""
    recognise(read_opened(path))


def import_for(workspace: Workspace, path: Path) -> FileKind:
    """The import that takes in ``path`` on this computer, refused in one sentence when the
    file is for the other role (an export at a volunteer's, a profile at the office)."""
    data = read_opened(path)
    setup = OrganisationBook(workspace).setup()
    office = setup is not None and setup.role is Role.NATIONAL_OFFICE
    identity = None if office else existing_feedback_identity(workspace.paths.profile_dir)
    kind = recognise(data, [identity] if identity else [])
    if kind is None:
        named_feedback = path.name.endswith(feedback.EXTENSION)
        kind = FileKind.FEEDBACK if named_feedback and not office else FileKind.EXPORT
    if office and kind is not FileKind.EXPORT:
        raise OpenedFileError(
            _(
                "Organisation profiles and feedback files are for volunteers; this copy of"
                " Advocaat is the national office's, so nothing was changed."
            )
        )
    if not office and kind is FileKind.EXPORT:
        raise OpenedFileError(
            _(
                "Export files are for the national office: send this file to the office;"
                " it cannot be opened here."
            )
        )
    if setup is None and kind is FileKind.FEEDBACK:
        raise OpenedFileError(_("Set up Advocaat first, then open the feedback file again."))
    return kind
