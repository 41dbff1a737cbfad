"""The edition diff as a pure function: two editions' records in, change records out.
Loading lives in load.py, rendering (CSV, Markdown, HTML) in render.py.

Pairing follows the structure of the documents:
1. targets (具体目標): identical texts first, over all targets at once; then similar ones, where
   the rows two targets share count as evidence as much as their wording;
2. rows: identical text under the paired target; then one optimal assignment
   (pipeline/diff/assign.py) over identical text elsewhere and similar text, all scored on one
   scale (SCALE below), repeated texts placed by their relative position. Similarity weighs
   words by how informative they are in the two editions (normalizers/words.py) and asks for
   more of it across targets than within one;
3. splits and merges (pipeline/diff/splits.py): rows left over that are pieces of a row.

Texts are compared on their keys (normalizers/variants.py: width, glyph variants and spaces
folded). Which pairs are scored at all is bounded (pipeline/diff/candidates.py), so any input
diffs in seconds.

A row is `moved` when its target is not the one its old target became (a reworded target is
the same target); `modified` when its text changed under the same target.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from normalizers.ministries import load_registry
from normalizers.words import WordWeights, content_words
from pipeline.diff.assign import assign, assign_edges
from pipeline.diff.candidates import Budget, candidates
from pipeline.diff.load import EditionData, Item, TargetRec
from pipeline.diff.splits import Link, splits_and_merges

SAME_TARGET = 0.5     # weighted similarity to pair two rows under one (paired) target
OTHER_TARGET = 0.6    # … under targets that are not paired: a move needs more evidence
# SCALE — the score of pairing two rows, one sum for every kind of pair:
#   text      1.0 for the same key, else the word similarity s (0 … 1, at least the threshold above)
#   place     + SAME_PLACE when the row stays under the target its old target became
#   ministries+ 0.05/0.1 for the same list and lead (one / several), − 0.1 for no body in common
#   position  + POSITION × (1 − distance of the relative positions)
# so a rewording under the row's own target (s + 0.3) outweighs an identical text under another
# target (1.0) once s > 0.7 (a number or a word changed): the identical text elsewhere keeps its
# own partner or is removed; a looser likeness under the same target (s ≤ 0.7) does not stop
# an identical text from being taken for a move.
SAME_PLACE = 0.3
POSITION = 0.05
TARGET_TEXT = 0.6     # weighted similarity to pair two targets on their wording alone
TARGET_ROWS = 0.5     # share of identical rows that pairs two targets whose wording changed more


@dataclass(slots=True)
class Change:
    change: str            # unchanged | modified | moved | added | removed
    old: Item | None
    new: Item | None
    similarity: float
    ministries_added: list[str] = field(default_factory=list)
    ministries_removed: list[str] = field(default_factory=list)
    successions: list[str] = field(default_factory=list)
    # decided once, when the change is made: "1"/"0" for a paired row, "" for an added or removed one
    text_changed: str = field(init=False)
    ministries_changed: str = field(init=False)
    lead_changed: str = field(init=False)

    def __post_init__(self) -> None:
        o, n = self.old, self.new
        if o is None or n is None:
            self.text_changed = self.ministries_changed = self.lead_changed = ""
            return
        self.text_changed = _flag(o.key != n.key)
        self.ministries_changed = _flag(bool(self.ministries_added or self.ministries_removed))
        self.lead_changed = _flag(o.lead != n.lead)


def _flag(differs: bool) -> str:
    return "1" if differs else "0"


@dataclass(slots=True)
class TargetChange:
    change: str   # unchanged | reworded | moved | added | removed | split | merged
    old: TargetRec | None
    new: TargetRec | None
    similarity: float
    related: TargetRec | None = None   # split: the old target it was split from; merged: the new one it went into

    @property
    def label_changed(self) -> str:
        return "" if self.old is None or self.new is None else str(int(self.old.label != self.new.label))

    @property
    def text_changed(self) -> str:
        return "" if self.old is None or self.new is None else str(int(self.old.key != self.new.key))


@dataclass(slots=True)
class Diff:
    old_edition: str
    new_edition: str
    changes: list[Change]
    target_changes: list[TargetChange]
    links: list[Link] = field(default_factory=list)      # continues / split / merged, old → new row
    notes: list[str] = field(default_factory=list)       # where a budget cut the comparison short
    memo: dict = field(default_factory=dict, repr=False, compare=False)   # summary.py's counts, once


def _relative(seq: int, count: int) -> float:
    return seq / max(count, 1)


def _position_score(o_seq: int, o_n: int, n_seq: int, n_n: int) -> float:
    """Close to 1 for the same relative position, falling with the distance: places repeated
    texts (a 再掲 copy) by where they stand."""
    return 1.0 - min(abs(_relative(o_seq, o_n) - _relative(n_seq, n_n)), 1.0)


# ---------------------------------------------------------------- targets
def _rows_by_target(items: list[Item]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for it in items:
        out.setdefault(it.target_id, set()).add(it.key)
    return out


def same_key(old: Sequence, new: Sequence, limit: int = 8) -> list[tuple[int, int]]:
    """Index pairs (i, j) of equal keys; each new one with at most `limit` old ones, the nearest
    by relative position (a text printed thousands of times stays linear)."""
    by: dict[str, list[int]] = {}
    for i, o in enumerate(old):
        by.setdefault(o.key, []).append(i)
    out = []
    for j, n in enumerate(new):
        olds = by.get(n.key, [])
        if len(olds) > limit:
            where = j * len(old) / max(len(new), 1)
            olds = sorted(sorted(olds, key=lambda i: (abs(i - where), i))[:limit])
        out += [(i, j) for i in olds]
    return out


def _similar_pairs(old: Sequence, new: Sequence, weights: WordWeights, budget: Budget, what: str) -> list[tuple[int, int]]:
    """Index pairs worth a similarity, within the budget."""
    out = []
    for j, olds in enumerate(candidates([content_words(o.text) for o in old], [content_words(n.text) for n in new],
                                        weights.weight)):
        if not budget.spend(len(olds), what):
            break
        out += [(i, j) for i in olds]
    return out


def pair_targets(old: EditionData, new: EditionData, weights: WordWeights,
                 budget: Budget | None = None) -> list[tuple[TargetRec, TargetRec, float]]:
    """Targets paired in three steps, each an optimal assignment over what is left: the same
    text (placed by heading path and position), then similar wording or shared rows, each
    pairing 再掲 copies only with 再掲 copies (a copy has no rows of its own and points at the
    target it repeats); last, the same text across that line (a copy become a target)."""
    budget = budget or Budget()
    no, nn = len(old.targets), len(new.targets)
    rows_o, rows_n = _rows_by_target(old.items), _rows_by_target(new.items)
    pairs: list[tuple[TargetRec, TargetRec, float]] = []

    def exact(o: TargetRec, n: TargetRec) -> float | None:
        if o.key != n.key or o.reposted != n.reposted:
            return None
        return 2.0 + (o.path == n.path) + _position_score(o.seq, no, n.seq, nn)

    def similar(o: TargetRec, n: TargetRec) -> float | None:
        if o.reposted != n.reposted:
            return None
        text = weights.similarity(o.text, n.text)
        a, b = rows_o.get(o.id, set()), rows_n.get(n.id, set())
        shared = 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
        if text < TARGET_TEXT and not (shared >= TARGET_ROWS and text >= TARGET_TEXT / 2):
            return None
        return text + shared

    def across(o: TargetRec, n: TargetRec) -> float | None:
        return 1.0 + _position_score(o.seq, no, n.seq, nn) if o.key == n.key else None

    for step in (exact, similar, across):
        done_o, done_n = {id(o) for o, _, _ in pairs}, {id(n) for _, n, _ in pairs}
        rest_o = [t for t in old.targets if id(t) not in done_o]
        rest_n = [t for t in new.targets if id(t) not in done_n]
        ij = _similar_pairs(rest_o, rest_n, weights, budget, "targets") if step is similar else same_key(rest_o, rest_n)
        edges = {(i, j): s for i, j in ij if (s := step(rest_o[i], rest_n[j])) is not None}
        pairs += [(rest_o[i], rest_n[j], 1.0 if rest_o[i].key == rest_n[j].key else
                   round(weights.similarity(rest_o[i].text, rest_n[j].text), 3))
                  for i, j in assign_edges(edges)]
    return pairs


def in_order(seqs: list[int]) -> set[int]:
    """Indexes of a longest strictly increasing subsequence of `seqs` (patience sorting,
    O(n log n)): the pairs that kept their relative order; the others moved."""
    from bisect import bisect_left

    tails: list[int] = []       # tails[k]: index ending the best run of length k + 1
    values: list[int] = []      # seqs[tails[k]], kept sorted for bisect
    back: list[int] = [-1] * len(seqs)
    for i, v in enumerate(seqs):
        k = bisect_left(values, v)
        back[i] = tails[k - 1] if k else -1
        tails[k:k + 1] = [i]
        values[k:k + 1] = [v]
    keep, i = set(), tails[-1] if tails else -1
    while i >= 0:
        keep.add(i)
        i = back[i]
    return keep


def target_changes(old: EditionData, new: EditionData, pairs: list[tuple[TargetRec, TargetRec, float]]) -> list[TargetChange]:
    """One record per target of either edition, in new order, removed ones at the end. A
    paired target is `reworded` when its text changed, `moved` when it left the order of the
    other targets (headings are renamed and renumbered between editions, so they are no
    guide), else `unchanged`. Split and merged targets are marked later (mark_splits)."""
    by_new = {id(n): (o, s) for o, n, s in pairs}
    paired_new = [n for n in new.targets if id(n) in by_new]
    ordered = {id(paired_new[i]) for i in in_order([by_new[id(n)][0].seq for n in paired_new])}
    out = []
    for n in new.targets:
        if id(n) not in by_new:
            out.append(TargetChange("added", None, n, 0.0))
            continue
        o, s = by_new[id(n)]
        kind = "reworded" if o.key != n.key else ("unchanged" if id(n) in ordered else "moved")
        out.append(TargetChange(kind, o, n, s))
    paired_old = {id(o) for o, _, _ in pairs}
    out += [TargetChange("removed", o, None, 0.0) for o in old.targets if id(o) not in paired_old]
    return out


def _main_share(ids: list[str], alike: Callable[[str], float]) -> str | None:
    """The id most of `ids` are, when it is at least half of them; between ids as frequent, the
    one `alike` rates highest (then the first)."""
    if not ids:
        return None
    top = max(dict.fromkeys(ids), key=lambda i: (ids.count(i), alike(i)))
    return top if 2 * ids.count(top) >= len(ids) else None


def _row_flows(pairs: list[tuple[Item, Item]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """For each new target the old targets of its paired rows; for each old target the new ones."""
    came: dict[str, list[str]] = {}
    went: dict[str, list[str]] = {}
    for o, n in pairs:
        came.setdefault(n.target_id, []).append(o.target_id)
        went.setdefault(o.target_id, []).append(n.target_id)
    return came, went


def _nearest(flow: list[str], paired: dict[str, TargetChange], texts: dict[str, str], text: str,
             weights: WordWeights) -> TargetChange | None:
    top = _main_share([t for t in flow if t in paired], lambda t: weights.similarity(texts[t], text))
    return paired[top] if top else None


def _paired_targets(tchanges: list[TargetChange]) -> tuple[dict, dict, dict[str, str]]:
    """Paired targets by old id, by new id, and every target's text by id."""
    olds = {tc.old.id: tc for tc in tchanges if tc.old and tc.new}
    news = {tc.new.id: tc for tc in tchanges if tc.new and tc.old}
    return olds, news, {t.id: t.text for tc in tchanges for t in (tc.old, tc.new) if t is not None}


