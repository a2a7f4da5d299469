"""Translations (gettext) and locale-aware formatting (Babel).

Strings are marked with the explicit functions of this module, never a builtins ``_``::

    from advocaat.i18n import _, ngettext
    _("Contacts")
    ngettext("{count} signal", "{count} signals", n).format(count=n)

The source language of the code is English; Dutch is the default language of the app. The
catalogs live in the ``advocaat.translations`` package and are read with importlib.resources, so
they work the same from a source checkout, an installed wheel and a frozen build.

The active language is process-wide, like gettext itself: one app, one language at a time.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from importlib import resources

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

DOMAIN = "advocaat"
DEFAULT_LANGUAGE = "nl"


@dataclass(frozen=True)
class Language:
    code: str
    babel_locale: str
    native_name: str


LANGUAGES: dict[str, Language] = {
    "nl": Language("nl", "nl_NL", "Nederlands"),
    # British English writes dates day-first, as Dutch users expect.
    "en": Language("en", "en_GB", "English"),
}


class _Active:
    """Holds the translation in use; replaced as a whole by :func:`set_language`."""

    language: Language = LANGUAGES[DEFAULT_LANGUAGE]
    translation: gettext.NullTranslations = gettext.NullTranslations()


@cache
def load_catalog(code: str) -> gettext.NullTranslations:
    """The compiled catalog of a language, or the untranslated strings if it has none; read
    once per process, as a printed sheet switches to its checklist's language and back."""
    catalog = resources.files("advocaat.translations") / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        data = catalog.read_bytes()
    except FileNotFoundError:
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(data))


def set_language(code: str) -> Language:
    """Make ``code`` ("nl" or "en") the language of every string and format from now on."""
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}; choose one of {', '.join(LANGUAGES)}")
    _Active.language = LANGUAGES[code]
    _Active.translation = load_catalog(code)
    return _Active.language


def current_language() -> Language:
    return _Active.language


def _(message: str) -> str:
    """Translate ``message`` into the active language."""
    return _Active.translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on the number ``n``."""
    return _Active.translation.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate a short message that needs a context to be translated right (a menu vs a verb)."""
    return _Active.translation.pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext name
    """Mark a string for extraction without translating it yet (translate it where it is shown)."""
    return message


def babel_locale() -> Locale:
    return Locale.parse(_Active.language.babel_locale)


def format_date(value: date, format: str = "medium") -> str:
    return babel_dates.format_date(value, format=format, locale=_Active.language.babel_locale)


def format_datetime(value: datetime, format: str = "medium") -> str:
    return babel_dates.format_datetime(value, format=format, locale=_Active.language.babel_locale)


def format_number(value: float) -> str:
    return babel_numbers.format_decimal(value, locale=_Active.language.babel_locale)


def format_amount(cents: int) -> str:
    """An amount in euro cents as a user types it ("12,50"): no sign, no thousands separator."""
    return babel_numbers.format_decimal(Decimal(cents) / 100, format="0.00", locale=babel_locale())


def format_money(cents: int, *, whole_euros: bool = False) -> str:
    """An amount in euro cents as the language writes money ("€ 12,50"); ``whole_euros`` rounds
    to the euro, for estimated totals, where cents would suggest a precision they lack."""
    locale = babel_locale()
    if not whole_euros:
        return babel_numbers.format_currency(Decimal(cents) / 100, "EUR", locale=locale)
    pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
    euros = (Decimal(cents) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return babel_numbers.format_currency(
        euros, "EUR", format=pattern, locale=locale, currency_digits=False
    )
