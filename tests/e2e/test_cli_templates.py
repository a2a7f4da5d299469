"""`advocaat templates list|print` as a user runs them."""

from __future__ import annotations

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
