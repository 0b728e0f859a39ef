"""Two real processes edit one customer and one entry of one journal: nothing is lost.

And four processes each add 1 to one customer's account value 50 times, retrying on a
conflict: the value ends exactly 200 higher. Both run on a journal file and on a team
journal on the test server (where colliding saves are run again, store/retried.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.server import ServerLocation

EDITOR = str(HERE / "editor.py")
COUNTER = str(HERE / "counter.py")
T = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the children's shared journal is: a file, or a team journal's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "shared.rapport")
    location = request.getfixturevalue("pg_location")
    assert isinstance(location, ServerLocation)
    return location.url().render_as_string(hide_password=False)


def journal_with_ana(path: str) -> tuple[int, int]:
    """A journal with one customer and one entry with a follow-up; their ids."""
    journal = Journal.open(path)
    try:
        cid = journal.customers.create(CustomerDraft(name="Ana", phone="0470 11"))
        eid = journal.entries.add(
            EntryDraft(customer_id=cid, occurred_at=T, body="Call", follow_up_on=T.date())
        )
    finally:
        journal.close()
    return cid, eid


def test_two_processes_edit_one_customer_three_ways(
    tmp_path: Path, children: list[Child], shared: str
) -> None:
    path = shared
    cid, eid = journal_with_ana(path)
    env = child_env(tmp_path / "home")
    a = Child([EDITOR, path], env, commands=True)
    b = Child([EDITOR, path], env, commands=True)
    children.extend((a, b))
    a.wait_for("ready")
    b.wait_for("ready")

    # 1. Different fields: B's new phone survives A's stale save of "about".
    assert a.ask(f"customer {cid}") == b.ask(f"customer {cid}") == "ok"
    assert b.ask(f"save-customer {cid} phone=0471 22") == "saved"
    assert a.ask(f"save-customer {cid} about=Likes green tea") == "saved"

    # 2. The same field: A hears both values in words, then keeps its own.
    assert a.ask(f"customer {cid}") == b.ask(f"customer {cid}") == "ok"
    assert b.ask(f"save-customer {cid} phone=0472 33") == "saved"
    answer = a.ask(f"save-customer {cid} phone=0473 44")
    assert answer.startswith("conflict Changed elsewhere at ")
    assert "phone “0472 33”; yours: “0473 44”" in answer.replace("\u00a0", " ")
    assert a.ask(f"keep-mine {cid}") == "saved"

    # 3. Follow-up done in B, the entry's text saved from A's older copy.
    assert a.ask(f"entry {eid}") == "ok"
    assert b.ask(f"done {eid}") == "saved"
    assert a.ask(f"save-entry {eid} Call about the renewal") == "saved"

    for child in (a, b):
        child.proc.stdin.close()  # type: ignore[union-attr]
        assert child.finish() == 0
    journal = Journal.open(path)
    try:
        ana, entry = journal.customers.get(cid), journal.entries.get(eid)
    finally:
        journal.close()
    assert (ana.phone, ana.about) == ("0473 44", "Likes green tea")
    assert entry.follow_up_done and entry.body == "Call about the renewal"


def test_four_processes_add_to_one_value_and_no_increment_is_lost(
    tmp_path: Path, children: list[Child], shared: str
) -> None:
    path = shared
    journal = Journal.open(path)
    cid = journal.customers.create(CustomerDraft(name="Ana", account_value=Decimal(1000)))
    journal.close()
    env = child_env(tmp_path / "home")
    counters = [Child([COUNTER, path, str(cid), "50"], env, commands=True) for _ in range(4)]
    children.extend(counters)
    for counter in counters:
        counter.wait_for("ready")
    for counter in counters:  # start them together
        counter.proc.stdin.write("go\n")  # type: ignore[union-attr]
        counter.proc.stdin.flush()  # type: ignore[union-attr]
    for counter in counters:
        counter.wait_for(lambda line: line.startswith("done "), timeout=60)
        assert counter.finish() == 0
    journal = Journal.open(path)
    try:
        assert journal.customers.get(cid).account_value == Decimal(1200)
    finally:
        journal.close()
