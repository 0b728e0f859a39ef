"""Team search finds files and customers through indexes (PostgreSQL only)

On PostgreSQL a note's search vector gains the names of its files (`entry.files_text`,
0010; weight C), so a team journal finds an entry by an attachment's name as a journal
file does, and a customer gains a generated vector of its name, organisation, people
and about with a GIN index, so search no longer parses every customer's text on every
keystroke. The index is store/search_pg_schema.py's `install` as of this revision.
A journal file (SQLite) is left exactly as it is.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The notes' index as 0003 made it, for the way back (title and body only).
_ENTRY_INDEX_0003 = (
    "ALTER TABLE entry ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('rapport_search', title), 'A') || "
    "setweight(to_tsvector('rapport_search', body), 'B')) STORED",
    "CREATE INDEX IF NOT EXISTS search_entry_vector ON entry USING gin (search_vector)",
)


def upgrade() -> None:
    """Make the notes' vector again with the files' names, and the customers' (PostgreSQL)."""
    if op.get_context().dialect.name != "postgresql":
        return
    from rapport.store import search_pg_schema as schema

    bind = op.get_bind()
    schema.drop(bind)
    schema.install(bind)


def downgrade() -> None:
    """Back to 0003's index of notes by title and body (PostgreSQL)."""
    if op.get_context().dialect.name != "postgresql":
        return
    from rapport.store import search_pg_schema as schema

    schema.drop(op.get_bind())
    for statement in _ENTRY_INDEX_0003:
        op.execute(statement)
