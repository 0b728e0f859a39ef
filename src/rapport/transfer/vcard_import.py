"""Reading customers from vCard files (2.1, 3.0 and 4.0) with the vobject library.

The file is first cut into cards at their BEGIN:VCARD / END:VCARD lines, so each card
is parsed on its own: a damaged card is reported with the line it starts on and the
others still import. Parsing a card's properties is vobject's job, not ours.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

import vobject

from rapport.i18n import Words
from rapport.transfer.fields import Target, build_customer
from rapport.transfer.rows import BadRow, Read

log = logging.getLogger("rapport.transfer")
# vobject reports a line it skips on a handler of its own (standard error), quoting the
# line: a contact's data. Nothing of it reaches a terminal or the log.
_vobject_log = logging.getLogger("vobject.base")
_vobject_log.handlers.clear()
_vobject_log.setLevel(logging.CRITICAL + 1)
VcardImportText = Words("VcardImportText")

_BEGIN = re.compile(r"(?i)^begin\s*:\s*vcard\s*$")
_END = re.compile(r"(?i)^end\s*:\s*vcard\s*$")


@dataclass(frozen=True)
class Card:
    """The text of one card and the line it starts on."""

    line: int
    text: str


class VcardSource:
    """Customers of a vCard file, parsed a slice of cards at a time."""

    kind = "vCard"

    def __init__(self, text: str) -> None:
        self.cards, self.bad = split_cards(text)

    @property
    def total(self) -> int:
        """How many cards there are to read."""
        return len(self.cards)

    def read(self, start: int, stop: int) -> list[Read]:
        """Cards [start, stop) as customers or bad rows."""
        found: list[Read] = list(self.bad) if start == 0 else []
        found.extend(read_card(card) for card in self.cards[start:stop])
        return found


def split_cards(text: str) -> tuple[list[Card], list[BadRow]]:
    """Cut a file into cards; stray text and an unclosed card become bad rows."""
    cards: list[Card] = []
    bad: list[BadRow] = []
    depth, start, lines, in_stray_text = 0, 0, [], False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if depth == 0:
            if _BEGIN.match(stripped):
                depth, start, lines = 1, number, [line]
            elif stripped and not in_stray_text:  # report a run of stray lines once
                stray = VcardImportText.tr("text outside any card (is a BEGIN:VCARD line missing?)")
                bad.append(
                    BadRow(VcardImportText.tr("line {line}").format(line=number), stray, number)
                )
            in_stray_text = bool(stripped) and depth == 0
            continue
        lines.append(line)
        if _BEGIN.match(stripped):
            depth += 1  # a vCard 2.1 AGENT card nested inside this one
        elif _END.match(stripped):
            depth -= 1
            if depth == 0:
                cards.append(Card(start, "\r\n".join(lines) + "\r\n"))
    if depth:
        unclosed = VcardImportText.tr("the card has no END:VCARD line (the file may be cut short)")
        bad.append(BadRow(_card_place(start), unclosed, start))
    return cards, bad


def read_card(card: Card) -> Read:
    """One card as a customer, or why it cannot be one."""
    place = _card_place(card.line)
    if "\x00" in card.text:
        nul = VcardImportText.tr("it holds a NUL character, a sign of a damaged or binary file")
        return BadRow(place, nul, card.line)
    try:
        parsed = vobject.readOne(card.text, ignoreUnreadable=True)
        values = _values(parsed)
    except Exception as exc:  # vobject raises many kinds on hostile input; each is a bad card
        log.debug("unreadable vCard at line %s: %s", card.line, type(exc).__name__)
        reason = VcardImportText.tr("the card could not be read ({reason})")
        return BadRow(place, reason.format(reason=_reason(exc)), card.line)
    return build_customer(values, place, card.line)


def _card_place(line: int) -> str:
    """Where a card is, in words: "card at line 40"."""
    return VcardImportText.tr("card at line {line}").format(line=line)


def _values(card: vobject.base.Component) -> dict[Target, list[str]]:
    values: dict[Target, list[str]] = {}

    def add(target: Target, items: Iterable[object]) -> None:
        values.setdefault(target, []).extend(t for t in (_text(i) for i in items) if t)

    contents: dict[str, list[vobject.base.ContentLine]] = card.contents

    def each(name: str) -> list[object]:
        return [line.value for line in contents.get(name, [])]

    add(Target.NAME, each("fn"))
    for name in each("n"):
        if isinstance(name, vobject.vcard.Name):
            add(Target.FIRST_NAME, [name.given])
            add(Target.MIDDLE_NAME, [name.additional])
            add(Target.LAST_NAME, [name.family])
    add(Target.ORGANISATION, [o[0] if isinstance(o, list) and o else o for o in each("org")])
    add(Target.ROLE, each("title") + each("role"))
    add(Target.EMAIL, each("email"))
    add(Target.PHONE, each("tel"))
    addresses = [a for a in each("adr") if isinstance(a, vobject.vcard.Address)]
    add(Target.ADDRESS, [_address(a) for a in addresses[:1]] + each("label"))
    add(Target.WEBSITE, each("url"))
    add(Target.ABOUT, each("note"))
    add(Target.TAGS, [_categories(c) for c in each("categories")])
    return values


def _categories(value: object) -> str:
    return ",".join(_text(v) for v in value) if isinstance(value, list) else _text(value)


def _address(adr: vobject.vcard.Address) -> str:
    """The address as "street, postcode city, region, country", as the CSV import writes it."""
    street = "\n".join(p for p in (_text(adr.box), _text(adr.extended), _text(adr.street)) if p)
    town = " ".join(p for p in (_text(adr.code), _text(adr.city)) if p)
    return ", ".join(p for p in (street, town, _text(adr.region), _text(adr.country)) if p)


def _text(value: object) -> str:
    """A property value as text: vobject gives strings, or lists of them for structured parts."""
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value if _text(v))
    return value.strip() if isinstance(value, str) else ""


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"
