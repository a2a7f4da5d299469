"""``advocaat FILE`` from a shell: a file that is no Advocaat file is one sentence and exit code
2 before anything starts; the commands and their help stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import advocaat

from advocaat.cli.arguments import opened_file_argument

COMMANDS = {"info", "signals", "office"}


@pytest.mark.parametrize(
    ("arguments", "rest", "opened"),
    [
        (["info"], ["info"], None),
        (["--demo", "signals", "list"], ["--demo", "signals", "list"], None),
        ([], [], None),
        (["--help"], ["--help"], None),
        (["a.advocaat-export"], [], "a.advocaat-export"),
        (["--data-dir", "info", "x"], ["--data-dir", "info"], "x"),  # a value named like a command
        (["--data-dir=d", "--lang", "en", "p"], ["--data-dir=d", "--lang", "en"], "p"),
        (["--data", "d", "p", "--demo"], ["--data", "d", "--demo"], "p"),  # an abbreviation
        (["--", "info"], [], "info"),  # after --, a file named like a command
    ],
)
def test_the_file_is_the_first_argument_that_names_no_command(
    arguments: list[str], rest: list[str], opened: str | None
) -> None:
    assert opened_file_argument(arguments, COMMANDS) == (rest, opened)


def test_help_still_works_and_names_the_file(tmp_path: Path) -> None:
    result = advocaat("--lang", "en", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "advocaat FILE" in result.stdout


@pytest.mark.parametrize("content", [None, b"", b"just some notes\n", b"PK\x03\x04broken"])
def test_not_an_advocaat_file_is_one_sentence_and_exit_code_2(
    tmp_path: Path, content: bytes | None
) -> None:
    target = tmp_path / "NOT_A_FILE.advocaat-export"
    if content is not None:
        target.write_bytes(content)
    data = tmp_path / "data"
    result = advocaat("--data-dir", str(data), str(target), cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("advocaat: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not (data / "advocaat.sqlite3").exists()
    assert not any(data.glob("**/*.sqlite*"))


def test_a_command_after_a_file_is_refused_by_argparse(tmp_path: Path) -> None:
    result = advocaat("--data-dir", str(tmp_path / "data"), "nothing-here", "info", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
