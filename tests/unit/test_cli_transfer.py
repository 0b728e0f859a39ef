"""`rapport import` and `rapport export` on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from transferhelp import FIXTURES

import rapport.cli as cli
from rapport.store import Journal


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(path: Path) -> int:
    journal = Journal.open(path)
    try:
        return journal.customers.count()
    finally:
        journal.close()


def test_good_rows_are_imported_and_the_exit_status_says_some_were_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.rapport"
    source = str(FIXTURES / "google-contacts.csv")
    code, out, _ = _run(capsys, "import", source, "--journal", str(journal), "--dry-run")
    assert code == 0 and "Dry run: nothing was imported" in out and not journal.exists()

    code, out, err = _run(capsys, "import", source, "--journal", str(journal))
    assert code == cli.EXIT_SKIPPED == 3
    assert "line 8: it has no name and no organisation" in out
    assert "line 9: Maria Okafor — same email as “Maria Okafor” at line 2" in out
    assert "Imported 5 customers" in out and "Recent imports" in out
    assert "backed up in" not in out  # a CSV import is undone, not backed up first
    assert "1 row was skipped (listed above)" in err and "--strict" in err
    assert _count(journal) == 5

    code, out, _ = _run(capsys, "import", source, "--journal", str(journal), "--skip-bad")
    assert code == 3 and "there is no new customer in the file" in out  # all duplicates now
    assert _count(journal) == 5


def test_strict_refuses_the_whole_file_when_a_row_is_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.rapport"
    Journal.open(journal).close()
    source = str(FIXTURES / "unclosed-quote.csv")
    code, out, err = _run(capsys, "import", source, "--journal", str(journal), "--strict")
    assert code == 1
    assert "line 3: a quote opens in this line" in out
    assert "line 5: it has no name and no organisation" in out
    assert "line 7: it has 6 cells where the header has 5" in out
    assert "Nothing was imported: 3 rows cannot be (listed above)" in err
    assert _count(journal) == 0
    code, out, _ = _run(capsys, "import", source, "--journal", str(journal))
    assert code == 3 and "Imported 4 customers" in out


def test_what_went_where_and_warnings_are_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.rapport"
    code, out, _ = _run(
        capsys, "import", str(FIXTURES / "iphone-3.0.vcf"), "--journal", str(journal)
    )
    assert code == 0 and "Imported 3 customers" in out
    assert "card at line 1: Grace Hopper — line 21: Rapport could not read this line" in out
    assert "  NICKNAME → Person: note, as “Nickname: …” (1 customer)" in out
    assert "  PHOTO → not imported (1 customer)" in out


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.logs_errors  # the backup made to fail is logged
def test_a_failed_import_into_a_journal_it_created_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import import_batches
    from rapport.store.errors import JournalWriteError

    journal = tmp_path / "new" / "j.rapport"
    bad = str(FIXTURES / "unclosed-quote.csv")
    code, _, _ = _run(capsys, "import", bad, "--journal", str(journal), "--strict")
    assert code == 1 and _tree(tmp_path) == []
    flyer = tmp_path / "flyer.csv"
    flyer.write_text("Name,Phone\n,+1 555 0199\n", encoding="utf-8")
    code, out, err = _run(capsys, "import", str(flyer), "--journal", str(journal))
    assert code == 1 and "Nothing was imported" in err
    assert _tree(tmp_path) == ["flyer.csv"]

    def broken(*_a: object) -> int:
        raise JournalWriteError("The import could not be saved.")  # in its transaction

    monkeypatch.setattr(import_batches, "record", broken)
    code, out, err = _run(capsys, "import", bad, "--journal", str(journal))
    assert code == 2 and "could not be saved" in err
    assert "Created a new journal" not in out
    assert _tree(tmp_path) == ["flyer.csv"]

    existing = tmp_path / "old.rapport"
    Journal.open(existing).close()
    code, _, _ = _run(capsys, "import", bad, "--journal", str(existing))
    assert code == 2 and existing.exists()  # a journal that was there stays


def test_a_clean_file_imports_with_a_forced_format_and_a_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.rapport"
    people = tmp_path / "people.txt"
    people.write_text("Who;Where\nAda Lovelace;Engines Ltd\n", encoding="utf-8")
    argv = ["import", str(people), "--journal", str(journal), "--format", "csv"]
    code, _, err = _run(capsys, *argv)
    assert code == 2 and "name" in err  # "Who" is not recognised: say which column it is
    code, out, _ = _run(capsys, *argv, "--map", "Who=name", "--map", "Where=organisation")
    assert code == 0 and "Imported 1 customer into" in out
    code, _, err = _run(capsys, *argv, "--map", "Nope=name")
    assert code == 2 and "“Nope” is not a column" in err


def test_export_then_import_json_into_a_new_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.rapport"
    _run(capsys, "import", str(FIXTURES / "outlook-contacts.csv"), "--journal", str(journal))
    code, out, _ = _run(capsys, "export", str(tmp_path / "all.json"), "--journal", str(journal))
    assert code == 0 and out.startswith("Exported 3 customers and 0 entries")
    copy = tmp_path / "copy.rapport"
    code, out, _ = _run(capsys, "import", str(tmp_path / "all.json"), "--journal", str(copy))
    assert code == 0 and "Imported 3 customers" in out
    assert _count(copy) == 3


def test_export_one_customer_by_name_and_in_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.rapport"
    _run(
        capsys,
        "import",
        str(FIXTURES / "contacts-4.0.vcf"),
        "--journal",
        str(journal),
    )
    target = tmp_path / "ana.json"
    code, out, _ = _run(
        capsys, "export", str(target), "--journal", str(journal), "--customer", "ana maría núñez"
    )
    assert code == 0 and out.startswith("Exported 1 customer")
    # issue 15: Ana comes in as her café's person; the export finds the café by her name
    assert [c["name"] for c in json.loads(target.read_text())["customers"]] == ["Café Azul"]
    assert [p["name"] for p in json.loads(target.read_text())["people"]] == ["Ana María Núñez"]
    for name, fmt in (("a.csv", []), ("a.vcf", []), ("e.csv", ["--format", "csv-entries"])):
        code, _, _ = _run(capsys, "export", str(tmp_path / name), "--journal", str(journal), *fmt)
        assert code == 0 and (tmp_path / name).stat().st_size > 0


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--customer", "Nobody"], "No customer is called “Nobody”"),
        (["--customer", "a"], "customers match “a”"),
        (["--customer", "#999"], "no longer exists"),
    ],
)
def test_export_says_which_customer_it_could_not_find(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], words: str
) -> None:
    journal = tmp_path / "j.rapport"
    _run(
        capsys,
        "import",
        str(FIXTURES / "contacts-4.0.vcf"),
        "--journal",
        str(journal),
        "--skip-bad",
    )
    code, _, err = _run(
        capsys, "export", str(tmp_path / "x.json"), "--journal", str(journal), *extra
    )
    assert code == 2 and words in err and "Traceback" not in err


def test_errors_are_words_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = str(tmp_path / "j.rapport")
    code, _, err = _run(capsys, "import", str(tmp_path / "missing.csv"), "--journal", journal)
    assert code == 2 and "could not be read" in err
    code, _, err = _run(
        capsys, "export", str(tmp_path / "x.json"), "--journal", str(tmp_path / "none.rapport")
    )
    assert code == 2 and "There is no journal" in err
    Journal.open(tmp_path / "j.rapport").close()
    code, _, err = _run(capsys, "export", str(tmp_path / "x.doc"), "--journal", journal)
    assert code == 2 and "cannot tell the format" in err
    code, _, err = _run(
        capsys, "export", str(tmp_path / "nowhere" / "x.json"), "--journal", journal
    )
    assert code == 2 and "could not be written" in err


def test_import_from_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rapport",
            "import",
            str(FIXTURES / "contacts-3.0.vcf"),
            "--journal",
            str(tmp_path / "j.rapport"),
            "--skip-bad",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, done.stderr  # --skip-bad is what happens anyway now
    assert "Imported 3 customers" in done.stdout
    assert done.stderr.startswith("rapport: 1 row was skipped (listed above).")
    assert "@" not in done.stderr and "Skipped line" not in done.stderr  # no card data


def test_a_dry_run_creates_no_journal_and_a_real_import_says_it_made_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "new.rapport"
    source = str(FIXTURES / "outlook-contacts.csv")
    code, out, _ = _run(capsys, "import", source, "--journal", str(journal), "--dry-run")
    assert code == 0 and "3 customers can be imported" in out and not journal.exists()
    code, out, _ = _run(capsys, "import", source, "--journal", str(journal))
    assert code == 0 and f"Created a new journal at {journal}." in out
