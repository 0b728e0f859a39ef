"""Saving a chart as PNG or SVG without ever leaving a half-written file.

The picture is written to a temporary file beside the target, flushed to disk, then
renamed over it in one step: a full disk or a crash leaves the old file (or none),
never a broken one. No matplotlib import here; the figure brings its own.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: The formats "Save chart" offers, by file suffix.
FORMATS = {".png": "png", ".svg": "svg"}


def with_format(path: Path, default: str = ".png") -> Path:
    """The path with a suffix Rapport can write (adding `default` when it has none)."""
    return path if path.suffix.lower() in FORMATS else path.with_name(path.name + default)


def save_figure(figure: Figure, path: Path, dpi: float = 200) -> Path:
    """Write the figure to `path` (PNG or SVG, by suffix) atomically; return the path.

    Raises OSError (disk full, no permission) with the target untouched.
    """
    path = with_format(Path(path))
    fmt = FORMATS[path.suffix.lower()]
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            figure.savefig(out, format=fmt, dpi=dpi, facecolor=figure.get_facecolor())
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path
