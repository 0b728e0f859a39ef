"""Real tools for tests: a Debian package is installed when its command is missing.

A test that needs a real program (a validator, a virtual X server, a database server)
does not stand in for it with a skip: where apt-get exists and we are root (CI, the
development machines), the package is installed on first use. Elsewhere the test is
skipped with the one command that would make it run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading

import pytest

_lock = threading.Lock()
_updated = False


def require_tool(command: str, package: str) -> str:
    """The path of `command`, installing Debian's `package` first when it is missing."""
    found = shutil.which(command)
    if found:
        return found
    _install(command, package)
    found = shutil.which(command)
    assert found, f"installing {package} did not bring {command}"
    return found


def require_packages(what: str, packages: list[str]) -> None:
    """Install Debian's `packages` (libraries, which have no command to look for)."""
    if packages:
        _install(what, *packages)


def require_package(package: str, command: str) -> None:
    """Install Debian's `package` (for `command`, which is not on the PATH: a server's)."""
    _install(command, package)


def _install(what: str, *packages: str) -> None:
    global _updated
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        pytest.skip(f"{what} is missing: sudo apt-get install {' '.join(packages)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with _lock:
        if not _updated:
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600)
            _updated = True
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
            check=True,
            env=env,
            timeout=900,
            stdout=subprocess.DEVNULL,
        )
