"""Files handed in with a size limit: the e-mail and the calendar readers share it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.transfer.calendar_in import read_calendar
from rapport.transfer.errors import TransferError
from rapport.transfer.limited import read_limited
from rapport.transfer.mail import read_mail


def _refused(size: int) -> TransferError:
    return TransferError(f"too large: {size}", "smaller, please")


def test_a_file_at_the_limit_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100, _refused) == b"x" * 100
    with pytest.raises(TransferError, match="too large: 100"):
        read_limited(path, 99, _refused)


@pytest.mark.parametrize("reader", ["mail", "calendar"])
def test_a_missing_file_is_said_in_the_same_words_by_every_reader(
    tmp_path: Path, reader: str
) -> None:
    gone = tmp_path / "gone.file"
    with pytest.raises(TransferError) as raised:
        if reader == "mail":
            read_mail(gone)
        else:
            now = datetime(2026, 1, 1, tzinfo=UTC)
            read_calendar(gone, now, now)
    assert raised.value.message == "“gone.file” could not be read."
    assert raised.value.hint == "Check that the file still exists and that you may open it."


def test_a_folder_given_as_a_file_is_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="could not be read"):
        read_limited(tmp_path, 1_000_000, _refused)
