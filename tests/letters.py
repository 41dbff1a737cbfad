"""Every letter accounted for: the letters (Unicode categories L*, after NFKC) of PDFs' text
layers against the letters of the datasets extracted from them.

coverage = share of printed letters that the datasets hold (per letter, up to the printed
count); surplus = letters the datasets hold more often than printed, as a share of the printed.
Each printed thing is counted once: a goal block's kind once per block, the headings an
appendix target sits under once where they change, table cells only where no initiative rows
were read from them (those are in initiatives.csv).
Of document.json's fields, the title is counted: the flow leaves the rows it was read from out of the text
(Cover.title_at). The issuer and the deciding body are not: each is a value read from rows that stay in the text
(a sender's row, a court's closing, 閣議決定 under the title) — counting them again counted those letters twice.
Measured (below25) over the 229 real documents and the shared ones: counting them covered no printed letter the
datasets miss in any document, and added surplus in 13 (the issuer, counted where no title was read, in 11 untitled
ones — a one-page judgment's court 0.0334, over the bar —; the deciding body in 2)."""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pymupdf

from conftest import read_csv
from extractors.layout import covered_letters, reads_glyphs, tree_actual_text
from extractors.settings import DEFAULT

_FIELDS = {"headings.csv": ("label", "title"), "footnotes.csv": ("text",), "paragraphs.csv": ("text",),
           "initiatives.csv": ("text", "printed_ministries"), "contents.csv": ("label", "title"),
           "abbreviations.csv": ("printed", "parent", "name"), "furniture.csv": ("text",), "targets.csv": ("label", "text")}
_CONTEXT = ("part", "part_title", "chapter", "section", "subsection", "band", "major_goal")


def letters(text: str) -> Counter:
    return Counter(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c).startswith("L"))


def printed(pdfs: list[Path]) -> Counter:
    """The letters the pages print: their text layers, a page whose /ActualText is astray read
    from its glyphs as the datasets read it (extractors.layout.reads_glyphs), less the glyphs an opaque white box
    painted later covers (extractors.layout.covered_letters: not shown, so not printed)."""
    total: Counter = Counter()
    for pdf in pdfs:
        with pymupdf.open(pdf) as doc:
            tree = tree_actual_text(doc)
            for page in doc:
                glyphs = reads_glyphs(page, tree)
                total += letters(page.get_text(flags=pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_IGNORE_ACTUALTEXT)
                                 if glyphs else page.get_text())
                total -= letters(covered_letters(page, DEFAULT.layout))
    return total


def emitted(folder: Path) -> Counter:
    total: Counter = Counter()
    doc = json.loads((folder / "document.json").read_text(encoding="utf-8"))
    main = {s["name"] for s in doc["sources"] if s["role"] == "main"}
    from_appendix = (folder / "initiatives.csv").is_file() and any(
        r["source"] not in main for r in read_csv(folder / "initiatives.csv"))
    rows: list[str] = []
    for name, fields in _FIELDS.items():
        if name == "targets.csv" and not from_appendix:
            continue   # read from a main body: a view of its goal blocks and headings
        if (folder / name).is_file():
            rows += [" ".join(row[f] for f in fields) for row in read_csv(folder / name)]
    if (folder / "tables.csv").is_file() and not (folder / "initiatives.csv").is_file():
        rows += [row["text"] for row in read_csv(folder / "tables.csv")]
    for text in rows:
        total += letters(text)
    total += _goal_letters(folder) + (_context_letters(folder) if from_appendix else Counter())
    return total + letters(doc.get("title", "")) + _cover_letters(doc, rows)


def _cover_letters(doc: dict, rows: list[str]) -> Counter:
    """The letters of document.json's cover pieces (its labels, subtitle, date as printed and contents title:
    what the pipeline holds there and nowhere else), each counted where no dataset row holds its text already
    (a stamp is also a furniture row, a document's subtitle also its cover paragraph: counted once)."""
    blob = "\x00".join(_squashed(t) for t in rows)
    pieces = list(doc.get("labels", [])) + [doc.get(k, "") for k in ("subtitle", "date_as_printed", "contents_title")]
    total: Counter = Counter()
    for piece in pieces:
        if piece and _squashed(piece) not in blob:
            total += letters(piece)
    return total


def _squashed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _goal_letters(folder: Path) -> Counter:
    total: Counter = Counter()
    if (folder / "goals.csv").is_file():
        seen = set()
        for row in read_csv(folder / "goals.csv"):
            total += letters(row["text"] + ("" if row["seq"] in seen else row["kind"]))
            seen.add(row["seq"])
    return total


def _context_letters(folder: Path) -> Counter:
    total: Counter = Counter()
    if (folder / "targets.csv").is_file():
        last = dict.fromkeys(_CONTEXT, "")
        for row in read_csv(folder / "targets.csv"):
            for f in _CONTEXT:
                if row[f] != last[f]:
                    total += letters(row[f])
                last[f] = row[f]
    return total


def accounting(pdfs: list[Path], folder: Path) -> tuple[float, float]:
    """(coverage, surplus) of the datasets in `folder` against the text layers of `pdfs`."""
    p, e = printed(pdfs), emitted(folder)
    n = sum(p.values()) or 1
    coverage = sum(min(e[c], k) for c, k in p.items()) / n
    surplus = sum(max(0, k - p.get(c, 0)) for c, k in e.items()) / n
    return coverage, surplus
