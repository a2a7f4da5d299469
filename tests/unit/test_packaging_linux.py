"""The Linux desktop files declare exactly the app id and file types of packaging/file_types.py.

A MIME type the desktop entry lists but the MIME package lacks, a glob with a typo or a metainfo id
other than the desktop file's name each fail silently on a user's machine: the file manager offers
another program, or the software centre shows no app.
"""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import minisign
import pyrage
import pytest
from packaging_kit import PACKAGING, ROOT, load

import advocaat
from advocaat.sync import export, feedback, profile
from advocaat.sync.profile import PROFILE_MEMBER
from advocaat.sync.signed_zip import encrypt, pack

TYPES = load("file_types.py")
LINUX = PACKAGING / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME_TYPES = [t.mime_type for t in TYPES.FILE_TYPES]


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep keys' case
    parser.read(LINUX / f"{TYPES.APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _list(value: str) -> list[str]:
    """A desktop entry's ``;``-separated list."""
    return [item for item in value.split(";") if item]


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{TYPES.APP_ID}.metainfo.xml").getroot()


def _mime_types() -> dict[str, ET.Element]:
    root = ET.parse(LINUX / f"{TYPES.APP_ID}.xml").getroot()
    return {element.get("type", ""): element for element in root.iter(f"{MIME_NS}mime-type")}


def _by_language(elements: list[ET.Element]) -> dict[str | None, str]:
    """Each element's text by its xml:lang (``None``: the untranslated, English one)."""
    texts: dict[str | None, str] = {}
    for element in elements:
        language = element.get(LANG)
        assert language not in texts, f"two {element.tag} for {language}"
        texts[language] = " ".join("".join(element.itertext()).split())
    return texts


def test_the_linux_files_are_the_ones_the_bundle_ships() -> None:
    assert {p.name for p in LINUX.iterdir()} == {
        f"{TYPES.APP_ID}.desktop",
        f"{TYPES.APP_ID}.metainfo.xml",
        f"{TYPES.APP_ID}.xml",
        "install.sh",
        "validate.sh",
    }


def test_the_file_types_extensions_are_the_ones_the_app_writes() -> None:
    extensions = {t.kind: t.extension for t in TYPES.FILE_TYPES}
    assert extensions["export"] == export.EXTENSION
    assert extensions["feedback"] == feedback.EXTENSION
    assert extensions["profile"] == profile.EXTENSION


def test_the_desktop_entry_opens_exactly_the_file_types() -> None:
    desktop = _desktop()
    assert desktop["Type"] == "Application"
    assert desktop["Icon"] == TYPES.APP_ID
    assert _list(desktop["MimeType"]) == MIME_TYPES
    # %f: the app opens one file (advocaat-gui FILE); without it a double-click opens nothing.
    assert desktop["Exec"].split() == ["advocaat-gui", "%f"]
    assert desktop["TryExec"] == "advocaat-gui"


def test_the_desktop_entry_speaks_dutch_with_english_beside_it() -> None:
    desktop = _desktop()
    assert desktop["Name"] == TYPES.APP_NAME
    # Qt's X11 window class is the application name (advocaat/ui/app.py sets it): the dock
    # matches the window to this entry by it.
    assert desktop["StartupWMClass"] == TYPES.APP_NAME
    for key in ("GenericName", "Comment", "Keywords"):
        assert desktop[key]
        assert desktop[f"{key}[en]"]
        assert desktop[key] != desktop[f"{key}[en]"]
    assert "keukentafelgesprek" in _list(desktop["Keywords"])
    assert set(_list(desktop["Categories"])) >= {"Office"}


def test_the_metainfo_names_the_app_its_desktop_entry_and_its_file_types() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == TYPES.APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{TYPES.APP_ID}.desktop"
    assert [e.text for e in root.iterfind("provides/mediatype")] == MIME_TYPES
    assert root.findtext("project_license") == "EUPL-1.2"
    assert [e.text for e in root.iterfind("categories/category")] == _list(_desktop()["Categories"])
    assert root.find("content_rating[@type='oars-1.1']") is not None


def test_the_metainfo_release_is_the_apps_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases[0].get("version") == advocaat.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


@pytest.mark.parametrize("tag", ["name", "summary"])
def test_the_metainfo_texts_are_in_english_and_dutch(tag: str) -> None:
    texts = _by_language(_metainfo().findall(tag))
    assert set(texts) == ({None} if tag == "name" else {None, "nl"})


def test_every_metainfo_paragraph_and_caption_has_its_dutch_twin() -> None:
    root = _metainfo()
    for parent in [root.find("description"), *root.iterfind("releases/release/description")]:
        assert parent is not None
        for tag in ("p", "ul/li"):
            elements = parent.findall(tag)
            english = [e for e in elements if e.get(LANG) is None]
            assert len(english) * 2 == len(elements)
            assert {e.get(LANG) for e in elements} <= {None, "nl"}
    for screenshot in root.iterfind("screenshots/screenshot"):
        assert set(_by_language(screenshot.findall("caption"))) == {None, "nl"}


def test_the_metainfo_addresses_all_start_at_the_one_homepage() -> None:
    """The project has no public site yet: the homepage is the one address to change, and every
    screenshot lies below it at its path in the repository."""
    root = _metainfo()
    homepage = root.findtext("url[@type='homepage']") or ""
    assert homepage.startswith("https://")
    assert homepage.endswith("/")
    images = [e.text or "" for e in root.iterfind("screenshots/screenshot/image")]
    assert images
    for image in images:
        assert image.startswith(homepage), image
        assert (ROOT / image.removeprefix(homepage)).is_file(), image
    assert len(root.findall("screenshots/screenshot[@type='default']")) == 1


def test_the_mime_package_declares_exactly_the_file_types() -> None:
    declared = _mime_types()
    assert list(declared) == MIME_TYPES
    for file_type in TYPES.FILE_TYPES:
        element = declared[file_type.mime_type]
        comments = _by_language(element.findall(f"{MIME_NS}comment"))
        assert comments == {None: file_type.english, "nl": file_type.dutch}
        globs = [g.get("pattern") for g in element.findall(f"{MIME_NS}glob")]
        assert globs == [f"*{file_type.extension}"]
        assert element.find(f"{MIME_NS}generic-icon") is not None


def _magic_matches(rule: ET.Element, data: bytes) -> bool:
    """Whether a shared-mime-info ``<match type="string">`` and all it nests match ``data``."""
    assert rule.get("type") == "string"
    value = re.sub(
        r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), rule.get("value", "")
    ).encode("latin-1")
    offset = int(rule.get("offset", "0"))
    if data[offset : offset + len(value)] != value:
        return False
    nested = rule.findall(f"{MIME_NS}match")
    return not nested or any(_magic_matches(child, data) for child in nested)