def mark_splits(tchanges: list[TargetChange], pairs: list[tuple[Item, Item]], weights: WordWeights) -> None:
    """An added target most of whose rows come from one old target that continues as another
    target was `split` from it; a removed target most of whose rows went under one new target
    that continues another old one was `merged` into it (between targets as many rows came
    from or went to, the one whose wording is nearest)."""
    olds, news, texts = _paired_targets(tchanges)
    came, went = _row_flows(pairs)
    for tc in tchanges:
        if tc.change == "added" and tc.new is not None:
            src = _nearest(came.get(tc.new.id, []), olds, texts, tc.new.text, weights)
            tc.change, tc.related = ("split", src.old) if src else (tc.change, None)
        elif tc.change == "removed" and tc.old is not None:
            dest = _nearest(went.get(tc.old.id, []), news, texts, tc.old.text, weights)
            tc.change, tc.related = ("merged", dest.new) if dest else (tc.change, None)


# ---------------------------------------------------------------- rows
@dataclass(slots=True)
class _Rows:
    old: list[Item]
    new: list[Item]
    target_map: dict[str, str]                 # old target id → new target id
    pairs: dict[int, tuple[Item, Item]] = field(default_factory=dict)   # id(new) → (old, new)
    linked: set[int] = field(default_factory=set)   # ids of rows in a split or merge

    def free(self) -> tuple[list[Item], list[Item]]:
        taken = {id(o) for o, _ in self.pairs.values()} | self.linked
        return [o for o in self.old if id(o) not in taken], [n for n in self.new if id(n) not in self.pairs
                                                              and id(n) not in self.linked]

    def same_target(self, o: Item, n: Item) -> bool:
        return self.target_map.get(o.target_id) == n.target_id

    def position(self, o: Item, n: Item) -> float:
        return _position_score(o.seq, len(self.old), n.seq, len(self.new))

    def score(self, o: Item, n: Item, similarity: float) -> float | None:
        """The pairing score on the one scale (SCALE above); None where the pair is not allowed."""
        same, meta = self.same_target(o, n), _same_ministries(o, n)
        if o.key == n.key:
            text = 1.0
        elif similarity + meta < (SAME_TARGET if same else OTHER_TARGET):
            return None
        else:
            text = similarity
        return text + (SAME_PLACE if same else 0.0) + meta + POSITION * self.position(o, n)

    def take(self, olds: list[Item], news: list[Item], edges: dict[tuple[int, int], float]) -> None:
        for i, j in assign_edges(edges):
            self.pairs[id(news[j])] = (olds[i], news[j])


