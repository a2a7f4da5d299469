"""The app's identity and the three file types it opens, as each platform's packaging declares them.

One list, read by the PyInstaller spec (the macOS document types) and checked against the Linux,
Windows and macOS files by ``tests/unit/test_packaging_linux.py`` (which also checks that the
extensions are the ones the app writes) and ``tests/unit/test_packaging_windows_macos.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

APP_ID = "nl.advocaat.Advocaat"
"""Reverse-DNS identifier: the .desktop and metainfo file names, the macOS bundle identifier."""
APP_NAME = "Advocaat"


@dataclass(frozen=True)
class FileType:
    kind: str
    """The app's name for it (advocaat.app.opened_file.FileKind's value)."""
    extension: str
    mime_type: str
    uti: str
    """The macOS Uniform Type Identifier."""
    role: str
    """Who opens it: the office reads exports, a volunteer reads profiles and feedback."""
    dutch: str
    english: str


FILE_TYPES = (
    FileType(
        kind="export",
        extension=".advocaat-export",
        mime_type="application/x-advocaat-export",
        uti="nl.advocaat.export",
        role="office",
        dutch="Exportbestand met signalen van Advocaat",
        english="Advocaat export file with signals",
    ),
    FileType(
        kind="profile",
        extension=".advocaat-profiel",
        mime_type="application/x-advocaat-profile",
        uti="nl.advocaat.profile",
        role="volunteer",
        dutch="Organisatieprofiel van Advocaat",
        english="Advocaat organisation profile",
    ),
    FileType(
        kind="feedback",
        extension=".advocaat-feedback",
        mime_type="application/x-advocaat-feedback",
        uti="nl.advocaat.feedback",
        role="volunteer",
        dutch="Terugkoppeling van het landelijk bureau (Advocaat)",
        english="Advocaat feedback from the national office",
    ),
)
