"""Small builders shared by the store tests: fixed times and one-line customers and entries."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import INITIAL_STAGE, Stage
from rapport.store import Journal

T0 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def at(days: float) -> datetime:
    """A fixed moment `days` after T0."""
    return T0 + timedelta(days=days)


def customer(
    journal: Journal, name: str, since: float = 0, stage: Stage = INITIAL_STAGE, **fields: Any
) -> int:
    """Create a customer who entered the journal in `stage`, `since` days after T0."""
    return journal.customers.create(CustomerDraft(name=name, **fields), stage, since=at(since))


def entry(
    journal: Journal,
    customer_id: int,
    days: float,
    kind: EntryKind = EntryKind.MEETING,
    body: str = "Talked.",
    **fields: Any,
) -> int:
    """Write an entry `days` after T0."""
    return journal.entries.add(
        EntryDraft(customer_id=customer_id, occurred_at=at(days), kind=kind, body=body, **fields)
    )


def raw_rows(journal: Journal, sql: str) -> list[tuple[Any, ...]]:
    """Rows straight from the file, bypassing the store (to see what is really there)."""
    with journal.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql).all()]


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first b-tree page of `table` (or an index) with junk, as a bad disk would.

    The journal must be closed (or checkpointed) so the page lives in the main file.
    """
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type IN ('table', 'index') AND name = ?",
            (table,),
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xee" * page_size)
        handle.flush()
        os.fsync(handle.fileno())
