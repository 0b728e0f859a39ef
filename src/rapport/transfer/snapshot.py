"""A journal (or one customer's part of it) as plain rows: what the JSON export holds.

`TABLES` is the file format's schema, written out rather than derived from the
database models, so the format changes only on purpose; a test checks that it still
names every column of every table, so a new column cannot be left out of exports
unnoticed. Row values are Python values (aware UTC datetimes, dates, ints, strings).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate

TransferSnapshotText = Words("TransferSnapshotText")

#: Identifies a Rapport export, and the version of its layout.
FORMAT = "rapport-journal"
FORMAT_VERSION = 1


class Kind(StrEnum):
    """The type of one field in the file; the value describes it in English (see `label`)."""

    INT = QT_TRANSLATE_NOOP("TransferSnapshotText", "a whole number")
    OPT_INT = QT_TRANSLATE_NOOP("TransferSnapshotText", "a whole number or null")
    STR = QT_TRANSLATE_NOOP("TransferSnapshotText", "text")
    OPT_STR = QT_TRANSLATE_NOOP("TransferSnapshotText", "text or null")
    BOOL = QT_TRANSLATE_NOOP("TransferSnapshotText", "true or false")
    TIME = QT_TRANSLATE_NOOP("TransferSnapshotText", "a date and time with its UTC offset")
    OPT_TIME = QT_TRANSLATE_NOOP(
        "TransferSnapshotText", "a date and time with its UTC offset, or null"
    )
    OPT_DATE = QT_TRANSLATE_NOOP("TransferSnapshotText", "a date (YYYY-MM-DD) or null")
    NAMES = QT_TRANSLATE_NOOP("TransferSnapshotText", "a list of tag names")
    LABELLED = QT_TRANSLATE_NOOP(
        "TransferSnapshotText", "a list of [label, value] pairs (e-mails or phones)"
    )

    @property
    def label(self) -> str:
        """What the field should hold, in the owner's language."""
        return translate("TransferSnapshotText", self.value)


K = Kind
_KEPT = {"created_at": K.TIME, "deleted_at": K.OPT_TIME}
#: Who wrote a row and who saved it last (a team journal's logins; null from a file).
_SIGNED = {"author": K.OPT_STR, "editor": K.OPT_STR}

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
        "kind": K.STR,
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
        "side": K.OPT_STR,
        "created_at": K.TIME,
        "updated_at": K.TIME,
        "deleted_at": K.OPT_TIME,
        **_SIGNED,
    },
    "stage_changes": {
        "id": K.INT,
        "customer_id": K.INT,
        "stage": K.STR,
        "occurred_at": K.TIME,
        "reason": K.STR,
        "entry_id": K.OPT_INT,
        **_KEPT,
        **_SIGNED,
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
        **_SIGNED,
    },
    "dismissed_suggestions": {
        "id": K.INT,
        "customer_id": K.INT,
        "stage": K.STR,
        "basis": K.STR,
        "dismissed_at": K.TIME,
    },
    "people": {
        "id": K.INT,
        "customer_id": K.INT,
        "name": K.STR,
        "role": K.STR,
        "emails": K.LABELLED,
        "phones": K.LABELLED,
        "birthday": K.OPT_DATE,
        "note": K.STR,
        "main": K.BOOL,
        "left_on": K.OPT_DATE,
        "created_at": K.TIME,
        "updated_at": K.TIME,
        "deleted_at": K.OPT_TIME,
    },
    "our_people": {
        "id": K.INT,
        "name": K.STR,
        "me": K.BOOL,
        "created_at": K.TIME,
        "updated_at": K.TIME,
        "deleted_at": K.OPT_TIME,
    },
    "entry_people": {"id": K.INT, "entry_id": K.INT, "person_id": K.INT},
    "entry_our_people": {"id": K.INT, "entry_id": K.INT, "our_person_id": K.INT},
}

#: Fields the format gained after its first files were written, and the value each
#: takes when a file from before lacks it (so an older export still imports exactly):
#: an entry without a side, a relationship that was a customer.
ADDED_LATER: dict[str, dict[str, Any]] = {
    "entries": {"side": None, "author": None, "editor": None},
    "customers": {"kind": "customer"},
    "stage_changes": {"author": None, "editor": None},
    "check_ins": {"author": None, "editor": None},
}

#: One record in words, for the report ("entry #12"); shown through `record_noun`.
SINGULAR = {
    "tags": QT_TRANSLATE_NOOP("TransferSnapshotText", "tag"),
    "customers": QT_TRANSLATE_NOOP("TransferSnapshotText", "customer"),
    "entries": QT_TRANSLATE_NOOP("TransferSnapshotText", "entry"),
    "stage_changes": QT_TRANSLATE_NOOP("TransferSnapshotText", "stage change"),
    "check_ins": QT_TRANSLATE_NOOP("TransferSnapshotText", "check-in"),
    "dismissed_suggestions": QT_TRANSLATE_NOOP("TransferSnapshotText", "dismissed suggestion"),
    "people": QT_TRANSLATE_NOOP("TransferSnapshotText", "person"),
    "our_people": QT_TRANSLATE_NOOP("TransferSnapshotText", "one of your people"),
    "entry_people": QT_TRANSLATE_NOOP("TransferSnapshotText", "person who took part"),
    "entry_our_people": QT_TRANSLATE_NOOP("TransferSnapshotText", "one of yours who took part"),
}


def record_noun(table: str) -> str:
    """One record of a table in words, in the owner's language: "entry"."""
    return translate("TransferSnapshotText", SINGULAR[table])


def record_place(table: str, ident: int) -> str:
    """Where a record is, in words: "entry #12"."""
    return TransferSnapshotText.tr("{record} #{number}").format(
        record=record_noun(table), number=ident
    )


Row = dict[str, Any]


class Rows(Protocol):
    """What an export reads: each table's rows by id, as a list or read in pages."""

    def rows(self, table: str) -> Iterable[Row]:
        """The table's rows, ordered by id."""
        ...

    def size(self, table: str) -> int:
        """How many rows `rows(table)` yields."""
        ...

    def entries_by_time(self) -> Iterable[Row]:
        """The entries ordered by when they happened, then by id."""
        ...


@dataclass
class Snapshot:
    """Rows of every table, each a dict of the fields `TABLES` names, ordered by id."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def rows(self, table: str) -> list[Row]:
        """The rows of one table (an empty list for a table the file lacks)."""
        return self.tables.setdefault(table, [])

    def size(self, table: str) -> int:
        """How many rows one table holds."""
        return len(self.rows(table))

    def entries_by_time(self) -> list[Row]:
        """The entries ordered by when they happened, then by id."""
        return sorted(self.rows("entries"), key=lambda e: (e["occurred_at"], e["id"]))

    def count(self) -> int:
        """How many records in all (for progress)."""
        return sum(len(rows) for rows in self.tables.values())
