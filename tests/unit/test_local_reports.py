"""Local reports: the exact numbers of the signals report and the year overview, and their PDFs."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from office_kit import Office, Volunteer
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from statements import counted

from advocaat.contacts.moments import MomentData, log_moment
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
)
from advocaat.db.signal_tables import Signal
from advocaat.i18n import current_language, set_language
from advocaat.printing.local_reports import signal_report_pdf, year_overview_pdf
from advocaat.reports.local import (
    MunicipalityWork,
    ReportError,
    Tally,
    signal_report,
    year_overview,
)
from advocaat.signals.service import SignalData, save_signal, withdraw
from advocaat.visits.service import VisitData, create_visit
from advocaat.visits.templates import bundled_templates

ZWOLLE, DEVENTER, UTRECHT = "GM0193", "GM0150", "GM0344"
SPRING = date(2026, 1, 1), date(2026, 6, 30)


def add_signal(
    session: Session, code: str, day: date, themes: list[str], *, law: str = "wmo", people: int = 1
) -> Signal:
    text = f"Signaal over {', '.join(themes) or 'iets anders'} van {day.isoformat()}."
    data = SignalData(
        text=text, municipality_code=code, happened_on=day, themes=themes, law=law,
        people_count=people,
    )  # fmt: skip
    return save_signal(session, data)


@pytest.fixture
def signals(session: Session) -> dict[str, Signal]:
    made = {
        "taxi": add_signal(session, ZWOLLE, date(2026, 3, 5), ["vervoer", "regiotaxi"], people=3),
        "bus": add_signal(session, ZWOLLE, date(2026, 3, 20), ["vervoer"]),
        "card": add_signal(
            session, DEVENTER, date(2026, 5, 2), ["parkeerkaart"], law="zvw", people=2
        ),
        "work": add_signal(session, ZWOLLE, date(2026, 6, 30), [], law="participatiewet"),
        "gone": add_signal(session, ZWOLLE, date(2026, 4, 1), ["vervoer"]),
        "utrecht": add_signal(session, UTRECHT, date(2026, 4, 10), ["vervoer"], people=5),
        "old": add_signal(session, ZWOLLE, date(2025, 12, 31), ["vervoer"]),
    }
    withdraw(session, made["gone"].id)
    return made


def test_the_signal_report_counts_the_chosen_municipalities_and_period(
    session: Session, signals: dict[str, Signal]
) -> None:
    report = signal_report(session, (ZWOLLE, DEVENTER), *SPRING)
    assert report.municipalities == ("Zwolle", "Deventer")
    assert [s.happened_on for s in report.signals] == [
        date(2026, 3, 5), date(2026, 3, 20), date(2026, 5, 2), date(2026, 6, 30),
    ]  # fmt: skip
    assert report.signals[0].themes == ("regiotaxi", "vervoer")
    assert (report.signals[0].municipality, report.signals[2].law) == ("Zwolle", "zvw")
    assert report.people == 7
    assert report.per_municipality == (Tally("Zwolle", 3, 5), Tally("Deventer", 1, 2))
    assert report.per_theme == (
        Tally("vervoer", 2, 4), Tally("parkeerkaart", 1, 2), Tally("regiotaxi", 1, 3),
        Tally("", 1, 1),
    )  # fmt: skip
    assert report.per_law == (
        Tally("wmo", 2, 4), Tally("participatiewet", 1, 1), Tally("zvw", 1, 2),
    )  # fmt: skip
    assert report.per_month == (
        Tally("2026-03", 2, 4), Tally("2026-04", 0, 0), Tally("2026-05", 1, 2),
        Tally("2026-06", 1, 1),
    )  # fmt: skip


def test_without_a_choice_every_signal_counts_but_withdrawn_ones(
    session: Session, signals: dict[str, Signal]
) -> None:
    report = signal_report(session, ())
    assert report.municipalities == ()
    assert len(report.signals) == 6
    assert report.per_municipality == (Tally("Zwolle", 4, 6), Tally("Deventer", 1, 2),
                                       Tally("Utrecht", 1, 5))  # fmt: skip
    assert signal_report(session, (ZWOLLE,), date(2026, 6, 30)).people == 1
    assert len(signal_report(session, (UTRECHT,), None, date(2026, 4, 9)).signals) == 0


def test_a_period_that_ends_before_it_starts_is_one_sentence(session: Session) -> None:
    with pytest.raises(ReportError, match="begin van de periode"):
        signal_report(session, (), date(2026, 7, 1), date(2026, 6, 1))


@pytest.fixture
def work(session: Session, signals: dict[str, Signal]) -> None:
    """A year of a volunteer's work, with some of it just outside 2026."""
    town_hall = create_organisation(
        session, OrganisationData(name="Gemeente Zwolle", municipality_code=ZWOLLE)
    ).id
    nowhere = create_organisation(session, OrganisationData(name="Landelijke vereniging")).id
    alderman = create_person(
        session, PersonData(given_name="Joost", family_name="ter Horst", municipality_code=DEVENTER)
    ).id
    official = create_person(  # no municipality of her own: she counts for where she works
        session, PersonData(given_name="Özlem", family_name="Demir", organisation_id=town_hall)
    ).id
    for day, people, organisations in (
        (date(2026, 2, 1), [alderman], []),
        (date(2026, 3, 1), [official], []),
        (date(2026, 4, 1), [alderman], [town_hall]),  # one moment, two municipalities
        (date(2026, 5, 1), [], [nowhere]),
        (date(2025, 12, 31), [alderman], []),
    ):
        log_moment(session, MomentData(happened_on=day, summary="Overleg", person_ids=people,
                                       organisation_ids=organisations))  # fmt: skip
    template = bundled_templates()[0]
    for code, planned, dates in (
        (ZWOLLE, None, {"conversation_on": date(2026, 3, 10)}),
        (DEVENTER, datetime(2026, 7, 1, 10), {}),
        (ZWOLLE, None, {"melding_on": date(2026, 11, 1)}),
        (ZWOLLE, datetime(2026, 1, 5, 10), {"conversation_on": date(2025, 12, 15)}),
    ):
        data = VisitData(member_name="Mw. K.", municipality_code=code, planned_at=planned,
                         dates=dates)  # fmt: skip
        create_visit(session, data, template)
    # What taking in the office's feedback file writes on a signal.
    for name, status, when in (
        ("taxi", "taken_up", datetime(2026, 6, 1)),
        ("card", "taken_up", datetime(2026, 7, 1)),
        ("work", "forwarded", datetime(2026, 12, 31, 23, 59)),
        ("bus", "forwarded", datetime(2025, 12, 20)),
    ):
        signals[name].office_status, signals[name].office_updated_at = status, when
    session.flush()


