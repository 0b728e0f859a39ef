"""A journal (or one customer's part of it) as plain rows: what the JSON export holds.

`TABLES` is the file format's schema, written out rather than derived from the
database models, so the format changes only on purpose; a test checks that it still
names every column of every table, so a new column cannot be left out of exports
unnoticed. Row values are Python values (aware UTC datetimes, dates, ints, strings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: Identifies a Rapport export, and the version of its layout.
FORMAT = "rapport-journal"
FORMAT_VERSION = 1


class Kind(StrEnum):
    """The type of one field in the file."""

    INT = "a whole number"
    OPT_INT = "a whole number or null"
    STR = "text"
    BOOL = "true or false"
    TIME = "a date and time with its UTC offset"
    OPT_TIME = "a date and time with its UTC offset, or null"
    OPT_DATE = "a date (YYYY-MM-DD) or null"
    NAMES = "a list of tag names"


K = Kind
_KEPT = {"created_at": K.TIME, "deleted_at": K.OPT_TIME}

TABLES: dict[str, dict[str, Kind]] = {
    "tags": {"id": K.INT, "name": K.STR},
    "customers": {
        "id": K.INT,
        "name": K.STR,
        "organisation": K.STR,
        "role": K.STR,
        "email": K.STR,
        "phone": K.STR,
        "address": K.STR,
        "website": K.STR,
        "about": K.STR,
        "tags": K.NAMES,
        "level": K.STR,
        "account_value_cents": K.OPT_INT,
        "currency": K.STR,
        "cadence_days": K.OPT_INT,
        "status": K.STR,
        "created_at": K.TIME,
        "updated_at": K.TIME,
        "deleted_at": K.OPT_TIME,
    },
    "entries": {
        "id": K.INT,
        "customer_id": K.INT,
        "occurred_at": K.TIME,
        "kind": K.STR,
        "title": K.STR,
        "body": K.STR,
        "sentiment": K.OPT_INT,
        "private": K.BOOL,
        "follow_up_on": K.OPT_DATE,
        "follow_up_done": K.BOOL,
        "created_at": K.TIME,
        "updated_at": K.TIME,
        "deleted_at": K.OPT_TIME,
    },
    "stage_changes": {
        "id": K.INT,
        "customer_id": K.INT,
        "stage": K.STR,
        "occurred_at": K.TIME,
        "reason": K.STR,
        "entry_id": K.OPT_INT,
        **_KEPT,
    },
    "check_ins": {
        "id": K.INT,
        "customer_id": K.INT,
        "taken_at": K.TIME,
        "trust": K.OPT_INT,
        "their_word": K.OPT_INT,
        "value": K.OPT_INT,
        "help": K.OPT_INT,
        "needs": K.OPT_INT,
        "liking": K.OPT_INT,
        "note": K.STR,
        **_KEPT,
    },
    "dismissed_suggestions": {
        "id": K.INT,
        "customer_id": K.INT,
        "stage": K.STR,
        "basis": K.STR,
        "dismissed_at": K.TIME,
    },
}

#: One record in words, for the report ("entry #12").
SINGULAR = {
    "tags": "tag",
    "customers": "customer",
    "entries": "entry",
    "stage_changes": "stage change",
    "check_ins": "check-in",
    "dismissed_suggestions": "dismissed suggestion",
}

Row = dict[str, Any]


@dataclass
class Snapshot:
    """Rows of every table, each a dict of the fields `TABLES` names, ordered by id."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def rows(self, table: str) -> list[Row]:
        """The rows of one table (an empty list for a table the file lacks)."""
        return self.tables.setdefault(table, [])

    def count(self) -> int:
        """How many records in all (for progress)."""
        return sum(len(rows) for rows in self.tables.values())
