"""Signals: saved only without unconfirmed personal data, with revisions and a status history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from advocaat.db.contact_tables import Organisation
from advocaat.signals.service import (
    PersonalDataError,
    SignalData,
    SignalError,
    Status,
    list_signals,
    save_signal,
    set_status,
    signal_themes,
    withdraw,
)
from advocaat.visits.service import VisitData, create_visit
from advocaat.visits.templates import bundled_templates

pytestmark = pytest.mark.usefixtures("english")


def data(
    text: str = "Parkeerkaart geweigerd omdat mensen met Parkinson soms kunnen lopen.",
) -> SignalData:
    return SignalData(
        text=text,
        municipality_code="GM0193",
        happened_on=date(2026, 11, 20),
        themes=["parkeerkaart", "Parkeerkaart", "vervoer"],
        people_count=3,
    )


def test_a_clean_signal_is_saved_with_its_history(session: Session) -> None:
    signal = save_signal(session, data())
    assert (signal.revision, signal.status) == (1, "new")
    assert signal_themes(signal) == ["parkeerkaart", "vervoer"]
    set_status(session, signal.id, Status.IN_PROGRESS)
    assert signal.revision == 2
    assert [change.status for change in signal.history] == ["new", "in_progress"]


def test_personal_data_blocks_saving_until_confirmed(session: Session) -> None:
    create_visit(session, VisitData(member_name="Mw. Jansen"), bundled_templates()[0])
    text = "Mevrouw Jansen, bereikbaar op 06-12345678, kreeg geen parkeerkaart."
    with pytest.raises(PersonalDataError, match="personal data") as refused:
        save_signal(session, data(text))
    assert [(f.kind.value, f.text) for f in refused.value.findings] == [
        ("name", "Mevrouw Jansen"),
        ("phone", "06-12345678"),
    ]
    assert list_signals(session) == []
    with pytest.raises(PersonalDataError):
        save_signal(session, data(text), confirmed={("name", "Mevrouw Jansen")})
    signal = save_signal(
        session, data(text), confirmed={("name", "Mevrouw Jansen"), ("phone", "06-12345678")}
    )
    assert [(c.kind, c.fragment) for c in signal.confirmations] == [
        ("name", "Mevrouw Jansen"),
        ("phone", "06-12345678"),
    ]


def test_editing_raises_the_revision_and_withdrawing_keeps_the_signal(session: Session) -> None:
    signal = save_signal(session, data())
    save_signal(session, data("Nu met meer uitleg over de parkeerkaart."), signal_id=signal.id)
    assert signal.revision == 2
    withdraw(session, signal.id)
    assert signal.revision == 3
    assert list_signals(session) == []
    assert list_signals(session, include_withdrawn=True) == [signal]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"text": "  "}, "Describe what happened"),
        ({"municipality_code": None}, "Choose the municipality"),
        ({"people_count": 0}, "1 or more"),
        ({"law": "belastingwet"}, "not a known choice"),
    ],
)
def test_bad_input_is_one_sentence(session: Session, change: dict, message: str) -> None:
    bad = data()
    for key, value in change.items():
        setattr(bad, key, value)
    with pytest.raises(SignalError, match=message):
        save_signal(session, bad)


def test_a_theme_never_carries_personal_data(session: Session) -> None:
    """Themes leave the laptop with the signal, so the guard reads them too."""
    bad = data()
    bad.themes = ["vervoer", "bel 06-98765432"]
    with pytest.raises(SignalError, match="The theme bel 06-98765432 seems to hold personal data"):
        save_signal(session, bad)
    assert list_signals(session) == []


def test_the_contact_books_own_number_is_no_finding(session: Session) -> None:
    session.add(Organisation(name="Wijkteam Zuid", phone="038-851 2040"))
    save_signal(session, data("Het wijkteam (038 851 20 40) belt niet terug."))
    with pytest.raises(PersonalDataError):
        save_signal(session, data("Bel mevrouw op 038 851 20 41."))
