"""Visits as the GUI uses them: each call is one unit of work, plain values in and out."""

from __future__ import annotations

from datetime import date

from advocaat.core.workspace import Workspace
from advocaat.visits.service import UpcomingDeadline, upcoming_deadlines


class VisitBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def upcoming(self, today: date) -> list[UpcomingDeadline]:
        with self._workspace.session() as session:
            return upcoming_deadlines(session, today)
