"""Measure search as you type over a large contact book (10,000 people, 5,000 organisations).

    python scripts/benchmark_search.py [--people 10000] [--organisations 5000]

It fills a temporary database with fictional contacts through the real services, then types
queries one keystroke at a time, as a user does, and prints the median and 95th percentile of
one keystroke: counting the matches plus finding and loading the first screenful in Dutch order.
The target is a p95 under 16 ms for the query.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from advocaat.app.workspace import Workspace
from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
)
from advocaat.contacts.search import ContactFilter, count_contacts, find_contacts, load_rows
from advocaat.organisation.municipalities import bundled_municipalities
from advocaat.paths import AppPaths

GIVEN = [
    "Anouk", "Bram", "Özlem", "Joost", "Femke", "Sanne", "Ingrid", "Kees", "Hanneke", "Gerrit",
    "Fatima", "Mohammed", "Lotte", "Sem",
]  # fmt: skip
FAMILY = [
    "van den Heuvel", "Kuipers", "Demir", "ter Horst", "de Boer", "Mulder", "van Dijk", "Brouwer",
    "Smit", "Bakker", "Yılmaz", "de Vries", "Jansen", "van der Berg", "Visser", "El Amrani",
]  # fmt: skip
ROLES = ["wethouder", "raadslid", "beleidsmedewerker", "Wmo-consulent", "wijkverpleegkundige"]
TYPED = ["marieke", "van d", "zwolle", "wmo-c", "ozlem", "thuiszorg", "sudwest", "jansen 06"]
SCREENFUL = 60


def fill(workspace: Workspace, people: int, organisations: int, seed: int = 7) -> None:
    chance = random.Random(seed)
    codes = [municipality.cbs_code for municipality in bundled_municipalities()]
    names = {m.cbs_code: m.name for m in bundled_municipalities()}
    with workspace.session() as session:
        organisation_ids = []
        for number in range(organisations):
            code = chance.choice(codes)
            kind = chance.choice(list(OrganisationKind))
            organisation_ids.append(
                create_organisation(
                    session,
                    OrganisationData(
                        name=f"{kind.label} {names[code]} {number}",
                        kind=kind.value,
                        municipality_code=code,
                        themes=[chance.choice(["Wmo", "thuiszorg", "vervoer"])],
                    ),
                ).id
            )
        for number in range(people):
            create_person(
                session,
                PersonData(
                    given_name=chance.choice(GIVEN),
                    family_name=chance.choice(FAMILY),
                    municipality_code=chance.choice(codes),
                    organisation_id=chance.choice(organisation_ids),
                    role=chance.choice(ROLES),
                    phones=[(f"06 {10000000 + number}", "mobile")],
                    emails=[(f"persoon{number}@example.nl", "work")],
                    notes=chance.choice(["", "Belangrijk voor het vervoersdossier.", ""]),
                ),
            )


def keystrokes() -> list[str]:
    return [word[:length] for word in TYPED for length in range(1, len(word) + 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Workspace.open(AppPaths(Path(folder))) as work:
        started = time.perf_counter()
        fill(work, arguments.people, arguments.organisations)
        print(
            f"filled {arguments.people} people and {arguments.organisations} organisations"
            f" in {time.perf_counter() - started:.1f} s"
        )
        timings = []
        matches = {}
        with work.session() as session:
            for _ in range(arguments.rounds):
                for text in ["", *keystrokes()]:
                    begin = time.perf_counter()
                    criteria = ContactFilter(text=text)
                    total = count_contacts(session, criteria)
                    load_rows(session, find_contacts(session, criteria, 0, SCREENFUL))
                    timings.append((time.perf_counter() - begin) * 1000)
                    matches[text] = total
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"keystrokes measured: {len(timings)}")
        print(
            f"median: {statistics.median(timings):.2f} ms   p95: {p95:.2f} ms"
            f"   max: {timings[-1]:.2f} ms"
        )
        print(
            "matches: "
            + ", ".join(
                f"{text!r}={count}"
                for text, count in matches.items()
                if text in TYPED or text == ""
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
