"""Reading a file the owner hands in (an e-mail, a calendar), with a size limit.

The limit is checked before anything is read, and again while reading (a file can
grow between the two, or be a pipe that never ends), so a 2 GB file costs nothing.
A file that is gone or closed to us is said in the same words whatever it was meant
to be; what "too large" means is the caller's to say.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from rapport.i18n import Words
from rapport.transfer.errors import TransferError

log = logging.getLogger("rapport.transfer")
ReadingText = Words("ReadingText")


def read_limited(
    path: Path, limit: int, too_large: Callable[[int], TransferError], what: str = "a file"
) -> bytes:
    """The file's bytes, at most `limit` of them; TransferError in words otherwise.

    `too_large(size)` makes the refusal for a file over the limit; `what` names the
    kind of file in the log (never its name: that may be the owner's words).
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise too_large(size)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        log.warning("%s could not be read: %s", what, exc.strerror)
        raise TransferError(
            ReadingText.tr("“{name}” could not be read.").format(name=path.name),
            ReadingText.tr("Check that the file still exists and that you may open it."),
        ) from exc
    if len(data) > limit:
        raise too_large(len(data))
    return data
