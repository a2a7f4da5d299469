"""Every command, given hostile arguments, ends cleanly: a success, or one sentence on stderr.

The commands are found by walking the argparse tree, so a command added later is tried too. Each
run puts one hostile value (a folder where a file belongs, a missing file, ``/dev/zero``, a name
that is not valid UTF-8; a number too large to store, negative or zero) in one argument that takes
a file, free text or a number, with plausible values in the others, and writes to a strict UTF-8
terminal. A few end-to-end runs in a separate process check the same for a real terminal.
"""

from __future__ import annotations

import argparse
import gettext
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_cli import advocaat

from advocaat import i18n
from advocaat.cli import build_parser, main
from advocaat.paths import DATABASE_NAME, AppPaths
from advocaat.sync.office_keys import init_office, office_folder

NOT_UTF8 = os.fsdecode(b"adresboek-\xff\xfe.vcf")
ENDLESS = Path("/dev/zero")
PASSPHRASE = "een-lange-wachtzin"
PLAUSIBLE = {"municipality": "Zwolle", "theme": "Wonen", "text": "Lange wachttijd voor de Wmo."}
"""Values for the free-text arguments that are not the hostile one in a run."""


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    def slots(self) -> list[argparse.Action]:
        """The arguments that take a file, free text or a number: where a hostile value goes."""
        return [
            action
            for action in self.parser._actions
            if action.nargs != 0 and not action.choices and action.type in (None, str, Path, int)
        ]


def commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    """Every runnable (sub)command of ``parser``."""
    branches = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not branches:
        yield Command(words, parser)
    for branch in branches:
        for name, child in branch.choices.items():
            yield from commands(child, (*words, name))


def hostile_value(kind: str, folder: Path) -> str:
    files = {
        "folder": str(folder),
        "missing": str(folder / "er-niet.vcf"),
        "not-utf8": str(folder / NOT_UTF8),
        "dev-zero": str(ENDLESS),
    }
    return {**files, **NUMBERS}[kind]


def arguments(
    command: Command, hostile: argparse.Action | None, value: str, folder: Path
) -> list[str]:
    """The command line with ``value`` in ``hostile`` and plausible values elsewhere (files in
    ``folder``)."""
    line = list(command.words)
    for action in command.parser._actions:
        if action is hostile:
            given = value
        elif action.nargs == 0 or (action.option_strings and not action.required):
            continue
        elif action.choices:
            given = str(next(iter(action.choices)))
        elif action.type is int:
            given = "1"
        elif action.type is Path:
            given = str(folder / f"{action.dest}.pdf")
        else:
            given = PLAUSIBLE.get(action.dest, "iets")
        line += [action.option_strings[0], given] if action.option_strings else [given]
    return line


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    crash: BaseException | None


def run_in_process(argv: list[str]) -> Outcome:
    """``advocaat ARGV`` in this process, writing to strict UTF-8 streams like a strict terminal."""
    out, err = (
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
        for _ in range(2)
    )
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    crash = None
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse refuses a usage error this way
        code = exit_.code if isinstance(exit_.code, int) else 1
    except Exception as error:  # a traceback is what this test looks for
        code, crash = -1, error
    finally:
        sys.stdout, sys.stderr = saved
    texts = [stream.buffer.getvalue().decode("utf-8") for stream in (out, err)]  # type: ignore[attr-defined]
    return Outcome(code, texts[0], texts[1], crash)


def assert_clean(outcome: Outcome, argv: list[str]) -> None:
    shown = " ".join(argv)
    assert outcome.crash is None, f"advocaat {shown} crashed: {outcome.crash!r}"
    assert "Traceback" not in outcome.stderr, shown
    if outcome.code == 0:
        return
    if outcome.stderr:
        last = outcome.stderr.rstrip("\n").rsplit("\n", 1)[-1]
        assert last.startswith("advocaat"), f"{shown}: {outcome.stderr!r}"
    else:  # a run over many files (office import) reports each on stdout, fails as a whole
        last = outcome.stdout.rstrip("\n").rsplit("\n", 1)[-1]
    assert len(last.split()) > 3, f"{shown}: {last!r}"  # a sentence, not a bare word


ALL_COMMANDS = list(commands(build_parser()))
NUMBERS = {"huge": "99999999999999999999", "negative": "-1", "zero": "0"}


