"""Running the real app or a writer in a subprocess, reading its lines, killing it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child_env(home: Path) -> dict[str, str]:
    """An environment that keeps the child's settings, logs and data inside the test."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
    )
    env.pop("RAPPORT_JOURNAL", None)
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


class Child:
    """A subprocess whose output lines are collected with the time each arrived."""

    def __init__(self, args: list[str], env: dict[str, str], *, commands: bool = False) -> None:
        self.errors = Path(env["HOME"]) / f"stderr-{time.monotonic_ns()}.txt"
        with self.errors.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, *args],
                stdin=subprocess.PIPE if commands else None,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                env=env,
            )
        self.lines: list[tuple[float, str]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append((time.monotonic(), line.rstrip("\n")))

    def wait_for(self, predicate: object, timeout: float = 20.0) -> str:
        """Wait until a line satisfies predicate (a str to match, or a callable)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for _t, line in list(self.lines):
                if line == predicate if isinstance(predicate, str) else predicate(line):  # type: ignore[operator]
                    return line
            if self.proc.poll() is not None and not self._reader.is_alive():
                break
            time.sleep(0.01)
        err = self.errors.read_text()[-3000:]
        raise AssertionError(f"no line matching {predicate!r}; got {self.lines[-5:]}\n{err}")

    def ask(self, command: str, timeout: float = 20.0) -> str:
        """Send one command line (a child started with commands=True); its answer line."""
        assert self.proc.stdin is not None
        seen = len(self.lines)
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        self.wait_for(lambda _line: len(self.lines) > seen, timeout)
        return self.lines[seen][1]

    def kill9(self) -> float:
        """SIGKILL the child, as a crash or power cut would; return when it happened."""
        at = time.monotonic()
        self.proc.kill()
        self.proc.wait(10)
        self._reader.join(5)
        self.close()
        return at

    def close(self) -> None:
        """Release the pipes (the reader has seen its end)."""
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        if self.proc.stdout is not None and not self._reader.is_alive():
            self.proc.stdout.close()

    def finish(self, timeout: float = 30) -> int:
        """Wait for a normal exit and return the exit code."""
        code = self.proc.wait(timeout)
        self._reader.join(5)
        self.close()
        return code
