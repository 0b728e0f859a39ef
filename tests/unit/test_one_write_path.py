"""The unit of work is the only way the stores write (store/unit_of_work.py).

A store that began, committed or opened a session of its own would write without
announcing a Change, and views would go stale. Only the modules that work on raw
SQLite connections by design (opening, upgrading, backing up, checking, rescuing
and moving a journal file) may.
"""

from __future__ import annotations

import re
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "src" / "rapport" / "store"

#: Modules that may: the unit of work itself, and those on raw connections by design.
BY_DESIGN = {
    "unit_of_work.py",  # the one write path
    "engine.py",  # connection set-up: BEGIN for every transaction, the new file's header
    "migrate.py",  # schema upgrades, before any store exists
    "server.py",  # opening a team journal: what the database holds, before any store exists
    "backup.py",
    "integrity.py",
    "check.py",
    "check_pg.py",  # a team journal's checks: read-only queries of the server's catalogue
    "rescue.py",
    "move.py",
    "watch.py",  # holds the file open read-only, to notice it being moved
    "change_watch.py",  # reads `data_version` only (query_only), to notice others' commits
    "change_notify_pg.py",  # a listener connection that only LISTENs; NOTIFY goes in the unit
    "team.py",  # setting up a server's roles and grants, outside any journal's data
    "cipher.py",  # opens every raw connection above, keyed first when the file is encrypted
    "encrypt.py",  # rewrites a closed journal encrypted or plain (sqlcipher_export)
    "push.py",  # copies a journal file into an empty team journal, one raw transaction
}

#: Ways to write around the unit of work.
FORBIDDEN = {
    "a commit": re.compile(r"\.commit\("),
    "a transaction begun": re.compile(r"\.begin(_nested)?\("),
    "BEGIN or COMMIT in SQL": re.compile(r"execute\(\s*f?[\"']\s*(BEGIN|COMMIT|END)\b", re.I),
    "a session of its own": re.compile(r"\bSession\("),
    "a connection of its own": re.compile(r"sqlite3\.connect\(|\.connect\(\)"),
    "autocommit": re.compile(r"isolation_level|autocommit|AUTOCOMMIT"),
    "the journal's old private write": re.compile(r"\._write\(|\._announce\("),
}


def offences(folder: Path, skip: set[str]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder)
        if relative.parts[0] == "migrations" or str(relative) in skip:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.extend(
                f"{relative}:{number}: {what}: {line.strip()}"
                for what, pattern in FORBIDDEN.items()
                if pattern.search(line)
            )
    return found


def test_no_store_writes_around_the_unit_of_work() -> None:
    assert offences(STORE, BY_DESIGN) == []


def test_the_check_finds_a_store_that_commits_by_itself(tmp_path: Path) -> None:
    (tmp_path / "sneaky.py").write_text(
        "def save(journal):\n"
        "    with Session(journal.engine) as session:\n"
        "        session.add(row)\n"
        "        session.commit()\n"
    )
    assert [o.split(": ")[1] for o in offences(tmp_path, set())] == [
        "a session of its own",
        "a commit",
    ]
