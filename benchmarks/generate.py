"""A deterministic synthetic journal: thousands of customers, a hundred thousand notes.

The same spec and generator version always give the same journal, so figures from
one run compare with the last. Rows go in with SQLAlchemy core bulk inserts in one
transaction, through the real schema (migrations, triggers and search index
included), so the file is what Rapport itself would have written.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.vocabulary import build_vocabulary, zipf_weights
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.migrate import head_revision
from rapport.store.models import Customer, CustomerTag, Entry, StageChange, Tag

#: Bump when the generated journal changes, so cached files are not reused.
GENERATOR_VERSION = 1
#: "Now" for the synthetic journal: fixed, so the file does not depend on the day.
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

_KIND_WEIGHTS = {
    EntryKind.MEETING: 18, EntryKind.CALL: 20, EntryKind.MESSAGE: 16, EntryKind.VISIT: 6,
    EntryKind.PURCHASE: 10, EntryKind.COMPLAINT: 3, EntryKind.PRAISE: 3,
    EntryKind.FAVOUR_GIVEN: 2, EntryKind.FAVOUR_RECEIVED: 2, EntryKind.COMMITMENT_MADE: 3,
    EntryKind.COMMITMENT_KEPT: 3, EntryKind.COMMITMENT_BROKEN: 1, EntryKind.NOTE: 13,
}  # fmt: skip
_TAGS = (
    "wholesale", "retail", "hotel", "restaurant", "café", "bakery", "online", "export", "vip",
    "new-account", "berlin", "lyon", "porto", "milan", "vienna", "organic", "seasonal",
    "key-account", "trade-fair", "referral",
)  # fmt: skip


@dataclass(frozen=True)
class Spec:
    """How big a journal to make."""

    customers: int = 2_000
    entries: int = 100_000
    big_customer_entries: int = 2_000
    seed: int = 4

    @property
    def key(self) -> str:
        """A file name part naming this journal's generator, schema and size."""
        return (
            f"g{GENERATOR_VERSION}-s{head_revision()}-"
            f"{self.customers}c-{self.entries}e-{self.big_customer_entries}b-{self.seed}"
        )


#: The customer with `big_customer_entries` entries.
BIG_CUSTOMER_ID = 1


