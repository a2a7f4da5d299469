"""The Info.plist entries of Advocaat.app, built from packaging/file_types.py.

The PyInstaller spec passes ``info_plist(version)`` to ``BUNDLE(info_plist=...)``; PyInstaller adds
the keys it owns itself (CFBundleExecutable, CFBundleIconFile, CFBundlePackageType). A pure module
with no import from ``advocaat`` so the spec and the tests can load it by path (packaging/ is not
a package).

A double-clicked document reaches the app as a QFileOpenEvent, not as a command-line argument.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

MINIMUM_MACOS = "13.0"
"""Qt 6.10 and 6.11 (the PySide6 wheels the app pins) support macOS 13 Ventura and later."""

_FILE_TYPES_MODULE = "advocaat_packaging_file_types"


def _file_types() -> ModuleType:
    """packaging/file_types.py, loaded by path once (its dataclass needs it in sys.modules)."""
    if _FILE_TYPES_MODULE in sys.modules:
        return sys.modules[_FILE_TYPES_MODULE]
    path = Path(__file__).resolve().parent.parent / "file_types.py"
    spec = importlib.util.spec_from_file_location(_FILE_TYPES_MODULE, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_FILE_TYPES_MODULE] = module
    spec.loader.exec_module(module)
    return module


def info_plist(version: str) -> dict[str, Any]:
    """The Info.plist keys for ``version``: identity, languages, and the three document types."""
    types = _file_types()
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