def test_the_year_overview_counts_the_year_s_work_per_municipality(
    session: Session, work: None
) -> None:
    overview = year_overview(session, 2026, today=date(2026, 12, 31))
    assert overview.per_municipality == (
        MunicipalityWork("Deventer", contact_moments=2, visits=1, signals=1),
        MunicipalityWork("Utrecht", contact_moments=0, visits=0, signals=1),
        MunicipalityWork("Zwolle", contact_moments=2, visits=2, signals=3),
        MunicipalityWork("", contact_moments=1, visits=0, signals=0),
    )
    assert (overview.contact_moments, overview.visits, overview.signals) == (4, 3, 5)
    assert (overview.signals_sent, overview.export_files) == (0, 0)
    assert overview.feedback == (Tally("taken_up", 2, 5), Tally("forwarded", 1, 1))
    assert overview.feedback_received == 3
    last_year = year_overview(session, 2025, today=date(2026, 12, 31))
    assert (last_year.contact_moments, last_year.visits, last_year.signals) == (1, 1, 1)
    assert last_year.feedback == (Tally("forwarded", 1, 1),)


def test_the_year_overview_counts_signals_in_the_database_not_signal_by_signal(
    session: Session, work: None
) -> None:
    """A year may hold 100,000 signals: every statement on them counts, none loads a signal."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    with counted(engine) as sent:
        year_overview(session, 2026, today=date(2026, 12, 31))
    on_signals = [sql for sql in sent if re.search(r"\bFROM signal\b", sql)]
    assert len(on_signals) == 3  # per municipality, those sent, the office's answers
    assert [sql for sql in on_signals if "signal.text" in sql] == []  # no whole signal loaded


def test_the_year_overview_counts_what_went_to_the_office(tmp_path: Path, office: Office) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    volunteer.add("Parkeerkaart geweigerd na lange wachttijd.")
    volunteer.export()
    volunteer.add("Traplift pas na vijf maanden geleverd.")
    volunteer.export()
    volunteer.add("Nog niet verstuurd: de wachtlijst voor dagbesteding.")
    with volunteer.open() as workspace, workspace.session() as session:
        signals_year = year_overview(
            session, 2026, today=date(2026, 12, 31)
        )  # the kit's signals happen in 2026
        export_year = year_overview(session, date.today().year, today=date.today())
    assert (signals_year.signals, signals_year.signals_sent) == (4, 3)
    assert export_year.export_files == 2


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Signalenrapportage", "Gemeenten Zwolle, Deventer",
                "Periode 1 jan 2026 tot en met 30 jun 2026", "Signalen per thema",
                "vervoer 2 4", "geen thema 1 1", "Participatiewet (werk en inkomen) 1 1",
                "apr 2026 0 0", "De signalen", "05-03-2026 Zwolle regiotaxi, vervoer Wmo 3",
                "Signaal over vervoer, regiotaxi van 2026-03-05.",
                "Vereniging Proef · geprint op 23 nov 2026", "pagina 1 van"]),
        ("en", ["Signals report", "Municipalities Zwolle, Deventer",
                "Period 1 Jan 2026 to 30 Jun 2026", "Signals per theme", "vervoer 2 4",
                "no theme 1 1", "Participatiewet (work and income) 1 1", "Apr 2026 0 0",
                "The signals", "05/03/2026 Zwolle regiotaxi, vervoer Wmo 3",
                "Vereniging Proef · printed on 23 Nov 2026", "page 1 of"]),
    ],
)  # fmt: skip
def test_the_signal_report_prints_in_either_language(
    session: Session, signals: dict[str, Signal], language: str, expected: list[str]
) -> None:
    report = signal_report(session, (ZWOLLE, DEVENTER), *SPRING)
    pdf = signal_report_pdf(
        report, organisation="Vereniging Proef", printed_on=date(2026, 11, 23), language=language
    )
    text = pdf_text(pdf)
    for words in expected:
        assert words in text
    assert "Utrecht" not in text
    assert "iets anders van 2026-04-01" not in text  # withdrawn
    assert current_language().code == "nl"  # the app's own language is back


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Jaaroverzicht 2026", "Contactmomenten 4", "Keukentafelgesprekken ondersteund 3",
                "Zwolle 2 2 3", "geen gemeente 1 0 0", "opgepakt 2",
                "doorgestuurd naar landelijk bureau 1"]),
        ("en", ["Year overview 2026", "Contact moments 4", "Zwolle 2 2 3",
                "no municipality 1 0 0", "taken up 2", "sent to the national office 1"]),
    ],
)  # fmt: skip
def test_the_year_overview_prints_in_either_language(
    session: Session, work: None, language: str, expected: list[str]
) -> None:
    set_language("en")
    pdf = year_overview_pdf(
        year_overview(session, 2026, today=date(2026, 12, 31)), organisation="",
        printed_on=date(2026, 12, 31), language=language,
    )  # fmt: skip
    text = pdf_text(pdf)
    for words in expected:
        assert words in text
    assert current_language().code == "en"
