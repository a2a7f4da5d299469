"""Local reports as the GUI and the command line use them: each call one unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from advocaat.app.workspace import Workspace
from advocaat.db.models import Municipality
from advocaat.organisation.municipalities import resolve_municipality
from advocaat.organisation.setup import load_setup
from advocaat.reports.local import (
    SignalReport,
    YearOverview,
    signal_report,
    year_overview,
)


class ReportBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def own_municipalities(self) -> list[tuple[str, str]]:
        """(CBS code, name) of the municipalities chosen in the setup."""
        with self._workspace.session() as session:
            setup = load_setup(session)
            found = (
                session.get(Municipality, code) for code in (setup.municipalities if setup else ())
            )
            return [(m.cbs_code, m.name) for m in found if m is not None]

    def find_municipalities(self, names: Sequence[str]) -> tuple[str, ...]:
        """The CBS codes of municipalities named by name, alias or code; one unknown stops it."""
        with self._workspace.session() as session:
            codes = []
            for name in names:
                codes.append(resolve_municipality(session, name).cbs_code)
            return tuple(dict.fromkeys(codes))

    def signal_report(
        self, municipalities: tuple[str, ...], date_from: date | None, date_to: date | None
    ) -> SignalReport:
        with self._workspace.session() as session:
            return signal_report(session, municipalities, date_from, date_to)

    def year_overview(self, year: int, today: date) -> YearOverview:
        with self._workspace.session() as session:
            return year_overview(session, year, today=today)

    def _organisation(self) -> str:
        with self._workspace.session() as session:
            setup = load_setup(session)
            return setup.organisation if setup else ""

    def signal_report_pdf(
        self,
        municipalities: tuple[str, ...],
        date_from: date | None,
        date_to: date | None,
        *,
        language: str,
        printed_on: date,
    ) -> bytes:
        from advocaat.printing.local_reports import signal_report_pdf  # noqa: PLC0415 - reportlab loads only to print

        return signal_report_pdf(
            self.signal_report(municipalities, date_from, date_to),
            organisation=self._organisation(),
            printed_on=printed_on,
            language=language,
        )

    def year_overview_pdf(self, year: int, *, language: str, printed_on: date) -> bytes:
        from advocaat.printing.local_reports import year_overview_pdf  # noqa: PLC0415 - reportlab loads only to print

        return year_overview_pdf(
            self.year_overview(year, printed_on),
            organisation=self._organisation(),
            printed_on=printed_on,
            language=language,
        )
