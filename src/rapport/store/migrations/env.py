"""Alembic environment: always run programmatically on a connection Rapport opened."""

from alembic import context

from rapport.store.migrate import include_name
from rapport.store.models import SQLModel

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
