"""A start on a big-ish database loads a screenful of signals, not every one: the Start view
shows the newest few, and the signals list (the National picture at the office) one page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from advocaat.app.organisation import OrganisationBook
from advocaat.db.office_tables import ReceivedSignal, Sender
from advocaat.db.signal_tables import Signal
from advocaat.organisation.setup import Role
from advocaat.paths import AppPaths
from advocaat.ui.main_window import MainWindow, row_of
from advocaat.ui.models.paged_model import PAGE_SIZE

SIGNALS = 1_500
SHOWN_ON_START = 10
"""At most this many signals on Start (it shows five)."""


def fill(paths: AppPaths, role: Role, app: QApplication) -> None:
    from conftest import make_controller

    workspace, _controller = make_controller(paths, app)
    with workspace:
        OrganisationBook(workspace).save_setup_named("Vereniging Proef", ["Zwolle"], role)
        first = date(2025, 1, 1)
        with workspace.session() as session:
            if role is Role.VOLUNTEER:
                session.add_all(
                    Signal(text=f"Fictief signaal {n}", municipality_code="GM0193",
                           happened_on=first + timedelta(days=n % 365))
                    for n in range(SIGNALS)
                )  # fmt: skip
                return
            sender = Sender(sender_uid="proef", name="Vrijwilliger Proef", signing_key="k",
                            recipient="age1proef", accepted=True)  # fmt: skip
            session.add(sender)
            session.flush()
            session.add_all(
                ReceivedSignal(sender_id=sender.id, uid=f"r{n}", revision=1,
                               text=f"Fictief signaal {n}", municipality_code="GM0193",
                               municipality_name="Zwolle", law="wmo", source="phone",
                               happened_on=first + timedelta(days=n % 365), urgency="normal",
                               sender_status="new")
                for n in range(SIGNALS)
            )  # fmt: skip


@pytest.fixture
def loaded_signals() -> Iterator[list[object]]:
    """Every signal row the ORM loads, of either table, while the test runs."""
    loaded: list[object] = []

    def count(target: object, _context: object) -> None:
        loaded.append(target)

    for table in (Signal, ReceivedSignal):
        event.listen(table, "load", count)
    yield loaded
    for table in (Signal, ReceivedSignal):
        event.remove(table, "load", count)


@pytest.mark.parametrize("role", list(Role))
def test_a_start_and_the_signals_list_load_a_screenful_not_every_signal(
    qtbot: QtBot, tmp_path: Path, app: QApplication, role: Role, loaded_signals: list[object]
) -> None:
    from conftest import make_controller

    paths = AppPaths(tmp_path / "data")
    fill(paths, role, app)
    loaded_signals.clear()
    workspace, controller = make_controller(paths, app)
    with workspace:
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.show()
        assert window.current_part().key == "start"
        assert 0 < len(loaded_signals) <= SHOWN_ON_START
        loaded_signals.clear()
        window.show_part(row_of("signals"))
        assert 0 < len(loaded_signals) <= PAGE_SIZE
        window.close()
