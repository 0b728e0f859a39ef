"""The words and formats of the user interface, in the owner's language.

Each module that shows text names its translation context once, as a module-level
`Words` whose variable has the context's own name (pyside6-lupdate takes the context
from the name before ``.tr``; a test checks they agree)::

    RiskText = Words("RiskText")
    RiskText.tr("No contact since {day}").format(day=...)
    RiskText.tr("%n day(s) overdue", "", n)

The text must be a string literal; placeholders are named (``{name}``) and filled in
*after* translation with ``str.format``, so a translator can move them. A constant built
at import time (a label table) is marked with `QT_TRANSLATE_NOOP` and shown through
`translate(context, text)`.

Counts use Qt's numerus form: pass ``n`` (positionally) and write ``%n`` in the text.
The English source spells its plural inline — ``"%n day(s)"``, ``"%n entr(y|ies)"`` —
which `english` resolves, so English needs no catalogue at all.

This module is plain Python, so the domain, store and transfer layers use it too. Until
the app installs Qt's translator (`install`), texts stay English and dates and numbers
use plain English formats; the app also installs locale-aware formats (`install_formats`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

#: (context, source text, disambiguation, n) → the text to show.
Translator = Callable[[str, str, "str | None", int], str]

_NUMERUS_CHOICE = re.compile(r"\((\w*)\|(\w*)\)")
_PLURAL_S = re.compile(r"(?<=\w)\((s|es)\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source text, its ``%n`` and inline plurals resolved for `n`."""
    del context, disambiguation
    if n < 0:
        return text
    return _english_plural(text, n == 1).replace("%n", str(n))


@cache
def _english_plural(text: str, one: bool) -> str:
    """A counted text's inline plurals resolved (the Today list asks thousands of times).

    The texts are the source's literals, so the cache stays as small as the catalogue.
    """
    text = _NUMERUS_CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)
    return _PLURAL_S.sub(lambda m: "" if one else m.group(1), text)


_translator: Translator = english
#: Counts the translators and formats installed: words kept from before are stale.
_generation = 0


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the owner's language (English until a translator is installed)."""
    return _translator(context, text, disambiguation, n)


class Words:
    """A translation context: ``Name = Words("Name")``, then ``Name.tr("text")``."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = "", n: int = -1) -> str:
        """`text` in the owner's language; pass `n` for a count written as ``%n``."""
        return _translator(self.context, text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a constant for the catalogue (lupdate knows this name); `translate` shows it."""
    del context
    return text


def translator() -> Translator:
    """The translator in use: a cache of translated labels is valid while it stays."""
    return _translator


def install(translator: Translator | None) -> None:
    """Use `translator` for every later `translate` call (None: back to English)."""
    global _translator, _generation
    _translator = translator or english
    _generation += 1


_kept: tuple[int, dict[object, str]] = (-1, {})
#: At most this many words are kept (dates, counts): a bound, never reached in practice.
KEPT_WORDS = 20_000


def kept(key: object, make: Callable[[], str]) -> str:
    """Words that depend only on `key` and the language: made once until it changes.

    The rules word every customer's health alike ("in the last 12 months", a date);
    a big book asked the translator the same thing hundreds of thousands of times.
    Safe from any thread: a race only makes the words again.
    """
    global _kept
    made_in, found = _kept
    if made_in != _generation or len(found) > KEPT_WORDS:
        found = {}
        _kept = (_generation, found)
    text = found.get(key)
    if text is None:
        text = found[key] = make()
    return text


# -- formats -------------------------------------------------------------------------


def _english_day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def _english_day_month(value: date) -> str:
    return f"{value.day} {value:%b}"


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class Formats:
    """How dates and numbers read inside sentences built below the UI."""

    #: A date with its year, e.g. "3 May 2026" / "3. Mai 2026".
    day: Callable[[date], str] = _english_day
    #: A date without its year, e.g. "3 May" / "3. Mai".
    day_month: Callable[[date], str] = _english_day_month
    #: A number with a fixed number of decimals, e.g. "3.5" / "3,5".
    number: Callable[[float, int], str] = _plain_number


_formats = Formats()


def formats() -> Formats:
    """The formats in use (plain English ones until the app installs the locale's)."""
    return _formats


def install_formats(new: Formats | None) -> None:
    """Use `new` for dates and numbers in sentences (None: back to plain English)."""
    global _formats, _generation
    _formats = new or Formats()
    _generation += 1
