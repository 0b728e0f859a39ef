"""A throwaway PostgreSQL server for the tests: Debian's package, a cluster in a temporary folder.

The cluster listens on a Unix socket in its own folder and on no TCP port
(`listen_addresses = ''`), so it reaches nothing and nothing reaches it; it is made
with initdb, started with pg_ctl, and stopped and removed when the test session ends.
PostgreSQL refuses to run as root, so as root (CI, the development machines) the
server runs as the `postgres` user that Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from realtools import require_package

#: The superuser of the throwaway cluster (trusted on its socket, which only its folder holds).
SUPERUSER = "rapport_test"
#: A login that is refused (it needs a password no test knows): for the "login refused" words.
REFUSED_USER = "rapport_refused"


def server_bin() -> Path:
    """The folder of PostgreSQL's server programs, installing Debian's package when missing."""
    for _attempt in range(2):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if found:
            return Path(found[-1]).parent
        on_path = shutil.which("initdb")
        if on_path:
            return Path(on_path).resolve().parent
        require_package("postgresql", "initdb")
    raise AssertionError("installing postgresql did not bring initdb")


@dataclass(frozen=True)
class PgServer:
    """A running throwaway cluster: where its socket is, and how to reach a database."""

    folder: Path
    bin: Path
    user: str

    @property
    def socket_dir(self) -> str:
        """The folder holding the server's Unix socket (libpq's `host`)."""
        return str(self.folder)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """The SQLAlchemy URL of a database on this server, over its socket."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def dsn(self, database: str = "postgres") -> str:
        """A libpq connection string (for psycopg and the command-line tools)."""
        return f"host={self.socket_dir} dbname={database} user={SUPERUSER}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE…)."""
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(statement.encode())

    def create_database(self, template: str = "template0") -> str:
        """A new empty database with a unique name (copied from template)."""
        name = "t_" + uuid.uuid4().hex[:12]
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        """Remove a database, closing whatever connections were left on it."""
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server at once (fast shutdown) and remove its folder."""
        self.halt(check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def halt(self, *, check: bool = True) -> None:
        """Stop the server (fast shutdown: its clients are told and cut off); data is kept."""
        _run_as(
            self.user,
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"],
            check=check,
        )

    def resume(self) -> None:
        """Start a halted server again, on the same socket, with the same data."""
        _pg_ctl_start(self.user, self.bin, self.folder)


def _run_as(user: str | None, command: list[str], *, check: bool = True) -> None:
    """Run a server program, as `user` when we are root (PostgreSQL refuses root)."""
    subprocess.run(
        command,
        check=check,
        user=user if os.geteuid() == 0 else None,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=120,
    )


def _pg_ctl_start(user: str, bin_dir: Path, folder: Path) -> None:
    """Start the cluster in folder, listening on its socket there and on no TCP port."""
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        "-c max_connections=60"
    )
    _run_as(
        user,
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "start",
        ],
    )


def start_server() -> PgServer:
    """initdb a cluster in a new temporary folder and start it on a socket there only."""
    bin_dir = server_bin()
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    # Short, so the socket's path stays within the ~100 characters a Unix socket allows.
    folder = Path(tempfile.mkdtemp(prefix="rapport-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data = folder / "data"
    try:
        _run_as(
            user,
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        )
        with (data / "pg_hba.conf").open("w") as hba:
            hba.write(f"local all {REFUSED_USER} scram-sha-256\nlocal all all trust\n")
        _pg_ctl_start(user, bin_dir, folder)
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        said = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise AssertionError(f"the test server did not start: {exc.stderr!r} {said}") from exc
    server = PgServer(folder, bin_dir, user)
    server.sql(f"CREATE ROLE {REFUSED_USER} LOGIN PASSWORD 'not-known-to-tests'")
    return server


@contextmanager
def running_server() -> Iterator[PgServer]:
    """A server for the length of the block; stopped and removed after it."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()
