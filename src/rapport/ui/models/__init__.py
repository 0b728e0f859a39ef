"""Item models: thin adapters from store queries to Qt views, fetched lazily, sorted in SQL."""
