"""Deterministic broken variants of sample files, for robustness tests of the file readers."""

from __future__ import annotations

import random
from collections.abc import Iterator


def mutated(samples: list[bytes], seed: int, count: int = 300) -> Iterator[bytes]:
    """Samples cut short, with bytes flipped, or with their lines shuffled."""
    chance = random.Random(seed)
    for _ in range(count):
        data = bytearray(chance.choice(samples))
        mutation = chance.randrange(3)
        if mutation == 0:
            data = data[: chance.randrange(len(data) + 1)]
        elif mutation == 1:
            for _flip in range(chance.randrange(1, 20)):
                data[chance.randrange(len(data))] = chance.randrange(256)
        else:
            lines = bytes(data).split(b"\n")
            chance.shuffle(lines)
            data = bytearray(b"\n".join(lines))
        yield bytes(data)
