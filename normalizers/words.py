"""Words of a Japanese text (fugashi with the unidic-lite dictionary) and a word-level similarity.

One Tagger serves the whole run (building one loads the dictionary). fugashi is imported on
first use, so that commands which never compare texts never pay for the dictionary.
"""
from __future__ import annotations

import difflib
from functools import lru_cache

from normalizers.text import key


@lru_cache(maxsize=1)
def tagger():
    import fugashi

    return fugashi.Tagger()


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """The words of `text`, compared on its key (NFKC, no whitespace)."""
    return tuple(w.surface for w in tagger()(key(text)))


def similarity(a: str, b: str) -> float:
    """Share of words in common, in order (difflib's ratio over the two word sequences)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()
