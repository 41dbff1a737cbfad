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

from normalizers.variants import compare_key as key, key_units

_FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞"})


@lru_cache(maxsize=1)
def tagger():
    import fugashi

    return fugashi.Tagger()


@lru_cache(maxsize=1 << 17)
def tokens(text: str) -> tuple[str, ...]:
    """The surface words of `text`, read on its key (NFKC, no whitespace)."""
    return tuple(w.surface for w in tagger()(key(text)))


@lru_cache(maxsize=1 << 15)
def shown_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """The words of `text` as printed, each with its key: (printed chunk, key). The words are
    those of the key (glyph variants folded, no spaces), so 「A I」 and 「AI」, 〜 and ～ give
    the same words; each printed character goes with the word its key starts in, spaces with
    the word after them. Joining the first items gives `text` back."""
    units = key_units(text)
    words = tokens(text)
    out: list[tuple[str, str]] = []
    shown, w, used = "", 0, 0         # used: key characters of words[w] already covered
    for unit, k in units:
        shown += unit
        used += len(k)
        while w < len(words) and used >= len(words[w]):
            used -= len(words[w])
            out.append((shown, words[w]))
            shown, w = "", w + 1
    if shown or w < len(words):
        rest = "".join(words[w:])
        if out and not rest:
            out[-1] = (out[-1][0] + shown, out[-1][1])
        else:
            out.append((shown, rest))
    return tuple(out)


@lru_cache(maxsize=1 << 17)
def content_words(text: str) -> tuple[str, ...]:
    """Lemmas of the meaning-bearing words of `text`, in order."""
    out = []
    # the tagger's text output (surface, pronunciation, kana, lemma, pos-pos-… per line) reads
    # three times faster than its node objects; the words are the same
    for line in tagger().parse(key(text)).split("\n"):
        fields = line.split("\t")
        if len(fields) < 5 or fields[4].split("-", 1)[0] in _FUNCTION_POS:
            continue
        out.append(fields[3].split("-", 1)[0] or fields[0])   # unidic writes loanwords ホスピタル-hospital
    return tuple(out)


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
        self._weights: dict[str, float] = {}
        self._counts: dict[str, tuple[dict[str, int], float]] = {}

    def weight(self, word: str) -> float:
        w = self._weights.get(word)
        if w is None:
            w = self._weights[word] = math.log(1.0 + self._n / (1 + self._df.get(word, 0)))
        return w

    def _words(self, text: str) -> tuple[dict[str, int], float]:
        """The text's content words (multiset) and their total weight, computed once."""
        got = self._counts.get(text)
        if got is None:
            words = dict(Counter(content_words(text)))
            got = self._counts[text] = (words, sum(self.weight(w) * c for w, c in words.items()))
        return got

    def _common(self, a: dict[str, int], b: dict[str, int]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(self.weight(w) * min(c, b[w]) for w, c in a.items() if w in b)

    def mass(self, text: str) -> float:
        """The total weight of the text's content words."""
        return self._words(text)[1]

    def similarity(self, a: str, b: str) -> float:
        """How alike two texts are, 0.0 to 1.0: the mean of the weighted Dice coefficient of
        their content words (multisets) and their weighted containment (the share of the
        lighter text's words found in the other), the latter scaled by the square root of
        the ratio of their weights. Dice alone punishes a clause appended to a short text;
        containment alone would pair a short text with any long one that holds its words.
        Shared boilerplate adds little to either."""
        (ca, ma), (cb, mb) = self._words(a), self._words(b)
        if ma <= 0 or mb <= 0:
            return 1.0 if key(a) == key(b) else 0.0
        common = self._common(ca, cb)
        lo, hi = min(ma, mb), max(ma, mb)
        return min((2 * common / (ma + mb) + common / lo * math.sqrt(lo / hi)) / 2, 1.0)

    def covered(self, text: str, parts: list[str]) -> float:
        """The weighted share of `text`'s content words found in `parts` together (0.0 to 1.0):
        how much of a row lives on in the rows it was split into (or merged from)."""
        words, whole = self._words(text)
        if whole <= 0 or not parts:
            return 0.0
        if len(parts) == 1:
            return self._common(words, self._words(parts[0])[0]) / whole
        found: dict[str, int] = dict(self._words(parts[0])[0])
        for p in parts[1:]:
            for w, c in self._words(p)[0].items():
                found[w] = found.get(w, 0) + c
        return self._common(words, found) / whole
