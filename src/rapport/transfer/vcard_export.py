"""Customers as vCard 3.0, the version every contacts program reads, written by vobject.

Each person at a relationship is a card of their own, with the relationship as ORG
(unless it is named after them), their e-mails and phones with TYPE labels, role and
birthday, and for someone no longer there the day they left as X-RAPPORT-LEFT-ON
(other programs keep an X- property without showing it; Rapport's import reads it);
a relationship without people is one card, as below. Rapport
keeps one name, so the structured N property is worked out from it: "Last,
First" as written, else the last word (with "van", "de"… before it) as family name,
and a leading "Dr." or trailing "Jr." as prefix and suffix. A customer that is a
company (named as its organisation, or with a legal form such as "Ltd" or "GmbH")
is written as one: an empty N, the name as ORG, Apple's X-ABShowAs:COMPANY and KIND:org. FN
carries the name exactly, and Rapport's import reads FN first. Emails and phones,
kept as "a, b" in Rapport, become one property each; the address is free text, so
it goes whole into ADR's street part. Customers in the trash are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import vobject

from rapport.i18n import translate
from rapport.transfer.csv_export import live
from rapport.transfer.people_rows import (
    LEFT_ON_PROPERTY,
    labelled,
    organisation_of,
    people_by_customer,
)
from rapport.transfer.snapshot import Row, Rows

_LIST = re.compile(r"\s*[,;]\s*")


def customers_vcard(source: Rows) -> Iterator[str]:
    """One vCard per person at a relationship; a relationship without people, one card."""
    people = people_by_customer(source)
    for row in live(source.rows("customers")):
        found = people.get(row["id"], [])
        if not found:
            yield card(row).serialize()
        for index, person in enumerate(found):
            yield person_card(row, person, with_about=index == 0).serialize()


def person_card(customer: Row, person: Row, *, with_about: bool) -> vobject.base.Component:
    """A person at a relationship as a card: their name and details, the relationship's ORG.

    The relationship's address, website and tags go on each of its cards (an address
    book has no organisations of its own); its notes go on the main contact's card.
    """
    vcard = vobject.vCard()
    name: str = person["name"]
    vcard.add("n").value = name_parts(name)
    vcard.add("fn").value = name
    organisation = organisation_of(customer, person)
    if organisation:
        vcard.add("org").value = [organisation]
    if person["role"]:
        vcard.add("title").value = person["role"]
    for kind, items in (("email", person["emails"]), ("tel", person["phones"])):
        for item in labelled(items):
            prop = vcard.add(kind)
            prop.value = item.value
            vcard_type = _TYPES.get(item.label.casefold())
            if vcard_type:
                prop.type_param = vcard_type
    if person["birthday"] is not None:
        vcard.add("bday").value = person["birthday"].isoformat()
    if person.get("left_on") is not None:
        vcard.add(LEFT_ON_PROPERTY.casefold()).value = person["left_on"].isoformat()
    if customer["address"]:
        vcard.add("adr").value = vobject.vcard.Address(street=customer["address"])
    for url in _items(customer["website"]):
        vcard.add("url").value = url
    notes = [person["note"], customer["about"] if with_about else ""]
    if any(notes):
        vcard.add("note").value = "\n\n".join(n for n in notes if n)
    if customer["tags"]:
        vcard.add("categories").value = list(customer["tags"])
    return vcard


def card(row: Row) -> vobject.base.Component:
    """A customer as a vCard 3.0 component."""
    vcard = vobject.vCard()
    name: str = row["name"]
    organisation: str = row["organisation"]
    company = is_company(name, organisation)
    vcard.add("n").value = vobject.vcard.Name() if company else name_parts(name)
    vcard.add("fn").value = name
    if organisation or company:
        vcard.add("org").value = [organisation or name]
    if company:
        vcard.add("x-abshowas").value = "COMPANY"
        vcard.add("kind").value = "org"  # vCard 4.0's word for it; 3.0 readers skip it
    if row["role"]:
        vcard.add("title").value = row["role"]
    for email in _items(row["email"]):
        vcard.add("email").value = email
    for phone in _items(row["phone"]):
        vcard.add("tel").value = phone
    if row["address"]:
        vcard.add("adr").value = vobject.vcard.Address(street=row["address"])
    for url in _items(row["website"]):
        vcard.add("url").value = url
    if row["about"]:
        vcard.add("note").value = row["about"]
    if row["tags"]:
        vcard.add("categories").value = list(row["tags"])
    return vcard


#: Labels as vCard TYPEs: in English, and in the owner's language (as an import wrote them).
_TYPES = {
    word.casefold(): vcard_type
    for english, vcard_type in (
        ("work", "WORK"),
        ("home", "HOME"),
        ("mobile", "CELL"),
        ("fax", "FAX"),
        ("pager", "PAGER"),
        ("car", "CAR"),
    )
    for word in (english, translate("FieldsText", english))
}


def is_company(name: str, organisation: str) -> bool:
    """Whether a customer is a company: named as its organisation, or with a legal form."""
    if organisation and _folded(name) == _folded(organisation):
        return True
    words = name.split()
    return len(words) > 1 and words[-1].casefold().rstrip(",") in _LEGAL_FORMS


def name_parts(name: str) -> vobject.vcard.Name:
    """A person's name in N's parts: family, given, prefix and suffix."""
    text = " ".join(name.split())
    family = ""
    if text.count(",") == 1 and not _is_suffix(text.rpartition(",")[2].strip()):
        family, _, text = (p.strip() for p in text.partition(","))  # "O'Brien, Pat"
    words = text.replace(",", " ").split()
    prefix = []
    while len(words) > 1 and words[0].casefold().rstrip(".") in _PREFIXES:
        prefix.append(words.pop(0))
    suffix: list[str] = []
    while len(words) > 1 and _is_suffix(words[-1]):
        suffix.insert(0, words.pop())
    if not family and len(words) > 1:
        start = len(words) - 1
        while start > 1 and words[start - 1].casefold() in _PARTICLES:
            start -= 1  # "Ludwig van Beethoven", "Kevin De Bruyne"
        family, words = " ".join(words[start:]), words[:start]
    return vobject.vcard.Name(
        family=family, given=" ".join(words), prefix=" ".join(prefix), suffix=" ".join(suffix)
    )


_PREFIXES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "hon"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"}
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "des", "la", "le"}
_PARTICLES |= {"ten", "ter", "te", "dos", "das", "do", "zu", "bin", "ibn", "al", "el", "st."}
_LEGAL_FORMS = {"ltd", "ltd.", "limited", "llc", "inc", "inc.", "corp", "corp.", "plc", "gmbh"}
_LEGAL_FORMS |= {"ag", "kg", "ohg", "ug", "e.k.", "sa", "s.a.", "sarl", "sàrl", "sas", "bv"}
_LEGAL_FORMS |= {"b.v.", "nv", "n.v.", "bvba", "vzw", "ab", "oy", "a/s", "aps", "spa", "s.p.a."}
_LEGAL_FORMS |= {"srl", "s.r.l.", "sl", "s.l.", "co.", "pty", "lda", "k.k.", "kk", "llp", "lp"}


def _is_suffix(word: str) -> bool:
    return word.casefold().replace(".", "") in _SUFFIXES


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _items(text: str) -> list[str]:
    return [item for item in _LIST.split(text.strip()) if item]
