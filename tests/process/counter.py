"""Test-only counter: adds 1 to a customer's account value N times, retrying on conflict.

    python counter.py JOURNAL CUSTOMER_ID N

Prints "ready", waits for a line on stdin (so that all counters start together), then
"done RETRIES" once all N increments are saved.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store.errors import ConflictError


def say(line: str) -> None:
    """One answer line, sent at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    path, customer_id, times = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    journal = Journal.open(path)
    say("ready")
    sys.stdin.readline()
    retries = 0
    for _ in range(times):
        while True:
            copy = journal.customers.get(customer_id)
            fields = {f: getattr(copy, f) for f in CustomerDraft.__dataclass_fields__}
            value = (copy.account_value or Decimal(0)) + 1
            try:
                draft = replace(CustomerDraft(**fields), account_value=value)
                journal.customers.update(customer_id, draft, base=copy)
                break
            except ConflictError:
                retries += 1
    journal.close()
    say(f"done {retries}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
