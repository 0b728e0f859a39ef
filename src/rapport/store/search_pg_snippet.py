"""Snippets for PostgreSQL's search, cut from the text exactly as it was written.

PostgreSQL's `ts_headline` parses the text as it indexes it, and drops what its
parser calls tags: "<b>bold</b> & <script>…" came back as "bold  &  …", and a
trailing full stop went missing. A snippet must show the note as written (the UI
escapes it), so the server only says which column matched and the passage is cut
here: the words of the text are the runs of letters, digits and marks (as the query's
words, search_fts5_query), a word is marked when it folds like a word typed
(`domain.folding.fold`, which agrees with unaccent on ß, æ, ø, ł, accents and case),
or starts like the last one while it is being typed. The passage is the
SNIPPET_WORDS words holding the most matches, with "…" where it was cut, as FTS5's.
"""

from __future__ import annotations

import re
import unicodedata

from rapport.domain.folding import fold
from rapport.store.search import ELLIPSIS, MATCH_END, MATCH_START

#: How many words a snippet holds around its matches (FTS5's snippet() is given 12).
SNIPPET_WORDS = 12


def _is_word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


#: Runs that may hold words: ASCII letters and digits, and any non-ASCII character. An
#: ASCII run is a word as it stands; a run with other characters is split exactly, one
#: character at a time (a snippet of a long note is cut within a keystroke's time).
_MAYBE_WORDS = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")


def _words(text: str) -> list[tuple[int, int]]:
    """Where each word of text starts and ends (letters, digits, marks: as the query's)."""
    spans: list[tuple[int, int]] = []
    for run in _MAYBE_WORDS.finditer(text):
        if run.group().isascii():
            spans.append(run.span())
        else:
            spans.extend(_words_within(text, *run.span()))
    return spans


def _words_within(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The words of text[begin:end], character by character."""
    spans = []
    start = None
    for i in range(begin, end):
        if _is_word_char(text[i]):
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, end))
    return spans


def snippet(text: str, typed: list[str], prefix_last: bool) -> str:
    """The passage of text around the words typed, matches between the markers."""
    spans = _words(text)
    if not spans:
        return text
    wanted = [fold(word) for word in typed]
    whole = set(wanted[:-1] if prefix_last else wanted)
    prefix = wanted[-1] if prefix_last and wanted else None

    # ASCII text folds by lowering, character by character: once for the whole text.
    lowered = text.lower() if text.isascii() else None

    def hit(start: int, end: int) -> bool:
        word = lowered[start:end] if lowered is not None else fold(text[start:end])
        return word in whole or (prefix is not None and word.startswith(prefix))

    hits = [hit(start, end) for start, end in spans]
    first = _best_window(hits)
    last = min(len(spans), first + SNIPPET_WORDS) - 1
    begin = 0 if first == 0 else spans[first][0]
    end = len(text) if last == len(spans) - 1 else spans[last][1]
    out: list[str] = [ELLIPSIS] if first > 0 else []
    at = begin
    for span, matched in zip(spans[first : last + 1], hits[first : last + 1], strict=True):
        if matched:
            out += [text[at : span[0]], MATCH_START, text[span[0] : span[1]], MATCH_END]
            at = span[1]
    out.append(text[at:end])
    if last < len(spans) - 1:
        out.append(ELLIPSIS)
    return "".join(out)


def _best_window(hits: list[bool]) -> int:
    """The first word of the SNIPPET_WORDS-word window holding the most matches."""
    if len(hits) <= SNIPPET_WORDS:
        return 0
    best, best_count = 0, -1
    count = sum(hits[:SNIPPET_WORDS])
    for first in range(len(hits) - SNIPPET_WORDS + 1):
        if first:
            count += hits[first + SNIPPET_WORDS - 1] - hits[first - 1]
        if count > best_count:
            best, best_count = first, count
    # Start two words before its first match (context for the reader): moving right
    # keeps every match of the window in view, as they all lie after that one.
    first_hit = next((i for i in range(best, best + SNIPPET_WORDS) if hits[i]), best)
    return max(0, min(first_hit - 2, len(hits) - SNIPPET_WORDS))
