"""People on both sides: people at a relationship, our own people, and the relationship's kind

- `person`: someone at a relationship (name, role, labelled e-mails and phones as JSON
  lists of [label, value], birthday, note, main contact, the date they left).
- `our_person`: the owner's own people; one row, the owner ("me", no name yet).
- `entry_person`, `entry_our_person`: who of each side took part in an entry (each
  link with an id of its own, so an export can name it). Older entries say nothing
  about it, and are left so: nothing is made up.
- `customer.kind` (customer, supplier, partner): every existing one is a customer.
- `customer.people_text`: its live people's names, roles and e-mails, which the list's
  filter (`match_text`) and full-text search (`search_customer`) find it by.

Each existing customer keeps its id, stage history, entries and check-ins. Its name,
role, e-mail and phone become its first person, the main contact. When it named an
organisation, the relationship is that organisation (its name becomes the
customer's, so the list reads "Café Lindeboom", with Jens inside); otherwise it is a
one-person relationship and keeps its name. The customer's own role, e-mail and phone
are emptied: they live on the person now, once.

The search triggers that copy a customer's row are replaced by ones that include
`people_text` (frozen copies of store/search_fts5_schema.py as of this revision), and
the customer index is filled again. The folding is a frozen copy of
domain/folding.py, like 0005's.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

import json
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
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


def _fold(text: str | None) -> str:
    text = text or ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _KEPT_MARKS)
    return unicodedata.normalize("NFKC", bare).casefold().translate(_LETTERS)


_ROW = """
    SELECT c.id, c.name, trim(c.organisation || char(10) || c.people_text),
           coalesce((SELECT group_concat(name, ' ') FROM (
               SELECT t.name AS name FROM customer_tag AS ct JOIN tag AS t ON t.id = ct.tag_id
               WHERE ct.customer_id = c.id ORDER BY t.name)), ''),
           c.about
    FROM customer AS c"""


def _reindex(id_expr: str) -> str:
    return (
        f"DELETE FROM search_customer WHERE rowid = {id_expr};\n"
        "INSERT INTO search_customer(rowid, name, organisation, tags, about)"
        f"{_ROW} WHERE c.id = {id_expr};"
    )


_TRIGGERS = {
    "search_customer_ai": f"""CREATE TRIGGER search_customer_ai
        AFTER INSERT ON customer BEGIN {_reindex("new.id")} END""",
    "search_customer_au": f"""CREATE TRIGGER search_customer_au
        AFTER UPDATE OF id, name, organisation, about, people_text ON customer BEGIN
            DELETE FROM search_customer WHERE rowid = old.id;
            {_reindex("new.id")}
        END""",
    "search_customer_tag_ai": f"""CREATE TRIGGER search_customer_tag_ai
        AFTER INSERT ON customer_tag BEGIN {_reindex("new.customer_id")} END""",
    "search_customer_tag_ad": f"""CREATE TRIGGER search_customer_tag_ad
        AFTER DELETE ON customer_tag BEGIN {_reindex("old.customer_id")} END""",
    "search_tag_au": f"""CREATE TRIGGER search_tag_au
        AFTER UPDATE OF name ON tag BEGIN
            DELETE FROM search_customer WHERE rowid IN (
                SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
            INSERT INTO search_customer(rowid, name, organisation, tags, about){_ROW}
            WHERE c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
        END""",
}


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def upgrade() -> None:
    """Make the tables, give every customer its first person, and teach search about people."""
    op.add_column(
        "customer", sa.Column("kind", sa.String(), nullable=False, server_default="customer")
    )
    op.add_column(
        "customer", sa.Column("people_text", sa.String(), nullable=False, server_default="")
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(collation="NOCASE"), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("emails", sa.String(), nullable=False),
        sa.Column("phones", sa.String(), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("main", sa.Boolean(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_customer", "person", ["customer_id"])
    op.create_table(
        "our_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("me", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "entry_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entry_id", "person_id", name="uq_entry_person"),
    )
    op.create_index("ix_entry_person_person_id", "entry_person", ["person_id"])
    op.create_table(
        "entry_our_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("our_person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["our_person_id"], ["our_person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entry_id", "our_person_id", name="uq_entry_our_person"),
    )
    op.create_index("ix_entry_our_person_our_person_id", "entry_our_person", ["our_person_id"])

    bind = op.get_bind()
    now = _stamp(datetime.now(UTC).replace(tzinfo=None))
    bind.execute(
        sa.text(
            "INSERT INTO our_person (name, me, created_at, updated_at, version) "
            "VALUES ('', :me, :now, :now, 1)"
        ),
        {"now": now, "me": True},
    )
    _first_people(bind, now)
    if bind.dialect.name == "sqlite":  # a server's search reads people_text as it is
        _search_follows_people(bind)


def _first_people(bind: sa.Connection, now: str) -> None:
    """Each customer's details become its first person; an organisation names the relationship."""
    rows = bind.exec_driver_sql(
        "SELECT id, name, organisation, role, email, phone, created_at FROM customer"
    ).all()
    people, customers = [], []
    for cid, name, organisation, role, email, phone, created in rows:
        organisation = " ".join((organisation or "").split())
        emails = [["", email.strip()]] if (email or "").strip() else []
        phones = [["", phone.strip()]] if (phone or "").strip() else []
        people.append(
            {
                "customer_id": cid,
                "name": name,
                "role": role or "",
                "emails": json.dumps(emails, ensure_ascii=False),
                "phones": json.dumps(phones, ensure_ascii=False),
                "created_at": created or now,
                "now": now,
            }
        )
        is_organisation = bool(organisation) and _fold(organisation) != _fold(name)
        new_name = organisation if is_organisation else name
        new_organisation = "" if is_organisation else organisation
        people_text = "\n".join([name, role or "", *(e[1] for e in emails)])
        customers.append(
            {
                "id": cid,
                "name": new_name,
                "organisation": new_organisation,
                "people_text": people_text,
                "sort_key": _fold(new_name),
                "match_text": "\n".join(
                    _fold(v) for v in (new_name, new_organisation, "", "", people_text)
                ),
            }
        )
    if not rows:
        return
    bind.execute(
        sa.text(
            "INSERT INTO person (customer_id, name, role, emails, phones, birthday, note, main, "
            "left_on, created_at, updated_at, deleted_at, version) VALUES (:customer_id, :name, "
            ":role, :emails, :phones, NULL, '', :main, NULL, :created_at, :now, NULL, 1)"
        ),
        [{**person, "main": True} for person in people],
    )
    bind.execute(
        sa.text(
            "UPDATE customer SET name = :name, organisation = :organisation, role = '', "
            "email = '', phone = '', people_text = :people_text, sort_key = :sort_key, "
            "match_text = :match_text WHERE id = :id"
        ),
        customers,
    )


def _search_follows_people(bind: sa.Connection) -> None:
    """Customer search finds a relationship by its people too: new triggers, index refilled."""
    have = {
        r[0]
        for r in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'search_customer'"
        ).all()
    }
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if not have:  # no index (it is rebuilt, with these triggers, when found missing)
        return
    for statement in _TRIGGERS.values():
        op.execute(statement)
    op.execute("DELETE FROM search_customer")
    op.execute(f"INSERT INTO search_customer(rowid, name, organisation, tags, about){_ROW}")


