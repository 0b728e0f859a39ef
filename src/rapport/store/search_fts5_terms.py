"""Other spellings of a typed word that the index holds: "straße" for "strasse", "łódź" for "lodz".

SQLite's unicode61 tokenizer folds case and accents (é, ü, ë) but keeps letters that
Unicode does not see as accented apart: ß, æ, ø, œ, ł, đ, þ. A custom tokenizer cannot
be registered from Python's sqlite3 (and would lock every other SQLite tool out of the
index), and indexing folded text would break snippets, which must show the note as
written. So the query asks the index itself: which of its words fold like the word
typed (`domain.folding.fold`)? Those words are ORed into the MATCH expression; the
index and its snippets stay exactly as they were, and a hit's highlight marks the word
as written ("Straße").

The lookup is cheap because all those letters lie between U+00DF (ß) and U+017F: a
word holding one sorts, after its plain beginning, within that range. For each
beginning of the folded word ("", "s", "st", …) one range of the index's word list
(an fts5vocab table, schema.TERMS) is read; SQLite seeks each range, so a keystroke
costs a few dozen index seeks, not a scan of every word.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

from sqlalchemy.exc import DatabaseError

from rapport.domain.folding import fold
from rapport.store.search_fts5_schema import TERMS

log = logging.getLogger("rapport.store.search")

#: The letters unicode61 keeps but `fold` changes all lie in [_LOW, _HIGH).
_LOW, _HIGH = "\u00df", "\u0180"
#: Words this long or longer are not expanded (one seek per letter).
MAX_EXPANDED_CHARS = 32
#: At most this many other spellings of one word are added to the expression.
MAX_SPELLINGS = 8


def unicode61(word: str) -> str:
    """About what unicode61 (remove_diacritics 2) makes of a word: lower case, no accents."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def other_spellings(conn: Any, word: str, prefix: bool) -> list[str]:
    """Words of the index that fold like `word` (or start like it, for a prefix) but differ.

    Includes the folded word itself when typing a special letter ("straße" also finds
    "strasse"). Never raises: without its word lists the search still runs, unexpanded.
    """
    folded = fold(word)
    typed = unicode61(word)
    found: list[str] = [folded] if folded != typed else []
    if not folded or len(folded) >= MAX_EXPANDED_CHARS:
        return found
    branches, params = [], {}
    for k in range(len(folded)):
        params[f"lo{k}"], params[f"hi{k}"] = folded[:k] + _LOW, folded[:k] + _HIGH
        for terms in TERMS.values():
            branches.append(f"SELECT term FROM {terms} WHERE term >= :lo{k} AND term < :hi{k}")
    try:
        rows = conn.exec_driver_sql(" UNION ".join(branches), params).all()
    except DatabaseError as exc:  # a word list missing: Check journal's rebuild restores it
        log.warning("search word lists unreadable, searching without other spellings: %s", exc)
        return found
    for (term,) in rows:
        term_folded = fold(term)
        fits = term_folded.startswith(folded) if prefix else term_folded == folded
        if fits and term != typed and term not in found:
            found.append(term)
    return found[:MAX_SPELLINGS]
