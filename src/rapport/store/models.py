"""SQLModel tables. The schema itself is made by the Alembic migrations, not create_all.

Times are timezone-aware UTC (SQLModel stores them without offset and gives them
back as UTC). Rows are soft-deleted with `deleted_at` so a delete can be undone.
Money is kept in integer cents so SQLite never rounds it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    event,
    text,
)
from sqlmodel import Field, SQLModel

from rapport.domain.folding import fold

#: The customer's details the list's filter matches (tags too, but they live elsewhere);
#: `people_text` holds its people's names, roles and e-mails (store/people.py keeps it).
MATCHED_DETAILS = ("name", "organisation", "email", "role", "people_text")
#: Columns Rapport keeps itself on every write, never exported: the folded details
#: (see `_folded` and `_fold_details`), and each row's version, which counts the saves
#: of this file (store/versions.py): an imported row is a new row here, at version 1.
_VERSION = frozenset({"version"})
DERIVED_COLUMNS = {
    "customer": frozenset({"sort_key", "match_text", "people_text"}) | _VERSION,
    "entry": frozenset({"files_text"}) | _VERSION,
    "person": _VERSION,
    "our_person": _VERSION,
    "stage_change": _VERSION,
    "check_in": _VERSION,
}


def folded_details(values: dict[str, Any]) -> dict[str, str]:
    """The derived columns of a customer with these details (missing ones count as empty)."""
    return {
        "sort_key": fold(values.get("name") or ""),
        "match_text": "\n".join(fold(values.get(c) or "") for c in MATCHED_DETAILS),
    }


def _folded(column: str) -> Callable[[Any], str]:
    """An INSERT default that folds the row's details: bulk imports get their keys too."""

    def default(context: Any) -> str:
        return folded_details(context.get_current_parameters())[column]

    return default


