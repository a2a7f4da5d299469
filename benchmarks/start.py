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

    QTimer.singleShot(0, check)


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
