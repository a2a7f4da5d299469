"""`advocaat templates list|print|copy|export|import` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import advocaat


def test_templates_are_listed(tmp_path: Path) -> None:
    result = advocaat("--data-dir", str(tmp_path), "templates", "list", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wmo-standaard\tnl\tversie 1\tKeukentafelgesprek Wmo (22 punten)" in result.stdout


def test_blank_sheet_prints_in_large_type(tmp_path: Path) -> None:
    target = tmp_path / "blad.pdf"
    arguments = ["templates", "print", "wmo-standaard", "--large", "--output", str(target)]
    result = advocaat("--data-dir", str(tmp_path), "--demo", *arguments, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_unknown_template_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    arguments = ["templates", "print", "bestaat-niet", "--output", str(target)]
    result = advocaat("--data-dir", str(tmp_path), *arguments, cwd=tmp_path)
    assert result.returncode == 1
    assert "wmo-standaard" in result.stderr
    assert not target.exists()


def listed(data: Path) -> dict[str, dict[str, object]]:
    result = advocaat("--data-dir", str(data), "templates", "list", "--format", "json", cwd=data)
    assert result.returncode == 0, result.stderr
    return {row["id"]: row for row in json.loads(result.stdout)}


def test_copy_export_and_import_carry_a_template_between_volunteers(tmp_path: Path) -> None:
    """One volunteer makes a variant and shares its file; another takes it in. A file whose id
    is taken by a different template arrives beside it: the template already there is kept."""
    mine, theirs = tmp_path / "mijn", tmp_path / "collega"
    run = advocaat("--data-dir", str(mine), "templates", "copy", "wmo-standaard",
                   "--title", "Wmo bij Parkinson", cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Sjabloon wmo-bij-parkinson gemaakt: Wmo bij Parkinson."
    shared = tmp_path / "parkinson.json"
    run = advocaat("--data-dir", str(mine), "templates", "export", "wmo-bij-parkinson",
                   "--output", str(shared), cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    document = json.loads(shared.read_text(encoding="utf-8"))
    assert (document["id"], document["title"]) == ("wmo-bij-parkinson", "Wmo bij Parkinson")

    run = advocaat("--data-dir", str(theirs), "templates", "import", str(shared), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert listed(theirs)["wmo-bij-parkinson"]["title"] == "Wmo bij Parkinson"
    again = advocaat("--data-dir", str(theirs), "templates", "import", str(shared), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert set(listed(theirs)) == set(listed(mine))  # the same file twice: nothing new

    document["title"] = "Wmo bij Parkinson (versie van de collega)"
    shared.write_text(json.dumps(document), encoding="utf-8")
    run = advocaat("--data-dir", str(mine), "templates", "import", str(shared), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    templates = listed(mine)
    assert templates["wmo-bij-parkinson"]["title"] == "Wmo bij Parkinson"  # kept as it was
    assert templates["wmo-bij-parkinson-2"]["title"] == "Wmo bij Parkinson (versie van de collega)"


def test_a_broken_template_file_is_one_sentence_and_nothing_is_taken_in(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": 1, "id": "half"', encoding="utf-8")
    before = listed(tmp_path)
    run = advocaat("--data-dir", str(tmp_path), "templates", "import", str(broken), cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.startswith("advocaat: ")
    assert len(run.stderr.strip().splitlines()) == 1
    assert listed(tmp_path) == before
