"""The Windows installer script, the macOS Info.plist and the packaging workflow declare what
packaging/file_types.py declares, per user, in both languages.

None of them can run here (no Windows, no Mac, no Inno Setup), so they are read: a stale
extension, a message missing in one language or an association written machine-wide would
otherwise only show on a volunteer's computer.
"""

from __future__ import annotations

import ast
import plistlib
import re
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest
from packaging_kit import ROOT, load

from advocaat import paths

ISS = ROOT / "packaging" / "windows" / "advocaat.iss"
INFO_PLIST = ROOT / "packaging" / "macos" / "info_plist.py"
WORKFLOW = ROOT / ".github" / "workflows" / "package.yml"
GUI_EXE = "advocaat-gui.exe"


FILE_TYPES = load("file_types.py")


# --- A small reader of the .iss: sections of "Key: value; ..." entries or "Name=value" lines ----

_PARAMETER = re.compile(r'\s*(\w+):\s*("(?:[^"]|"")*"|[^;]*?)\s*(?:;|$)')


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def _parameters(line: str) -> dict[str, str]:
    """``Root: HKA; Subkey: "a"; ...`` as a dict, quotes removed and ``""`` read as ``"``."""
    found = {}
    position = 0
    while position < len(line):
        match = _PARAMETER.match(line, position)
        assert match is not None, f"unreadable entry: {line!r}"
        assert match.end() > position, f"unreadable entry: {line!r}"
        found[match.group(1)] = _unquote(match.group(2))
        position = match.end()
    return found


