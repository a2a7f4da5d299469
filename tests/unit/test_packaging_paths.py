"""Every path that pyproject.toml and the packaging files name exists, and every package ships.

A package missing from pyproject's list installs fine in a checkout (editable) and is absent from
the wheel and the frozen build; a desktop entry naming a missing icon shows a blank square.
"""

from __future__ import annotations

import configparser
import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
_REPOSITORY_PATH = re.compile(
    r"(?<![\w/.-])((?:advocaat|docs|packaging|resources|scripts|tests|translations)/[\w*./-]*\w)"
)


def _folder(package: str) -> Path:
    """Where a listed package lives in the checkout, by the longest package-dir prefix."""
    mapping = SETUPTOOLS["package-dir"]
    prefix = max((p for p in mapping if package == p or package.startswith(p + ".")), key=len)
    rest = package[len(prefix) :].lstrip(".")
    return ROOT / mapping[prefix] / Path(*rest.split(".")) if rest else ROOT / mapping[prefix]


def test_every_listed_package_exists() -> None:
    missing = [p for p in SETUPTOOLS["packages"] if not _folder(p).is_dir()]
    assert missing == []


def test_every_python_package_of_the_app_is_listed() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "advocaat").rglob("__init__.py")
    }
    assert found - set(SETUPTOOLS["packages"]) == set()


def test_every_package_data_pattern_matches_a_file() -> None:
    empty = [
        (package, pattern)
        for package, patterns in SETUPTOOLS["package-data"].items()
        for pattern in patterns
        if not any(fnmatch(f.name, pattern) for f in _folder(package).iterdir())
    ]
    assert empty == []


def test_the_desktop_entries_name_an_icon_and_a_command_that_exist() -> None:
    entries = sorted((ROOT / "packaging").rglob("*.desktop"))
    assert entries
    scripts = PYPROJECT["project"]["gui-scripts"] | PYPROJECT["project"]["scripts"]
    for entry in entries:
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep keys' case
        parser.read(entry, encoding="utf-8")
        desktop = parser["Desktop Entry"]
        assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()
        assert desktop["Exec"].split()[0] in scripts


def test_the_readme_names_no_missing_file() -> None:
    """Paths of the repository the README names (``docs/x.md``, ``tests/unit/test_*.py``) exist."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(_REPOSITORY_PATH.findall(text))
    assert named
    missing = sorted(name for name in named if not any(ROOT.glob(name)))
    assert missing == []
