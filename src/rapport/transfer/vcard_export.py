"""Customers as vCard 3.0, the version every contacts program reads, written by vobject.

Rapport keeps one name, so the structured N property is a guess (the last word as
family name); FN carries the name exactly, and Rapport's import reads FN first.
Emails and phones, kept as "a, b" in Rapport, become one property each; the address
is free text, so it goes whole into ADR's street part. Customers in the trash are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import vobject

from rapport.transfer.csv_export import live
from rapport.transfer.snapshot import Row, Snapshot

_LIST = re.compile(r"\s*[,;]\s*")


def customers_vcard(snapshot: Snapshot) -> Iterator[str]:
    """One vCard per customer not in the trash."""
    for row in live(snapshot.rows("customers")):
        yield card(row).serialize()


def card(row: Row) -> vobject.base.Component:
    """A customer as a vCard 3.0 component."""
    vcard = vobject.vCard()
    name: str = row["name"]
    given, _, family = name.rpartition(" ")
    vcard.add("n").value = vobject.vcard.Name(family=family, given=given)
    vcard.add("fn").value = name
    if row["organisation"]:
        vcard.add("org").value = [row["organisation"]]
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


def _items(text: str) -> list[str]:
    return [item for item in _LIST.split(text.strip()) if item]
