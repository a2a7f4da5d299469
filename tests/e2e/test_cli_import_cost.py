"""What `advocaat --version`, `--help`, printing a sheet and the start of the window load: not
the libraries of commands that do not run (spreadsheets, PDF drawings, migrations, Qt for the
command line)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocaat.app.organisation import OrganisationBook
from advocaat.app.workspace import Workspace
from advocaat.organisation.setup import Role
from advocaat.paths import DATA_DIR_ENV, AppPaths

HEAVY = ("openpyxl", "reportlab.graphics", "alembic", "PySide6")

PRINT_MODULES = "print('\\n'.join(sys.modules))"  # in the order their import began

RUN_CLI = f"""
import sys
from advocaat.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print('--- modules ---')
{PRINT_MODULES}
"""


def loaded_modules(*arguments: str, cwd: Path) -> set[str]:
    """The modules loaded by running ``advocaat ARGUMENTS`` in a fresh interpreter."""
    return set(import_order(*arguments, cwd=cwd))


def import_order(*arguments: str, cwd: Path) -> list[str]:
    """The modules ``advocaat ARGUMENTS`` loads in a fresh interpreter, in the order their import
    began."""
    environment = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "--data-dir", str(cwd / "data"), *arguments],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "--- modules ---" in result.stdout, result.stderr
    return result.stdout.split("--- modules ---", 1)[1].split()


def loaded(modules: set[str], package: str) -> bool:
    return any(name == package or name.startswith(package + ".") for name in modules)


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_heavy_library(tmp_path: Path, option: str) -> None:
    modules = loaded_modules(option, cwd=tmp_path)
    assert "advocaat.cli" in modules
    assert [package for package in HEAVY if loaded(modules, package)] == []


@pytest.mark.parametrize("role", list(Role))
def test_the_window_of_a_migrated_data_folder_starts_without_alembic_or_openpyxl(
    tmp_path: Path, role: Role
) -> None:
    with Workspace.open(AppPaths(tmp_path / "data")) as workspace:  # created and migrated
        OrganisationBook(workspace).save_setup_named(
            "Patiëntenvereniging Voorbeeld", ["Zwolle"], role
        )
    modules = loaded_modules("--quit-after", "0.1", cwd=tmp_path)
    assert loaded(modules, "advocaat.ui.main_window")  # the window did start
    assert [package for package in NOT_AT_WINDOW_START if loaded(modules, package)] == []


NOT_AT_WINDOW_START = (
    "alembic",
    "openpyxl",
    "reportlab",
    "advocaat.printing",
    "advocaat.network.analysis",
    "advocaat.demo",
    "advocaat.ui.charts",
    "PySide6.QtCharts",
    "psycopg",  # the data folder's SQLite needs no PostgreSQL driver
    "jsonschema",  # loads to validate a document that came from outside
    "icalendar",  # loads to write a calendar file
)
"""What the window's start leaves for the view or the command that uses it."""


@pytest.mark.parametrize("part", ["contacts", "visits", "signals", "network", "reports"])
def test_a_part_remembered_from_last_time_is_the_only_view_a_start_imports(
    tmp_path: Path, part: str
) -> None:
    with Workspace.open(AppPaths(tmp_path / "data")) as workspace:
        OrganisationBook(workspace).save_setup_named("Vereniging Proef", ["Zwolle"], Role.VOLUNTEER)
    (tmp_path / "data" / "window-state.ini").write_text(f"[window]\nlast_view={part}\n")
    modules = loaded_modules("--quit-after", "0.1", cwd=tmp_path)
    parts = {"start", "contacts", "visits", "signals", "network", "reports", "settings"}
    assert {name for name in parts if f"advocaat.ui.views.{name}" in modules} == {part}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose data folder holds the filled demo database, made once for the module."""
    folder = tmp_path_factory.mktemp("printing")
    with Workspace.open(AppPaths(folder / "data", demo=True)):
        pass
    return folder


PRINTING = [
    ("visits", "print", "1", "--sheet", "preparation"),
    ("visits", "print", "1", "--sheet", "conversation", "--large"),
    ("visits", "print", "2", "--sheet", "followup"),
    ("templates", "print", "wmo-standard"),
]


@pytest.mark.parametrize(
    "command", PRINTING, ids=lambda command: "-".join(w for w in command if w[0] != "-")
)
def test_printing_a_sheet_loads_no_drawing_library(
    demo_folder: Path, command: tuple[str, ...]
) -> None:
    """A sheet is text and tables: ReportLab's drawings (charts) load only for a report."""
    output = demo_folder / f"{'-'.join(command)}.pdf"
    modules = loaded_modules("--demo", *command, "--output", str(output), cwd=demo_folder)
    assert output.read_bytes().startswith(b"%PDF")  # the sheet was printed
    assert [package for package in HEAVY if loaded(modules, package)] == []


@pytest.mark.parametrize("role", list(Role))
def test_the_app_layer_and_sqlalchemy_load_before_qt(tmp_path: Path, role: Role) -> None:
    """PySide6 reads the source of every module imported after it: the window's start imports
    nothing but its views after Qt."""
    with Workspace.open(AppPaths(tmp_path / "data")) as workspace:
        OrganisationBook(workspace).save_setup_named("Vereniging Proef", ["Zwolle"], role)
    order = import_order("--quit-after", "0.1", cwd=tmp_path)
    after_qt = order[order.index("PySide6") :]
    assert "advocaat.ui.main_window" in after_qt  # the window did start
    late = [
        name
        for name in after_qt
        if name.startswith(("sqlalchemy", "advocaat."))
        and not name.startswith(("advocaat.ui", "advocaat.resources"))  # views; data files
    ]
    assert late == []
