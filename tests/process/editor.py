"""Test-only editor: opens copies and saves them through the store, as a dialog would.

    python editor.py JOURNAL

Reads one command a line and answers one line:
  customer ID           keep a copy of the customer (the dialog opens): "ok"
  save-customer ID F=V  save the copy with field F set to V: "saved" or "conflict MESSAGE"
  keep-mine ID          after a conflict, save my draft on the current row: "saved"
  entry ID              keep a copy of the entry: "ok"
  save-entry ID TEXT    save the copy with its text set to TEXT: "saved" or "conflict MESSAGE"
  done ID               tick off the entry's follow-up: "saved"
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Any

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.errors import ConflictError


def draft_of(record: Any, kind: type[Any]) -> Any:
    """The dialog's draft of a record."""
    return kind(**{f: getattr(record, f) for f in kind.__dataclass_fields__})


def say(line: str) -> None:
    """One answer line, sent at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    journal = Journal.open(sys.argv[1])  # a file, or a team journal's URL
    copies: dict[str, Any] = {}
    drafts: dict[str, Any] = {}
    say("ready")
    for line in sys.stdin:
        command, key, *rest = line.rstrip("\n").split(" ", 2)
        answer = "ok"
        try:
            if command == "customer":
                copies[key] = journal.customers.get(int(key))
            elif command == "save-customer":
                field, value = rest[0].split("=", 1)
                drafts[key] = replace(draft_of(copies[key], CustomerDraft), **{field: value})
                journal.customers.update(int(key), drafts[key], base=copies[key])
                answer = "saved"
            elif command == "keep-mine":
                journal.customers.update(int(key), drafts[key], base=copies[key])
                answer = "saved"
            elif command == "entry":
                copies["e" + key] = journal.entries.get(int(key))
            elif command == "save-entry":
                draft = replace(draft_of(copies["e" + key], EntryDraft), body=rest[0])
                journal.entries.update(int(key), draft, base=copies["e" + key])
                answer = "saved"
            elif command == "done":
                journal.entries.set_follow_up_done(int(key), True)
                answer = "saved"
        except ConflictError as conflict:
            copies[key] = conflict.current  # the next save starts from the row as it is now
            answer = "conflict " + conflict.message
        say(answer)
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
