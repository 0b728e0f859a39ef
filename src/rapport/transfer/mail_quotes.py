"""Folding the quoted history out of a reply, so the journal keeps what was new.

A reply carries every earlier message below it ("On Monday, Jens wrote:", "> …",
Outlook's "-----Original Message-----" or its line of underscores before a
"From:" block). The new text is what the owner wants in the timeline; the quoted
part is kept apart (the earlier messages usually are in the journal already).
"""

from __future__ import annotations

import re

#: Lines that introduce the quoted earlier message, in the languages mail clients write.
_INTRODUCTIONS = (
    re.compile(r"^\s*On .{3,200}(wrote|writes)\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Am .{3,200}schrieb .{0,200}:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Le .{3,200}a écrit\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Op .{3,200}schreef .{0,200}:\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht)\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*_{20,}\s*$"),
)
_HEADER_BLOCK = re.compile(r"^\s*(From|Von|De|Van)\s*:\s*\S", re.IGNORECASE)


def fold_quotes(text: str) -> tuple[str, str]:
    """Split a message body into (the new text, the quoted earlier messages).

    Only a quote that runs to the end of the message is folded: quotes answered
    line by line ("> price?" / "Yes, 4 euro") are part of what was written.
    """
    lines = text.splitlines()
    cut = _introduction(lines)
    if cut is None:
        cut = _trailing_quote(lines)
    if cut is None:
        return text.strip(), ""
    new = "\n".join(lines[:cut]).strip()
    quoted = "\n".join(lines[cut:]).strip()
    if not new:  # a forward with nothing added: the quoted message is the message
        return quoted, ""
    return new, quoted


def _introduction(lines: list[str]) -> int | None:
    """The first line that opens a quoted history running to the end, if any."""
    for index, line in enumerate(lines):
        if any(p.match(line) for p in _INTRODUCTIONS):
            return index
        if _HEADER_BLOCK.match(line) and index > 0 and not lines[index - 1].strip():
            following = " ".join(lines[index + 1 : index + 4])
            if re.search(r"(Sent|Gesendet|Date|Datum|To|An)\s*:", following, re.IGNORECASE):
                return index
    return None


def _trailing_quote(lines: list[str]) -> int | None:
    """Where a block of "> " lines starts that nothing new follows."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and (lines[start - 1].startswith(">") or not lines[start - 1].strip()):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start >= end or not lines[start].startswith(">"):
        return None
    return start
