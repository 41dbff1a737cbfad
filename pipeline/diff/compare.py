"""The edition diff as a pure function: two editions' records in, change records out.
Loading lives in load.py, rendering (CSV, Markdown, HTML) in render.py.

Pairing follows the structure of the documents:
1. targets (具体目標): identical texts first, over all targets at once; then similar ones, where
   the rows two targets share count as evidence as much as their wording;
2. rows: identical text under the paired target, then identical text anywhere, then similar
   text, each step an optimal assignment (pipeline/diff/assign.py), repeated texts placed by
   their relative position. Similarity weighs words by how informative they are in the two
   editions (normalizers/words.py) and asks for more of it across targets than within one.

A row is `moved` when its target is not the one its old target became (a reworded target is
the same target); `modified` when its text changed under the same target.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from normalizers.ministries import load_registry
from normalizers.words import WordWeights
from pipeline.diff.assign import assign
from pipeline.diff.load import EditionData, Item, TargetRec

SAME_TARGET = 0.5     # weighted similarity to pair two rows under one (paired) target
OTHER_TARGET = 0.6    # … under targets that are not paired: a move needs more evidence
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

    def _flag(self, differs: Callable[[Item, Item], bool]) -> str:
        """1/0 for a paired row, empty for an added or removed one."""
        if self.old is None or self.new is None:
            return ""
        return "1" if differs(self.old, self.new) else "0"

    @property
    def text_changed(self) -> str:
        return self._flag(lambda o, n: o.key != n.key)

    @property
    def ministries_changed(self) -> str:
        return self._flag(lambda o, n: bool(self.ministries_added or self.ministries_removed))

    @property
    def lead_changed(self) -> str:
        return self._flag(lambda o, n: o.lead != n.lead)


@dataclass(slots=True)
class TargetChange:
    change: str   # unchanged | reworded | moved | added | removed
    old: TargetRec | None
    new: TargetRec | None
    similarity: float


@dataclass(slots=True)
class Diff:
    old_edition: str
    new_edition: str
    changes: list[Change]
    target_changes: list[TargetChange]


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


def pair_targets(old: EditionData, new: EditionData, weights: WordWeights) -> list[tuple[TargetRec, TargetRec, float]]:
    """Targets paired in three steps, each an optimal assignment over what is left: the same
    text (placed by heading path and position), then similar wording or shared rows, each
    pairing 再掲 copies only with 再掲 copies (a copy has no rows of its own and points at the
    target it repeats); last, the same text across that line (a copy become a target)."""
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
        pairs += [(o, n, 1.0 if o.key == n.key else round(weights.similarity(o.text, n.text), 3))
                  for o, n, _ in assign(rest_o, rest_n, step)]
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
    guide), else `unchanged`."""
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


# ---------------------------------------------------------------- rows
@dataclass(slots=True)
class _Rows:
    old: list[Item]
    new: list[Item]
    target_map: dict[str, str]                 # old target id → new target id
    pairs: dict[int, tuple[Item, Item, float]] = field(default_factory=dict)   # id(new) → pair

    def free(self) -> tuple[list[Item], list[Item]]:
        taken = {id(o) for o, _, _ in self.pairs.values()}
        return [o for o in self.old if id(o) not in taken], [n for n in self.new if id(n) not in self.pairs]

    def same_target(self, o: Item, n: Item) -> bool:
        return self.target_map.get(o.target_id) == n.target_id

    def position(self, o: Item, n: Item) -> float:
        return _position_score(o.seq, len(self.old), n.seq, len(self.new))

    def tier(self, score: Callable[[Item, Item], float | None]) -> None:
        free_o, free_n = self.free()
        for o, n, s in assign(free_o, free_n, score):
            self.pairs[id(n)] = (o, n, s)


def _bodies(ids: list[str]) -> set[str]:
    """Ministry ids with each body's successors: IT室 and デジ庁 count as one line of work."""
    registry = load_registry()
    return {x for m in ids for x in (m, *registry.successor_chain(m))}


def _same_ministries(o: Item, n: Item) -> float:
    """Evidence from the ministries that two rows are one initiative: the same list and lead
    count for more the longer the list (one ministry in common is weak evidence); no body in
    common (successors counted as the same body) counts against."""
    if o.ministries and n.ministries and not _bodies(o.ministries) & _bodies(n.ministries):
        return -0.1
    if not o.ministries or set(o.ministries) != set(n.ministries) or o.lead != n.lead:
        return 0.0
    return 0.05 if len(o.ministries) == 1 else 0.1


def pair_rows(rows: _Rows, weights: WordWeights) -> None:
    """Identical text under the paired target first; then one joint assignment over identical
    text anywhere and similar text, so that taking an identical copy elsewhere never costs a
    row its similar partner under its own target."""
    rows.tier(lambda o, n: 1.0 + rows.position(o, n) + _same_ministries(o, n)
              if o.key == n.key and rows.same_target(o, n) else None)

    def rest(o: Item, n: Item) -> float | None:
        same, meta = rows.same_target(o, n), _same_ministries(o, n)
        if o.key == n.key:
            return 2.0 + 0.1 * rows.position(o, n) + meta
        s = weights.similarity(o.text, n.text)
        if s + meta < (SAME_TARGET if same else OTHER_TARGET):
            return None
        return s + meta + (0.2 if same else 0.0) + 0.05 * rows.position(o, n)

    rows.tier(rest)


def _change(o: Item, n: Item, s: float, same_target: bool) -> Change:
    registry = load_registry()
    kind = "moved" if not same_target else ("unchanged" if o.key == n.key else "modified")
    added = [m for m in n.ministries if m not in o.ministries]
    removed = [m for m in o.ministries if m not in n.ministries]
    succ = [f"{r}→{x}" for r in removed for x in registry.successor_chain(r) if x in added]
    return Change(kind, o, n, 1.0 if o.key == n.key else round(s, 3), added, removed, succ)


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


def compare(old: EditionData, new: EditionData) -> Diff:
    weights = WordWeights([i.text for i in old.items + new.items] + [t.text for t in old.targets + new.targets])
    tpairs = pair_targets(old, new, weights)
    rows = _Rows(old.items, new.items, {o.id: n.id for o, n, _ in tpairs})
    pair_rows(rows, weights)
    changes = []
    for n in new.items:
        p = rows.pairs.get(id(n))
        changes.append(_change(p[0], n, p[2], rows.same_target(p[0], n)) if p else Change("added", None, n, 0.0))
    paired_old = {id(o) for o, _, _ in rows.pairs.values()}
    return Diff(old.edition, new.edition, _with_removed(changes, old.items, paired_old),
                target_changes(old, new, tpairs))
