"""Render the app icon into every file the packages need; run it after changing an SVG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/make_icons.py

from the repository root. The build does not run it: its output is committed, and
tests/unit/test_icons.py checks that output is complete. Sizes up to 32 px are drawn from the
simplified ``nl.advocaat.Advocaat-small.svg`` (a thicker check mark, less margin), so they stay
legible; larger ones from the app's own icon in resources/icons.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "nl.advocaat.Advocaat"
HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "resources" / "icons" / f"{APP_ID}.svg"
SMALL_SOURCE = HERE / f"{APP_ID}-small.svg"
SMALL_MAX = 32
"""The largest size drawn from the small-size SVG."""

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
"""The pixel sizes Pillow's ICNS writer stores (16 pt at 1x is not among them; macOS scales 32)."""


def render(size: int) -> Image.Image:
    """The icon at ``size`` pixels square, antialiased, as a Pillow RGBA image."""
    renderer = QSvgRenderer(str(SMALL_SOURCE if size <= SMALL_MAX else SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"Cannot read the icon SVG for {size} px")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def write_png(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", optimize=True)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])
    images = {size: render(size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    hicolor = HERE / "hicolor"
    for size in HICOLOR_SIZES:
        write_png(images[size], hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        HERE / "advocaat.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    images[max(ICNS_SIZES)].save(
        HERE / "advocaat.icns",
        format="ICNS",
        append_images=[images[size] for size in ICNS_SIZES],
    )
    del app


if __name__ == "__main__":
    main()
