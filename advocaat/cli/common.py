"""What many commands share: typed dates read with one clear sentence, and lists as JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime

from advocaat.errors import UserFacingError
from advocaat.i18n import _


class ValueTypedError(UserFacingError):
    """A value on the command line that cannot be read; the sentence says how to write it."""


def day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueTypedError(
            _("{text} is not a date; write it as YYYY-MM-DD, for example 2026-03-31.").format(
                text=text
            )
        ) from None


def moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.strip()).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise ValueTypedError(
            _(
                "{text} is not a date and time; write it as YYYY-MM-DD HH:MM, for example"
                " 2026-03-31 14:30."
            ).format(text=text)
        ) from None


def format_option(parser: argparse.ArgumentParser) -> None:
    """``--format text|json`` for a list that prints lines for people by default."""
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help=_("text for people (the default), or json for scripts"),
    )


def print_json(rows: object) -> None:
    print(json.dumps(rows, ensure_ascii=False, indent=2))


Confirmations = frozenset[tuple[str, str]]


def save_guarded(
    save: Callable[[Confirmations], int], confirmed: Confirmations, *, confirm_ok: bool
) -> int:
    """Save as the window does: earlier confirmations hold, new findings need the user's yes.

    The window asks about each finding; here ``--confirm-private-data-ok`` is that yes for the
    findings of this text, and without it the findings are told in one sentence.
    """
    from advocaat.signals.service import PersonalDataError

    try:
        return save(confirmed)
    except PersonalDataError as error:
        if not confirm_ok:
            raise
        return save(confirmed | frozenset(finding.confirmation for finding in error.findings))
