"""Rapport — an offline relationship journal for small-business owners."""

__version__ = "0.1.0"
APP_NAME = "Rapport"
#: Left empty on purpose: Qt puts the data folder at <data>/<org>/<app>, and "Rapport/
#: Rapport" helps nobody. Settings get an explicit scope instead (locations.settings()).
ORG_NAME = ""
#: Reverse-DNS id: the .desktop file, the AppStream component and the macOS bundle use it.
APP_ID = "org.rapportjournal.Rapport"
