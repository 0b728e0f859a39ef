"""Rapport — an offline relationship journal for small-business owners."""

__version__ = "0.1.0"
APP_NAME = "Rapport"
ORG_NAME = "Rapport"
#: Reverse-DNS id: the .desktop file, the AppStream component and the macOS bundle use it.
APP_ID = "org.rapportjournal.Rapport"