_OLD_ROW = _ROW.replace("trim(c.organisation || char(10) || c.people_text)", "c.organisation")


def downgrade() -> None:
    """Back to flat customers: the main contact's details return to the customer."""
    bind = op.get_bind()
    rows = bind.exec_driver_sql(
        "SELECT c.id, c.name, p.name, p.role, p.emails, p.phones FROM customer AS c "
        "JOIN person AS p ON p.customer_id = c.id AND p.main AND p.deleted_at IS NULL"
    ).all()
    for cid, relationship, name, role, emails, phones in rows:
        email = next(iter(json.loads(emails or "[]")), ["", ""])[1]
        phone = next(iter(json.loads(phones or "[]")), ["", ""])[1]
        organisation = relationship if _fold(relationship) != _fold(name) else ""
        bind.execute(
            sa.text(
                "UPDATE customer SET name = :name, organisation = CASE WHEN :org = '' "
                "THEN organisation ELSE :org END, role = :role, email = :email, "
                "phone = :phone, sort_key = :key WHERE id = :id"
            ),
            {
                "id": cid,
                "name": name,
                "org": organisation,
                "role": role,
                "email": email,
                "phone": phone,
                "key": _fold(name),
            },
        )
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    has_index = (
        sqlite
        and bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'search_customer'"
        ).all()
    )
    if has_index:
        for statement in _TRIGGERS.values():
            op.execute(
                statement.replace(_ROW, _OLD_ROW).replace(
                    "about, people_text ON customer", "about ON customer"
                )
            )
    op.drop_table("entry_our_person")
    op.drop_table("entry_person")
    op.drop_table("our_person")
    op.drop_index("ix_person_customer", table_name="person")
    op.drop_table("person")
    op.drop_column("customer", "people_text")
    op.drop_column("customer", "kind")
    if has_index:
        op.execute("DELETE FROM search_customer")
        op.execute(f"INSERT INTO search_customer(rowid, name, organisation, tags, about){_OLD_ROW}")