def kinds(slot: argparse.Action) -> list[str]:
    if slot.type is int:
        return list(NUMBERS)
    files = ["folder", "missing", "not-utf8"]
    # An output is never a device: writing over it would be the test's own fault.
    return files if slot.dest == "output" or not ENDLESS.is_char_device() else [*files, "dev-zero"]


CASES = [
    pytest.param((command, slot, kind), id=f"{'-'.join(command.words)}:{slot.dest}:{kind}")
    for command in ALL_COMMANDS
    for slot in command.slots()
    for kind in kinds(slot)
]


@pytest.fixture(scope="module")
def filled_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo filled in and office keys made once, so commands reach their
    real work (the office's commands too)."""
    folder = tmp_path_factory.mktemp("hostile")
    assert run_in_process(["--data-dir", str(folder), "--demo", "info"]).code == 0
    init_office(office_folder(AppPaths(folder, demo=True).profile_dir), PASSPHRASE)
    return folder


@pytest.fixture
def demo_folder(filled_folder: Path, tmp_path: Path) -> Path:
    """A copy of the filled folder per test: what one command writes, the next does not see."""
    return Path(shutil.copytree(filled_folder, tmp_path / "data"))


def test_the_walk_finds_the_commands_that_read_files() -> None:
    found = {" ".join(command.words) for command in ALL_COMMANDS}
    assert {
        "contacts import",
        "office import",
        "office rotate-keys",
        "feedback import",
        "templates print",
    } <= found
    assert len(CASES) > 4 * len(ALL_COMMANDS) // 2


UNBOUNDED_READ = re.compile(r"\.read_bytes\(|\.read_text\(|(?<![\w.])open\(|\.open\([^)]")


def test_the_command_line_reads_files_only_through_the_capped_reader() -> None:
    """A file named on the command line is read by ``read_file_safely`` (size checked first,
    read with a cap), never whole: ``/dev/zero`` would fill the memory."""
    package = Path(i18n.__file__).parent
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(package.glob("cli*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNBOUNDED_READ.search(re.sub(r"Workspace\.open\(|os\.open\(os\.devnull", "", line))
    ]
    assert offenders == []


@pytest.mark.parametrize("case", CASES)
def test_hostile_argument_ends_in_one_sentence(
    case: tuple[Command, argparse.Action, str],
    demo_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command, slot, kind = case
    monkeypatch.setenv("ADVOCAAT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ADVOCAAT_NEW_PASSPHRASE", "een-andere-wachtzin")
    (tmp_path / NOT_UTF8).write_bytes(b"\xff\xfe not what any reader expects \x00")
    value = hostile_value(kind, tmp_path)
    argv = ["--data-dir", str(demo_folder), "--demo", *arguments(command, slot, value, tmp_path)]
    assert_clean(run_in_process(argv), argv)
    assert not ENDLESS.exists() or ENDLESS.is_char_device()  # the walk never replaced it


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: "-".join(c.words))
def test_usage_mistake_ends_in_one_translated_sentence(
    command: Command, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse forms its complaint with the app's catalogs (here a stand-in Dutch one)."""
    dutch = {"unrecognized arguments: %s": "onbekende argumenten: %s"}
    monkeypatch.setattr(i18n, "load_catalog", lambda _code: _Catalog(dutch))
    argv = ["--data-dir", str(tmp_path), *arguments(command, None, "", tmp_path), "--fout"]
    outcome = run_in_process(argv)
    assert outcome.code == 2
    assert_clean(outcome, argv)
    assert outcome.stderr.endswith(": onbekende argumenten: --fout\n")


class _Catalog(gettext.NullTranslations):
    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        return self.messages.get(message, message)


@pytest.mark.parametrize("kind", ["file", "under-a-file", "device", "not-utf8", "empty-database"])
@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: "-".join(c.words))
def test_hostile_data_folder_ends_in_one_sentence(
    command: Command, kind: str, tmp_path: Path
) -> None:
    a_file = tmp_path / "gewoon-een-bestand"
    a_file.write_text("x")
    emptied = tmp_path / "leeg"
    emptied.mkdir()
    (emptied / DATABASE_NAME).write_bytes(b"")
    folder = {
        "file": a_file,
        "under-a-file": a_file / "data",
        "device": ENDLESS,
        "not-utf8": tmp_path / NOT_UTF8,
        "empty-database": emptied,
    }[kind]
    argv = ["--data-dir", str(folder), *arguments(command, None, "", tmp_path)]
    outcome = run_in_process(argv)
    assert_clean(outcome, argv)
    if kind == "empty-database" and command.words == ("backup", "list"):
        # Listing the backups is how a damaged database is mended, so it works beside one.
        assert (outcome.code, outcome.stdout) == (0, "Er zijn nog geen back-ups.\n")
    elif kind != "not-utf8":
        assert outcome.code != 0
    assert a_file.read_text() == "x"
    assert (emptied / DATABASE_NAME).read_bytes() == b""


WRITERS = [c for c in ALL_COMMANDS if any(slot.dest == "output" for slot in c.slots())]


@pytest.mark.parametrize("own", ["demo/advocaat.sqlite3", "advocaat.sqlite3", "demo/office/key"])
@pytest.mark.parametrize("command", WRITERS, ids=lambda c: "-".join(c.words))
def test_output_never_takes_the_place_of_the_apps_own_files(
    command: Command, own: str, demo_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADVOCAAT_PASSPHRASE", PASSPHRASE)
    target = demo_folder / own
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.write_bytes(b"bewaard")
    before = target.read_bytes()
    output = next(slot for slot in command.slots() if slot.dest == "output")
    argv = [
        "--data-dir",
        str(demo_folder),
        "--demo",
        *arguments(command, output, str(target), tmp_path),
    ]
    outcome = run_in_process(argv)
    assert outcome.code == 1
    assert_clean(outcome, argv)
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    "url",
    [
        "onzin",
        os.fsdecode(b"postgresql+psycopg://\xff@localhost/advocaat"),
        "postgresql+psycopg://advocaat@127.0.0.1:geen-poort/advocaat",
        "postgresql+psycopg://advocaat@127.0.0.1:1/advocaat",
    ],
    ids=["no-address", "not-utf8", "port-not-a-number", "nobody-listens"],
)
@pytest.mark.parametrize("where", ["environment", "option"])
def test_hostile_database_address_ends_in_one_sentence(
    url: str, where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--data-dir", str(tmp_path), "info"]
    if where == "environment":
        monkeypatch.setenv("ADVOCAAT_DATABASE_URL", url)
    else:
        argv = ["--database-url", url, *argv]
    outcome = run_in_process(argv)
    assert outcome.code == 1
    assert_clean(outcome, argv)


def test_real_terminal_strict_utf8_with_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = tmp_path / NOT_UTF8
    name.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anouk Verzonnen\r\nEND:VCARD\r\n")
    result = advocaat(
        "--data-dir",
        str(tmp_path / "d"),
        "contacts",
        "import",
        str(name),
        cwd=tmp_path,
        env={"PYTHONIOENCODING": "utf-8:strict"},
    )
    assert result.returncode == 0, result.stderr
    assert "adresboek-\\udcff\\udcfe.vcf: 1 toegevoegd" in result.stdout


@pytest.mark.parametrize(
    ("target", "language", "expected"),
    [
        ("/dev/zero", "nl", "/dev/zero is te groot voor een adresboek."),
        ("folder", "en", "folder is a folder, not a file."),
        ("file-as-data-dir", "en", "is not a folder, so it cannot hold the data; choose a folder."),
    ],
)
def test_real_process_refuses_in_one_sentence(
    tmp_path: Path, target: str, language: str, expected: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file-as-data-dir").write_text("x")
    data = tmp_path / ("file-as-data-dir" if target == "file-as-data-dir" else "d")
    source = "/dev/zero" if target == "/dev/zero" else str(tmp_path / "folder")
    result = advocaat(
        "--data-dir", str(data), "--lang", language, "contacts", "import", source, cwd=tmp_path
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("advocaat: ")
    assert result.stderr.rstrip().endswith(expected)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("listing", [("info",), ("--demo", "visits", "list")])
def test_output_to_a_full_disk_is_one_sentence(tmp_path: Path, listing: tuple[str, ...]) -> None:
    """``advocaat … > file`` on a full disk (/dev/full refuses every write as a full disk)."""
    environment = {key: value for key, value in os.environ.items() if key != "ADVOCAAT_DATA_DIR"}
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "advocaat", "--data-dir", str(tmp_path), *listing],
            cwd=tmp_path, env=environment, stdout=full, stderr=subprocess.PIPE, text=True,
            timeout=60, check=False,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("advocaat: De schijf is vol"), result.stderr
    assert result.stderr.count("\n") == 1
