"""Lineages: each initiative (and each 具体目標) followed across any number of editions by
chaining the pairwise diffs of consecutive editions. Pure: editions and their diffs in, lineage
rows out.

A row paired with a row of the previous edition continues its lineage. A row split off another
starts a lineage of its own that names the one it was split from; a row that absorbed another
(a merge) continues one lineage and names the lineages merged into it. Links (continues, split,
merged) are kept one per pair of rows, with their word similarity.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.diff.compare import Diff
from pipeline.diff.load import EditionData, Item, TargetRec


@dataclass(slots=True)
class LineageRow:
    lineage_id: str
    edition: str
    item: Item
    change_from_previous: str   # "" in the lineage's first edition, else the change kind
    ministry_changes: int       # ministries added + removed since the previous edition
    split_from: list[str] = field(default_factory=list)    # lineage ids this row was split from
    merged_from: list[str] = field(default_factory=list)   # lineage ids merged into this row


@dataclass(slots=True)
class LinkRow:
    edition_from: str
    seq_from: int
    edition_to: str
    seq_to: int
    relation: str      # continues | split | merged
    similarity: float


@dataclass(slots=True)
class TargetLineageRow:
    lineage_id: str           # TL0001 …
    edition: str
    target: TargetRec
    change_from_previous: str
    split_from: list[str] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)


def lineages(editions: list[EditionData], diffs: list[Diff]) -> list[LineageRow]:
    """One row per (lineage, edition where it exists), by lineage then edition. Lineage ids
    (L0001 …) follow the order in which lineages first appear: edition by edition, in document
    order. Every initiative of every edition is in exactly one lineage."""
    assert len(diffs) == len(editions) - 1
    rows: list[LineageRow] = []
    of: dict[int, str] = {}           # id(item) → lineage id
    count = [0]

    def start(ed: EditionData, item: Item, change: str) -> LineageRow:
        count[0] += 1
        of[id(item)] = f"L{count[0]:04d}"
        rows.append(LineageRow(of[id(item)], ed.edition, item, change, 0))
        return rows[-1]

    for item in editions[0].items:
        start(editions[0], item, "")
    for ed, diff in zip(editions[1:], diffs):
        previous = {id(c.new): c for c in diff.changes if c.new is not None and c.old is not None}
        split = {id(link.new): link.old for link in diff.links if link.relation == "split"}
        merged: dict[int, list[Item]] = {}
        for link in diff.links:
            if link.relation == "merged":
                merged.setdefault(id(link.new), []).append(link.old)
        for item in ed.items:
            c = previous.get(id(item))
            if c is None or c.old is None:
                row = start(ed, item, "added")
            else:
                of[id(item)] = of[id(c.old)]
                row = LineageRow(of[id(item)], ed.edition, item, c.change,
                                 len(c.ministries_added) + len(c.ministries_removed))
                rows.append(row)
            row.split_from = [of[id(split[id(item)])]] if id(item) in split else []
            row.merged_from = list(dict.fromkeys(of[id(o)] for o in merged.get(id(item), [])))
    order = {e.edition: k for k, e in enumerate(editions)}
    return sorted(rows, key=lambda r: (r.lineage_id, order[r.edition]))


def links(diffs: list[Diff]) -> list[LinkRow]:
    """Every link between rows of consecutive editions, edition by edition in new order."""
    out = []
    for d in diffs:
        order = {id(n): k for k, n in enumerate(c.new for c in d.changes if c.new is not None)}
        for link in sorted(d.links, key=lambda x: (order.get(id(x.new), 0), x.old.seq, x.relation)):
            out.append(LinkRow(d.old_edition, link.old.seq, d.new_edition, link.new.seq, link.relation, link.similarity))
    return out


def target_lineages(editions: list[EditionData], diffs: list[Diff]) -> list[TargetLineageRow]:
    """Each 具体目標 followed across editions (TL0001 … in order of first appearance): a target
    paired with one of the previous edition continues its lineage; a split target starts its
    own and names the one it was split from; a target that others were merged into names them."""
    rows: list[TargetLineageRow] = []
    of: dict[int, str] = {}
    count = [0]

    def start(ed: EditionData, t: TargetRec, change: str) -> TargetLineageRow:
        count[0] += 1
        of[id(t)] = f"TL{count[0]:04d}"
        rows.append(TargetLineageRow(of[id(t)], ed.edition, t, change))
        return rows[-1]

    for t in editions[0].targets:
        start(editions[0], t, "")
    for ed, diff in zip(editions[1:], diffs):
        prev = {id(tc.new): tc for tc in diff.target_changes if tc.new is not None}
        merged: dict[int, list[str]] = {}
        for tc in diff.target_changes:
            if tc.change == "merged" and tc.old is not None and tc.related is not None:
                merged.setdefault(id(tc.related), []).append(of[id(tc.old)])
        for t in ed.targets:
            p = prev.get(id(t))
            if p is None or p.old is None:
                row = start(ed, t, p.change if p else "added")
                row.split_from = [of[id(p.related)]] if p and p.related is not None else []
            else:
                of[id(t)] = of[id(p.old)]
                row = TargetLineageRow(of[id(t)], ed.edition, t, p.change)
                rows.append(row)
            row.merged_from = merged.get(id(t), [])
    order = {e.edition: k for k, e in enumerate(editions)}
    return sorted(rows, key=lambda r: (r.lineage_id, order[r.edition]))
