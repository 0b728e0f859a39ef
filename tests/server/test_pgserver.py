"""The test server itself: it runs, is reachable only through its socket, and keeps apart."""

from __future__ import annotations

from pathlib import Path

import psycopg
from sqlalchemy import make_url

from pgserver import PgServer


def test_the_server_listens_on_its_socket_and_no_tcp_port(pg_server: PgServer) -> None:
    """Only the socket in its own folder leads to it: no port is open to the network."""
    with psycopg.connect(pg_server.dsn()) as conn:
        listen = conn.execute("SHOW listen_addresses").fetchone()
        sockets = conn.execute("SHOW unix_socket_directories").fetchone()
    assert listen == ("",)
    assert sockets == (pg_server.socket_dir,)
    assert list(Path(pg_server.socket_dir).glob(".s.PGSQL.*"))


def test_each_test_gets_a_database_of_its_own(pg_server: PgServer, pg_url: str) -> None:
    """The pg_url fixture's database exists and is empty."""
    name = make_url(pg_url).database
    assert name is not None
    with psycopg.connect(pg_server.dsn(name)) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)
