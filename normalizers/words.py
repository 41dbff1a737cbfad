"""Words of a Japanese text (fugashi with the unidic-lite dictionary), and how alike two texts
are once the words every text shares are discounted.

One Tagger serves the whole run (building one loads the dictionary). fugashi is imported on
first use, so that commands which never compare texts never pay for the dictionary.

`tokens` are surface words, for marking changed words at word boundaries. `content_words` are
the lemmas of the words that carry meaning (particles, auxiliaries, symbols and conjunctions left
out), so that 向けた and 向け, 推進する and 推進 are one word. `WordWeights` weighs each content word
by how rare it is among the texts being compared (inverse document frequency): the boilerplate
that every initiative shares (…に向けた…, 研究開発, 推進) weighs little, the words that say what
an initiative is about weigh much.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from normalizers.text import key

_FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞"})


@lru_cache(maxsize=1)
def tagger():
    import fugashi

    return fugashi.Tagger()


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[str, ...]:
    """The surface words of `text`, read on its key (NFKC, no whitespace)."""
    return tuple(w.surface for w in tagger()(key(text)))


@lru_cache(maxsize=16384)
def shown_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """The words of `text` as printed, each with its key: (spaces before it + surface, key).
    Joining the first items gives `text` back; comparing the second ignores width and spacing."""
    return tuple((w.white_space + w.surface, key(w.surface)) for w in tagger()(text))


def _lemma(word) -> str:
    lemma = getattr(word.feature, "lemma", None) or word.surface
    return lemma.split("-", 1)[0] or word.surface   # unidic writes loanwords as ホスピタル-hospital


@lru_cache(maxsize=16384)
def content_words(text: str) -> tuple[str, ...]:
    """Lemmas of the meaning-bearing words of `text`, in order."""
    return tuple(_lemma(w) for w in tagger()(key(text)) if w.feature.pos1 not in _FUNCTION_POS)


class WordWeights:
    """Inverse document frequency of content words over a collection of texts."""

    def __init__(self, texts: Iterable[str]):
        df: Counter = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(content_words(t)))
        self._n = max(n, 1)
        self._df = df

    def weight(self, word: str) -> float:
        return math.log(1.0 + self._n / (1 + self._df.get(word, 0)))

    def _mass(self, words: Counter) -> float:
        return sum(self.weight(w) * c for w, c in words.items())

    def similarity(self, a: str, b: str) -> float:
        """How alike two texts are, 0.0 to 1.0: the mean of the weighted Dice coefficient of
        their content words (multisets) and their weighted containment (the share of the
        lighter text's words found in the other), the latter scaled by the square root of
        the ratio of their weights. Dice alone punishes a clause appended to a short text;
        containment alone would pair a short text with any long one that holds its words.
        Shared boilerplate adds little to either."""
        ca, cb = Counter(content_words(a)), Counter(content_words(b))
        ma, mb = self._mass(ca), self._mass(cb)
        if ma <= 0 or mb <= 0:
            return 1.0 if key(a) == key(b) else 0.0
        common = self._mass(ca & cb)
        lo, hi = min(ma, mb), max(ma, mb)
        return (2 * common / (ma + mb) + common / lo * math.sqrt(lo / hi)) / 2