def _bodies(ids: list[str]) -> frozenset[str]:
    """Ministry ids with each body's successors: IT室 and デジ庁 count as one line of work."""
    return _bodies_of(tuple(ids))


@lru_cache(maxsize=4096)
def _bodies_of(ids: tuple[str, ...]) -> frozenset[str]:
    registry = load_registry()
    return frozenset(x for m in ids for x in (m, *registry.successor_chain(m)))


def _same_ministries(o: Item, n: Item) -> float:
    """Evidence from the ministries that two rows are one initiative: the same list and lead
    count for more the longer the list (one ministry in common is weak evidence); no body in
    common (successors counted as the same body) counts against."""
    if o.ministries and n.ministries and not _bodies(o.ministries) & _bodies(n.ministries):
        return -0.1
    if not o.ministries or set(o.ministries) != set(n.ministries) or o.lead != n.lead:
        return 0.0
    return 0.05 if len(o.ministries) == 1 else 0.1


def _same_text_same_target(rows: _Rows) -> None:
    """Identical texts under the paired target: each group of copies paired on its own (by
    position and ministries; a very large group in order)."""
    groups: dict[tuple[str, str], tuple[list[Item], list[Item]]] = {}
    for o in rows.old:
        groups.setdefault((rows.target_map.get(o.target_id, ""), o.key), ([], []))[0].append(o)
    for n in rows.new:
        if (n.target_id, n.key) in groups:
            groups[n.target_id, n.key][1].append(n)
    for olds, news in groups.values():
        if len(olds) == len(news) == 1:
            rows.pairs[id(news[0])] = (olds[0], news[0])
        elif len(olds) * len(news) > 400:
            rows.pairs.update((id(n), (o, n)) for o, n in zip(olds, news))
        elif news:
            rows.take(olds, news, {(i, j): s for i, o in enumerate(olds) for j, n in enumerate(news)
                                   if (s := rows.score(o, n, 1.0)) is not None})


