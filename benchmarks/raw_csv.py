"""The floor of figure 5, run as its own process: ``python -m benchmarks.raw_csv DATABASE``
writes the volunteer's signals as CSV to standard output with nothing but sqlite3 and csv, the
same columns and rows as ``advocaat signals list --format csv``."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys

QUERY = """
SELECT s.id, s.uid, s.revision, s.happened_on, COALESCE(m.cbs_code, ''), COALESCE(m.name, ''),
       s.themes, s.law, s.source, s.people_count, s.status, COALESCE(s.office_status, ''),
       s.office_comment, s.text
FROM signal s LEFT JOIN municipality m ON m.cbs_code = s.municipality_code
WHERE NOT s.withdrawn ORDER BY s.happened_on DESC, s.id DESC
"""
HEADER = ["id", "uid", "revision", "date", "municipality", "municipality_name", "themes", "law",
          "source", "people", "status", "office_status", "office_comment", "text"]  # fmt: skip


def main(database: str) -> int:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    writer = csv.writer(sys.stdout)
    writer.writerow(HEADER)
    for row in connection.execute(QUERY):
        cells = list(row)
        cells[6] = "; ".join(json.loads(cells[6]))
        writer.writerow(cells)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
