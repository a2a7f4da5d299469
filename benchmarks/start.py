"""The cold-start driver: ``python -m benchmarks.start app DATA_DIR`` or ``... bare``.

It starts the app's real main window the way ``advocaat`` does (through :func:`advocaat.cli.main`
with ``--data-dir``), or a bare PySide6 window, and once the window is shown and the event loop
has nothing left to do it prints one JSON line (the wall clock then, its CPU seconds and peak
memory so far) and quits.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

GIVE_UP_SECONDS = 300


def _peak_mib(maxrss: int) -> float:
    """This process's peak resident memory. Linux keeps ``ru_maxrss`` across exec, so a child of
    a large parent would report the parent's peak; ``VmHWM`` is this program's own."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return maxrss / 1024 / 1024 if sys.platform == "darwin" else maxrss / 1024


def _report_when_shown(app: QApplication) -> None:
    def check() -> None:
        if not any(w.isVisible() for w in app.topLevelWidgets() if isinstance(w, QMainWindow)):
            QTimer.singleShot(10, check)
            return
        app.processEvents()  # the paint of the first frame, and whatever it posted
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print(json.dumps({
            "shown_at": time.time(),
            "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mib": _peak_mib(usage.ru_maxrss),
        }), flush=True)  # fmt: skip
        app.exit(0)

    def give_up() -> None:
        """A window that never shows (a message box waiting for an answer, say) ends the run
        with what is on screen instead of hanging."""
        shown = [w.windowTitle() + ": " + getattr(w, "text", str)() for w in app.topLevelWidgets()
                 if w.isVisible()]  # fmt: skip
        print(f"no main window after {GIVE_UP_SECONDS} s; on screen: {shown}", file=sys.stderr)
        app.exit(2)

    QTimer.singleShot(0, check)
    QTimer.singleShot(GIVE_UP_SECONDS * 1000, give_up)


def main(arguments: list[str]) -> int:
    if arguments[0] == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("Advocaat")
        window.show()
        _report_when_shown(app)
        return app.exec()
    from advocaat.cli import main as advocaat
    from advocaat.ui.app import application

    _report_when_shown(application())
    return advocaat(["--data-dir", arguments[1]])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
