"""Folded names for filtering and sorting: "muller" finds "Müller", "Élodie" sorts among the E's

Two derived columns on `customer`, filled here for every existing row and then on every
write (store/models.py): `sort_key`, the name folded (case, accents, ß, æ, ø, ł…), with
an index on (sort_key, name) so the list's name order is walked from the index and its
first page costs no sort; and `match_text`, name, organisation, e-mail and role folded,
one per line, which the list's filter searches. Plain columns rather than a custom
collation or function on purpose: every SQLite connection, including `rapport check`'s
raw ones (integrity_check, REINDEX) and other tools, can still read, check and rebuild
the file.

Full-text search gets each index's word list (`search_entry_terms`,
`search_customer_terms`: fts5vocab tables, which store nothing), so that a search for
"strasse" can find the index's "straße" too (see store/search_fts5_terms.py).

`ADD COLUMN` keeps the table (and so its search_* triggers). The folding below is a
frozen copy of domain/folding.py as it was when this shipped; if `fold` changes, a
later migration fills the columns again (tests/migrations/test_upgrade_to_0005.py
notices the difference).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LETTERS = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ŀ": "l",
        "ĸ": "k",
    }
)
_KEPT_MARKS = frozenset("\u3099\u309a")
_TERMS = {"search_entry": "search_entry_terms", "search_customer": "search_customer_terms"}


def _fold(text: str | None) -> str:
    text = text or ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _KEPT_MARKS)
    return unicodedata.normalize("NFKC", bare).casefold().translate(_LETTERS)


def upgrade() -> None:
    """Add and fill the columns for every customer (trashed ones too); add the word lists."""
    op.add_column("customer", sa.Column("sort_key", sa.String(), nullable=False, server_default=""))
    op.add_column(
        "customer", sa.Column("match_text", sa.String(), nullable=False, server_default="")
    )
    bind = op.get_bind()
    rows = bind.exec_driver_sql("SELECT id, name, organisation, email, role FROM customer").all()
    filled = [
        {
            "id": row[0],
            "sort_key": _fold(row[1]),
            "match_text": "\n".join(_fold(value) for value in row[1:]),
        }
        for row in rows
    ]
    if filled:
        bind.execute(
            sa.text(
                "UPDATE customer SET sort_key = :sort_key, match_text = :match_text WHERE id = :id"
            ),
            filled,
        )
    op.create_index("ix_customer_sort_key", "customer", ["sort_key", "name"])
    if op.get_context().dialect.name != "sqlite":
        return  # the word lists are FTS5's; PostgreSQL's search folds by itself
    for index, terms in _TERMS.items():
        op.execute(f"CREATE VIRTUAL TABLE {terms} USING fts5vocab({index}, 'row')")


def downgrade() -> None:
    """Drop the word lists, the index and both columns (SQLite 3.35+ drops columns in place)."""
    for terms in _TERMS.values() if op.get_context().dialect.name == "sqlite" else ():
        op.execute(f"DROP TABLE IF EXISTS {terms}")
    op.drop_index("ix_customer_sort_key", table_name="customer")
    op.drop_column("customer", "match_text")
    op.drop_column("customer", "sort_key")
