"""The import summary shows a refusal's reason whole: it wraps at any width, never cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocaat.office.inbox import FileResult, Outcome
from advocaat.ui.dialogs.import_summary import ImportSummaryDialog

LONG_REASON = (
    "Afdeling Zwolle stuurt met een nieuwe sleutel (sleutel-id RWQ5Y2F0ZXN0a2V5MTIzNDU2RWQ5Y2F0,"
    " eerder RWRvdWRlc2xldXRlbDk4NzY1NDMy). Niets wat ermee ondertekend is telt tot je hem"
    " accepteert: controleer het id telefonisch met de vrijwilliger en lees het bestand daarna"
    " opnieuw in."
)
OTHER_REASON = "Het bestand is beschadigd of onvolledig (bij signals); er is niets van ingelezen."


def results() -> list[FileResult]:
    return [
        FileResult("utrecht-1.advocaat-export", Outcome.IMPORTED, "Afdeling Utrecht", new=4),
        FileResult(
            "zwolle-3.advocaat-export", Outcome.REFUSED, "Afdeling Zwolle", reason=LONG_REASON
        ),
        FileResult("kapot.advocaat-export", Outcome.REFUSED, reason=OTHER_REASON),
        FileResult("utrecht-0.advocaat-export", Outcome.ALREADY, "Afdeling Utrecht", unchanged=2),
    ]


@pytest.mark.parametrize("width", [420, 700, 1200])
def test_every_refusal_reason_is_shown_whole_at_any_width(
    qtbot: QtBot, app: QApplication, width: int
) -> None:
    dialog = ImportSummaryDialog(results(), total=4)
    qtbot.addWidget(dialog)
    dialog.resize(width, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    reasons = dialog.reasons
    assert reasons.isVisible()
    text = reasons.toPlainText()
    for result in results():
        if result.outcome is Outcome.REFUSED:
            assert f"{result.name}: {result.reason}" in text
    document = reasons.document()
    document.setTextWidth(reasons.viewport().width())
    assert document.idealWidth() <= reasons.viewport().width()  # wrapped, nothing past the edge
    assert not reasons.horizontalScrollBar().isVisible()
    assert "…" not in text
    refused_rows = [
        row for row in range(dialog.table.rowCount()) if dialog.table.item(row, 0).font().bold()
    ]
    assert [dialog.table.item(row, 0).text() for row in refused_rows] == [
        "zwolle-3.advocaat-export", "kapot.advocaat-export"
    ]  # fmt: skip
    assert all(dialog.table.item(row, 5).text().startswith("Geweigerd") for row in refused_rows)


def test_without_refusals_there_is_no_reasons_box(qtbot: QtBot, app: QApplication) -> None:
    imported = [r for r in results() if r.outcome is not Outcome.REFUSED]
    dialog = ImportSummaryDialog(imported, total=2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.reasons.isVisible()
    assert dialog.headline.text() == "2 bestanden gelezen · 0 bestanden geweigerd"
