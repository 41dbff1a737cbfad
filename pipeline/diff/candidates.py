"""Which pairs of texts are worth scoring, at a bounded cost whatever the input.

Few texts: every pair. Many (more than ALL_PAIRS pairs): a text is only scored against the
texts that share one of its rarest content words (an inverted index), the nearest by position
first, at most PER_TEXT of them; words in more than COMMON texts are boilerplate and looked up
in no index. A Budget caps the similarity evaluations of one diff: past it, the texts left are
not compared (they come out added and removed) and the diff says so in a note. Work is counted,
not timed, so the outcome is the same on every run and machine.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

ALL_PAIRS = 250_000      # below this many pairs, every pair is scored
RARE = 4                 # a text's rarest words looked up in the index
COMMON = 300             # a word in more texts than this is looked up in no index
PER_TEXT = 24            # candidates kept per text
SIMILARITY_BUDGET = 2_000_000   # similarity evaluations (and piece tests of splits.py) per diff


@dataclass(slots=True)
class Budget:
    left: int = field(default_factory=lambda: SIMILARITY_BUDGET)
    notes: list[str] = field(default_factory=list)

    def spend(self, n: int, what: str) -> bool:
        """True when n more evaluations fit; else a note (once per kind of work) and False."""
        if n <= self.left:
            self.left -= n
            return True
        note = f"{what}: the similarity budget ({SIMILARITY_BUDGET:,} comparisons) is spent; texts left unpaired"
        if note not in self.notes:
            self.notes.append(note)
        self.left = 0
        return False


def candidates(left: Sequence[tuple[str, ...]], right: Sequence[tuple[str, ...]],
               weight: Callable[[str], float], limit: int = PER_TEXT) -> list[list[int]]:
    """For each right text (as its content words), the indexes of the left texts worth scoring
    against it (at most `limit` of them from the index), in index order."""
    if len(left) * len(right) <= ALL_PAIRS:
        return [list(range(len(left)))] * len(right) if left else [[] for _ in right]
    postings: dict[str, list[int]] = {}
    for i, words in enumerate(left):
        for w in dict.fromkeys(words):
            postings.setdefault(w, []).append(i)
    out = []
    for j, words in enumerate(right):
        usable = [w for w in dict.fromkeys(words) if 0 < len(postings.get(w, ())) <= COMMON]
        rare = sorted(usable, key=lambda w: (-weight(w), w))[:RARE]
        shared: dict[int, float] = {}
        for w in rare:
            for i in postings[w]:
                shared[i] = shared.get(i, 0.0) + weight(w)
        where = j / max(len(right), 1)
        best = sorted(shared, key=lambda i: (-shared[i], abs(i / max(len(left), 1) - where), i))[:limit]
        out.append(sorted(best))
    return out
