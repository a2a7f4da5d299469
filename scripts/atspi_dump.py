"""Count the controls a screen reader finds without a name, through the real AT-SPI bus.

    dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24" \\
        /usr/bin/python3 scripts/atspi_dump.py [--app ".venv/bin/advocaat-gui"] [--lang nl]

Runs with the system Python, which has pyatspi (Debian: at-spi2-core, python3-pyatspi). It starts
the app on a fresh demo data folder with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, selects every part
walks the accessible tree of the window (every part is in it, shown or not) and of the dialogs
that DIALOGS opens by pressing their buttons. Every control without a name is printed with its
path; the last line gives the count. Qt names a combo box after its value on Linux and tells its
label through a "labelled-by" relation (a label buddy): a combo box without one counts as unnamed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

import pyatspi  # type: ignore[import-not-found]

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_DATE_EDITOR,
}


DIALOGS = {
    "nl": [("Nieuwe persoon…", "Annuleren"), ("Nieuwe organisatie…", "Annuleren")],
    "en": [("New person…", "Cancel"), ("New organisation…", "Cancel")],
}
"""Buttons that open a dialog, and the button that closes it again."""


def find_app(name: str, seconds: float) -> pyatspi.Accessible:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name and app.childCount:
                return app
        time.sleep(0.5)
    raise SystemExit(f"no accessible application {name!r} within {seconds} s")


def labelled(node: pyatspi.Accessible) -> bool:
    return any(
        relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for relation in node.getRelationSet()
    )


def unnamed(node: pyatspi.Accessible) -> bool:
    """A combo box's name is its value on Linux: only a label relation names it."""
    if node.getRole() == pyatspi.ROLE_COMBO_BOX:
        return not labelled(node)
    return not node.name.strip() and not labelled(node)


def walk(node: pyatspi.Accessible, path: str, found: list[str], seen: list[str]) -> None:
    """Collect unnamed controls, shown or not: every part of the window is in the tree."""
    try:
        role = node.getRole()
        where = f"{path}/{node.getRoleName()}:{node.name[:30]}"
    except Exception:  # a node gone while we look
        return
    if role in CONTROL_ROLES:
        seen.append(where)
        if unnamed(node):
            found.append(where)
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE) or node.childCount > 100:
        return  # rows and cells are named by their text
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, where, found, seen)


def press(root: pyatspi.Accessible, name: str) -> bool:
    """Press the button called ``name`` (a dialog opens and waits), as a screen reader would."""
    found = pyatspi.findDescendant(
        root, lambda node: node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name == name
    )
    if found is None:
        return False
    found.queryAction().doAction(0)
    time.sleep(2)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default=".venv/bin/advocaat-gui")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    with tempfile.TemporaryDirectory() as data:
        command = [args.app, "--demo", "--lang", args.lang, "--data-dir", data]
        app_process = subprocess.Popen(command, env=env)
        try:
            app = find_app("Advocaat", 60)
            time.sleep(2)
            found: list[str] = []
            seen: list[str] = []
            walk(app, "", found, seen)
            window = app.getChildAtIndex(0)
            for opener, closer in DIALOGS[args.lang]:
                if press(window, opener):
                    for index in range(1, app.childCount):
                        walk(app.getChildAtIndex(index), opener, found, seen)
                        press(app.getChildAtIndex(index), closer)
            for where in sorted(found):
                print(where)
            in_dialogs = sum(1 for where in seen if not where.startswith("/"))
            print(f"controls: {len(seen)} ({in_dialogs} in dialogs); unnamed: {len(found)}")
        finally:
            app_process.terminate()
            app_process.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
