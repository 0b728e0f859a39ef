"""Issue 12, item 10: whatever fails, the log and the terminal's error stream never quote
the owner's text: not a note, not a contact's e-mail (the log is sent to support)."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

import rapport.cli as cli
from rapport.logs import setup_logging
from rapport.store import Journal, JournalError

SRC = Path(__file__).resolve().parents[2] / "src"
NOTE = "Maria confided that the shop is for sale before Easter"
EMAIL = "maria.private@example.org"
CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maria Jansen\r\nEMAIL;TYPE=work:{email}\r\n"
    "TEL;TYPE=cell {email}\r\nEND:VCARD\r\n"
)


@pytest.fixture
def log_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Path]:
    """The app's log file, set up as at a start, and every record caught as well."""
    caplog.set_level(logging.DEBUG)
    path = setup_logging(verbose=True, path=tmp_path / "logs" / "rapport.log")
    assert path is not None
    yield path
    root = logging.getLogger("rapport")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            handler.close()
            root.removeHandler(handler)


def assert_private(
    secret: str, log_file: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture
) -> None:
    err = capfd.readouterr().err
    assert secret not in err
    assert secret not in caplog.text
    assert secret not in log_file.read_text("utf-8")
    assert caplog.records, "something was logged about the failure"


def refuse_writes(path: Path, table: str) -> None:
    """A trigger that fails every insert into table, as a failing disk would fail a save."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
        conn.commit()
    finally:
        conn.close()


def test_a_failed_save_logs_the_reason_not_the_note(
    journal_path: Path,
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture,
) -> None:
    journal = Journal.open(journal_path)
    ana = customer(journal, "Ana")
    journal.close()
    refuse_writes(journal_path, "entry")
    journal = Journal.open(journal_path)
    try:
        with pytest.raises(JournalError) as caught:
            entry(journal, ana, 1, body=NOTE)
    finally:
        journal.close()
    assert NOTE not in str(caught.value)
    assert "disk I/O error" in caplog.text, "the database's own reason is kept"
    assert_private(NOTE, log_file, caplog, capfd)
    assert "INSERT INTO" not in caplog.text, "no statement either"


def damaged_note(path: Path) -> None:
    """A journal whose one note has a byte that is not UTF-8 (integrity checks still pass)."""
    journal = Journal.open(path)
    try:
        entry(journal, customer(journal, "Ana"), 1, body=NOTE)
    finally:
        journal.close()
    conn = sqlite3.connect(path)
    try:
        damaged = (NOTE + " \xff").encode("latin-1")
        conn.execute("UPDATE entry SET body = CAST(? AS TEXT)", (damaged,))
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("verbose", [[], ["--verbose"]], ids=["plain", "verbose"])
@pytest.mark.parametrize("verb", [["search", "shop"], ["export", "OUT"]])
def test_a_damaged_note_never_reaches_the_log_or_the_terminal(
    tmp_path: Path,
    journal_path: Path,
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture,
    verb: list[str],
    verbose: list[str],
) -> None:
    damaged_note(journal_path)
    args = [str(tmp_path / "out.json") if a == "OUT" else a for a in verb]
    cli.run([*verbose, "--journal", str(journal_path), *args])
    logging.getLogger("rapport").warning("the command ended")  # the log is never empty
    assert_private("for sale", log_file, caplog, capfd)


def test_a_vcard_line_the_reader_skips_is_not_printed_to_the_terminal(tmp_path: Path) -> None:
    """Run as the owner does, in a terminal: vobject's own complaint must not appear."""
    card = tmp_path / "contacts.vcf"
    card.write_text(CARD.format(email=EMAIL), "utf-8")
    journal = str(tmp_path / "j.rapport")
    done = subprocess.run(
        [sys.executable, "-m", "rapport", "--journal", journal, "import", str(card), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert EMAIL not in done.stderr
    assert "1 customer can be imported" in done.stdout


def test_an_import_that_fails_to_save_logs_no_contact_data(
    tmp_path: Path,
    journal_path: Path,
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture,
) -> None:
    Journal.open(journal_path).close()
    refuse_writes(journal_path, "customer")
    card = tmp_path / "contacts.vcf"
    card.write_text(CARD.format(email=EMAIL), "utf-8")
    code = cli.run(["--verbose", "--journal", str(journal_path), "import", str(card)])
    assert code != 0
    assert_private(EMAIL, log_file, caplog, capfd)
    assert_private("Maria Jansen", log_file, caplog, capfd)
