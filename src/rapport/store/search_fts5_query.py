"""Turn whatever the owner typed into a safe FTS5 MATCH expression.

FTS5 has a query language (AND, OR, NOT, NEAR, `column:`, `*`, `^`, quotes,
brackets). A note-taker searching "Q3 (draft)" or "O'Brien NOT paid" means words,
not syntax, and a half-typed `"` must not raise. So the text is split into words in
Python and every word is sent as a quoted FTS5 string, which FTS5 reads as plain
text: the result can never be a syntax error, whatever the input.

A word is a run of letters, digits, combining marks and private-use characters:
the characters SQLite's unicode61 tokenizer keeps inside tokens. Everything else
(spaces, punctuation, emoji, symbols) separates words. Inside the quotes the
tokenizer has the last word, so "o'brien" becomes the phrase "o brien" on both the
index and the query side, and accents fold the same way on both sides.

Known limit: unicode61 knows Unicode 6.1; a word written only in a script added
later (Adlam, say) is not a token to SQLite, so such a query finds nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

#: More words than this only narrow the search further; the rest are ignored.
MAX_WORDS = 16
#: Longer pasted text is cut; nobody types more into a search box.
MAX_QUERY_CHARS = 1000
#: The last word must be this long to match as a prefix (the index has 2- and 3-letter
#: prefix indexes, see search_fts5_schema.PREFIX).
MIN_PREFIX_CHARS = 2
#: Longer "words" (a pasted hash, say) are cut to this many characters.
MAX_WORD_CHARS = 64


def _is_word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def _has_letter_or_digit(word: str) -> bool:
    """A run of combining marks alone tokenises to nothing, which FTS5 would AND away."""
    return any(unicodedata.category(ch)[0] in "LN" or ch.isalnum() for ch in word)


def _raw_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            current.append(ch)
            continue
        if current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def split_words(text: str) -> list[str]:
    """The searchable words of text, in order (NFC-normalised, at most MAX_WORDS)."""
    kept = [w[:MAX_WORD_CHARS] for w in _raw_words(text) if _has_letter_or_digit(w)]
    return kept[:MAX_WORDS]


def _long_enough_for_prefix(word: str) -> bool:
    """Two letters, or one wide (CJK) character, which carries a word's worth of meaning."""
    return len(word) >= MIN_PREFIX_CHARS or unicodedata.east_asian_width(word[0]) in "WF"


#: Given a word and whether it is searched as a prefix, other spellings to accept too.
Spellings = Callable[[str, bool], list[str]]


def match_expression(
    text: str, prefix_last: bool | None = None, spellings: Spellings | None = None
) -> str | None:
    """The FTS5 MATCH expression for text, or None when it holds no searchable word.

    Words are ANDed. The last one also matches as a prefix when `prefix_last` is
    true; by default, when the text ends mid-word (search as you type), that word
    was kept whole, and it has at least MIN_PREFIX_CHARS characters: a one-letter
    prefix matches most of a journal, has no prefix index to make it cheap, and
    tells too little to rank by, so "d" is searched as the word "d" until the next
    keystroke. One CJK character is enough: it is selective, and unicode61 keeps a
    run of CJK text as one token, so a prefix is the only way into it.

    `spellings` gives other forms of a word to accept as well (ORed with it): the
    index's own spellings that fold alike, see search_fts5_terms.py.
    """
    raw = _raw_words(text)
    words = split_words(text)
    if not words:
        return None
    if prefix_last is None:
        tail = text[:MAX_QUERY_CHARS]
        prefix_last = (
            bool(tail)
            and _is_word_char(tail[-1])
            and len(raw) <= MAX_WORDS
            and raw[-1] == words[-1]
            and _long_enough_for_prefix(words[-1])
        )
    parts = []
    for i, word in enumerate(words):
        prefix = bool(prefix_last) and i == len(words) - 1
        variants = [word, *(spellings(word, prefix) if spellings else ())]
        quoted = ['"' + v.replace('"', '""') + '"' + ("*" if prefix else "") for v in variants]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(parts)
