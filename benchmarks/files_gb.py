"""The benchmark journal with a gigabyte of files on its entries: what the owner waits for.

`make bench ARGS="--attachments 1"` (the number in GB; off by default, so `make bench`
stays short) measures the whole bench on that journal (every figure and target of
benchmarks/run.py) and adds these figures. The journal is the benchmark's own with
that much in attachments added (photos with thumbnails, PDFs, documents; random
bytes, so none compresses and none is stored twice), generated once and cached under
`.bench/`. Each figure is measured back to back with its baseline (this machine is
shared):

- `files_open_journal_ms` — `Journal.open(…)` and close on the journal with files;
  baseline: the same on the same journal without them.
- `files_open_customer_ms` — the big customer (it has the most files, its newest
  entries full of photos) opened on a customer page until painted; baseline: the
  same customer on the journal without files.
- `files_backup_ms` — a verified backup (`take_backup`: copied, synced to disk,
  read back whole by SQLite's integrity check); baseline: copying the file and
  syncing it (`shutil.copyfile` + `fsync`), the floor of any backup that survives a
  power cut.
- `files_check_ms` — Tools → Check journal (`check_journal`); baseline: the same
  check of the journal without files (most of it is the search index's checks, which
  the files do not touch; SQLite's `PRAGMA integrity_check` reads every byte).
- `files_export_archive_ms` — File → Export → Rapport archive; baseline: the tables
  read with `SELECT *` into one JSON file and every file's bytes into a zip, with
  plain sqlite3 and zipfile.

Run on its own (``python benchmarks/files_gb.py [GB] [RUNS]``) it prints the figures.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(REPO))

from benchmarks.generate import BIG_CUSTOMER_ID, Spec, cached_journal  # noqa: E402

FIGURES = ("open_journal", "open_customer", "backup", "check", "export_archive")
KEYS = (
    "files_journal_mb",
    *(key for name in FIGURES for key in (f"files_{name}_ms", f"files_{name}_baseline_ms")),
)
#: Bump when the files added change, so cached journals are not reused.
FILES_VERSION = 2
#: Of the files, this many go on the big customer's newest entries (its page's photos).
BIG_CUSTOMER_FILES = 120
MB = 1024 * 1024

#: (content type, extension, smallest, largest bytes, weight): a phone's photos, scans
#: and PDFs, office documents.
_KINDS = (
    ("image/jpeg", "jpg", 2 * MB, 5 * MB, 5),
    ("application/pdf", "pdf", 100 * 1024, 3 * MB, 3),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
     20 * 1024, 400 * 1024, 2),
)  # fmt: skip


def cached_files_journal(spec: Spec, folder: Path, gigabytes: float) -> Path:
    """The benchmark journal for spec with `gigabytes` of files, made once and kept."""
    plain = cached_journal(spec, folder)
    target = folder / f"journal-{spec.key}-files{FILES_VERSION}-{gigabytes:g}gb.rapport"
    if target.exists():
        return target
    partial = target.with_name(target.name + ".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    shutil.copyfile(plain, partial)
    add_files(partial, int(gigabytes * 1024 * MB), random.Random(spec.seed))
    os.replace(partial, target)
    return target


def add_files(path: Path, total: int, rng: random.Random) -> int:
    """Attach files of `total` bytes to the journal's entries; how many were added."""
    from rapport.store import Journal

    thumbnail = _thumbnail()
    raw = sqlite3.connect(path)
    try:
        big = [
            r[0]
            for r in raw.execute(
                "SELECT id FROM entry WHERE customer_id = ? AND deleted_at IS NULL"
                " ORDER BY occurred_at DESC, id DESC LIMIT 60",
                (BIG_CUSTOMER_ID,),
            )
        ]
        others = [r[0] for r in raw.execute("SELECT id FROM entry WHERE deleted_at IS NULL")]
    finally:
        raw.close()
    journal = Journal.open(path)
    added = written = 0
    weights = [k[4] for k in _KINDS]
    try:
        while written < total:
            with journal.transaction():  # a few dozen files a commit: the WAL stays small
                for _ in range(32):
                    if written >= total:
                        break
                    kind, extension, low, high, _weight = rng.choices(_KINDS, weights)[0]
                    size = min(rng.randint(low, high), total - written)
                    on_big = added < BIG_CUSTOMER_FILES
                    entry = big[added % len(big)] if on_big else rng.choice(others)
                    journal.attachments.add(
                        entry,
                        f"file {added:05d}.{extension}",
                        rng.randbytes(size),
                        kind,
                        thumbnail if kind.startswith("image/") else None,
                    )
                    added += 1
                    written += size
    finally:
        journal.close()
    return added


def _thumbnail() -> bytes:
    """A photo's thumbnail as the app stores it (a small JPEG)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    width, height = 192, 128  # twice the row's 96 px, as the app makes them
    image = QImage(
        random.Random(1).randbytes(width * height * 3),
        width,
        height,
        width * 3,
        QImage.Format.Format_RGB888,
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 80)
    return bytes(buffer.data().data())


# --- the figures ----------------------------------------------------------------------


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _paired(runs: int, figure: Callable[[], float], baseline: Callable[[], float]) -> tuple:
    """Medians of `runs` back-to-back pairs (figure first), after one warm-up pair."""
    figure(), baseline()
    pairs = [(figure(), baseline()) for _ in range(runs)]
    return (
        round(statistics.median(p[0] for p in pairs), 1),
        round(statistics.median(p[1] for p in pairs), 1),
    )


def measure_files(with_files: Path, without: Path, runs: int) -> dict[str, float]:
    """Every figure (ms) and the journal's size (MB); `with_files` is not altered."""
    from rapport.store import Journal

    values: dict[str, float] = {"files_journal_mb": round(with_files.stat().st_size / 1e6, 1)}

    def opened(path: Path) -> Callable[[], float]:
        return lambda: _ms(lambda: Journal.open(path, create=False).close())

    values["files_open_journal_ms"], values["files_open_journal_baseline_ms"] = _paired(
        runs, opened(with_files), opened(without)
    )
    values["files_open_customer_ms"], values["files_open_customer_baseline_ms"] = _open_customer(
        with_files, without, runs
    )
    with tempfile.TemporaryDirectory(prefix="rapport-files-") as folder:
        work = Path(folder) / "work.rapport"
        shutil.copyfile(with_files, work)
        values.update(_backup(work, Path(folder), runs))
        plain = Path(folder) / "plain.rapport"
        shutil.copyfile(without, plain)
        values.update(_check(work, plain, runs))
        plain.unlink()
        values.update(_export(work, Path(folder), runs))
    return values


