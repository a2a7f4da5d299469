"""Every view and dialog fits a 1366×768 laptop screen at 100 %, 150 % and 200 % scale.

How the screen is made: Qt's offscreen platform reads its screens from a JSON file
(``QT_QPA_PLATFORM=offscreen:configfile=screen-1366x768.json``), and ``QT_SCALE_FACTOR`` (read
once, before the QApplication exists) scales it as a low-vision user's setting does: 1366×768
device pixels at 200 % are 683×384 logical pixels. So each scale runs in its own process: the
outer test starts pytest once per scale on screen_fit_checks.py, whose tests open every view
and dialog on that screen.

A visible control fails when it lies outside the screen and not inside a scroll area; a control
inside a scroll area counts when the scroll area itself is on screen. Action buttons (the
Save/Print/Cancel row of a form, a dialog's button box) must be in sight: on screen and inside the
visible part of every scroll area around them, so nobody has to scroll to finish a form.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCALES = ("1", "1.5", "2")
SCALE_ENV = "ADVOCAAT_SCREEN_SCALE"
SCREEN = Path(__file__).with_name("screen-1366x768.json")
CHECKS = Path(__file__).with_name("screen_fit_checks.py")


@pytest.mark.slow
@pytest.mark.parametrize("scale", SCALES)
def test_every_view_and_dialog_fits_1366x768(scale: str) -> None:
    environment = os.environ | {
        SCALE_ENV: scale,
        "QT_SCALE_FACTOR": scale,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            str(CHECKS),
        ],
        env=environment,
        capture_output=True,
        check=False,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout  # the checks ran (exit 0 needs at least one)
