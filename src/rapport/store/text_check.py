"""Finding text that is not valid UTF-8: which rows, by id and date, never the text itself.

SQLite stores whatever bytes it is given, and its integrity checks do not look inside
text; a bad disk or another tool can leave a note with a byte that is not UTF-8. The
store reads such text with "�" in its place (engine.read_text), so nothing fails;
this finds the rows so that Check journal can name them. Every text column is read
as bytes and decoded strictly in Python: one pass over the journal, like SQLite's own
integrity check, about 0.1 s for 100,000 notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, String
from sqlmodel import SQLModel

from rapport.store import models  # noqa: F401  (the tables must be known to the metadata)

#: For each table: the column that dates a row, and the one naming its customer.
_CONTEXT: dict[str, tuple[str | None, str | None]] = {
    "customer": ("created_at", None),
    "entry": ("occurred_at", "customer_id"),
    "stage_change": ("occurred_at", "customer_id"),
    "check_in": ("taken_at", "customer_id"),
    "dismissed_suggestion": ("dismissed_at", "customer_id"),
    "tag": (None, None),
}


@dataclass(frozen=True)
class DamagedText:
    """One text cell that is not valid UTF-8."""

    table: str
    row_id: int
    column: str
    customer_id: int | None
    day: str  # the row's date (YYYY-MM-DD, local time), or "" when the table has none


def find_damaged_text(conn: Connection) -> list[DamagedText]:
    """Every text cell of the owner's records that does not decode as UTF-8."""
    found: list[DamagedText] = []
    for table in SQLModel.metadata.sorted_tables:
        columns = [c.name for c in table.columns if _is_text(c)]
        if not columns or table.name not in _CONTEXT:
            continue
        dated, owner = _CONTEXT[table.name]
        context = [dated or "NULL", owner or "NULL"]
        cells = ", ".join(f'CAST("{c}" AS BLOB)' for c in columns)
        sql = f'SELECT id, {", ".join(context)}, {cells} FROM "{table.name}"'
        for row in conn.exec_driver_sql(sql):
            for column, raw in zip(columns, row[3:], strict=True):
                if isinstance(raw, bytes) and not _decodes(raw):
                    found.append(DamagedText(table.name, row[0], column, row[2], _day(row[1])))
    return found


def _is_text(column: Column[Any]) -> bool:
    """A column of text (SQLModel's str fields are AutoString, a decorated String)."""
    kind = column.type
    return isinstance(kind, String) or isinstance(getattr(kind, "impl", None), String)


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _day(stored: object) -> str:
    """The local date of a stored UTC time ("" when there is none or it cannot be read)."""
    if not isinstance(stored, str):
        return ""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date().isoformat()
