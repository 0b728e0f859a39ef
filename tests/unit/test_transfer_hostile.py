"""Hostile, malformed, truncated and mis-encoded input: never a crash, always a reason.

Hypothesis feeds the importers whatever it likes. Each file either is refused as a
whole with a TransferError (a message and a hint), or yields customers and bad rows,
where every bad row has a place and a reason, and every customer passes validation.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transferhelp import FIXTURES, plan_of

from rapport.transfer.errors import TransferError
from rapport.transfer.formula import TRIGGERS, escape, needs_escape, unescape
from rapport.transfer.opening import Format
from rapport.transfer.plan import ImportPlan

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
HEADERS = ["Name", "Company", "Email", "Phone", "Notes", "Tags", "Deal size", "Stage"]
cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\x00", '"', "\r"]),
    st.text(max_size=3).map(lambda s: s * 20_000),  # huge fields
)


def _imports_or_refuses(path: Path, fmt: Format | None = None) -> ImportPlan | None:
    try:
        plan = plan_of(path, fmt)
    except TransferError as exc:
        assert exc.message.strip() and "Traceback" not in exc.message
        return None
    for bad in plan.bad:
        assert bad.place and bad.reason and len(bad.reason) <= 400
    for candidate in plan.candidates:
        assert candidate.draft == candidate.draft.validated()
        assert "\x00" not in candidate.draft.name
    return plan


@SETTINGS
@given(data=st.binary(max_size=3000), fmt=st.sampled_from([*Format, None]))
def test_any_bytes_at_all(tmp_path: Path, data: bytes, fmt: Format | None) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    _imports_or_refuses(path, fmt)


@SETTINGS
@given(
    names=st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=5),
    encoding=st.sampled_from(
        [
            "utf-8",
            "utf-16-le",
            "utf-16-be",
            "cp1252",
            "latin-1",
            "shift_jis",
            "koi8-r",
            "mac-roman",
            "utf-7",
        ]
    ),
)
def test_text_in_any_encoding(tmp_path: Path, names: list[str], encoding: str) -> None:
    text = "Name,Email\r\n" + "".join(f"{n.replace(',', ' ')},x@example.org\r\n" for n in names)
    path = tmp_path / "input.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _imports_or_refuses(path)


@SETTINGS
@given(rows=st.lists(st.lists(cells, max_size=10), max_size=8), cut=st.integers(0, 400))
def test_malformed_and_truncated_csv(tmp_path: Path, rows: list[list[str]], cut: int) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    text = buffer.getvalue()
    path = tmp_path / "input.csv"
    for variant in (text, text[: len(text) - cut], text.replace('"', "", 1)):
        path.write_text(variant, encoding="utf-8")
        _imports_or_refuses(path)


@SETTINGS
@given(
    name=cells,
    email=cells,
    note=cells,
    extra=st.text(max_size=60),
    cut=st.integers(0, 200),
)
def test_hostile_vcards(
    tmp_path: Path, name: str, email: str, note: str, extra: str, cut: int
) -> None:
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nNOTE:{note}\r\n{extra}"
    text = card + "\r\nEND:VCARD\r\n" + card
    path = tmp_path / "input.vcf"
    path.write_text(text[: max(len(text) - cut, 1)], encoding="utf-8")
    _imports_or_refuses(path)


@SETTINGS
@given(seed=st.binary(min_size=1, max_size=200), at=st.integers(0, 10_000))
def test_the_sample_files_damaged_anywhere(tmp_path: Path, seed: bytes, at: int) -> None:
    for sample in sorted(FIXTURES.iterdir()):
        data = sample.read_bytes()
        spot = at % max(len(data), 1)
        path = tmp_path / sample.name
        path.write_bytes(data[:spot] + seed + data[spot + len(seed) :])
        _imports_or_refuses(path)
        path.write_bytes(data[:spot])  # cut short
        _imports_or_refuses(path)


def test_huge_nul_and_formula_cells_are_reported_per_row(tmp_path: Path) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text(
        "Name,Notes,Email\r\n"
        f"Big,{'x' * 200_000},big@example.org\r\n"
        "Nul\x00Name,fine,nul@example.org\r\n"
        f"Long notes,{'y' * 120_000},long@example.org\r\n"
        '"=HYPERLINK(""http://x"")",=1+2,formula@example.org\r\n',
        encoding="utf-8",
    )
    plan = plan_of(path)
    reasons = {b.line: b.reason for b in plan.bad}
    assert "longer than 131,072 characters" in reasons[2]
    assert "NUL character" in reasons[3]
    assert "120,000 characters long; at most 100,000 fit" in reasons[4]
    (formula,) = plan.candidates
    assert (formula.draft.name, formula.draft.about) == ('=HYPERLINK("http://x")', "=1+2")


@given(
    st.tuples(st.text("'", max_size=2), st.sampled_from([*TRIGGERS, "", "a", "'"]), st.text()).map(
        "".join
    )
)
def test_escaping_formula_cells_is_exact_and_safe(text: str) -> None:
    escaped = escape(text)
    assert unescape(escaped) == text
    assert not escaped.startswith(TRIGGERS)
    assert escaped == text or escaped == "'" + text
    assert needs_escape(text) == text.lstrip("'").startswith(TRIGGERS)
