"""Keeping spreadsheets from running what a customer's details happen to look like.

A cell that begins with =, +, -, @, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula, and "=cmd|' /C calc'!A0" in a notes field
can run a program. The export puts a single quote before such text (OWASP's advice):
spreadsheets show it as text, and Rapport's own import takes the quote off again.
The rule is applied to text that already starts with a quote too, so escaping and
unescaping are exact inverses and "'=x" survives a round trip.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def needs_escape(text: str) -> bool:
    """Whether a spreadsheet could take this cell for a formula, once unescaped."""
    return text.lstrip("'").startswith(TRIGGERS)


def escape(text: str) -> str:
    """The cell as it is safe to write into a CSV file meant for spreadsheets."""
    return "'" + text if needs_escape(text) else text


def unescape(cell: str) -> str:
    """Undo `escape`: "'=x" → "=x", "''=x" → "'=x"; any other cell is left as it is."""
    return cell[1:] if cell.startswith("'") and needs_escape(cell[1:]) else cell
