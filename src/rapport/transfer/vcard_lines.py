"""The lines of one vCard as its properties: unfolded, with the lines they were on.

vobject reads a card's lines itself, and skips one it cannot read with a log message
that holds the line (and a line number counted its own way). Rapport reads the
logical lines here instead, folded ones and vCard 2.1's quoted-printable ones
joined as vobject joins them, and hands vobject one line at a time. So an unreadable
line is known with the line it really is on, reported, and kept, never logged.

Values are taken as written and unescaped here, not by vobject: vobject keeps only
the part of a value before an unescaped comma ("NOTE:Met at the fair, liked the
roast" came out as "Met at the fair"), and many programs do not escape commas.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

import vobject

_SPACE = " \t"


@dataclass(frozen=True)
class Logical:
    """A property's text, and the card's lines it spans (0-based, first to last)."""

    first: int
    last: int
    text: str


@dataclass(frozen=True)
class Property:
    """A readable property: its name (upper case), group, parameters and raw value."""

    name: str
    raw: str
    params: dict[str, list[str]]
    singletons: list[str]
    line: int  # 0-based, within the card

    @property
    def value(self) -> str:
        """The value as text (base64-encoded text decoded; escapes are left in)."""
        encoding = [e.upper() for e in self.params.get("ENCODING", [])]
        singles = [s.upper() for s in self.singletons]
        if "B" in encoding or "BASE64" in encoding or "BASE64" in singles:
            return _from_base64(self.raw)
        return self.raw

    def has_type(self, wanted: str) -> bool:
        """Whether TYPE (or a vCard 2.1 bare parameter) names `wanted`, in any case."""
        types = [t for v in self.params.get("TYPE", []) for t in v.split(",")]
        return wanted.casefold() in (t.casefold() for t in types + self.singletons)


def logical_lines(lines: list[str]) -> list[Logical]:
    """Join folded lines (and quoted-printable soft breaks) as vobject does."""
    found: list[Logical] = []
    first, text, quoted_printable = -1, "", False
    for index, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if first >= 0:
                found.append(Logical(first, index - 1, text))
            first, text, quoted_printable = -1, "", False
            continue
        if first >= 0 and quoted_printable:
            text += "\n" + line
            quoted_printable = False
        elif first >= 0 and line[0] in _SPACE:
            text += line[1:]
        else:
            if first >= 0:
                found.append(Logical(first, index - 1, text))
            first, text = index, line
        quoted_printable = text.endswith("=") and "quoted-printable" in text.lower()
    if first >= 0:
        found.append(Logical(first, len(lines) - 1, text))
    return found


def read_property(logical: Logical) -> Property | None:
    """The property on a logical line, or None when it cannot be read."""
    try:
        content = vobject.base.textLineToContentLine(logical.text, logical.first + 1)
        value = content.value
    except Exception:  # vobject raises ParseError, but also LookupError, UnicodeError…
        return None
    if not isinstance(value, str):
        return None
    params = {str(k).upper(): [str(v) for v in vs] for k, vs in content.params.items()}
    singletons = [str(s) for s in content.singletonparams]
    return Property(content.name.upper(), value, params, singletons, logical.first)


def _from_base64(value: str) -> str:
    try:
        return base64.b64decode(value, validate=False).decode("utf-8", errors="replace")
    except (binascii.Error, ValueError):
        return value


def unescape(text: str) -> str:
    """A text value as meant: backslash-n is a new line, other escapes the character itself."""
    if "\\" not in text:
        return text
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append("\n" if following in "nN" and following else following)
        else:
            out.append(char)
    return "".join(out)


def split(text: str, separator: str) -> list[str]:
    """Parts of a structured (";") or list (",") value, each unescaped."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == separator:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(char)
    parts.append(unescape("".join(current)))
    return parts
