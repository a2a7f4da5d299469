"""The committed icon files are complete and current: every size the packages name, in every file.

The build copies them without rendering (packaging/icons/make_icons.py regenerates them); a size
missing here is a blank or blurred icon in a menu, a file manager or the macOS Dock.
"""

from __future__ import annotations

import pytest
from packaging_kit import PACKAGING, ROOT, load
from PIL import Image

ICONS = PACKAGING / "icons"
MAKE = load("icons/make_icons.py")
APP_ID = load("file_types.py").APP_ID


def test_the_script_and_the_packaging_agree_on_the_app_id() -> None:
    assert MAKE.APP_ID == APP_ID


@pytest.mark.parametrize("size", MAKE.HICOLOR_SIZES)
def test_each_hicolor_png_has_its_size(size: int) -> None:
    with Image.open(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # Transparent outside the rounded square, opaque in its middle: a real drawing.
        assert image.getpixel((0, 0))[3] < 255
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_the_hicolor_folder_holds_exactly_the_sizes_and_the_scalable_icon() -> None:
    folders = {p.name for p in (ICONS / "hicolor").iterdir()}
    assert folders == {f"{n}x{n}" for n in MAKE.HICOLOR_SIZES} | {"scalable"}
    files = {p.relative_to(ICONS / "hicolor").as_posix() for p in (ICONS / "hicolor").rglob("*.*")}
    assert files == {f"{n}x{n}/apps/{APP_ID}.png" for n in MAKE.HICOLOR_SIZES} | {
        f"scalable/apps/{APP_ID}.svg"
    }


def test_the_scalable_icon_is_the_apps_own_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    resource = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == resource.read_bytes()


def test_the_ico_holds_every_windows_size() -> None:
    with Image.open(ICONS / "advocaat.ico") as image:
        assert image.format == "ICO"
        assert set(image.info["sizes"]) == {(n, n) for n in MAKE.ICO_SIZES}
        for n in MAKE.ICO_SIZES:
            image.size = (n, n)
            image.load()
            assert image.size == (n, n)


def test_the_icns_holds_every_macos_size() -> None:
    with Image.open(ICONS / "advocaat.icns") as image:
        assert image.format == "ICNS"
        pixels = {w * scale for w, _h, scale in image.info["sizes"]}
        assert pixels == set(MAKE.ICNS_SIZES)
        for width, height, scale in image.info["sizes"]:
            image.size = (width, height)
            image.load(scale=scale)
            assert image.size == (width * scale, height * scale)
