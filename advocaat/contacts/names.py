"""Dutch names: the tussenvoegsel is shown but not sorted on ("Berg, Anouk van der")."""

from __future__ import annotations

import re

from advocaat.core.text import fold

_ARCHAIC_ARTICLE = re.compile(r"^'[st][- ]")

# The common Dutch (and Flemish/German) name particles, longest first so "van der" wins over "van".
INFIXES = sorted(
    {
        "van",
        "van de",
        "van der",
        "van den",
        "van het",
        "van 't",
        "van t",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "te",
        "ten",
        "ter",
        "in 't",
        "in het",
        "in de",
        "in den",
        "op de",
        "op den",
        "op 't",
        "op het",
        "uit de",
        "uit den",
        "uit het",
        "aan de",
        "aan den",
        "bij de",
        "la",
        "le",
        "du",
        "da",
        "di",
        "von",
        "zu",
        "vande",
        "vander",
    },
    key=lambda infix: (-len(infix.split()), -len(infix)),
)


def split_infix(family_name: str, infix: str = "") -> tuple[str, str]:
    """Split "van der Berg" into ("van der", "Berg"); an infix given apart is kept as it is."""
    name = " ".join(family_name.split())
    if infix.strip():
        return " ".join(infix.split()), name
    lowered = name.lower()
    for candidate in INFIXES:
        if lowered.startswith(candidate + " ") and len(name) > len(candidate) + 1:
            return name[: len(candidate)], name[len(candidate) + 1 :]
    return "", name


def infix_from_full_name(full: str, given_name: str, family_name: str) -> str:
    """The tussenvoegsel a full name shows but the name parts lack: "Henk de Vries", "Vries"."""
    words, family = full.split(), family_name.split()
    if not family or words[-len(family) :] != family:
        return ""
    between = words[len(given_name.split()) : len(words) - len(family)]
    candidate = " ".join(between)
    return candidate if candidate and candidate.lower() in INFIXES else ""


def full_name(given_name: str, infix: str, family_name: str) -> str:
    """The name as a Dutch reader writes it: "Anouk van der Berg"."""
    return " ".join(part for part in (given_name, infix, family_name) if part)


def sort_name(given_name: str, infix: str, family_name: str) -> str:
    """The name as a Dutch list sorts it: "Berg, Anouk van der"."""
    if not family_name:
        return given_name
    rest = " ".join(part for part in (given_name, infix) if part)
    return f"{family_name}, {rest}" if rest else family_name


def sort_key(text: str) -> str:
    """Folded, and "'s-Gravenhage" sorts under G, "'t Harde" under H, as Dutch lists do."""
    return _ARCHAIC_ARTICLE.sub("", fold(text.strip())).lstrip("'").strip()
