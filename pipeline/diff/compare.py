"""The edition diff as a pure function: two editions' records in, change records out.
Loading lives in load.py, rendering (CSV, Markdown, HTML) in render.py.

Initiatives are aligned one to one: first identical text under the same target, then identical
text anywhere (a move), then similar text by word-level similarity on fugashi + unidic-lite
tokens (one Tagger for the whole run), best pairs first, above SIMILARITY_THRESHOLD.
Targets are matched by their text (the (再掲) mark ignored), then by similar text (reworded).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.ministries import load_registry
from normalizers.text import key
from normalizers.words import similarity
from pipeline.diff.load import EditionData, Item, target_key

SIMILARITY_THRESHOLD = 0.5
TARGET_THRESHOLD = 0.6


@dataclass(slots=True)
class Change:
    change: str
    old: Item | None
    new: Item | None
    similarity: float
    ministries_added: list[str] = field(default_factory=list)
    ministries_removed: list[str] = field(default_factory=list)
    successions: list[str] = field(default_factory=list)

    @property
    def text_changed(self) -> str:
        if self.old is None or self.new is None:
            return ""
        return "0" if key(self.old.text) == key(self.new.text) else "1"


@dataclass(slots=True)
class TargetChange:
    change: str   # unchanged | reworded | moved | added | removed
    old: dict | None
    new: dict | None
    similarity: float


@dataclass(slots=True)
class Diff:
    old_edition: str
    new_edition: str
    changes: list[Change]
    target_changes: list[TargetChange]


def _pair_exact(old: list[Item], new: list[Item], pairs: dict, same_target: bool) -> None:
    taken_old = {id(o) for o, _ in pairs.values()}
    index: dict[tuple, list[Item]] = {}
    for o in old:
        if id(o) not in taken_old:
            index.setdefault((key(o.text), o.target if same_target else ""), []).append(o)
    for n in new:
        if id(n) in pairs:
            continue
        bucket = index.get((key(n.text), n.target if same_target else ""))
        if bucket:
            pairs[id(n)] = (bucket.pop(0), n)


def _pair_similar(old: list[Item], new: list[Item], pairs: dict, threshold: float) -> dict[int, float]:
    taken_old = {id(o) for o, _ in pairs.values()}
    rest_old = [o for o in old if id(o) not in taken_old]
    rest_new = [n for n in new if id(n) not in pairs]
    cands = []
    for n in rest_new:
        for o in rest_old:
            s = similarity(o.text, n.text)
            if s >= threshold:
                cands.append((-(s + (0.05 if o.target == n.target else 0.0)), n.seq, o.seq, s, o, n))
    cands.sort(key=lambda c: c[:3])
    used_o, used_n, sims = set(), set(), {}
    for _, _, _, s, o, n in cands:
        if id(o) in used_o or id(n) in used_n:
            continue
        used_o.add(id(o))
        used_n.add(id(n))
        pairs[id(n)] = (o, n)
        sims[id(n)] = s
    return sims


def compare(old_data: EditionData, new_data: EditionData, threshold: float = SIMILARITY_THRESHOLD) -> Diff:
    old, told = old_data.items, old_data.targets
    new, tnew = new_data.items, new_data.targets
    registry = load_registry()
    pairs: dict[int, tuple[Item, Item]] = {}
    _pair_exact(old, new, pairs, same_target=True)
    _pair_exact(old, new, pairs, same_target=False)
    sims = _pair_similar(old, new, pairs, threshold)
    changes: list[Change] = []
    paired_old = {id(o): n for o, n in pairs.values()}
    for n in new:
        if id(n) in pairs:
            o = pairs[id(n)][0]
            same_text = key(o.text) == key(n.text)
            kind = "moved" if o.target != n.target else ("unchanged" if same_text else "modified")
            added = [m for m in n.ministries if m not in o.ministries]
            removed = [m for m in o.ministries if m not in n.ministries]
            succ = [f"{r}→{s}" for r in removed for s in registry.successor_chain(r) if s in added]
            changes.append(Change(kind, o, n, 1.0 if same_text else round(sims.get(id(n), 0.0), 3),
                                  added, removed, succ))
        else:
            changes.append(Change("added", None, n, 0.0))
    # removed rows follow the previous surviving row of the old edition
    out: list[Change] = []
    pending = [o for o in old if id(o) not in paired_old]
    pos = {id(c.old): i for i, c in enumerate(changes) if c.old is not None}
    after: dict[int, list[Item]] = {}
    for o in pending:
        prev = max((p for p in old if p.seq < o.seq and id(p) in paired_old), key=lambda p: p.seq, default=None)
        after.setdefault(pos[id(prev)] if prev is not None else -1, []).append(o)
    out.extend(Change("removed", o, None, 0.0) for o in after.get(-1, []))
    for i, c in enumerate(changes):
        out.append(c)
        out.extend(Change("removed", o, None, 0.0) for o in after.get(i, []))
    return Diff(old_data.edition, new_data.edition, out, compare_targets(told, tnew))


def compare_targets(old: list[dict], new: list[dict]) -> list[TargetChange]:
    path = lambda t: key("|".join(t[f] for f in ("part", "chapter", "section", "subsection", "band")))
    out: list[TargetChange] = []
    free = list(old)
    for t in new:
        match = next((o for o in free if target_key(o["text"]) == target_key(t["text"])), None)
        if match is not None:
            free.remove(match)
            out.append(TargetChange("unchanged" if path(match) == path(t) else "moved", match, t, 1.0))
            continue
        best = max(free, key=lambda o: similarity(o["text"], t["text"]), default=None)
        s = similarity(best["text"], t["text"]) if best else 0.0
        if best is not None and s >= TARGET_THRESHOLD:
            free.remove(best)
            out.append(TargetChange("reworded", best, t, round(s, 3)))
        else:
            out.append(TargetChange("added", None, t, 0.0))
    out.extend(TargetChange("removed", o, None, 0.0) for o in free)
    return out