def _open_customer(with_files: Path, without: Path, runs: int) -> tuple[float, float]:
    from benchmarks.figures import _painted_customer_page
    from rapport.store import Journal

    journals = [Journal.open(with_files, create=False), Journal.open(without, create=False)]
    pages = [_painted_customer_page(j) for j in journals]
    try:
        return _paired(runs, lambda: pages[0][0]() * 1000, lambda: pages[1][0]() * 1000)
    finally:
        for (_open, close), journal in zip(pages, journals, strict=True):
            close()
            journal.close()


def _backup(work: Path, folder: Path, runs: int) -> dict[str, float]:
    from rapport.store.backup import backup_folder, take_backup

    copy = folder / "copy.rapport"

    def backup() -> float:
        took = _ms(lambda: take_backup(work, "manual", policy=None))
        shutil.rmtree(backup_folder(work))  # a gigabyte a run: not kept
        return took

    def durable_copy() -> None:
        shutil.copyfile(work, copy)
        with copy.open("rb+") as handle:
            os.fsync(handle.fileno())

    def floor() -> float:
        took = _ms(durable_copy)
        copy.unlink()
        return took

    ms, base = _paired(runs, backup, floor)
    return {"files_backup_ms": ms, "files_backup_baseline_ms": base}


def _check(work: Path, without: Path, runs: int) -> dict[str, float]:
    from rapport.store import Journal
    from rapport.store.check import check_journal

    journals = [Journal.open(work, create=False), Journal.open(without, create=False)]
    try:
        ms, base = _paired(
            runs,
            lambda: _ms(lambda: check_journal(journals[0])),
            lambda: _ms(lambda: check_journal(journals[1])),
        )
    finally:
        for journal in journals:
            journal.close()
    return {"files_check_ms": ms, "files_check_baseline_ms": base}


def _export(work: Path, folder: Path, runs: int) -> dict[str, float]:
    from rapport.store import Journal
    from rapport.transfer.exporting import ExportFormat, export

    out = folder / "out.zip"
    journal = Journal.open(work, create=False, for_reading=True)

    def archive() -> float:
        def write() -> None:
            with journal.transfer.reading() as rows:
                export(out, rows, ExportFormat.ARCHIVE)

        took = _ms(write)
        out.unlink()
        return took

    def floor() -> float:
        took = _ms(lambda: _raw_archive(work, out))
        out.unlink()
        return took

    try:
        ms, base = _paired(runs, archive, floor)
    finally:
        journal.close()
    return {"files_export_archive_ms": ms, "files_export_archive_baseline_ms": base}


_TABLES = ("tag", "customer", "entry", "stage_change", "check_in", "attachment")


def _raw_archive(journal: Path, out: Path) -> None:
    """The floor of an archive: the rows as JSON, every file's bytes, one zip, synced."""
    raw = sqlite3.connect(journal)
    raw.row_factory = sqlite3.Row
    try:
        columns = {t: [r[1] for r in raw.execute(f"PRAGMA table_info({t})")] for t in _TABLES}
        document = {
            t: [
                {c: r[c] for c in columns[t] if c != "thumbnail"}
                for r in raw.execute(f"SELECT * FROM {t} ORDER BY rowid")
            ]
            for t in _TABLES
        }
        with out.open("wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                text = json.dumps(document, ensure_ascii=False, default=str)
                archive.writestr("journal.json", text)
                for digest, data in raw.execute("SELECT sha256, data FROM blob"):
                    archive.writestr("files/" + digest, data, zipfile.ZIP_STORED)
            handle.flush()
            os.fsync(handle.fileno())  # on the disk, as the export leaves it
    finally:
        raw.close()


def measure(spec: Spec, folder: Path, gigabytes: float, figures: Any, runs: int) -> None:
    """The figures into `figures` (a failure leaves them null, with the reason noted)."""
    try:
        with_files = cached_files_journal(spec, folder, gigabytes)
        values = measure_files(with_files, cached_journal(spec, folder), runs)
    except Exception as exc:  # one broken figure must not cost the others
        for key in KEYS:
            figures.values[key] = None
            figures.notes[key] = f"not measured: {type(exc).__name__}: {exc}"
        return
    figures.values.update(values)
    figures.notes["files_journal_mb"] = (
        f"{gigabytes:g} GB of files on the entries, {BIG_CUSTOMER_FILES} of them on the big "
        f"customer's newest entries; medians of {runs} back-to-back pairs"
    )


def main() -> int:
    """``python benchmarks/files_gb.py [GB] [RUNS]``: only these figures."""
    gigabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    folder = REPO / ".bench"
    with_files = cached_files_journal(Spec(), folder, gigabytes)
    values = measure_files(with_files, cached_journal(Spec(), folder), runs)
    print(json.dumps(values, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
