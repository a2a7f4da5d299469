"""The app's own files in the data folder, which no output of the user may take the place of."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.paths import AppPaths
from advocaat.sync import volunteer
from advocaat.sync.office_keys import office_folder


class OwnFileError(UserFacingError):
    pass


def refuse_own_file(output: Path, paths: AppPaths) -> None:
    """An output never takes the place of the database, its lock, the preferences or the keys
    (of the own profile or the demo); anything else in the data folder is the user's to write."""
    target = output.resolve()
    for profile in (replace(paths, demo=False), replace(paths, demo=True)):
        folder = profile.profile_dir.resolve()
        database = profile.database.resolve()
        own = {
            *(database.with_name(database.name + end) for end in ("", "-wal", "-shm", "-journal")),
            *(
                path.resolve()
                for path in (profile.lock_file, profile.preferences_file, profile.window_state_file)
            ),
            folder / volunteer.SIGNING_KEY_FILE,
            folder / volunteer.FEEDBACK_IDENTITY_FILE,
        }
        keys = office_folder(folder)
        if target in own or target == keys or keys in target.parents:
            raise OwnFileError(
                _("{file} is one of Advocaat's own files; write to another file.").format(
                    file=output
                )
            )