class Customer(SQLModel, table=True):
    """A person or organisation the owner does business with."""

    __tablename__ = "customer"
    __table_args__ = (
        # The list's name order, walked from either end: no sort before the first page.
        Index("ix_customer_sort_key", "sort_key", "name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(collation="NOCASE"), index=True)
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""
    about: str = ""
    level: str = "professional"
    #: 64 bits on both back ends (SQLite's INTEGER; PostgreSQL's bigint, see migration 0001).
    account_value_cents: int | None = Field(
        default=None, sa_type=BigInteger().with_variant(Integer(), "sqlite")
    )
    currency: str = "EUR"
    cadence_days: int | None = None
    status: str = Field(default="active", index=True)
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    #: One more on every save: a save from an older copy merges instead of overwriting.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    #: The name folded (domain.folding.fold): dictionary order, and lookup by name.
    sort_key: str = Field(default="", sa_column_kwargs={"default": _folded("sort_key")})
    #: Name, organisation, e-mail and role folded, one per line: what the filter matches.
    match_text: str = Field(default="", sa_column_kwargs={"default": _folded("match_text")})
    #: Customer, supplier or partner (domain.people.RelationshipKind).
    kind: str = Field(default="customer", sa_column_kwargs={"server_default": "customer"})
    #: Its live people's names, roles and e-mails, one per line (kept by store/people.py).
    people_text: str = Field(default="", sa_column_kwargs={"server_default": ""})


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _fold_details(_mapper: Any, _connection: Any, target: Customer) -> None:
    """Keep the derived columns in step with every save through the ORM."""
    details = {c: getattr(target, c) for c in MATCHED_DETAILS}
    for column, value in folded_details(details).items():
        setattr(target, column, value)


class Tag(SQLModel, table=True):
    """A label the owner puts on customers ("wholesale", "Berlin")."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(collation="NOCASE"), unique=True)


class CustomerTag(SQLModel, table=True):
    """Which customer carries which tag."""

    __tablename__ = "customer_tag"

    customer_id: int = Field(foreign_key="customer.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE", index=True)


class Entry(SQLModel, table=True):
    """One journal note about one customer."""

    __tablename__ = "entry"
    __table_args__ = (
        Index("ix_entry_customer_time", "customer_id", "occurred_at"),
        Index("ix_entry_follow_up", "follow_up_on"),
        # What the customer list's sort keys read (migration 0004 says why).
        Index(
            "ix_entry_last_contact",
            "customer_id",
            "occurred_at",
            sqlite_where=text("deleted_at IS NULL AND kind NOT IN ('commitment_broken', 'note')"),
        ),
        Index(
            "ix_entry_open_follow_up",
            "customer_id",
            "follow_up_on",
            sqlite_where=text(
                "deleted_at IS NULL AND follow_up_on IS NOT NULL AND follow_up_done IS 0"
            ),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    occurred_at: datetime
    kind: str = "note"
    title: str = ""
    body: str = ""
    sentiment: int | None = None
    private: bool = False
    follow_up_on: date | None = None
    follow_up_done: bool = False
    #: A commitment's side ("ours", "theirs"); NULL for other kinds, and for old commitments.
    side: str | None = None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    #: One more on every save: a save from an older copy merges instead of overwriting.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    #: The names of its files on it, a line each, that search finds it by (kept by
    #: store/attachments.py; migration 0010).
    files_text: str = Field(default="", sa_column_kwargs={"server_default": ""})
    #: Who wrote it, and who saved it last: a team journal's logins (NULL in a journal file).
    author: str | None = None
    editor: str | None = None


class StageChange(SQLModel, table=True):
    """A customer moved to a lifecycle stage at a time; the latest one is the current stage."""

    __tablename__ = "stage_change"
    __table_args__ = (
        Index("ix_stage_change_customer_time", "customer_id", "occurred_at"),
        Index(
            "ix_stage_change_live",
            "customer_id",
            "occurred_at",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    stage: str
    occurred_at: datetime
    reason: str = ""
    entry_id: int | None = Field(default=None, foreign_key="entry.id", ondelete="SET NULL")
    created_at: datetime
    deleted_at: datetime | None = None
    #: One more on every save: a save from an older copy merges instead of overwriting.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    #: Who wrote it, and who saved it last: a team journal's logins (NULL in a journal file).
    author: str | None = None
    editor: str | None = None


class CheckIn(SQLModel, table=True):
    """A periodic self-assessment of one relationship: six answers (1–5, NULL = don't know)."""

    __tablename__ = "check_in"
    __table_args__ = (Index("ix_check_in_customer_time", "customer_id", "taken_at"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    taken_at: datetime
    trust: int | None = None
    their_word: int | None = None
    value: int | None = None
    help: int | None = None
    needs: int | None = None
    liking: int | None = None
    note: str = ""
    created_at: datetime
    deleted_at: datetime | None = None
    #: One more on every save: a save from an older copy merges instead of overwriting.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    #: Who wrote it, and who saved it last: a team journal's logins (NULL in a journal file).
    author: str | None = None
    editor: str | None = None


class DismissedSuggestion(SQLModel, table=True):
    """A stage suggestion the owner turned down, remembered by what it rested on."""

    __tablename__ = "dismissed_suggestion"
    __table_args__ = (
        UniqueConstraint("customer_id", "stage", "basis", name="uq_dismissed_suggestion"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    stage: str
    basis: str
    dismissed_at: datetime


class Blob(SQLModel, table=True):
    """The bytes of an attached file, once per content: the same photo twice costs nothing."""

    __tablename__ = "blob"

    sha256: str = Field(primary_key=True)
    size: int
    data: bytes = Field(sa_type=LargeBinary)


class Attachment(SQLModel, table=True):
    """A file attached to an entry: its name and kind here, its bytes in `blob`.

    It lives and goes to the trash with its entry; `deleted_at` is set only when the
    owner takes the file off an entry that stays (undoable, as every delete).
    """

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_entry", "entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entry.id", ondelete="CASCADE")
    #: The entry's customer, kept beside it so a change notice can name it cheaply.
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE", index=True)
    blob_sha256: str = Field(foreign_key="blob.sha256", index=True)
    filename: str
    content_type: str = "application/octet-stream"
    size: int
    #: A small JPEG of an image, made when it was attached; None for other files.
    thumbnail: bytes | None = Field(default=None, sa_type=LargeBinary)
    created_at: datetime
    deleted_at: datetime | None = None


class JournalRule(SQLModel, table=True):
    """One relationship rule of a team journal, the same for every colleague.

    Keyed as the settings file keys it ("rules/cadence/personal"); only the journal's
    owners may write it on a server (store/team.py). A journal file leaves it empty:
    its owner's rules live in their settings.
    """

    __tablename__ = "journal_rule"

    key: str = Field(primary_key=True)
    value: int


class ImportBatch(SQLModel, table=True):
    """One CSV or vCard import, kept so it can be undone exactly (store/import_batches.py).

    The id lists are JSON: `customer_ids` the relationships it created, `person_ids`
    the people it added to relationships already there, `abouts` for each of those
    whose About it appended to, {customer id: [the About before, the About it left]}.
    """

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    #: The file's name as the owner saw it ("contacts.csv").
    source: str
    imported_at: datetime
    #: "csv" or "vcard".
    kind: str
    customer_ids: str = "[]"
    person_ids: str = "[]"
    abouts: str = "{}"
    undone_at: datetime | None = None


class Person(SQLModel, table=True):
    """Someone at a relationship: the café's owner, the roastery's driver."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_customer", "customer_id"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    name: str = Field(sa_type=String(collation="NOCASE"))
    role: str = ""
    #: Labelled e-mails and phones as JSON lists of [label, value] (store/people.py).
    emails: str = "[]"
    phones: str = "[]"
    birthday: date | None = None
    note: str = ""
    #: The one to write to first; at most one live person of a relationship has it.
    main: bool = False
    #: When they left ("no longer there"); None while they are there.
    left_on: date | None = None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class OurPerson(SQLModel, table=True):
    """One of the owner's own people: the owner ("me") and their staff."""

    __tablename__ = "our_person"

    id: int | None = Field(default=None, primary_key=True)
    #: Empty for the owner until they give their name: shown as "me".
    name: str = ""
    me: bool = False
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class EntryPerson(SQLModel, table=True):
    """Who of their side took part in an entry (an id of its own, for exports)."""

    __tablename__ = "entry_person"
    __table_args__ = (UniqueConstraint("entry_id", "person_id", name="uq_entry_person"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entry.id", ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)


class EntryOurPerson(SQLModel, table=True):
    """Who of our side took part in an entry (an id of its own, for exports)."""

    __tablename__ = "entry_our_person"
    __table_args__ = (UniqueConstraint("entry_id", "our_person_id", name="uq_entry_our_person"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entry.id", ondelete="CASCADE")
    our_person_id: int = Field(foreign_key="our_person.id", ondelete="CASCADE", index=True)


#: The partial indexes' conditions as PostgreSQL spells them (a boolean is `false` there,
#: never 0; migration 0004). Given to the indexes by `spell_for_server` when a team
#: journal is opened: naming the dialect here would load it at every start.
SERVER_WHERE = {
    "ix_entry_last_contact": "deleted_at IS NULL AND kind NOT IN ('commitment_broken', 'note')",
    "ix_entry_open_follow_up": (
        "deleted_at IS NULL AND follow_up_on IS NOT NULL AND follow_up_done IS false"
    ),
    "ix_stage_change_live": "deleted_at IS NULL",
}


def spell_for_server() -> None:
    """Give the partial indexes their PostgreSQL conditions (this loads that dialect)."""
    for table in SQLModel.metadata.tables.values():
        for index in table.indexes:
            where = SERVER_WHERE.get(index.name or "")
            if where is not None:
                index.dialect_options["postgresql"]["where"] = text(where)
