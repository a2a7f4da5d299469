"""The Info.plist entries of Advocaat.app, built from packaging/file_types.py.

The PyInstaller spec passes ``info_plist(version)`` to ``BUNDLE(info_plist=...)``; PyInstaller adds
the keys it owns itself (CFBundleExecutable, CFBundleIconFile, CFBundlePackageType). A pure module
with no import from ``advocaat``, loaded by path by the spec and the tests (packaging/ is not a
package).

A double-clicked document reaches the app as a QFileOpenEvent, not as a command-line argument.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

MINIMUM_MACOS = "13.0"
"""Qt 6.10 and 6.11 (the PySide6 wheels the app pins) support macOS 13 Ventura and later."""


def info_plist(version: str, types: ModuleType) -> dict[str, Any]:
    """The Info.plist keys for ``version``: identity, languages, and the document types of
    ``types`` (packaging/file_types.py, loaded by the caller)."""
    return {
        "CFBundleIdentifier": types.APP_ID,
        "CFBundleName": types.APP_NAME,
        "CFBundleDisplayName": types.APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": ["nl", "en"],
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        # PyInstaller sets LSBackgroundOnly (no Dock icon, no menu bar) when the folder's last
        # executable is a console one, as the command `advocaat` is; the app is not.
        "LSBackgroundOnly": False,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": file_type.english,
                # The app reads these files (an import) and never saves them: Viewer.
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [file_type.uti],
            }
            for file_type in types.FILE_TYPES
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": file_type.uti,
                "UTTypeDescription": file_type.english,
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [file_type.extension.removeprefix(".")],
                    "public.mime-type": [file_type.mime_type],
                },
            }
            for file_type in types.FILE_TYPES
        ],
    }