class _Writer:
    """Sentences from the Zipf vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = build_vocabulary(rng)
        self.cum = zipf_weights(len(self.words))

    def sentence(self, count: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cum, k=count)
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def text(self, words: int) -> str:
        out: list[str] = []
        while words > 0:
            n = min(words, self.rng.randint(5, 18))
            out.append(self.sentence(max(n, 2)))
            words -= n
        paragraphs = [" ".join(out[i : i + 4]) for i in range(0, len(out), 4)]
        return "\n\n".join(paragraphs)


def _note_length(rng: random.Random) -> int:
    """Words in a note: mostly a short paragraph, now and then a long write-up."""
    return max(6, min(800, int(math.exp(rng.gauss(math.log(55), 0.7)))))


def _entries_per_customer(spec: Spec, rng: random.Random) -> list[int]:
    """A long-tailed split of the entries; the big customer gets exactly its share."""
    others = spec.customers - 1
    remaining = spec.entries - spec.big_customer_entries
    weights = [rng.paretovariate(1.6) for _ in range(others)]
    total = sum(weights)
    cap = max(1, spec.big_customer_entries - 1)
    counts = [min(cap, int(remaining * w / total)) for w in weights]
    i = 0
    while sum(counts) < remaining:  # hand out what rounding and the cap left over
        if counts[i % others] < cap:
            counts[i % others] += 1
        i += 1
    return [spec.big_customer_entries, *counts]


def _customers(spec: Spec, rng: random.Random, writer: _Writer) -> Iterator[dict[str, Any]]:
    levels = [level.value for level in Level]
    for cid in range(1, spec.customers + 1):
        created = NOW - timedelta(days=rng.randint(30, 2000))
        first = rng.choice(writer.words[100:400]).capitalize()
        last = rng.choice(writer.words[400:]).capitalize()
        yield {
            "id": cid, "name": f"{first} {last}", "organisation": f"{last} & Co",
            "role": rng.choice(("Owner", "Buyer", "Manager", "Chef", "")), "email": "",
            "phone": "", "address": "", "website": "",
            "about": writer.text(rng.randint(5, 40)), "level": rng.choice(levels),
            "account_value_cents": rng.randint(0, 5_000_000) if rng.random() < 0.7 else None,
            "currency": "EUR", "cadence_days": rng.choice((None, 14, 30, 60, 90)),
            "status": "active" if rng.random() < 0.85 else rng.choice(("archived", "parted")),
            "created_at": created, "updated_at": created, "deleted_at": None,
        }  # fmt: skip


def _entries(
    spec: Spec, rng: random.Random, writer: _Writer, counts: list[int]
) -> Iterator[dict[str, Any]]:
    kinds = [k.value for k in _KIND_WEIGHTS]
    weights = list(_KIND_WEIGHTS.values())
    for cid, count in enumerate(counts, start=1):
        for _ in range(count):
            at = NOW - timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60))
            follow = rng.random() < 0.1
            due = (at + timedelta(days=rng.randint(1, 30))).date() if follow else None
            yield {
                "customer_id": cid, "occurred_at": at,
                "kind": rng.choices(kinds, weights)[0],
                "title": writer.sentence(rng.randint(2, 6))[:-1] if rng.random() < 0.6 else "",
                "body": writer.text(_note_length(rng)),
                "sentiment": rng.choice((None, -2, -1, 0, 1, 1, 2)), "private": rng.random() < 0.05,
                "follow_up_on": due,
                "follow_up_done": follow and at < NOW - timedelta(days=30),
                "created_at": at, "updated_at": at,
                "deleted_at": at + timedelta(days=1) if rng.random() < 0.01 else None,
            }  # fmt: skip


def _stage_changes(spec: Spec, rng: random.Random) -> Iterator[dict[str, Any]]:
    stages = [s.value for s in Stage]
    for cid in range(1, spec.customers + 1):
        at = NOW - timedelta(days=rng.randint(400, 2000))
        for _ in range(rng.randint(1, 5)):
            yield {
                "customer_id": cid, "stage": rng.choice(stages), "occurred_at": at,
                "reason": "", "entry_id": None, "created_at": at, "deleted_at": None,
            }  # fmt: skip
            at += timedelta(days=rng.randint(10, 300))


def _batches(rows: Iterator[dict[str, Any]], size: int = 5_000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def generate(path: Path, spec: Spec) -> None:
    """Write the synthetic journal for spec to a new file at path."""
    rng = random.Random(spec.seed)
    writer = _Writer(rng)
    counts = _entries_per_customer(spec, rng)
    journal = Journal.open(path)
    try:
        with journal.engine.begin() as conn:
            conn.execute(insert(Customer), list(_customers(spec, rng, writer)))
            conn.execute(insert(Tag), [{"id": i, "name": t} for i, t in enumerate(_TAGS, 1)])
            links = {
                (cid, rng.randint(1, len(_TAGS)))
                for cid in range(1, spec.customers + 1)
                for _ in range(rng.randint(0, 3))
            }
            if links:
                conn.execute(
                    insert(CustomerTag), [{"customer_id": c, "tag_id": t} for c, t in links]
                )
            conn.execute(insert(StageChange), list(_stage_changes(spec, rng)))
            for batch in _batches(_entries(spec, rng, writer, counts)):
                conn.execute(insert(Entry), batch)
    finally:
        journal.close()


def cached_journal(spec: Spec, folder: Path) -> Path:
    """The journal for spec, generated once and kept in folder under its key."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"journal-{spec.key}.rapport"
    if target.exists():
        return target
    partial = target.with_name(target.name + ".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    generate(partial, spec)
    os.replace(partial, target)
    return target
