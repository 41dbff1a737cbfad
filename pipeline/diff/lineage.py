"""Lineages: each initiative followed across any number of editions by chaining the pairwise
diffs of consecutive editions. Pure: editions and their diffs in, lineage rows out."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.diff.compare import Diff
from pipeline.diff.load import EditionData, Item


@dataclass(slots=True)
class LineageRow:
    lineage_id: str
    edition: str
    item: Item
    change_from_previous: str   # "" in the lineage's first edition, else the change kind
    ministry_changes: int       # ministries added + removed since the previous edition


def lineages(editions: list[EditionData], diffs: list[Diff]) -> list[LineageRow]:
    """One row per (lineage, edition where it exists), by lineage then edition. Lineage ids
    (L0001 …) follow the order in which lineages first appear: edition by edition, in document
    order. Every initiative of every edition is in exactly one lineage."""
    assert len(diffs) == len(editions) - 1
    rows: list[LineageRow] = []
    of: dict[int, str] = {}           # id(item) → lineage id
    count = 0

    def start(ed: EditionData, item: Item, change: str) -> None:
        nonlocal count
        count += 1
        of[id(item)] = f"L{count:04d}"
        rows.append(LineageRow(of[id(item)], ed.edition, item, change, 0))

    for item in editions[0].items:
        start(editions[0], item, "")
    for ed, diff in zip(editions[1:], diffs):
        previous = {id(c.new): c for c in diff.changes if c.new is not None and c.old is not None}
        for item in ed.items:
            c = previous.get(id(item))
            if c is None or c.old is None:
                start(ed, item, "added")
                continue
            of[id(item)] = of[id(c.old)]
            rows.append(LineageRow(of[id(item)], ed.edition, item, c.change,
                                   len(c.ministries_added) + len(c.ministries_removed)))
    order = {e.edition: k for k, e in enumerate(editions)}
    return sorted(rows, key=lambda r: (r.lineage_id, order[r.edition]))