def pair_rows(rows: _Rows, weights: WordWeights, budget: Budget) -> list[Link]:
    """Identical text under the paired target first; then the rows left that are pieces of
    one row (splits, merges); then one joint assignment over identical text anywhere and
    similar text, all on one scale (SCALE above); last, pieces of the rows so paired."""
    _same_text_same_target(rows)
    links = splits_and_merges(rows.pairs, rows.old, rows.new, weights, budget, rows.linked)
    _assign_rest(rows, weights, budget)
    return links + splits_and_merges(rows.pairs, rows.old, rows.new, weights, budget, rows.linked, paired_only=True)


def _assign_rest(rows: _Rows, weights: WordWeights, budget: Budget) -> None:
    olds, news = rows.free()
    edges: dict[tuple[int, int], float] = {}
    for i, j in same_key(olds, news):
        if (s := rows.score(olds[i], news[j], 1.0)) is not None:
            edges[i, j] = s
    for i, j in _similar_pairs(olds, news, weights, budget, "rows"):
        o, n = olds[i], news[j]
        if o.key != n.key and (s := rows.score(o, n, weights.similarity(o.text, n.text))) is not None:
            edges[i, j] = s
    rows.take(olds, news, edges)


def _change(o: Item, n: Item, s: float, same_target: bool) -> Change:
    registry = load_registry()
    kind = "moved" if not same_target else ("unchanged" if o.key == n.key else "modified")
    added = [m for m in n.ministries if m not in o.ministries]
    removed = [m for m in o.ministries if m not in n.ministries]
    succ = [f"{r}→{x}" for r in removed for x in registry.successor_chain(r) if x in added]
    return Change(kind, o, n, s, added, removed, succ)


