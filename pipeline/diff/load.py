"""Load an edition folder written by `extract` into the records the comparison works on."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import regex

from normalizers.variants import compare_key as key

_REPOST_MARK = regex.compile(r"[（(]再掲[）)]\s*$")
_PATH_FIELDS = ("part", "chapter", "section", "subsection", "band")


def target_key(text: str) -> str:
    """A target's comparison key: its text without the (再掲) mark, under the corpus key."""
    return key(_REPOST_MARK.sub("", text))


@dataclass(slots=True)
class TargetRec:
    """One 具体目標 of an edition."""
    id: str
    seq: int
    label: str
    text: str
    key: str          # target_key(text)
    path: str         # its headings (part … band), keyed
    reposted: bool
    heading: str = ""   # its headings as printed, joined
    part: str = ""      # its part heading as printed


@dataclass(slots=True)
class Item:
    """One initiative row of an edition."""
    id: str
    seq: int
    text: str
    key: str             # key(text)
    target_id: str
    target_text: str     # its target's text as printed
    ministries: list[str]
    lead: list[str]


@dataclass(slots=True)
class EditionData:
    edition: str
    items: list[Item]
    targets: list[TargetRec]


class DiffInputError(Exception):
    """An edition folder `diff` cannot use; str(self) is the one line shown to the user."""


_EDITION = regex.compile(r"[0-9]{4}")
_NEEDED = {"targets.csv": ("target_id", "seq", "label", "text", "reposted", *("part", "chapter", "section",
                                                                            "subsection", "band")),
           "initiatives.csv": ("initiative_id", "seq", "target_id", "text", "ministries", "lead")}
MAX_CSV_BYTES = 64 * 1024 * 1024


def _read(path: Path) -> list[dict]:
    """The rows of a dataset CSV, checked: UTF-8, the columns diff needs, whole-number seqs."""
    fix = "give an edition folder written by extract (e.g. outputs/2022)"
    if not path.is_file():
        raise DiffInputError(f"{path}: no such file; {fix}")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise DiffInputError(f"{path}: over {MAX_CSV_BYTES} bytes, not a dataset of this tool; {fix}")
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in _NEEDED[path.name] if c not in (reader.fieldnames or [])]
            if missing:
                raise DiffInputError(f"{path}: column {missing[0]} is missing; {fix}")
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise DiffInputError(f"{path}: not UTF-8 (byte {exc.start}); re-run extract to write it again") from None
    except csv.Error as exc:
        raise DiffInputError(f"{path}: not a readable CSV ({exc}); re-run extract to write it again") from None
    for n, r in enumerate(rows, start=2):
        if not (r.get("seq") or "").isdigit() or not (r.get("seq") or "").isascii():
            raise DiffInputError(f"{path}: line {n}: seq {r.get('seq')!r} is not a whole number; "
                                 "re-run extract to write it again")
    return rows


def _edition_of(folder: Path) -> str:
    """The edition the folder holds (document.json, else the folder name): four ASCII digits,
    since it becomes part of an output path."""
    doc = folder / "document.json"
    edition: object = folder.name
    if doc.is_file():
        try:
            data = json.loads(doc.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise DiffInputError(f"{doc}: not valid JSON ({exc}); re-run extract to write it again") from None
        edition = data.get("edition") if isinstance(data, dict) and data.get("edition") else edition
    if not isinstance(edition, str) or not _EDITION.fullmatch(edition):
        raise DiffInputError(f"{folder}: edition {edition!r} is not a four-digit year; "
                             "give an edition folder written by extract (e.g. outputs/2022)")
    return edition


def _ids(value: str) -> list[str]:
    return [m for m in value.split("|") if m]


def _target(t: dict) -> TargetRec:
    return TargetRec(t["target_id"], int(t["seq"]), t["label"], t["text"], target_key(t["text"]),
                     key("|".join(t[f] for f in _PATH_FIELDS)), t["reposted"] == "1",
                     " ".join(t[f] for f in _PATH_FIELDS if t[f]), t["part"])


def load_edition(folder: Path) -> EditionData:
    """The edition's targets and initiatives; DiffInputError names what is wrong and where."""
    if not folder.is_dir():
        raise DiffInputError(f"{folder}: no such folder; give an edition folder written by extract (e.g. outputs/2022)")
    edition = _edition_of(folder)
    targets = [_target(t) for t in _read(folder / "targets.csv")]
    ttext = {t.id: t.text for t in targets}
    items = [Item(r["initiative_id"], int(r["seq"]), r["text"], key(r["text"]), r["target_id"],
                  ttext.get(r["target_id"], ""), _ids(r["ministries"]), _ids(r["lead"]))
             for r in _read(folder / "initiatives.csv")]
    return EditionData(edition, items, targets)
