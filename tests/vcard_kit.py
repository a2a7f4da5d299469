"""A fictional address book as one vCard 3.0 file, for the bulk import test and its benchmark.

Seeded, so the same arguments give the same bytes. Most cards are people (some with a job at an
organisation of the same file, a municipality, themes, an address); about one in ten is an
organisation. A few cards repeat an earlier person (same name and e-mail address: merged) and
common names make namesakes (added, with a hint), as a real phone's address book does.
"""

from __future__ import annotations

import random

GIVEN = (
    "Anouk",
    "Bram",
    "Daan",
    "Emma",
    "Fenna",
    "Gerrit",
    "Hanneke",
    "Ilse",
    "Joëlle",
    "Kees",
    "Lotte",
    "Milan",
    "Noor",
    "Özlem",
    "Pieter",
    "Roos",
    "Sanne",
    "Thijs",
    "Vera",
    "Wim",
)
FAMILY = (
    "Bakker",
    "Berg",
    "Brouwer",
    "Dekker",
    "Dijkstra",
    "Jansen",
    "Kok",
    "Meijer",
    "Mulder",
    "Peters",
    "Smit",
    "Visser",
    "Vos",
    "Willems",
    "Wouters",
    "Çelik",
    "Hendriks",
    "Bos",
)
INFIXES = ("", "", "", "van", "de", "van der", "van den")
PLACES = ("Zwolle", "Kampen", "Deventer", "Hattem", "Zutphen", "Apeldoorn")
MUNICIPALITIES = ("GM0193", "GM0166", "GM0150", "GM0244", "GM0301", "GM0200")
ROLES = ("wethouder", "raadslid", "beleidsmedewerker", "Wmo-consulent", "wijkverpleegkundige")
THEMES = ("Wmo", "vervoer", "jeugd", "thuiszorg", "hulpmiddelen")
KINDS = ("municipality", "care_provider", "welfare", "other")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _organisation(number: int, chance: random.Random) -> tuple[str, list[str]]:
    name = f"Stichting {chance.choice(PLACES)} {number}"
    lines = [
        f"FN:{_escape(name)}",
        f"ORG:{_escape(name)}",
        f"X-ADVOCAAT-KIND:{chance.choice(KINDS)}",
        f"TEL;TYPE=WORK:038 {4000000 + number}",
        f"EMAIL;TYPE=WORK:info{number}@stichting.example.nl",
        f"URL:https://stichting{number}.example.nl",
        f"X-ADVOCAAT-MUNICIPALITY:{chance.choice(MUNICIPALITIES)}",
    ]
    return name, lines


def _person(number: int, chance: random.Random, employers: list[str]) -> list[str]:
    given, family, infix = chance.choice(GIVEN), chance.choice(FAMILY), chance.choice(INFIXES)
    shown = " ".join(part for part in (given, infix, family) if part)
    lines = [f"N:{family};{given};;;", f"FN:{shown}"]
    if infix:
        lines[0] = f"N:{infix} {family};{given};;;"
    if chance.random() < 0.2:
        lines.append(f"UID:fictional-{number}")
    lines.append(f"TEL;TYPE=CELL:06-{10000000 + number}")
    if chance.random() < 0.4:
        lines.append(f"TEL;TYPE=WORK:+31 38 {1000000 + number}")
    lines.append(f"EMAIL;TYPE=HOME:persoon{number}@example.nl")
    if employers and chance.random() < 0.5:
        lines += [f"ORG:{_escape(chance.choice(employers))}", f"TITLE:{chance.choice(ROLES)}"]
    if chance.random() < 0.5:
        lines.append(f"X-ADVOCAAT-MUNICIPALITY:{chance.choice(MUNICIPALITIES)}")
    if chance.random() < 0.3:
        lines.append(f"ADR;TYPE=HOME:;;Kerkstraat {number % 200 + 1};{chance.choice(PLACES)};;;NL")
    if chance.random() < 0.3:
        lines.append("CATEGORIES:" + ",".join(chance.sample(THEMES, 2)))
    if chance.random() < 0.2:
        lines.append(f"NOTE:Ontmoet op de regiodag {number % 12 + 1}")
    return lines


def fictional_vcards(count: int, seed: int = 19, repeats: float = 0.03) -> bytes:
    """``count`` cards; a share ``repeats`` repeat an earlier person, about 10 % are
    organisations, one person in five carries a UID."""
    chance = random.Random(seed)
    employers: list[str] = []
    people: list[list[str]] = []
    cards: list[list[str]] = []
    for number in range(count):
        if chance.random() < 0.1:
            name, lines = _organisation(number, chance)
            employers.append(name)
        elif people and chance.random() < repeats:
            repeated = chance.choice(people)
            lines = [line for line in repeated if line.startswith(("N:", "FN:", "EMAIL", "UID"))]
            lines.append(f"TEL;TYPE=HOME:0570-{600000 + number}")
        else:
            lines = _person(number, chance, employers)
            people.append(lines)
        cards.append(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"])
    return "".join("\r\n".join(card) + "\r\n" for card in cards).encode()
