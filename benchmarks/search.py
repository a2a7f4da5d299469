"""Figure 2: one search query as the contact list asks it (the first 50 rows of a text) through
the app's :class:`ContactBook`, p95 over typed keystrokes, beside a raw sqlite3 FTS5 prefix
query (diacritics folded, limit 50) over the same contacts' text."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable

from advocaat.app.contacts import ContactBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.search import ContactFilter
from advocaat.core.text import fold
from benchmarks.common import Row, Target, median, p95
from benchmarks.data import Dataset

TYPED = ["marieke", "van d", "zwolle", "wmo-c", "ozlem", "thuiszorg", "sudwest", "jansen 06"]
LIMIT = 50
ROUNDS = 3


def keystrokes() -> list[str]:
    """Each word as it is typed, one key at a time."""
    return [word[:length] for word in TYPED for length in range(1, len(word) + 1)]


def _floor_index(book: ContactBook) -> sqlite3.Connection:
    """An FTS5 table of every contact's listed text, folded, in memory."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE contact USING fts5(body)")
    rows = book.page(ContactFilter(), 0, None)
    connection.executemany(
        "INSERT INTO contact(body) VALUES (?)",
        [(fold(" ".join((r.name, r.role, r.organisation, r.municipality))),) for r in rows],
    )
    return connection


def _fts_query(text: str) -> str:
    words = re.findall(r"\w+", fold(text))
    return " ".join(f'"{word}"*' for word in words)


def _times(run: Callable[[str], None], texts: list[str]) -> list[float]:
    found = []
    for text in texts:
        started = time.perf_counter()
        run(text)
        found.append((time.perf_counter() - started) * 1000)
    return found


def measure(data: Dataset) -> list[Row]:
    texts = keystrokes()
    with Workspace.open(data.volunteer) as workspace:
        book = ContactBook(workspace)
        raw = _floor_index(book)

        def app(text: str) -> None:
            book.page(ContactFilter(text=text), 0, LIMIT)

        def floor(text: str) -> None:
            raw.execute(
                "SELECT rowid, body FROM contact WHERE contact MATCH ? LIMIT ?",
                (_fts_query(text), LIMIT),
            ).fetchall()

        app_times, floor_times = [], []
        for _ in range(ROUNDS):
            app_times += _times(app, texts)
            floor_times += _times(floor, texts)
    note = f"median {median(app_times):.2f} ms against {median(floor_times):.2f} ms"
    return [Row("search query p95", "ms", Target(3), p95(app_times), p95(floor_times), note)]
