"""A relationship's people as exports read them: main contact first, those who left last.

People who have left stay in the journal, and in every export: the address-book
formats (vCard, CSV) mark them with the day they left (a "Left on" column, an
X-RAPPORT-LEFT-ON property) that Rapport's import reads back. A person row keeps
its e-mails and phones as the JSON text of [label, value] pairs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from rapport.domain.people import Labelled
from rapport.transfer.snapshot import Row, Rows

#: The vCard property that carries the day a person left (written and read back).
LEFT_ON_PROPERTY = "X-RAPPORT-LEFT-ON"


def people_by_customer(source: Rows) -> dict[int, list[Row]]:
    """Each customer's people not in the trash: main contact first, those who left last."""
    found: dict[int, list[Row]] = {}
    for row in source.rows("people"):
        if row.get("deleted_at") is None:
            found.setdefault(row["customer_id"], []).append(row)
    for people in found.values():
        people.sort(
            key=lambda p: (
                not p["main"],
                p.get("left_on") is not None,
                p["name"].casefold(),
                p["id"],
            )
        )
    return found


def labelled(text: object) -> list[Labelled]:
    """A person row's e-mails or phones; anything unreadable reads as none."""
    try:
        items = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return []
    if not isinstance(items, Iterable):
        return []
    return [
        Labelled(str(i[0]), str(i[1]))
        for i in items
        if isinstance(i, list | tuple) and len(i) == 2 and str(i[1]).strip()
    ]


def organisation_of(customer: Row, person: Row) -> str:
    """The organisation a person is at: the relationship, unless it is named after them."""
    if _folded(customer["name"]) == _folded(person["name"]):
        return str(customer["organisation"])
    return str(customer["name"])


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
