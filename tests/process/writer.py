"""Test-only writer: saves entries through the store as fast as it can until killed.

    python writer.py JOURNAL RUN

Prints "ready", then "saved ID SHA1" after each entry the store reported as saved
(the moment the UI would show it as saved).
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.clock import utcnow


def main() -> int:
    path, run = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(run)
    journal = Journal.open(path)
    ids = [c[0] for c in journal.customers.choices()]
    if not ids:
        ids = [journal.customers.create(CustomerDraft(name=f"Customer {n}")) for n in range(3)]
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = 0
    while True:
        n += 1
        # Mostly short notes, sometimes a long one that spans many pages.
        size = rng.choice((40, 200, 1_000, 30_000))
        body = f"run {run} note {n} " + "".join(rng.choice("abcdefgh ") for _ in range(size))
        body = body.strip()
        entry_id = journal.entries.add(
            EntryDraft(customer_id=rng.choice(ids), occurred_at=utcnow(), body=body)
        )
        digest = hashlib.sha1(body.encode()).hexdigest()
        sys.stdout.write(f"saved {entry_id} {digest}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