def _with_removed(changes: list[Change], old: list[Item], paired_old: set[int]) -> list[Change]:
    """Removed rows placed after the change of the previous surviving row of the old edition."""
    pos = {id(c.old): i for i, c in enumerate(changes) if c.old is not None}
    after: dict[int, list[Item]] = {}
    last = -1
    for o in old:
        if id(o) in paired_old:
            last = pos[id(o)]
        else:
            after.setdefault(last, []).append(o)
    out = [Change("removed", o, None, 0.0) for o in after.get(-1, [])]
    for i, c in enumerate(changes):
        out.append(c)
        out.extend(Change("removed", o, None, 0.0) for o in after.get(i, []))
    return out


def word_similarity(weights: WordWeights, a: str, b: str, same_key: bool) -> float:
    """The `similarity` column: the word similarity in [0, 1], 1.0 for the same key."""
    return 1.0 if same_key else round(min(max(weights.similarity(a, b), 0.0), 1.0), 3)


IDF_TEXTS = 6000   # texts the word weights are counted on: every k-th of a larger input


def _weights(old: EditionData, new: EditionData) -> WordWeights:
    """Word weights over both editions' texts; over an even sample of them when there are more
    than IDF_TEXTS (rarity is a share, a sample estimates it; reading every text of a 50,000-row
    edition into words would cost more than the whole comparison)."""
    texts = [i.text for i in old.items + new.items] + [t.text for t in old.targets + new.targets]
    step = -(-len(texts) // IDF_TEXTS)
    return WordWeights(texts[::step])


def compare(old: EditionData, new: EditionData) -> Diff:
    weights = _weights(old, new)
    budget = Budget()
    tpairs = pair_targets(old, new, weights, budget)
    rows = _Rows(old.items, new.items, {o.id: n.id for o, n, _ in tpairs})
    links = pair_rows(rows, weights, budget)
    changes = []
    for n in new.items:
        p = rows.pairs.get(id(n))
        changes.append(_change(p[0], n, word_similarity(weights, p[0].text, n.text, p[0].key == n.key),
                               rows.same_target(p[0], n)) if p else Change("added", None, n, 0.0))
    paired_old = {id(o) for o, _ in rows.pairs.values()}
    links = [Link(c.old, c.new, "continues", c.similarity) for c in changes if c.old and c.new] + links
    tchanges = target_changes(old, new, tpairs)
    mark_splits(tchanges, list(rows.pairs.values()), weights)
    return Diff(old.edition, new.edition, _with_removed(changes, old.items, paired_old),
                tchanges, links, budget.notes)
