"""Time a whole process from launch to exit and read its peak memory (ru_maxrss).

`os.wait4` hands back the child's own resource usage, so each run's peak resident
set size belongs to that process alone (RUSAGE_CHILDREN would fold every child
together and only ever grow).

One catch: Linux counts into a child's ru_maxrss the memory of the process it was
forked from, as it stood when the child called exec. Launched straight from the
benchmark (80 MB with the journal open), a 50 MB window would report 80 MB. So each
launch goes through this module run as a small helper process (`python -m
benchmarks.processes`, about 10 MB), which reports back as JSON. Keep this module's
imports to the standard library for that reason.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: How much of a failed process's standard error is kept to explain the failure.
_STDERR_TAIL = 400


@dataclass(frozen=True)
class ProcessRun:
    """One run: wall time to exit, peak RSS, and why it failed (empty when it did not)."""

    ms: float
    peak_rss_mb: float
    failure: str = ""


#: The measured app's own home: it must neither read nor change the owner's settings,
#: log or data (a bench run once left `journal/last` pointing at its throwaway journal).
_HOME = Path(tempfile.mkdtemp(prefix="rapport-bench-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["HOME"] = str(_HOME)
    env["XDG_CONFIG_HOME"] = str(_HOME / "config")
    env["XDG_DATA_HOME"] = str(_HOME / "data")
    env["XDG_CACHE_HOME"] = str(_HOME / "cache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["RAPPORT_EXIT_WHEN_SHOWN"] = "1"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    return env


def run_process(argv: list[str], timeout_s: float) -> ProcessRun:
    """Run argv to completion (killed after timeout_s) and measure it, via a small helper."""
    helper = [sys.executable, "-m", "benchmarks.processes", str(timeout_s), *argv]
    done = subprocess.run(
        helper, capture_output=True, text=True, cwd=HERE.parent, timeout=timeout_s + 30
    )
    if done.returncode != 0:
        return ProcessRun(0.0, 0.0, f"measuring helper failed: {done.stderr.strip()[-200:]}")
    return ProcessRun(**json.loads(done.stdout))


def _measure(argv: list[str], timeout_s: float) -> ProcessRun:
    """Run argv to completion (killed after timeout_s) and measure it, from this process."""
    # Standard error goes to a file: a pipe nobody reads could fill up and stall the app.
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=errors, env=_environment(), cwd=HERE
        )
        timer = threading.Timer(timeout_s, child.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(child.pid, 0)
            elapsed = (time.perf_counter() - started) * 1000
        finally:
            timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode(errors="replace").strip()
    rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    if child.returncode == 0:
        return ProcessRun(elapsed, rss_mb)
    if elapsed >= timeout_s * 1000:
        why = f"did not exit within {timeout_s:.0f} s"
    else:
        why = f"exited with code {child.returncode}"
    tail = stderr[-_STDERR_TAIL:].splitlines()[-1:] if stderr else []
    return ProcessRun(elapsed, rss_mb, why + (f": {tail[0]}" if tail else ""))


def app_command(journal: Path) -> list[str]:
    """Rapport itself, opening the given journal."""
    return [sys.executable, "-m", "rapport", "--journal", str(journal.resolve())]


def baseline_command() -> list[str]:
    """The bare PySide6 main window."""
    return [sys.executable, str(HERE / "bare_window.py")]


if __name__ == "__main__":
    run = _measure(sys.argv[2:], float(sys.argv[1]))
    sys.stdout.write(json.dumps(asdict(run)))
