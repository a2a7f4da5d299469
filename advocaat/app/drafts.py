"""Text typed into a form, kept on disk while it is typed: a crash or a closed lid loses none.

One small JSON file per form in the profile's ``drafts`` folder, written whole (a temporary file
swapped into place) a moment after each change, dropped when the form is saved or left on
purpose. A draft that cannot be read (damaged, too large, from another version) counts as none.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from advocaat.core.files import write_file_safely
from advocaat.paths import AppPaths

FORMAT = 1
MAX_DRAFT_BYTES = 1_000_000


class Drafts:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def of(cls, paths: AppPaths) -> Drafts:
        return cls(paths.profile_dir / "drafts")

    def _file(self, form: str) -> Path:
        return self.folder / f"{form}.json"

    def keep(self, form: str, fields: dict[str, str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {"format": FORMAT, "fields": fields}
        write_file_safely(self._file(form), json.dumps(document, ensure_ascii=False).encode())

    def find(self, form: str) -> dict[str, str] | None:
        """The draft of ``form``, or ``None`` when there is none that can be read."""
        path = self._file(form)
        try:
            if path.stat().st_size > MAX_DRAFT_BYTES:
                return None
            document = json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return None
        fields = document.get("fields")
        if not isinstance(fields, dict):
            return None
        return {str(key): str(value) for key, value in fields.items() if isinstance(value, str)}

    def drop(self, form: str) -> None:
        with contextlib.suppress(OSError):
            self._file(form).unlink(missing_ok=True)
