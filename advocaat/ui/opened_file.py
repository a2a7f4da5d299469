"""``advocaat FILE``: the window, once shown, starts the import the file belongs to, with the
same questions as when the file is chosen in that view (loaded only for a start with a file)."""

from __future__ import annotations

from pathlib import Path

from advocaat.app.opened_file import FileKind, import_for
from advocaat.errors import UserFacingError
from advocaat.ui.feedback import problems_shown, show_problem
from advocaat.ui.main_window import MainWindow, row_of
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.settings import SettingsView
from advocaat.ui.views.signals import SignalsView


def open_file(window: MainWindow, path: Path) -> None:
    """Show the part whose import takes ``path`` in, and start it; a file for the other role,
    or none of Advocaat's, is one sentence in a message box and changes nothing."""
    try:
        kind = import_for(window.controller.workspace, path)
    except UserFacingError as error:
        show_problem(window, error.message)
        window.open_setup_when_needed()
        return
    if kind is FileKind.PROFILE and window.controller.setup() is None:
        window.open_setup().import_profile(path)
    elif kind is FileKind.PROFILE:
        window.show_part(row_of("settings"))
        if settings := window.view("settings", SettingsView):
            with problems_shown(window):
                settings.import_profile(path)
    elif kind is FileKind.EXPORT:
        window.show_part(row_of("signals"))
        if national := window.view("signals", NationalView):
            national.import_paths([path])
    else:
        window.show_part(row_of("signals"))
        if signals := window.view("signals", SignalsView):
            signals.import_feedback(path)