class Script:
    """The preprocessed sections of an Inno Setup script (``{#Name}`` replaced by its define)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, flags=re.MULTILINE))
        self.sections: dict[str, list[str]] = {}
        current: list[str] | None = None
        for raw in text.splitlines():
            line = raw.strip()
            header = re.fullmatch(r"\[(\w+)\]", line)
            if header:
                current = self.sections.setdefault(header.group(1), [])
            elif current is not None and line and not line.startswith((";", "#")):
                current.append(self.expand(line))

    def expand(self, value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines.get(m.group(1), m.group(0)), value)

    def directives(self, section: str) -> dict[str, str]:
        return dict(line.split("=", 1) for line in self.sections[section])

    def entries(self, section: str) -> list[dict[str, str]]:
        return [_parameters(line) for line in self.sections[section]]

    @property
    def registry(self) -> list[dict[str, str]]:
        return self.entries("Registry")

    def messages(self, language: str) -> dict[str, str]:
        prefix = f"{language}."
        return {
            name.removeprefix(prefix): value
            for name, value in self.directives("CustomMessages").items()
            if name.startswith(prefix)
        }

    def message(self, reference: str, language: str) -> str:
        """The text a ``{cm:Name}`` reference shows in ``language``."""
        name = re.fullmatch(r"\{cm:(\w+)\}", reference)
        assert name, f"not a custom message: {reference!r}"
        return self.messages(language)[name.group(1)]


@pytest.fixture(scope="module")
def script() -> Script:
    return Script(ISS.read_text(encoding="utf-8"))


def _value(script: Script, subkey: str, name: str = "") -> dict[str, str]:
    """The one [Registry] entry writing value ``name`` of ``Software\\Classes\\subkey``."""
    matches = [
        entry
        for entry in script.registry
        if entry["Subkey"] == f"Software\\Classes\\{subkey}" and entry.get("ValueName") == name
    ]
    assert len(matches) == 1, f"{subkey} {name!r}: {len(matches)} entries"
    return matches[0]


def _flags(entry: dict[str, str]) -> set[str]:
    return set(entry.get("Flags", "").split())


# --- Windows: the installer script ---------------------------------------------------------


def test_the_script_is_ascii_so_every_inno_setup_6_reads_it_alike() -> None:
    """Before 6.3 a UTF-8 script without a BOM is read as ANSI: keep the text ASCII."""
    ISS.read_bytes().decode("ascii")


def test_the_reader_understands_every_entry(script: Script) -> None:
    for section in ("Tasks", "Files", "Icons", "Registry", "Run"):
        assert script.entries(section), section
    assert all(entry["Root"] for entry in script.registry)


@pytest.mark.parametrize("file_type", FILE_TYPES.FILE_TYPES, ids=lambda t: t.kind)
def test_every_file_type_opens_in_the_gui_for_this_user(script: Script, file_type: Any) -> None:
    extension = _value(script, file_type.extension)
    prog_id = extension["ValueData"]
    assert "uninsdeletevalue" in _flags(extension)
    open_with = _value(script, f"{file_type.extension}\\OpenWithProgids", prog_id)
    assert "uninsdeletevalue" in _flags(open_with)

    key = _value(script, prog_id)
    assert "uninsdeletekey" in _flags(key)
    friendly = _value(script, prog_id, "FriendlyTypeName")
    for entry in (key, friendly):
        assert script.message(entry["ValueData"], "nl") == file_type.dutch
        assert script.message(entry["ValueData"], "en") == file_type.english

    icon = _value(script, f"{prog_id}\\DefaultIcon")
    assert icon["ValueData"] == f"{{app}}\\{GUI_EXE},0"
    command = _value(script, f"{prog_id}\\shell\\open\\command")
    assert command["ValueData"] == f'"{{app}}\\{GUI_EXE}" "%1"'


def test_the_script_associates_only_the_apps_file_types(script: Script) -> None:
    extensions = {
        entry["Subkey"].split("\\")[2]
        for entry in script.registry
        if entry["Subkey"].startswith("Software\\Classes\\.")
    }
    assert extensions == {file_type.extension for file_type in FILE_TYPES.FILE_TYPES}
    prog_ids = {
        _value(script, extension)["ValueData"] for extension in extensions
    }  # one ProgID per type
    assert len(prog_ids) == len(FILE_TYPES.FILE_TYPES)


def test_every_registry_entry_is_the_users_own(script: Script) -> None:
    """HKA is HKCU under PrivilegesRequired=lowest; never machine-wide keys, never PATH."""
    assert {entry["Root"] for entry in script.registry} == {"HKA"}
    assert all(entry["Subkey"].startswith("Software\\Classes\\") for entry in script.registry)
    assert "ChangesEnvironment" not in script.directives("Setup")


def test_setup_installs_per_user_without_elevation(script: Script) -> None:
    setup = script.directives("Setup")
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == "{autopf}\\Advocaat"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppName"] == FILE_TYPES.APP_NAME
    assert setup["ChangesAssociations"] == "yes"
    assert setup["ArchitecturesAllowed"] == setup["ArchitecturesInstallIn64BitMode"]
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["WizardStyle"] == "modern"
    assert setup["Compression"] == "lzma2"
    assert setup["UninstallDisplayIcon"] == f"{{app}}\\{GUI_EXE}"


def test_the_version_must_be_given_on_the_command_line(script: Script) -> None:
    setup = script.directives("Setup")
    assert "AppVersion" not in script.defines
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "Advocaat-{#AppVersion}-setup"
    assert re.search(r"^#ifndef AppVersion\n\s*#error .+\n#endif$", script.text, re.MULTILINE)


def test_paths_are_relative_to_the_repository_root(script: Script) -> None:
    """The build runs ``iscc`` from the root with the bundle in dist\\advocaat\\."""
    setup = script.directives("Setup")
    source = (ISS.parent / Path(*PureWindowsPath(setup["SourceDir"]).parts)).resolve()
    assert source == ROOT
    assert setup["OutputDir"] == "dist"
    assert setup["SetupIconFile"] == "packaging\\icons\\advocaat.ico"
    (files,) = script.entries("Files")
    assert files["Source"] == "dist\\advocaat\\*"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= _flags(files)


def test_dutch_comes_first_then_english(script: Script) -> None:
    languages = [(entry["Name"], entry["MessagesFile"]) for entry in script.entries("Languages")]
    assert languages == [
        ("nl", "compiler:Languages\\Dutch.isl"),
        ("en", "compiler:Default.isl"),
    ]


def test_every_custom_message_exists_in_both_languages_and_is_used(script: Script) -> None:
    dutch, english = script.messages("nl"), script.messages("en")
    assert set(dutch) == set(english)
    assert all(
        name.split(".", 1)[0] in {"nl", "en"} for name in script.directives("CustomMessages")
    )
    used = set(re.findall(r"\{cm:(\w+)\}", script.text))
    used |= set(re.findall(r"CustomMessage\('(\w+)'\)", script.text))
    assert used == set(dutch)
    for name in dutch:
        assert dutch[name] != english[name], name
        assert re.findall(r"%\d", dutch[name]) == re.findall(r"%\d", english[name]), name


def test_the_dutch_texts_address_the_user_as_je(script: Script) -> None:
    for name, text in script.messages("nl").items():
        assert not re.search(r"\b(u|uw)\b", text, re.IGNORECASE), name


def test_the_start_menu_runs_the_gui_and_the_desktop_icon_is_optional(script: Script) -> None:
    icons = {entry["Name"]: entry for entry in script.entries("Icons")}
    assert icons["{autoprograms}\\Advocaat"]["Filename"] == f"{{app}}\\{GUI_EXE}"
    assert "Tasks" not in icons["{autoprograms}\\Advocaat"]
    desktop = icons["{autodesktop}\\Advocaat"]
    assert desktop["Filename"] == f"{{app}}\\{GUI_EXE}"
    tasks = {entry["Name"]: entry for entry in script.entries("Tasks")}
    assert "unchecked" in _flags(tasks[desktop["Tasks"]])


def test_the_app_may_start_after_an_interactive_install(script: Script) -> None:
    (run,) = script.entries("Run")
    assert run["Filename"] == f"{{app}}\\{GUI_EXE}"
    assert {"postinstall", "nowait", "skipifsilent"} <= _flags(run)


def test_the_uninstaller_deletes_the_data_folder_only_when_asked(
    script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It offers the folder advocaat/paths.py uses: platformdirs' roaming data folder,
    %APPDATA%\\Advocaat, which Inno Setup names {userappdata}\\Advocaat; No is the default and a
    silent uninstall never asks."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(
        paths.platformdirs, "user_data_dir", lambda *a, **k: calls.append((a, k)) or "x"
    )
    paths.default_data_dir()
    assert calls == [((paths.APP_NAME,), {"appauthor": False, "roaming": True})]

    code = "\n".join(script.sections["Code"])
    assert f"ExpandConstant('{{userappdata}}\\{paths.APP_NAME}')" in code
    assert "CurUninstallStep = usPostUninstall" in code
    assert "not UninstallSilent" in code
    asks = re.search(
        r"MsgBox\(FmtMessage\(CustomMessage\('DeleteDataQuestion'\).+?\) = IDYES", code, re.S
    )
    assert asks
    assert "MB_YESNO or MB_DEFBUTTON2" in asks.group(0)
    assert code.index("= IDYES") < code.index("DelTree(")
    assert code.count("DelTree(") == 1
    assert "[UninstallDelete]" not in script.text


# --- macOS: the Info.plist ------------------------------------------------------------------


@pytest.fixture(scope="module")
def plist() -> dict[str, Any]:
    info = load("macos/info_plist.py").info_plist("0.1.0", FILE_TYPES)
    assert isinstance(info, dict)
    return info


def test_the_plist_is_a_valid_property_list(plist: dict[str, Any]) -> None:
    assert plistlib.loads(plistlib.dumps(plist)) == plist


def test_the_plist_names_the_app_and_its_version(plist: dict[str, Any]) -> None:
    assert plist["CFBundleIdentifier"] == FILE_TYPES.APP_ID
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == FILE_TYPES.APP_NAME
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "0.1.0"
    assert plist["CFBundleDevelopmentRegion"] == "nl"
    assert plist["CFBundleLocalizations"] == ["nl", "en"]
    assert tuple(int(part) for part in plist["LSMinimumSystemVersion"].split(".")) >= (13, 0)


def test_the_app_is_a_foreground_app_although_the_command_beside_it_is_a_console_one(
    plist: dict[str, Any],
) -> None:
    """PyInstaller's BUNDLE takes LSBackgroundOnly from the folder's last executable, the
    console command; the spec's keys are merged over its defaults, so this one must say no."""
    assert plist["LSBackgroundOnly"] is False
    spec = (ROOT / "packaging" / "advocaat.spec").read_text(encoding="utf-8")
    assert '("advocaat-gui", False), ("advocaat", True)' in spec  # the app first, its executable


