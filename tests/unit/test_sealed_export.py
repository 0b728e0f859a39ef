"""Issue 17: a JSON export sealed with a passphrase, opened again by `rapport import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storehelp import customer, entry

import rapport.cli as cli
from rapport.cli import PASSPHRASE_ENV
from rapport.store import Journal
from rapport.transfer import sealed
from rapport.transfer.errors import TransferError
from rapport.transfer.opening import JsonSource, open_file

WORD = "Mirabellenzeit"


@pytest.fixture
def written(tmp_path: Path) -> Path:
    path = tmp_path / "source.rapport"
    journal = Journal.open(path)
    try:
        entry(journal, customer(journal, "Rossi Imports"), 1, body=f"Bring {WORD}.")
    finally:
        journal.close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sealed_bytes_open_with_the_passphrase_alone() -> None:
    box = sealed.seal(b'{"a": 1}', "open sesame")
    assert sealed.is_sealed(box) and b'"a"' not in box
    assert sealed.unseal(box, "open sesame") == b'{"a": 1}'
    with pytest.raises(sealed.WrongPassphraseError, match="does not open"):
        sealed.unseal(box, "open sesam")
    changed = box[:-1] + bytes([box[-1] ^ 1])
    with pytest.raises(sealed.WrongPassphraseError):
        sealed.unseal(changed, "open sesame")
    with pytest.raises(sealed.PassphraseNeededError, match="protected with a passphrase"):
        sealed.unseal(box, None)
    with pytest.raises(TransferError, match="empty"):
        sealed.seal(b"x", "")


def test_the_cli_exports_sealed_and_imports_it_with_the_passphrase(
    written: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "all.json"
    target.parent.mkdir()
    monkeypatch.setenv(PASSPHRASE_ENV, "export words")
    code, out, err = _run(capsys, "export", str(target), "--journal", str(written), "--seal")
    assert code == 0, err
    assert "sealed with a passphrase" in out
    data = target.read_bytes()
    assert sealed.is_sealed(data) and WORD.encode() not in data
    assert list(target.parent.iterdir()) == [target]  # no plain scratch file beside it

    other = tmp_path / "other.rapport"
    monkeypatch.setenv(PASSPHRASE_ENV, "not these")
    code, _, err = _run(capsys, "import", str(target), "--journal", str(other))
    assert code == 2 and "does not open" in err and not other.exists()
    monkeypatch.delenv(PASSPHRASE_ENV)
    code, _, err = _run(capsys, "import", str(target), "--journal", str(other))
    assert code == 2 and "protected with a passphrase" in err and PASSPHRASE_ENV in err
    monkeypatch.setenv(PASSPHRASE_ENV, "export words")
    code, out, err = _run(capsys, "import", str(target), "--journal", str(other))
    assert code == 0, err
    journal = Journal.open(other)
    try:
        assert [c.name for c in journal.customers.find("Rossi")] == ["Rossi Imports"]
        assert journal.search.search(WORD)
    finally:
        journal.close()


def test_a_sealed_export_reads_exactly_as_the_plain_one(written: Path, tmp_path: Path) -> None:
    from rapport.transfer.exporting import ExportFormat, export

    plain, box = tmp_path / "plain.json", tmp_path / "sealed.json"
    journal = Journal.open(written)
    try:
        with journal.transfer.reading(None) as rows:
            export(plain, rows, ExportFormat.JSON)
        with journal.transfer.reading(None) as rows:
            sealed.export_sealed(box, "pw", lambda p: export(p, rows, ExportFormat.JSON))
    finally:
        journal.close()
    json.loads(plain.read_text("utf-8"))  # the plain format is unchanged: JSON
    a, b = open_file(plain), open_file(box, passphrase="pw")
    assert isinstance(a.source, JsonSource) and isinstance(b.source, JsonSource)
    assert b.source.snapshot.tables == a.source.snapshot.tables
    with pytest.raises(sealed.PassphraseNeededError):
        open_file(box)


def test_the_terminal_asks_twice_when_sealing(
    written: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    answers = iter(["one", "two"])
    monkeypatch.setattr("rapport.cli.transfer._prompt", lambda text: next(answers))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    target = tmp_path / "all.json"
    code, _, err = _run(capsys, "export", str(target), "--journal", str(written), "--seal")
    assert code == 2 and "do not match" in err and not target.exists()