def _sample_files() -> dict[str, bytes]:
    """A file of each kind as the app writes it: a signed profile ZIP, two age-encrypted ZIPs."""
    key = minisign.SecretKey.from_bytes(bytes(minisign.KeyPair.generate().secret_key))
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    inner = pack("payload.json", b"{}", key, "test")
    return {
        "application/x-advocaat-profile": pack(PROFILE_MEMBER, b"{}", key, "test"),
        "application/x-advocaat-export": encrypt(inner, recipient),
        "application/x-advocaat-feedback": encrypt(inner, recipient),
    }


def test_only_the_profile_is_told_by_its_content_and_its_rule_matches_a_real_one() -> None:
    """Export and feedback files are both age files that begin alike: a magic rule for either
    would claim the other. The profile is a ZIP whose first member is profile.json."""
    declared = _mime_types()
    samples = _sample_files()
    for mime_type, element in declared.items():
        rules = [
            rule
            for magic in element.findall(f"{MIME_NS}magic")
            for rule in magic.findall(f"{MIME_NS}match")
        ]
        matched = {
            kind for kind, data in samples.items() if any(_magic_matches(r, data) for r in rules)
        }
        expected = {mime_type} if mime_type == "application/x-advocaat-profile" else set()
        assert matched == expected, mime_type
    profile = declared["application/x-advocaat-profile"]
    assert [s.get("type") for s in profile.findall(f"{MIME_NS}sub-class-of")] == ["application/zip"]


def test_the_install_script_installs_the_files_by_their_names() -> None:
    """install.sh names the files it copies by the app id; a renamed file would be skipped."""
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert f"APP_ID={TYPES.APP_ID}\n" in script
    for suffix in (".desktop", ".xml", ".metainfo.xml"):
        assert f"$APP_ID{suffix}" in script
    assert Path(LINUX / "install.sh").stat().st_mode & 0o111
    assert Path(LINUX / "validate.sh").stat().st_mode & 0o111
