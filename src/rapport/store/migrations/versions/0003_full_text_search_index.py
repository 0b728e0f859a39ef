"""full-text search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Two FTS5 indexes, kept in step by triggers, filled from the rows already there:
`search_entry` (external content: entry.title, entry.body) and `search_customer`
(its own copy of name, organisation, tags, about). Why two, and why soft-deleted rows
stay indexed (the query leaves them out): see rapport/store/search_fts5_schema.py.

This file is a frozen copy of that schema on purpose: a migration must keep doing
what it did when it shipped, whatever the running code wants later.

Careful, later migrations: rebuilding entry, customer, customer_tag or tag in batch
mode drops their search_* triggers; reinstall them in the same migration.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TOKENIZE = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'"

_CUSTOMER_ROW = """
    SELECT c.id, c.name, c.organisation,
           coalesce((SELECT group_concat(name, ' ') FROM (
               SELECT t.name AS name FROM customer_tag AS ct JOIN tag AS t ON t.id = ct.tag_id
               WHERE ct.customer_id = c.id ORDER BY t.name)), ''),
           c.about
    FROM customer AS c"""


def _reindex_customer(id_expr: str) -> str:
    return (
        f"DELETE FROM search_customer WHERE rowid = {id_expr};\n"
        "INSERT INTO search_customer(rowid, name, organisation, tags, about)"
        f"{_CUSTOMER_ROW} WHERE c.id = {id_expr};"
    )


_TABLES = (
    f"""CREATE VIRTUAL TABLE search_entry USING fts5(
        title, body, content='entry', content_rowid='id', {_TOKENIZE})""",
    f"""CREATE VIRTUAL TABLE search_customer USING fts5(
        name, organisation, tags, about, {_TOKENIZE})""",
)

_TRIGGERS = {
    "search_entry_ai": """CREATE TRIGGER search_entry_ai
        AFTER INSERT ON entry BEGIN
            INSERT INTO search_entry(rowid, title, body) VALUES (new.id, new.title, new.body);
        END""",
    "search_entry_ad": """CREATE TRIGGER search_entry_ad
        AFTER DELETE ON entry BEGIN
            INSERT INTO search_entry(search_entry, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        END""",
    "search_entry_au": """CREATE TRIGGER search_entry_au
        AFTER UPDATE OF id, title, body ON entry BEGIN
            INSERT INTO search_entry(search_entry, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO search_entry(rowid, title, body) VALUES (new.id, new.title, new.body);
        END""",
    "search_customer_ai": f"""CREATE TRIGGER search_customer_ai
        AFTER INSERT ON customer BEGIN {_reindex_customer("new.id")} END""",
    "search_customer_au": f"""CREATE TRIGGER search_customer_au
        AFTER UPDATE OF id, name, organisation, about ON customer BEGIN
            DELETE FROM search_customer WHERE rowid = old.id;
            {_reindex_customer("new.id")}
        END""",
    "search_customer_ad": """CREATE TRIGGER search_customer_ad
        AFTER DELETE ON customer BEGIN
            DELETE FROM search_customer WHERE rowid = old.id;
        END""",
    "search_customer_tag_ai": f"""CREATE TRIGGER search_customer_tag_ai
        AFTER INSERT ON customer_tag BEGIN {_reindex_customer("new.customer_id")} END""",
    "search_customer_tag_ad": f"""CREATE TRIGGER search_customer_tag_ad
        AFTER DELETE ON customer_tag BEGIN {_reindex_customer("old.customer_id")} END""",
    "search_tag_au": f"""CREATE TRIGGER search_tag_au
        AFTER UPDATE OF name ON tag BEGIN
            DELETE FROM search_customer WHERE rowid IN (
                SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
            INSERT INTO search_customer(rowid, name, organisation, tags, about){_CUSTOMER_ROW}
            WHERE c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
        END""",
}


#: PostgreSQL's notes index as this revision made it (a frozen copy: search_pg_schema.py
#: holds the current one): a generated, weighted vector of title and body, GIN-indexed.
PG_ENTRY_INDEX = (
    "ALTER TABLE entry ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('rapport_search', title), 'A') || "
    "setweight(to_tsvector('rapport_search', body), 'B')) STORED",
    "CREATE INDEX IF NOT EXISTS search_entry_vector ON entry USING gin (search_vector)",
)


def upgrade() -> None:
    """Create both indexes and their triggers, then index every existing row."""
    if op.get_context().dialect.name == "postgresql":
        # FTS5 is SQLite's: PostgreSQL gets its own full-text index instead, the notes'
        # of this revision (title and body; 0013 adds files and customers).
        from rapport.store.search_pg_schema import install_configuration

        install_configuration(op.get_bind())
        for statement in PG_ENTRY_INDEX:
            op.execute(statement)
        return
    for statement in (*_TABLES, *_TRIGGERS.values()):
        op.execute(statement)
    op.execute("INSERT INTO search_entry(search_entry) VALUES ('rebuild')")
    op.execute(
        f"INSERT INTO search_customer(rowid, name, organisation, tags, about){_CUSTOMER_ROW}"
    )


def downgrade() -> None:
    """Remove the triggers and both indexes; the journal's own tables are untouched."""
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS search_entry_vector")
        op.execute("ALTER TABLE entry DROP COLUMN IF EXISTS search_vector")
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_customer")
    op.execute("DROP TABLE IF EXISTS search_entry")
