"""Making files and folders really read-only in a test, for root too.

Root ignores permission bits, and tests here often run as root: then the immutable
attribute (`chattr +i`) is used, which root obeys. Anyone else gets `chmod`. Either
way SQLite itself cannot write or create a file there, as on a read-only backup disk.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make every path (files and folders) unwritable for the test's duration."""
    as_root = os.geteuid() == 0
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    for path in paths:
        if as_root:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
            assert done.returncode == 0, f"chattr +i is needed as root: {done.stderr}"
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        for path in paths:
            assert not os.access(path, os.W_OK), f"{path} is still writable"
        yield
    finally:
        for path in reversed(paths):
            if as_root:
                subprocess.run(["chattr", "-i", str(path)], check=True)
            else:
                path.chmod(modes[path])
