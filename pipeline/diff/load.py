"""Load an edition folder written by `extract` into the records the comparison works on."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from extractors.initiatives import without_repost_mark
from normalizers.variants import compare_key as key
from pipeline.plan import EDITION
from pipeline.reading import shown
from pipeline.writers import as_printed

_PATH_FIELDS = ("part", "chapter", "section", "subsection", "band")


def target_key(text: str) -> str:
    """A target's comparison key: its text without the (再掲) mark, under the corpus key."""
    return key(without_repost_mark(text))


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


_NEEDED = {"targets.csv": ("target_id", "seq", "label", "text", "reposted", *("part", "chapter", "section",
                                                                            "subsection", "band")),
           "initiatives.csv": ("initiative_id", "seq", "target_id", "text", "ministries", "lead")}
MAX_CSV_BYTES = 64 * 1024 * 1024


MAX_SEQ_DIGITS = 9


def _rows(path: Path, fix: str) -> list[dict]:
    """The CSV's rows (a BOM, as --bom writes, skipped), each with every column of the header."""
    try:
        with open(path, "rb") as fh:
            bom = fh.read(3) == b"\xef\xbb\xbf"
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, strict=True)
            missing = [c for c in _NEEDED[path.name] if c not in (reader.fieldnames or [])]
            if missing:
                raise DiffInputError(f"{path}: column {missing[0]} is missing; {fix}")
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise DiffInputError(f"{path}: not UTF-8 (byte {exc.start}); re-run extract to write it again") from None
    except csv.Error as exc:
        raise DiffInputError(f"{path}: not a readable CSV ({exc}); re-run extract to write it again") from None
    except OSError as exc:
        raise DiffInputError(f"{path}: cannot read it ({exc.strerror or exc}); check its permissions") from None
    for n, r in enumerate(rows, start=2):
        if None in r or None in r.values():
            raise DiffInputError(f"{path}: line {n}: not as many fields as the header has columns; "
                                 "re-run extract to write it again")
    return [{k: as_printed(v) for k, v in r.items()} for r in rows] if bom else rows


def _read(path: Path) -> list[dict]:
    """The rows of a dataset CSV, checked: UTF-8 (with or without a BOM), every field of every
    row, the columns diff needs, whole-number seqs of at most MAX_SEQ_DIGITS digits."""
    fix = "give an edition folder written by extract (e.g. outputs/2022)"
    if not path.is_file():
        raise DiffInputError(f"{path}: no such file; {fix}")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise DiffInputError(f"{path}: over {MAX_CSV_BYTES} bytes, not a dataset of this tool; {fix}")
    rows = _rows(path, fix)
    for n, r in enumerate(rows, start=2):
        seq = r.get("seq") or ""
        if not (seq.isascii() and seq.isdigit() and len(seq) <= MAX_SEQ_DIGITS):
            raise DiffInputError(f"{path}: line {n}: seq {shown(seq[:20])!r}{'…' if len(seq) > 20 else ''} is not a "
                                 f"whole number of at most {MAX_SEQ_DIGITS} digits; re-run extract to write it again")
    return rows


def _edition_of(folder: Path) -> str:
    """The edition the folder holds (document.json, else the folder name): four ASCII digits,
    since it becomes part of an output path."""
    doc = folder / "document.json"
    edition: object = folder.name
    if doc.is_file():
        if doc.stat().st_size > MAX_CSV_BYTES:
            raise DiffInputError(f"{doc}: over {MAX_CSV_BYTES} bytes, not written by extract; re-run extract")
        try:
            data = json.loads(doc.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            raise DiffInputError(f"{doc}: not valid JSON ({shown(str(exc))[:120]}); re-run extract to write it again") from None
        except OSError as exc:
            raise DiffInputError(f"{doc}: cannot read it ({exc.strerror or exc}); check its permissions") from None
        edition = data.get("edition") if isinstance(data, dict) and data.get("edition") else edition
    if not isinstance(edition, str) or not EDITION.fullmatch(edition):
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
