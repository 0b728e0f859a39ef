"""Issue 17: a kill -9 while a journal is being encrypted leaves it intact; it opens as before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.locations import PASSPHRASE_ENV
from rapport.store import Journal, cipher, encrypt, keys
from rapport.store.clock import utcnow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
CHILD = str(HERE / "debris_child.py")
DRIVER = str(HERE / "app_driver.py")


@pytest.mark.parametrize("step", ["keyed", "written", "checked"])
def test_a_journal_killed_while_being_encrypted_is_intact_and_opens_as_before(
    tmp_path: Path, children: list[Child], step: str
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    journal = Journal.open(path)
    try:
        maria = journal.customers.create(CustomerDraft(name="Maria"))
        for n in range(200):
            body = f"Visit {n}: " + "tasted the new roast, ordered more. " * 20
            journal.entries.add(EntryDraft(customer_id=maria, occurred_at=utcnow(), body=body))
    finally:
        journal.close()
    before = path.read_bytes()
    env = child_env(tmp_path / "home")
    child = Child([CHILD, "encrypt", str(path), step], env)
    children.append(child)
    child.wait_for(step, timeout=60)
    if step == "keyed":  # its key file is written, the encrypted copy not begun
        assert keys.has_keys(path) and not encrypt.temporary_path(path).exists()
    else:
        assert encrypt.temporary_path(path).stat().st_size > 100_000
    child.kill9()

    assert path.read_bytes() == before
    assert cipher.is_plain_database(path)
    app = Child([DRIVER, "hold", str(path)], env)  # the next start tidies up
    children.append(app)
    app.wait_for("ready", timeout=60)
    app.kill9()
    assert not encrypt.temporary_path(path).exists()
    journal = Journal.open(path)
    try:
        assert journal.timeline.count(maria) >= 200
    finally:
        journal.close()


@pytest.mark.parametrize("step", ["keyed", "written", "checked"])
def test_a_journal_killed_while_getting_its_data_key_opens_with_its_passphrase(
    tmp_path: Path, children: list[Child], step: str
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    journal = Journal.open(path)
    try:
        maria = journal.customers.create(CustomerDraft(name="Maria"))
        for n in range(200):
            body = f"Visit {n}: " + "tasted the new roast, ordered more. " * 20
            journal.entries.add(EntryDraft(customer_id=maria, occurred_at=utcnow(), body=body))
    finally:
        journal.close()
    # encrypted the older way: keyed from the passphrase itself, no key file
    encrypt.rewrite_file(path, None, "old passphrase", cipher.new_salt())
    cipher.forget_all()
    assert not keys.has_keys(path)
    before = path.read_bytes()
    env = child_env(tmp_path / "home")
    child = Child([CHILD, "convert", str(path), step], env)
    children.append(child)
    child.wait_for(step, timeout=120)
    child.kill9()

    assert path.read_bytes() == before
    assert keys.has_keys(path), "the key file is written before the swap"
    app = Child([DRIVER, "hold", str(path)], {**env, PASSPHRASE_ENV: "old passphrase"})
    children.append(app)  # the next start tidies up, and opens it
    app.wait_for("ready", timeout=60)
    app.kill9()
    assert not encrypt.temporary_path(path).exists()
    journal = Journal.open(path, passphrase="old passphrase")
    try:
        assert journal.timeline.count(maria) >= 200
    finally:
        journal.close()
        cipher.forget_all()
    encrypt.change_passphrase(path, "old passphrase", "new passphrase")  # the next try works
    cipher.forget_all()
    journal = Journal.open(path, passphrase="new passphrase")
    try:
        assert journal.timeline.count(maria) >= 200
    finally:
        journal.close()
