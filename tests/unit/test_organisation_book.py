"""What the views ask about the setup and the municipalities, answered by the application layer
without Qt: plain values, one unit of work per question."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from advocaat.app.contacts import MomentLine
from advocaat.app.organisation import OrganisationBook
from advocaat.app.workspace import Workspace
from advocaat.core.timing import Timing
from advocaat.organisation.setup import OrganisationSetup, Role
from advocaat.paths import AppPaths


def test_the_setup_role_and_the_municipalities_as_plain_values(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        book = OrganisationBook(workspace)
        assert book.setup() is None
        assert not book.is_national_office()
        every = book.municipalities()
        assert len(every) > 300
        assert all(m.search_text and m.province for m in every)
        codes = [m.cbs_code for m in every]
        unset = book.own_first()
        assert (unset.choices, unset.start) == ([(m.cbs_code, m.name) for m in every], None)

        book.save_setup(OrganisationSetup("Afdeling Proef", ("GM0344", "GM0193"), Role.VOLUNTEER))
        assert not book.is_national_office()
        own_first = book.own_first()
        assert own_first.choices[:2] == [("GM0344", "Utrecht"), ("GM0193", "Zwolle")]
        assert sorted(code for code, _name in own_first.choices) == sorted(codes)
        assert own_first.start == "GM0344"
        assert book.municipality_names(("GM0193", "GM9999", "GM0150")) == ["Zwolle", "Deventer"]

        for role in Role:
            book.save_setup(OrganisationSetup("Proef", (), role))
            assert book.is_national_office() is (role is Role.NATIONAL_OFFICE)
        assert book.own_first().start is None


def test_a_follow_up_is_overdue_only_while_open_and_past_its_day() -> None:
    today = date(2026, 11, 23)
    days = (None, today - timedelta(days=1), today, today + timedelta(days=1))
    for due, done in itertools.product(days, (False, True)):
        line = MomentLine(1, today, "phone", "Proef", "", "terugbellen", due, done)
        overdue = line.timing(today) is Timing.OVERDUE
        assert overdue is (not done and due is not None and due < today)
