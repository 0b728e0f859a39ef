"""Promise 1: typing is never lost. The real app is fed keystrokes, killed with SIGKILL, and
started again; the draft it offers holds everything typed up to one second before the kill.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.clock import utcnow
from rapport.store.drafts import drafts_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

TEXT = (
    "Met Maria at the roastery. She wants 20 kg of the Ethiopian every month from March, "
    "but only if the price stays under 18 euro a kilo. Her café opens a second shop in "
    "Sint-Amandsberg; she asked whether we can train two baristas there. Café crème é ü ø. "
) * 3
DRIVER = str(HERE / "app_driver.py")


def make_journal(path: Path) -> tuple[int, int]:
    journal = Journal.open(path)
    try:
        cid = journal.customers.create(CustomerDraft(name="Maria Peeters"))
        eid = journal.entries.add(
            EntryDraft(customer_id=cid, occurred_at=utcnow(), body="First call.")
        )
        return cid, eid
    finally:
        journal.close()


@pytest.mark.parametrize("editing", [False, True], ids=["new entry", "edited entry"])
def test_text_typed_up_to_a_second_before_a_kill_comes_back(
    tmp_path: Path, children: list[Child], editing: bool
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    cid, eid = make_journal(path)
    text_file = tmp_path / "text.txt"
    text_file.write_text(TEXT, "utf-8")
    env = child_env(tmp_path / "home")
    flag = ["--edit", str(eid)] if editing else ["--customer", str(cid)]
    typist = Child([DRIVER, "type", str(path), str(text_file), *flag], env)
    children.append(typist)
    typist.wait_for("typing")
    typist.wait_for("typed 30")
    # At one key per 15 ms, 70 keys take over a second: the first draft (written at most
    # 0.7 s after the first unsaved key) must exist by then. Fewer keys made this a coin toss.
    typist.wait_for("typed " + str(random.Random().randint(70, 200)))
    killed_at = typist.kill9()

    typed = [(t, int(line.split()[1])) for t, line in typist.lines if line.startswith("typed ")]
    last_reported = typed[-1][1]
    must_have = max((n for t, n in typed if t <= killed_at - 1.0), default=0)
    assert list(drafts_folder(path).glob("*.json")), "a draft file was left behind"

    again = Child([DRIVER, "recover", str(path)], env)
    children.append(again)
    shown = json.loads(again.wait_for(lambda line: line.startswith("{")))
    prefix = "First call." if editing else ""
    assert shown["body"] is not None, f"no draft was offered: {shown}"
    assert shown["entry_id"] == (eid if editing else None)
    recovered = shown["body"][len(prefix) :]
    assert shown["body"].startswith(prefix)
    assert TEXT.startswith(recovered)
    assert len(recovered) >= must_have, (len(recovered), must_have)
    lost = last_reported - len(recovered)
    sys.stderr.write(f"\n[drafts] typed {last_reported}, recovered {len(recovered)}, lost {lost}\n")
