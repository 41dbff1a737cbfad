"""Splits and merges: a row of the old edition that became two rows (or more), rows that became
one. Pure: the one-to-one pairs of compare.py and the rows left over in, links out.

A left-over new row is a piece of an old row when most of its words (PIECE, weighted as the
similarity weighs them) are that row's, and it brings back words of the old row its partner
lost (NEW); together the pieces must hold most of the old row (WHOLE). Merges are the same
seen from the new row. Which piece carries the lineage on (`continues`) is the one that begins
as the whole begins (the longest common start of the keys); the others are linked as `split`
(old row → the new piece) or `merged` (the old piece → the new row). Only rows that share a
rare word are compared (pipeline/diff/candidates.py), within the diff's budget.
"""
from __future__ import annotations

from dataclasses import dataclass

from normalizers.words import WordWeights, content_words
from pipeline.diff.candidates import Budget, candidates
from pipeline.diff.load import Item

PIECE = 0.6    # share of a piece's words that are the whole's
NEW = 0.5      # share of a piece's own words that no piece before holds
WHOLE = 0.8    # share of the whole's words the pieces hold together
PIECES = 8     # rows looked at as pieces of one row when there are many (those sharing its rarest words)


@dataclass(slots=True)
class Link:
    old: Item
    new: Item
    relation: str       # continues | split | merged
    similarity: float   # word similarity of the two texts, 0 … 1


def pieces(whole: str, partner: str | None, free: list[str], weights: WordWeights) -> tuple[list[int], float]:
    """Indexes of the texts in `free` that are pieces of `whole` beside its partner (each brings
    words of the whole that no piece before holds, at least NEW of its own weight), and the
    share of the whole they hold together; ([], 0.0) when they are no split."""
    parts = [partner] if partner is not None else []
    held = weights.covered(whole, parts)
    mass = weights.mass(whole)
    open_ = [k for k, t in enumerate(free) if weights.covered(t, [whole]) >= PIECE]
    chosen: list[int] = []
    while open_:
        gain, k = max(((weights.covered(whole, parts + [free[k]]) - held) * mass / max(weights.mass(free[k]), 1e-9), -k)
                      for k in open_)
        if gain < NEW:
            break
        parts.append(free[-k])
        chosen.append(-k)
        held = weights.covered(whole, parts)
        open_.remove(-k)
    return (chosen, held) if len(parts) >= 2 and held >= WHOLE else ([], 0.0)


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _lead(whole: Item, members: list[Item]) -> Item:
    """The member that begins as the whole begins (the first member on a tie)."""
    return max(members, key=lambda m: (_common_start(whole.key, m.key), -members.index(m)))


def _is_piece(piece: Item, whole: Item, weights: WordWeights) -> bool:
    return weights.covered(piece.text, [whole.text]) >= PIECE


def _near(wholes: list[Item], partner: dict[int, Item], free: list[Item],
          weights: WordWeights) -> list[tuple[Item, list[int]]]:
    """Each whole that may have pieces (one kept word for word by its partner has none), with
    the free rows that share a rare word with it."""
    wholes = [w for w in wholes if id(w) not in partner or partner[id(w)].key != w.key]
    if not free or not wholes:
        return []
    near = candidates([content_words(f.text) for f in free], [content_words(w.text) for w in wholes], weights.weight,
                      PIECES)
    return list(zip(wholes, near))


def _groups(wholes: list[Item], partner: dict[int, Item], free: list[Item], weights: WordWeights,
            budget: Budget, what: str) -> list[tuple[Item, list[Item]]]:
    """(whole, [its partner or first piece, further pieces …]) for each whole that has pieces;
    where two wholes want one piece, the whole its pieces hold best (then the first) has it."""
    found: list[tuple[float, int, Item, list[Item]]] = []
    for w, near_w in _near(wholes, partner, free, weights):
        if not budget.spend(len(near_w), what):
            break
        ks = [k for k in near_w if _is_piece(free[k], w, weights)]
        if not ks or not budget.spend(len(ks) * len(ks), what):
            continue
        p = partner.get(id(w))
        chosen, held = pieces(w.text, p.text if p else None, [free[k].text for k in ks], weights)
        if chosen:
            found.append((-held, len(found), w, ([p] if p else []) + [free[ks[c]] for c in chosen]))
    out: list[tuple[Item, list[Item]]] = []
    used: set[int] = set()
    for _, _, w, members in sorted(found, key=lambda f: (f[0], f[1])):
        if not any(id(m) in used for m in members):
            used.update(id(m) for m in members)
            out.append((w, members))
    return out


def _splits(pairs: dict[int, tuple[Item, Item]], old: list[Item], new: list[Item], weights: WordWeights,
            budget: Budget, linked: set[int]) -> list[Link]:
    links: list[Link] = []
    by_old = {id(o): n for o, n in pairs.values()}
    free_new = [n for n in new if id(n) not in pairs and id(n) not in linked]
    for whole, members in _groups([o for o in old if id(o) not in linked], by_old, free_new, weights, budget, "splits"):
        lead = _lead(whole, members)
        if id(whole) in by_old:
            del pairs[id(by_old[id(whole)])]
        pairs[id(lead)] = (whole, lead)
        links += [Link(whole, m, "split", round(weights.similarity(whole.text, m.text), 3)) for m in members if m is not lead]
        linked.update(id(m) for m in (whole, *members))
    return links


def _merges(pairs: dict[int, tuple[Item, Item]], old: list[Item], new: list[Item], weights: WordWeights,
            budget: Budget, linked: set[int]) -> list[Link]:
    links: list[Link] = []
    by_new = {id(n): o for o, n in pairs.values()}
    taken = {id(o) for o, _ in pairs.values()} | linked
    free_old = [o for o in old if id(o) not in taken]
    for whole, members in _groups([n for n in new if id(n) not in linked], by_new, free_old, weights, budget, "merges"):
        lead = _lead(whole, members)
        pairs[id(whole)] = (lead, whole)
        links += [Link(m, whole, "merged", round(weights.similarity(m.text, whole.text), 3)) for m in members if m is not lead]
        linked.update(id(m) for m in (whole, *members))
    return links


def splits_and_merges(pairs: dict[int, tuple[Item, Item]], old: list[Item], new: list[Item],
                      weights: WordWeights, budget: Budget, linked: set[int], paired_only: bool = False) -> list[Link]:
    """Links of splits and merges; `pairs` (id(new) → (old, new)) is updated so that the piece
    that begins as the whole begins is the one paired. Rows in `linked` (ids) take no part;
    the rows linked here are added to it. With paired_only, only rows that have a partner are
    wholes (the others were looked at before the partners were chosen)."""
    if paired_only:
        paired = {id(o) for o, _ in pairs.values()} | set(pairs)
        wholes_old, wholes_new = [o for o in old if id(o) in paired], [n for n in new if id(n) in paired]
    else:
        wholes_old, wholes_new = old, new
    links = _splits(pairs, wholes_old, new, weights, budget, linked)
    return links + _merges(pairs, old, wholes_new, weights, budget, linked)
