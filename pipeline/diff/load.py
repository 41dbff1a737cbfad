"""Load an edition folder written by `extract` into the records the comparison works on."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import regex

from normalizers.text import key

_REPOST_MARK = regex.compile(r"[（(]再掲[）)]\s*$")


def target_key(text: str) -> str:
    """A target's comparison key: its text without the (再掲) mark, under the corpus key."""
    return key(_REPOST_MARK.sub("", text))


@dataclass(slots=True)
class Item:
    """One initiative row of an edition."""
    id: str
    seq: int
    text: str
    target: str          # the key of its target's text
    target_text: str     # its target's text as printed
    ministries: list[str]
    lead: list[str]


@dataclass(slots=True)
class EditionData:
    edition: str
    items: list[Item]
    targets: list[dict]


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _ids(value: str) -> list[str]:
    return [m for m in value.split("|") if m]


def load_edition(folder: Path) -> EditionData:
    targets = _read(folder / "targets.csv")
    tkey = {t["target_id"]: target_key(t["text"]) for t in targets}
    ttext = {t["target_id"]: t["text"] for t in targets}
    items = [Item(r["initiative_id"], int(r["seq"]), r["text"], tkey.get(r["target_id"], ""),
                  ttext.get(r["target_id"], ""), _ids(r["ministries"]), _ids(r["lead"]))
             for r in _read(folder / "initiatives.csv")]
    edition = folder.name
    doc = folder / "document.json"
    if doc.is_file():
        edition = json.loads(doc.read_text(encoding="utf-8")).get("edition") or edition
    return EditionData(edition, items, targets)
