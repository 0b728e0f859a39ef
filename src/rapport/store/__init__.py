"""The one door to the data: tables, engine, migrations, queries and backups.

Nothing here imports Qt; the UI and the command line both go through `Journal`.
"""

from rapport.store.errors import JournalError
from rapport.store.journal import Journal

__all__ = ["Journal", "JournalError"]
