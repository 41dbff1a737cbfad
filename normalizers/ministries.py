"""The ministry registry: one CSV (ministries.csv beside this file) holds every body's id,
printed abbreviations, aliases, official name, parent, dates and successor.

Canonical ids are the 2022 abbreviations. A renamed body keeps one id across its names
(CSTI → 科技); an abolished body keeps its own id and names its successor (IT室 → デジ庁).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.text import clean

REGISTRY_PATH = Path(__file__).with_name("ministries.csv")
COLUMNS = ("id", "abbreviations", "aliases", "name", "parent", "valid_from", "valid_to",
           "successor", "note")


@dataclass(frozen=True, slots=True)
class Ministry:
    id: str
    abbreviations: tuple[str, ...]
    aliases: tuple[str, ...]
    name: str
    parent: str
    valid_from: str
    valid_to: str
    successor: str
    note: str

    def as_row(self) -> dict[str, str]:
        return {"id": self.id, "abbreviations": "|".join(self.abbreviations),
                "aliases": "|".join(self.aliases), "name": self.name, "parent": self.parent,
                "valid_from": self.valid_from, "valid_to": self.valid_to,
                "successor": self.successor, "note": self.note}


def printed_key(printed: str) -> str:
    """How a printed abbreviation is looked up: folded, no spaces, no lead mark."""
    return clean(printed).replace(" ", "").replace("◎", "").strip()


class Registry:
    def __init__(self, rows: list[Ministry]):
        self.rows = rows
        self.by_id = {m.id: m for m in rows}
        self._lookup: dict[str, Ministry] = {}
        for m in rows:
            for name in (m.id, *m.abbreviations, *m.aliases, m.name):
                if name:
                    self._lookup.setdefault(printed_key(name), m)

    def resolve(self, printed: str) -> Ministry | None:
        return self._lookup.get(printed_key(printed))

    def successor_chain(self, mid: str) -> list[str]:
        chain, seen = [], {mid}
        while (m := self.by_id.get(mid)) and m.successor and m.successor not in seen:
            chain.append(m.successor)
            seen.add(m.successor)
            mid = m.successor
        return chain


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


def parse_registry(path: Path) -> Registry:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: registry columns must be {','.join(COLUMNS)}")
        rows = [Ministry(r["id"], _split(r["abbreviations"]), _split(r["aliases"]), r["name"],
                         r["parent"], r["valid_from"], r["valid_to"], r["successor"], r["note"])
                for r in reader]
    return Registry(rows)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    return parse_registry(REGISTRY_PATH)
