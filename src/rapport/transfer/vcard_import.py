"""Reading customers from vCard files (2.1, 3.0 and 4.0).

The file is first cut into cards at their BEGIN:VCARD / END:VCARD lines, so each card
is read on its own: a damaged card is reported with the line it starts on and the
others still import. Within a card each property is read on its own too (see
`vcard_lines`): a line that cannot be read is a warning on its card, with the line it
is on, and its text is kept in the customer's "About". Every property is used or
named in the preview as not imported, apart from bookkeeping (VERSION, PRODID, REV…).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapport.i18n import Words
from rapport.transfer.building import build_customer
from rapport.transfer.fields import RowValues, Target, label_word
from rapport.transfer.people_rows import LEFT_ON_PROPERTY
from rapport.transfer.rows import BadRow, Notice, Read
from rapport.transfer.vcard_lines import Property, logical_lines, read_property, split, unescape

log = logging.getLogger("rapport.transfer")
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
        return [read for _, read in self.reads(start, stop)]

    def reads(self, start: int, stop: int) -> Iterator[tuple[int, Read]]:
        """Cards [start, stop) with their index (-1: text outside any card)."""
        if start == 0:
            yield from ((-1, bad) for bad in self.bad)
        yield from self.read_at(range(start, min(stop, self.total)))

    def read_at(self, indexes: Iterable[int]) -> Iterator[tuple[int, Read]]:
        """The cards at these indexes, read again from their text."""
        for index in indexes:
            yield index, read_card(self.cards[index])


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
    values = RowValues()
    properties: list[Property] = []
    depth = 0  # within a vCard 2.1 AGENT card inside this one
    inside = card.text.split("\r\n")[1:-2]  # the lines between BEGIN:VCARD and END:VCARD
    for logical in logical_lines(inside):
        found = read_property(logical)
        if found is None:
            _unreadable(values, logical.text, card.line + 1 + logical.first)
        elif found.name == "BEGIN":
            depth += 1
        elif found.name == "END":
            depth -= 1
        elif depth == 0:
            properties.append(found)
    _values(properties, values)
    return build_customer(values, place, card.line)


def _card_place(line: int) -> str:
    """Where a card is, in words: "card at line 40"."""
    return VcardImportText.tr("card at line {line}").format(line=line)


def _unreadable(values: RowValues, text: str, line: int) -> None:
    values.unread.append(text)
    if ":" in text:
        said = VcardImportText.tr("Rapport could not read this line; it is kept in “About”")
    else:
        said = VcardImportText.tr(
            "Rapport could not read this line (is its colon missing?); it is kept in “About”"
        )
    where = VcardImportText.tr("line {line}").format(line=line)
    values.notices.append(Notice(where, said, line))
    log.debug("an unreadable line in the vCard at line %s", line)


#: Bookkeeping a program writes into a card: never a value the owner typed.
_BOOKKEEPING = frozenset(
    {"VERSION", "PRODID", "REV", "UID", "KIND", "X-ABSHOWAS", "X-ABLABEL", "X-ABADR", "X-ABUID"}
    | {"CLIENTPIDMAP", "SOURCE", "NAME", "PROFILE", "SORT-STRING"}
)
_TEXT = {
    "FN": Target.NAME,
    "TITLE": Target.ROLE,
    "ROLE": Target.ROLE,
    "EMAIL": Target.EMAIL,
    "TEL": Target.PHONE,
    "URL": Target.WEBSITE,
    "NOTE": Target.ABOUT,
}
_N_PARTS = (Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME, Target.PREFIX, Target.SUFFIX)


def _values(properties: list[Property], values: RowValues) -> None:
    """Each property's value into the field it fills; the preferred email first."""
    has_address = any(p.name == "ADR" for p in properties)
    ordered = sorted(properties, key=lambda p: p.name == "EMAIL" and not _preferred(p))
    for prop in ordered:
        name, raw = prop.name, prop.value
        if name in ("KIND", "X-ABSHOWAS") and unescape(raw).strip().casefold() in _COMPANY:
            values.company = True
        elif name in ("EMAIL", "TEL"):
            values.add(_TEXT[name], name, unescape(raw), _type_label(prop))
        elif name in _TEXT:
            values.add(_TEXT[name], name, unescape(raw))
        elif name == "N":
            for target, part in zip(_N_PARTS, split(raw, ";"), strict=False):
                values.add(target, name, _list_text(part))
        elif name == "ORG":
            organisation, *units = split(raw, ";")
            values.add(Target.ORGANISATION, name, organisation)
            values.add(Target.DEPARTMENT, name, ", ".join(u.strip() for u in units if u.strip()))
        elif name == "ADR":
            values.add(Target.ADDRESS, name, _address(split(raw, ";")))
        elif name == "LABEL" and not has_address:
            values.add(Target.ADDRESS, name, unescape(raw))
        elif name == "CATEGORIES":
            values.add(Target.TAGS, name, ",".join(split(raw, ",")))
        elif name == "NICKNAME":
            values.add(Target.NICKNAME, name, ", ".join(p for p in split(raw, ",") if p.strip()))
        elif name == "BDAY":
            values.add(Target.BIRTHDAY, name, _date(unescape(raw)))
        elif name == LEFT_ON_PROPERTY:  # Rapport's own: the day a person left
            values.add(Target.LEFT_ON, name, _date(unescape(raw)))
        elif name not in _BOOKKEEPING and name != "LABEL" and raw.strip():
            values.left_out.append(name)


_COMPANY = frozenset({"org", "company"})
#: TYPE values that say what an e-mail or phone is, most telling first.
_LABEL_TYPES = ("cell", "iphone", "mobile", "fax", "pager", "car", "work", "home", "main", "other")


def _type_label(prop: Property) -> str:
    """The label TYPE gives an e-mail or phone ("work", "mobile"), or none."""
    return label_word(next((t for t in _LABEL_TYPES if prop.has_type(t)), ""))


def _preferred(prop: Property) -> bool:
    return prop.has_type("pref") or prop.params.get("PREF", [""])[0] == "1"


def _address(parts: list[str]) -> str:
    """An ADR as "street, postcode city, region, country", as the CSV import writes it."""
    box, extended, street, city, region, code, country, *_ = [*parts, *[""] * 7]
    street = "\n".join(p.strip() for p in (box, extended, street) if p.strip())
    town = " ".join(p.strip() for p in (code, city) if p.strip())
    return ", ".join(p for p in (street, town, region.strip(), country.strip()) if p)


def _list_text(part: str) -> str:
    """A structured part that may hold a list ("Jean,Paul"): its items with spaces."""
    return " ".join(p.strip() for p in part.split(",") if p.strip())


def _date(text: str) -> str:
    """A vCard date as an owner writes it: 19061209 → 1906-12-09, --1209 → --12-09."""
    text = text.strip()
    found = re.fullmatch(r"(\d{4}|--)(\d{2})(\d{2})(T[\dZ:+-]*)?", text)
    if found:
        return f"{found[1]}-{found[2]}-{found[3]}".replace("---", "--")
    return re.sub(r"T00:?00:?00Z?$", "", text)
