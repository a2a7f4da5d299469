"""The demo profile: realistic, fictional data, so a newcomer sees a populated app at once.

Every name of a person and organisation here is invented; municipality names are real. The demo
lives in its own database (see :class:`advocaat.paths.AppPaths`) and never touches the user's data.
Dates are relative to the day the demo is made, so follow-ups are due this week whenever it is run.
Each part of the app adds its own demo records here as it arrives.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from advocaat.contacts.kinds import MomentChannel, OrganisationKind
from advocaat.contacts.moments import MomentData, log_moment
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    move_person,
)
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.text import fold
from advocaat.db.contact_tables import Organisation, Person
from advocaat.examples.service import ExampleData, save_example
from advocaat.network.grid import set_scores, set_strategy
from advocaat.network.relations import RelationKind, add_relation
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.signals.kinds import Law, Source
from advocaat.signals.service import SignalData, save_signal
from advocaat.visits.service import ItemState, VisitData, create_visit, set_item
from advocaat.visits.templates import bundled_templates

DEMO_ORGANISATION = "Vereniging Samen Sterk (demo)"
DEMO_MUNICIPALITIES = ("GM0193", "GM0150", "GM0166")  # Zwolle, Deventer, Kampen

ORGANISATIONS = (
    ("Gemeente Zwolle", OrganisationKind.MUNICIPALITY, "GM0193", "Zwolle", "038 498 0000"),
    ("Gemeente Deventer", OrganisationKind.MUNICIPALITY, "GM0150", "Deventer", "0570 690 000"),
    ("Gemeente Kampen", OrganisationKind.MUNICIPALITY, "GM0166", "Kampen", "038 339 0000"),
    ("Sociaal Wijkteam Zwolle-Zuid", OrganisationKind.SOCIAL_TEAM, "GM0193", "Zwolle", ""),
    ("Thuiszorg De Linde", OrganisationKind.CARE_PROVIDER, "GM0193", "Zwolle", "038 765 4321"),
    ("Zorggroep IJsseloever", OrganisationKind.CARE_PROVIDER, "GM0150", "Deventer", ""),
    ("Adviesraad Sociaal Domein Kampen", OrganisationKind.ADVISORY_COUNCIL, "GM0166", "Kampen", ""),
    ("Cliëntenraad Zorggroep IJsseloever", OrganisationKind.CLIENT_COUNCIL, "GM0150", "", ""),
    ("Stichting Welzijn Overijssel-West", OrganisationKind.WELFARE, "GM0193", "Zwolle", ""),
)

# The netwerkanalyse of Zwolle: how the organisations stand, and how the parties relate.
ORGANISATION_SCORES = {
    "Gemeente Zwolle": (5, 0),
    "Sociaal Wijkteam Zwolle-Zuid": (3, 1),
    "Thuiszorg De Linde": (2, -1),
    "Stichting Welzijn Overijssel-West": (2, 2),
}
RELATIONS = (
    ("Marieke", RelationKind.MEMBER_OF, "Gemeente Zwolle"),
    ("Gemeente Zwolle", RelationKind.FUNDS, "Sociaal Wijkteam Zwolle-Zuid"),
    ("Stichting Welzijn Overijssel-West", RelationKind.WORKS_WITH, "Sociaal Wijkteam Zwolle-Zuid"),
    ("Özlem", RelationKind.ADVISES, "Sociaal Wijkteam Zwolle-Zuid"),
    ("Thuiszorg De Linde", RelationKind.OPPOSES, "Stichting Welzijn Overijssel-West"),
)

# given, family (with tussenvoegsel), organisation, role, portfolio, municipality, themes,
# influence, attitude
PEOPLE = (
    (
        "Marieke",
        "van den Heuvel",
        "Gemeente Zwolle",
        "wethouder",
        "Zorg en Wmo",
        "GM0193",
        ["Wmo", "vervoer"],
        5,
        1,
    ),
    (
        "Bram",
        "Kuipers",
        "Gemeente Zwolle",
        "beleidsmedewerker",
        "Wmo-vervoer",
        "GM0193",
        ["vervoer", "parkeerkaart"],
        3,
        0,
    ),
    (
        "Özlem",
        "Demir",
        "Gemeente Zwolle",
        "Wmo-consulent",
        "",
        "GM0193",
        ["keukentafelgesprek"],
        2,
        1,
    ),
    (
        "Joost",
        "ter Horst",
        "Gemeente Deventer",
        "wethouder",
        "Sociaal domein",
        "GM0150",
        ["Wmo", "jeugd"],
        5,
        -1,
    ),
    ("Femke", "de Boer", "Gemeente Deventer", "raadslid", "", "GM0150", ["toegankelijkheid"], 3, 2),
    (
        "Sanne",
        "Mulder",
        "Sociaal Wijkteam Zwolle-Zuid",
        "cliëntondersteuner",
        "",
        "GM0193",
        ["keukentafelgesprek"],
        2,
        2,
    ),
    (
        "Ingrid",
        "van Dijk",
        "Thuiszorg De Linde",
        "wijkverpleegkundige",
        "",
        "GM0193",
        ["thuiszorg"],
        2,
        1,
    ),
    ("Kees", "Brouwer", "Zorggroep IJsseloever", "bestuurder", "", "GM0150", ["thuiszorg"], 4, 0),
    (
        "Hanneke",
        "Smit",
        "Gemeente Kampen",
        "beleidsmedewerker",
        "Wmo en hulpmiddelen",
        "GM0166",
        ["hulpmiddelen"],
        3,
        0,
    ),
    (
        "Gerrit",
        "Bakker",
        "Adviesraad Sociaal Domein Kampen",
        "voorzitter",
        "",
        "GM0166",
        ["Wmo"],
        3,
        2,
    ),
)


def _fill_network(
    session: Session, organisations: dict[str, Organisation], people: dict[str, Person]
) -> None:
    def ref(name: str) -> ContactRef:
        if name in people:
            return ContactRef(ContactType.PERSON.value, people[name].id)
        return ContactRef(ContactType.ORGANISATION.value, organisations[name].id)

    for name, (influence, attitude) in ORGANISATION_SCORES.items():
        set_scores(session, ref(name), influence, attitude)
    for source, kind, target in RELATIONS:
        add_relation(session, ref(source), ref(target), kind)
    set_strategy(
        session,
        ref("Marieke"),
        "Twee keer per jaar de signalen over vervoer bespreken; vragen om een toezegging in de"
        " raadscommissie.",
    )


def fill(session: Session) -> None:
    """Fill an empty, migrated demo database."""
    today = date.today()
    save_setup(
        session,
        OrganisationSetup(
            organisation=DEMO_ORGANISATION,
            municipalities=DEMO_MUNICIPALITIES,
            role=Role.VOLUNTEER,
        ),
    )
    organisations = {}
    for name, kind, code, city, phone in ORGANISATIONS:
        organisations[name] = create_organisation(
            session,
            OrganisationData(
                name=name,
                kind=kind.value,
                municipality_code=code,
                city=city,
                phone=phone,
                email=f"info@{name.split()[-1].lower()}.example.nl",
            ),
        )
    people = {}
    for index, row in enumerate(PEOPLE):
        given, family, employer, role, portfolio, code, themes, influence, attitude = row
        people[given] = create_person(
            session,
            PersonData(
                given_name=given,
                family_name=family,
                organisation_id=organisations[employer].id,
                role=role,
                portfolio=portfolio,
                municipality_code=code,
                themes=themes,
                influence=influence,
                attitude=attitude,
                phones=[(f"06 5555 {1000 + index * 37:04d}", "mobile")],
                emails=[(f"{fold(given)}.{fold(family.split()[-1])}@example.nl", "work")],
            ),
        )
    _fill_network(session, organisations, people)
    # An official who changed jobs: the history shows both positions.
    move_person(
        session,
        people["Bram"],
        organisation_id=organisations["Gemeente Deventer"].id,
        role="senior beleidsmedewerker",
        portfolio="Wmo en mobiliteit",
        on=today - timedelta(days=40),
    )
    for days_ago, channel, who, summary, follow_up, due_in in (
        (
            30,
            MomentChannel.MEETING,
            ["Marieke", "Bram"],
            "Kennismaking over de Wmo-vervoersregeling; zorgen over wachttijden regiotaxi.",
            "Cijfers over klachten regiotaxi opsturen",
            -3,
        ),
        (
            12,
            MomentChannel.PHONE,
            ["Özlem"],
            "Gebeld over de voorbereiding van keukentafelgesprekken; zij wil graag een folder.",
            "Folder over de voorbereiding langsbrengen",
            2,
        ),
        (
            5,
            MomentChannel.EMAIL,
            ["Femke"],
            "Mail over de toegankelijkheid van het nieuwe gemeentehuis.",
            "",
            None,
        ),
        (
            2,
            MomentChannel.WMO_COUNCIL,
            ["Gerrit", "Hanneke"],
            "Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.",
            "Signalen over hulpmiddelen bundelen voor de adviesraad",
            6,
        ),
    ):
        log_moment(
            session,
            MomentData(
                happened_on=today - timedelta(days=days_ago),
                channel=channel.value,
                summary=summary,
                person_ids=[people[name].id for name in who],
                follow_up=follow_up,
                follow_up_due=today + timedelta(days=due_in) if due_in is not None else None,
            ),
        )
    _fill_visits(session, today, people["Özlem"].id)
    _fill_signals(session, today, organisations)
    save_example(
        session,
        ExampleData(
            municipality_code="GM0193",
            strategy="cooperation",
            title="Regiotaxi meldt voortaan vertraging",
            story=(
                "Na signalen over lang wachten spraken we met de Wmo-raad en de vervoerder. Sinds"
                " september belt de centrale als de taxi meer dan een kwartier later komt."
            ),
            partners="Wmo-raad Zwolle, vervoerder, beleidsmedewerker Wmo",
            happened_on=today - timedelta(days=60),
        ),
    )
    log_moment(
        session,
        MomentData(
            happened_on=today + timedelta(days=9),
            channel=MomentChannel.CONVERSATION.value,
            summary="Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.",
            person_ids=[people["Sanne"].id],
            organisation_ids=[organisations["Sociaal Wijkteam Zwolle-Zuid"].id],
        ),
    )


def _fill_visits(session: Session, today: date, consulent_id: int) -> None:
    """Two members' visits: one being prepared, one waiting for the municipality's decision."""
    template = bundled_templates()[0]
    preparing = create_visit(
        session,
        VisitData(
            member_name="Mw. J. (demo)",
            member_contact="via de contactpersoon van de afdeling",
            municipality_code="GM0193",
            planned_at=datetime.combine(today + timedelta(days=5), time(10, 30)),
            place="Bij het lid thuis",
            consulent_id=consulent_id,
            client_supporter="Sanne Mulder (wijkteam)",
            volunteer="Henk (Wmo-commissie)",
            help_question="Hulp bij het huishouden en vervoer naar de dagbesteding.",
            goals="Zelfstandig thuis blijven wonen; twee keer per week naar de dagbesteding.",
            dates={"melding_on": today - timedelta(days=10)},
        ),
        template,
    )
    for item in preparing.items[:4]:
        set_item(session, item.id, ItemState.DONE)
    waiting = create_visit(
        session,
        VisitData(
            member_name="Dhr. P. (demo)",
            municipality_code="GM0150",
            planned_at=datetime.combine(today - timedelta(days=20), time(14, 0)),
            place="Gemeentehuis Deventer",
            consulent_name="Wmo-consulent gemeente Deventer",
            help_question="Een scootmobiel, omdat lopen op slechte dagen niet lukt.",
            goals="Zelf boodschappen kunnen doen.",
            outcome="Consulent begrijpt de wisselende klachten; verslag volgt.",
            dates={
                "melding_on": today - timedelta(days=38),
                "conversation_on": today - timedelta(days=20),
                "report_received_on": today - timedelta(days=12),
                "application_on": today - timedelta(days=8),
            },
        ),
        template,
    )
    for item in waiting.items[:16]:
        set_item(session, item.id, ItemState.DONE)


def _fill_signals(session: Session, today: date, organisations: dict[str, Organisation]) -> None:
    """A few signals such as volunteers hear them, without any member's personal data."""
    for days_ago, code, themes, law, source, people, text, organisation in (
        (3, "GM0193", ["parkeerkaart"], Law.WMO, Source.CAFE, 4,
         "De gemeente weigert een gehandicaptenparkeerkaart aan mensen met Parkinson, omdat zij"
         " op sommige dagen wel een stukje kunnen lopen. Op slechte dagen lukt dat niet.", None),
        (9, "GM0150", ["vervoer"], Law.WMO, Source.PEER_CONTACT, 6,
         "De regiotaxi komt vaak meer dan een half uur te laat; leden missen hun afspraken.",
         None),
        (16, "GM0193", ["thuiszorg", "keukentafelgesprek"], Law.ZVW, Source.KITCHEN_TABLE, 1,
         "Na het keukentafelgesprek duurde het zeven weken voor er een verslag kwam.",
         "Thuiszorg De Linde"),
    ):  # fmt: skip
        save_signal(
            session,
            SignalData(
                text=text,
                municipality_code=code,
                happened_on=today - timedelta(days=days_ago),
                themes=themes,
                law=law.value,
                source=source.value,
                people_count=people,
                organisation_id=organisations[organisation].id if organisation else None,
            ),
        )
