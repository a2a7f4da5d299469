"""The netwerkanalyse as the GUI uses it: each call one unit of work, plain values in and out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from advocaat.app.workspace import Workspace
from advocaat.contacts.search import ContactRef
from advocaat.core.files import write_file_safely
from advocaat.core.progress import Reporter
from advocaat.db.contact_tables import Theme
from advocaat.network.analysis import municipality_analysis
from advocaat.network.grid import Party, parties, set_scores, set_strategy
from advocaat.network.relations import (
    Link,
    RelationKind,
    add_relation,
    relations_among,
    remove_relation,
)
from advocaat.organisation.setup import load_setup


class NetworkBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def parties(self, municipality: str | None, theme: str | None, today: date) -> list[Party]:
        with self._workspace.session() as session:
            return parties(session, municipality, theme, today=today)

    def links(self, refs: set[ContactRef]) -> list[Link]:
        with self._workspace.session() as session:
            return relations_among(session, refs)

    def themes(self) -> list[str]:
        with self._workspace.session() as session:
            return list(session.scalars(select(Theme.name).order_by(Theme.name)))

    def set_scores(
        self, ref: ContactRef, influence: int | None, attitude: int | None
    ) -> tuple[int | None, int | None]:
        """Save the scores at once; returns the ones before, for undo."""
        with self._workspace.session() as session:
            return set_scores(session, ref, influence, attitude)

    def set_strategy(self, ref: ContactRef, text: str) -> None:
        with self._workspace.session() as session:
            set_strategy(session, ref, text)

    def add_relation(self, source: ContactRef, target: ContactRef, kind: RelationKind) -> None:
        with self._workspace.session() as session:
            add_relation(session, source, target, kind)

    def remove_relation(self, relation_id: int) -> None:
        with self._workspace.session() as session:
            remove_relation(session, relation_id)

    def write_report(
        self, municipality: str, theme: str | None, path: Path, reporter: Reporter | None = None
    ) -> None:
        """The written analysis of one municipality as a PDF, written whole or not at all (a
        stop writes nothing)."""
        with self._workspace.session() as session:
            analysis = municipality_analysis(session, municipality, date.today(), theme)
            setup = load_setup(session)
        from advocaat.printing.network_report import network_report_pdf  # noqa: PLC0415 - reportlab loads only to print

        data = network_report_pdf(
            analysis, organisation=setup.organisation if setup else "", printed_on=date.today()
        )
        if reporter is not None:
            reporter.check()
        write_file_safely(path, data)
