"""Drafts: a form's typing kept on disk; anything unreadable counts as no draft, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocaat.app.drafts import MAX_DRAFT_BYTES, Drafts


def test_a_draft_is_kept_found_and_dropped(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "drafts")
    assert drafts.find("signal") is None
    drafts.keep("signal", {"text": "De regiotaxi kwam te laat ✓", "people": "2"})
    assert drafts.find("signal") == {"text": "De regiotaxi kwam te laat ✓", "people": "2"}
    assert drafts.find("visit") is None
    drafts.drop("signal")
    drafts.drop("signal")  # dropping what is not there is fine
    assert drafts.find("signal") is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{half",
        b"\xff\xfe not text",
        b'{"format": 2, "fields": {"text": "later"}}',
        b'{"format": 1, "fields": ["text"]}',
        b"[]",
        b"x" * (MAX_DRAFT_BYTES + 1),
    ],
    ids=["empty", "broken", "not-utf8", "newer", "fields-not-object", "list", "too-large"],
)
def test_a_draft_that_cannot_be_read_counts_as_none(tmp_path: Path, content: bytes) -> None:
    drafts = Drafts(tmp_path)
    (tmp_path / "signal.json").write_bytes(content)
    assert drafts.find("signal") is None


def test_only_text_values_come_back(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    (tmp_path / "signal.json").write_text('{"format": 1, "fields": {"text": "a", "n": 3}}')
    assert drafts.find("signal") == {"text": "a"}
