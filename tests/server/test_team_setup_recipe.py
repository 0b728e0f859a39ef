"""The README's recipe for a team, run as written: a database owner sets the journal up with
`rapport team init` and `rapport team add-user`; a colleague's login then writes, signed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from pgserver import PgServer
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal

SRC = Path(__file__).resolve().parents[2] / "src"


def rapport(args: list[str], home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`rapport ARGS` as a person types it (a real process, its data inside the test)."""
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONPATH=str(SRC))
    env.pop("RAPPORT_SERVER", None)
    return subprocess.run(
        [sys.executable, "-m", "rapport", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_readme_recipe_sets_up_a_team_that_writes_signed(
    pg_server: PgServer, tmp_path: Path
) -> None:
    # What the server's administrator does once: a login that owns the database.
    pg_server.sql("CREATE ROLE team_owner LOGIN CREATEROLE")
    database = pg_server.create_database()
    pg_server.sql(f'ALTER DATABASE "{database}" OWNER TO team_owner')
    pg_server.sql("ALTER SCHEMA public OWNER TO team_owner", database)
    owner_url = pg_server.url(database, user="team_owner")
    try:
        done = rapport(["team", "init", owner_url], tmp_path)
        assert done.returncode == 0, done.stderr
        assert "The team journal is ready" in done.stdout
        done = rapport(
            ["team", "add-user", "jens", "--server", owner_url, "--password"],
            tmp_path,
            stdin="not-used-on-a-trusted-socket\n",
        )
        assert done.returncode == 0, done.stderr
        assert "jens may now open the team journal" in done.stdout
        done = rapport(["team", "add-user", "maria", "--owner", "--server", owner_url], tmp_path)
        assert done.returncode == 0, done.stderr
        assert "as an owner empty the trash" in done.stdout
        bad = rapport(["team", "add-user", "Jens Bauer", "--server", owner_url], tmp_path)
        assert bad.returncode == 2 and "cannot be a login name" in bad.stderr
        assert "Traceback" not in bad.stderr

        jens = Journal.open(pg_server.url(database, user="jens"), create=False)
        try:
            cid = jens.customers.create(CustomerDraft(name="Greta Olsen"))
            at = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
            eid = jens.entries.add(EntryDraft(customer_id=cid, occurred_at=at, body="Called"))
            assert jens.entries.get(eid).author == "jens"
            assert jens.search.search("Called")  # the server's search, as a colleague
            assert not jens.may_own()
        finally:
            jens.close()
    finally:
        pg_server.drop_database(database)
        pg_server.sql("DROP ROLE IF EXISTS jens")
        pg_server.sql("DROP ROLE IF EXISTS maria")
        pg_server.sql(f"DROP ROLE IF EXISTS rapport_{database}_owner")
        pg_server.sql(f"DROP ROLE IF EXISTS rapport_{database}")
        pg_server.sql("DROP ROLE IF EXISTS team_owner")
