"""What a diff amounts to, per change kind and per ministry: the counts behind the summary
on stdout, `--json` and ministry_summary.csv. Pure: a Diff in, plain records out."""
from __future__ import annotations

import copy
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from normalizers.ministries import load_registry
from pipeline.diff.compare import Change, Diff

KINDS = ("unchanged", "modified", "moved", "added", "removed")
TARGET_KINDS = ("unchanged", "reworded", "moved", "added", "removed", "split", "merged")
MEASURES = ("initiatives_old", "initiatives_new", "gained", "lost",
            "leads_old", "leads_new", "leads_gained", "leads_lost")


@dataclass(slots=True)
class MinistryCounts:
    view: str                 # printed (ids as printed) | merged (successions merged: IT室 → デジ庁)
    ministry_id: str
    name: str
    counts: Counter = field(default_factory=Counter)


@lru_cache(maxsize=4096)
def _final(mid: str) -> str:
    chain = load_registry().successor_chain(mid)
    return chain[-1] if chain else mid


def _count_change(c: Change, view: str, table: dict[str, Counter]) -> None:
    norm = (lambda ids: {_final(m) for m in ids}) if view == "merged" else set
    old_m, new_m = norm(c.old.ministries) if c.old else set(), norm(c.new.ministries) if c.new else set()
    old_l, new_l = norm(c.old.lead) if c.old else set(), norm(c.new.lead) if c.new else set()
    for mids, measure in ((old_m, "initiatives_old"), (new_m, "initiatives_new"), (new_m - old_m, "gained"),
                          (old_m - new_m, "lost"), (old_l, "leads_old"), (new_l, "leads_new"),
                          (new_l - old_l, "leads_gained"), (old_l - new_l, "leads_lost")):
        for m in mids:
            table.setdefault(m, Counter())[measure] += 1


def ministry_summary(d: Diff) -> list[MinistryCounts]:
    """Per ministry, in registry order (unknown abbreviations after, by first appearance): the
    initiatives and leads of each edition, and those gained and lost, as printed and with
    successions merged."""
    if "ministries" not in d.memo:
        d.memo["ministries"] = _ministry_summary(d)
    return copy.deepcopy(d.memo["ministries"])


def _ministry_summary(d: Diff) -> list[MinistryCounts]:
    registry = load_registry()
    order = {m.id: k for k, m in enumerate(registry.rows)}
    out = []
    for view in ("printed", "merged"):
        table: dict[str, Counter] = {}
        for c in d.changes:
            _count_change(c, view, table)
        seen = list(table)
        for mid in sorted(table, key=lambda m: (order.get(m, len(order)), seen.index(m))):
            m = registry.by_id.get(mid)
            out.append(MinistryCounts(view, mid, m.name if m else "", table[mid]))
    return out


def summary(d: Diff) -> dict:
    """The diff's counts as plain data (what --json prints); counted once per diff."""
    if "summary" not in d.memo:
        d.memo["summary"] = _summary(d)
    return copy.deepcopy(d.memo["summary"])


def _summary(d: Diff) -> dict:
    kinds = Counter(c.change for c in d.changes)
    targets = Counter(t.change for t in d.target_changes)
    return {
        "old": d.old_edition, "new": d.new_edition,
        "changes": {k: kinds.get(k, 0) for k in KINDS},
        "targets": {k: targets.get(k, 0) for k in TARGET_KINDS},
        "ministry_changes": sum(c.ministries_changed == "1" for c in d.changes),
        "lead_changes": sum(c.lead_changed == "1" for c in d.changes),
        "links": {k: sum(link.relation == k for link in d.links) for k in ("split", "merged")},
        "ministries": [{"view": m.view, "id": m.ministry_id, "name": m.name,
                        **{k: m.counts.get(k, 0) for k in MEASURES}}
                       for m in ministry_summary(d)],
        "notes": list(d.notes),
    }


def differs(d: Diff) -> bool:
    """True when the editions differ in any initiative, target, ministry or lead."""
    s = summary(d)
    return (any(n for k, n in s["changes"].items() if k != "unchanged")
            or any(n for k, n in s["targets"].items() if k != "unchanged")
            or bool(s["ministry_changes"] or s["lead_changes"]))