@pytest.mark.parametrize("file_type", FILE_TYPES.FILE_TYPES, ids=lambda t: t.kind)
def test_every_file_type_is_a_document_type_with_an_exported_uti(
    plist: dict[str, Any], file_type: Any
) -> None:
    (document,) = [
        d for d in plist["CFBundleDocumentTypes"] if d["LSItemContentTypes"] == [file_type.uti]
    ]
    assert document["CFBundleTypeName"] == file_type.english
    assert document["CFBundleTypeRole"] in {"Editor", "Viewer"}
    assert document["LSHandlerRank"] == "Owner"
    (exported,) = [
        u for u in plist["UTExportedTypeDeclarations"] if u["UTTypeIdentifier"] == file_type.uti
    ]
    assert exported["UTTypeDescription"] == file_type.english
    assert exported["UTTypeConformsTo"] == ["public.data"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [file_type.extension.removeprefix(".")]
    assert tags["public.mime-type"] == [file_type.mime_type]


def test_the_plist_declares_only_the_apps_file_types(plist: dict[str, Any]) -> None:
    utis = [file_type.uti for file_type in FILE_TYPES.FILE_TYPES]
    assert [d["LSItemContentTypes"][0] for d in plist["CFBundleDocumentTypes"]] == utis
    assert [u["UTTypeIdentifier"] for u in plist["UTExportedTypeDeclarations"]] == utis


def test_the_plist_module_imports_nothing_of_the_app() -> None:
    tree = ast.parse(INFO_PLIST.read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.split(".")[0] == "advocaat" for name in imported)


# --- The workflow ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workflow() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_the_workflow_builds_on_the_three_platforms(workflow: str) -> None:
    assert "\t" not in workflow
    assert re.search(r"os: \[windows-latest, macos-latest, ubuntu-latest\]", workflow)
    assert "python packaging/build.py --print-version" in workflow
    assert "run: python packaging/build.py" in workflow
    assert "QT_QPA_PLATFORM: offscreen" in workflow
    assert "actions/upload-artifact@v4" in workflow


def test_the_workflow_makes_the_installer_this_script_writes(workflow: str, script: Script) -> None:
    assert re.search(
        r'iscc "/DAppVersion=\$env:VERSION" packaging\\windows\\advocaat\.iss', workflow
    )
    setup = script.directives("Setup")
    installer = f"{setup['OutputDir']}/{setup['OutputBaseFilename']}.exe".replace(
        "{#AppVersion}", "*"
    )
    assert f"            {installer}\n" in workflow
    assert '"dist\\Advocaat-$env:VERSION-setup.exe"' in workflow


def test_the_workflow_zips_the_app_bundle(workflow: str) -> None:
    assert (
        'ditto -c -k --keepParent dist/Advocaat.app "dist/Advocaat-$VERSION-macos.zip"' in workflow
    )
    assert "            dist/Advocaat-*-macos.zip\n" in workflow
