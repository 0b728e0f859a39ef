"""Alembic environment: always run programmatically on a connection Rapport opened."""

from typing import Any

from alembic import context

from rapport.store.models import SQLModel

#: Tables Alembic must never touch: the full-text index is made and kept by raw SQL.
_UNMANAGED_PREFIXES = ("search_",)


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Hide unmanaged tables from autogenerate, so no migration can ever drop them."""
    if type_ == "table" and name is not None:
        return not name.startswith(_UNMANAGED_PREFIXES)
    return True


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
