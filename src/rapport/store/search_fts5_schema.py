"""The FTS5 index's tables and triggers, as the running Rapport wants them.

Migrations 0003 and 0005 carry their own frozen copies of these statements (a
migration must keep doing what it did when it shipped); this copy is what `rebuild()`
reinstalls when the index is damaged or a trigger went missing. Keep them in step
when the index changes, and add a migration that rebuilds it.

Two indexes, on purpose:

- `search_entry` is an *external-content* index over `entry(title, body, files_text)`
  (the names of the files on it, since 0010): the note
  text is stored once, in `entry`, and the index only points at it. Every entry is
  indexed, soft-deleted ones too, and the query leaves the trash out: that keeps the
  triggers the plain documented three, makes `rebuild` and FTS5's content check
  exact, and makes delete/undo free.
- `search_customer` indexes a customer's name, organisation (with its people's names,
  roles and e-mails, `customer.people_text`, since 0008), tags and about. Its
  text spans two tables (tags live in `customer_tag`), which an external-content
  index cannot read, so it keeps its own small copy (one row per customer) and its
  triggers replace the customer's row whole. It also keeps customers' short texts
  from skewing the length statistics bm25 ranks notes by, and entry and customer
  ids would collide in one index's rowid space.

Every name starts with `search_` so Alembic's autogenerate never proposes to drop
them (see migrations/env.py). Beware: a later migration that rebuilds the `entry`,
`customer`, `customer_tag` or `tag` table (batch mode: copy, drop, rename) drops
their triggers with them; it must reinstall them (or call for a rebuild).
"""

from __future__ import annotations

TOKENIZE = "unicode61 remove_diacritics 2"
#: Prefix indexes for 2- and 3-character prefixes make search-as-you-type cheap.
PREFIX = "2 3"

INDEXES = ("search_entry", "search_customer")

_CUSTOMER_ROW = """
    SELECT c.id, c.name, trim(c.organisation || char(10) || c.people_text),
           coalesce((SELECT group_concat(name, ' ') FROM (
               SELECT t.name AS name FROM customer_tag AS ct JOIN tag AS t ON t.id = ct.tag_id
               WHERE ct.customer_id = c.id ORDER BY t.name)), ''),
           c.about
    FROM customer AS c"""

#: The text search_customer should hold for each customer: (rowid, name, org, tags, about).
CUSTOMER_DOCUMENTS = _CUSTOMER_ROW


def _reindex_customer(id_expr: str) -> str:
    return (
        f"DELETE FROM search_customer WHERE rowid = {id_expr};\n"
        "INSERT INTO search_customer(rowid, name, organisation, tags, about)"
        f"{_CUSTOMER_ROW} WHERE c.id = {id_expr};"
    )


TABLES = (
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS search_entry USING fts5(
        title, body, files_text, content='entry', content_rowid='id',
        tokenize='{TOKENIZE}', prefix='{PREFIX}')""",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS search_customer USING fts5(
        name, organisation, tags, about,
        tokenize='{TOKENIZE}', prefix='{PREFIX}')""",
)

#: Each index's list of words (an fts5vocab table, no data of its own): search reads
#: it by ranges to find the spellings that fold like a typed word but that unicode61
#: keeps apart, such as "straße" for "strasse" (see search_fts5_terms.py).
TERMS = {"search_entry": "search_entry_terms", "search_customer": "search_customer_terms"}

VOCABULARIES = tuple(
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {terms} USING fts5vocab({index}, 'row')"
    for index, terms in TERMS.items()
)

TRIGGERS = {
    "search_entry_ai": """CREATE TRIGGER IF NOT EXISTS search_entry_ai
        AFTER INSERT ON entry BEGIN
            INSERT INTO search_entry(rowid, title, body, files_text)
            VALUES (new.id, new.title, new.body, new.files_text);
        END""",
    "search_entry_ad": """CREATE TRIGGER IF NOT EXISTS search_entry_ad
        AFTER DELETE ON entry BEGIN
            INSERT INTO search_entry(search_entry, rowid, title, body, files_text)
            VALUES ('delete', old.id, old.title, old.body, old.files_text);
        END""",
    "search_entry_au": """CREATE TRIGGER IF NOT EXISTS search_entry_au
        AFTER UPDATE OF id, title, body, files_text ON entry BEGIN
            INSERT INTO search_entry(search_entry, rowid, title, body, files_text)
            VALUES ('delete', old.id, old.title, old.body, old.files_text);
            INSERT INTO search_entry(rowid, title, body, files_text)
            VALUES (new.id, new.title, new.body, new.files_text);
        END""",
    "search_customer_ai": f"""CREATE TRIGGER IF NOT EXISTS search_customer_ai
        AFTER INSERT ON customer BEGIN {_reindex_customer("new.id")} END""",
    "search_customer_au": f"""CREATE TRIGGER IF NOT EXISTS search_customer_au
        AFTER UPDATE OF id, name, organisation, about, people_text ON customer BEGIN
            DELETE FROM search_customer WHERE rowid = old.id;
            {_reindex_customer("new.id")}
        END""",
    "search_customer_ad": """CREATE TRIGGER IF NOT EXISTS search_customer_ad
        AFTER DELETE ON customer BEGIN
            DELETE FROM search_customer WHERE rowid = old.id;
        END""",
    "search_customer_tag_ai": f"""CREATE TRIGGER IF NOT EXISTS search_customer_tag_ai
        AFTER INSERT ON customer_tag BEGIN {_reindex_customer("new.customer_id")} END""",
    "search_customer_tag_ad": f"""CREATE TRIGGER IF NOT EXISTS search_customer_tag_ad
        AFTER DELETE ON customer_tag BEGIN {_reindex_customer("old.customer_id")} END""",
    "search_tag_au": f"""CREATE TRIGGER IF NOT EXISTS search_tag_au
        AFTER UPDATE OF name ON tag BEGIN
            DELETE FROM search_customer WHERE rowid IN (
                SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
            INSERT INTO search_customer(rowid, name, organisation, tags, about){_CUSTOMER_ROW}
            WHERE c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
        END""",
}

#: Fill both indexes from the journal's tables.
FILL = (
    "INSERT INTO search_entry(search_entry) VALUES ('rebuild')",
    "DELETE FROM search_customer",
    f"INSERT INTO search_customer(rowid, name, organisation, tags, about){_CUSTOMER_ROW}",
)


def drop_statements() -> list[str]:
    """Remove the index entirely (triggers first, then the tables)."""
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS] + [
        f"DROP TABLE IF EXISTS {name}" for name in (*TERMS.values(), *INDEXES)
    ]


def install_statements() -> list[str]:
    """Create whatever is missing of the index and fill it from the journal."""
    return [*TABLES, *VOCABULARIES, *TRIGGERS.values(), *FILL]
