"""The demo customers' stories, grouped by the kind of business they are."""
