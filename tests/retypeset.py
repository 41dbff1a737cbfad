"""Typeset the appendix of the published 2022 text (../shared/corpus/2022/published_text.txt) again,
in a layout unlike bessi.pdf: another font (PyMuPDF's built-in Japanese font), other column widths
and margins, the header row repeated at the top of every page a table continues on, page numbers
as "- N -", a table of contents without dot leaders, and rows broken wherever the page ends.

The text is tidied as bessi.pdf's was (SYNTHETIC/README of the corpus): letters the rendering
spaces out are set full-width, spaces next to Japanese characters dropped, heading numbers set
full-width. So what differs from bessi.pdf is the layout alone, and the extraction must still
give the 2022 truth. Nothing of the corpus is stored in the project: this reads it at test time.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf
import regex

FONT = "japan"
W, H = 595, 842
LEFT, RIGHT, TOP, BOTTOM = 50, 545, 60, 790
COLS = (50, 390, 545)           # 取組 | 関係府省庁, 340 pt and 155 pt (bessi.pdf: 136/34 mm)
LINE = 12.5                     # table line height
SEPARATORS = "、・"

_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()"})
_SPACED = regex.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){1,}[A-Za-z](?![A-Za-z])")
_JA = r"[^\x00-\x7f]"


def tidy(s: str) -> str:
    s = regex.sub(r"^- ", "", s.strip())  # the rendering's list marker: "- ① …", "- ・…"
    s = _SPACED.sub(lambda m: m.group(0).replace(" ", "").translate(_FULL), s.strip())
    s = regex.sub(rf"(?<={_JA}) +| +(?={_JA})", "", s)
    return s


def heading_label(s: str) -> str:
    """(1) → （１）, 1. → １．, < 具体目標 > → ＜具体目標＞ as in bessi.pdf."""
    m = regex.match(r"^(\(\d+\)|\d+\.)\s*(.*)$", s)
    if m:
        label = m.group(1).translate(_FULL).replace(".", "．")
        return label + m.group(2)
    m = regex.match(r"^<\s*(具体目標|目標)\s*(\d*)\s*>$", s)
    if m:
        return f"＜{m.group(1)}{m.group(2).translate(_FULL)}＞"
    m = regex.match(r"^大目標\s*(.*)$", s)
    if m:
        return "大目標　" + tidy(m.group(1))
    return s


def width(s: str, size: float) -> float:
    return pymupdf.get_text_length(s, fontname=FONT, fontsize=size)


def wrap(s: str, max_w: float, size: float, after: str | None = None) -> list[str]:
    """Greedy wrap by glyph widths; with `after`, break only after one of those characters."""
    lines, cur = [], ""
    if after is None:
        for ch in s:
            if cur and width(cur + ch, size) > max_w:
                lines.append(cur)
                cur = ""
            cur += ch
        return lines + [cur] if cur else lines or [""]
    parts = regex.findall(rf"[^{after}]+[{after}]?", s) or [""]
    for part in parts:
        if cur and width(cur + part, size) > max_w:
            lines.append(cur)
            cur = ""
        cur += part
    return lines + [cur]


class Typesetter:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0.0
        self.number = 0

    def new_page(self, numbered: bool = True):
        self.page = self.doc.new_page(width=W, height=H)
        self.y = TOP
        if numbered:
            self.number += 1
            label = f"- {self.number} -"
            self.page.insert_text(((W - width(label, 9)) / 2, 815), label, fontname=FONT, fontsize=9)

    def text(self, s: str, size: float = 10.5, indent: float = 0, gap: float = 6):
        for line in wrap(s, RIGHT - LEFT - indent, size):
            if self.y + size * 1.5 > BOTTOM:
                self.new_page()
            self.y += size * 1.5
            self.page.insert_text((LEFT + indent, self.y), line, fontname=FONT, fontsize=size)
        self.y += gap

    def table(self, header: list[str], rows: list[list[str]], cols=COLS, size: float = 9.5):
        """A ruled table; a row that does not fit is broken at the page end (every cell goes on),
        and the header row is repeated at the top of each new page."""
        def rule(y):
            self.page.draw_line((cols[0], y), (cols[-1], y), width=0.5)

        def draw_row(cells_lines, top):
            for c, lines in enumerate(cells_lines):
                for i, line in enumerate(lines):
                    self.page.insert_text((cols[c] + 4, top + LINE * (i + 1) - 2), line, fontname=FONT, fontsize=size)

        def verticals(top, bottom):
            for x in cols:
                self.page.draw_line((x, top), (x, bottom), width=0.5)

        def start(top):
            rule(top)
            draw_row([[h] for h in header], top)
            rule(top + LINE + 4)
            return top + LINE + 4

        if self.y + 3 * LINE > BOTTOM:
            self.new_page()
        table_top = self.y + 4
        self.y = start(table_top)
        for row in rows:
            cells = [wrap(row[0], cols[1] - cols[0] - 8, size)]
            cells += [wrap(cell, cols[c + 2] - cols[c + 1] - 8, size, after=SEPARATORS if c == 0 else None)
                      for c, cell in enumerate(row[1:])]
            todo = cells
            while todo:
                room = int((BOTTOM - self.y - 4) // LINE)
                n = max(len(lines) for lines in todo)
                if room <= 0:
                    verticals(table_top, self.y)
                    self.new_page()
                    table_top = self.y
                    self.y = start(table_top)
                    continue
                take = min(n, room)
                draw_row([lines[:take] for lines in todo], self.y)
                self.y += LINE * take + 4
                rule(self.y)
                todo = [lines[take:] for lines in todo]
                if not any(todo):
                    break
                verticals(table_top, self.y)
                self.new_page()
                table_top = self.y
                self.y = start(table_top)
        verticals(table_top, self.y)
        self.y += 14


def appendix_text(published: Path) -> list[str]:
    lines = published.read_text(encoding="utf-8").splitlines()
    return lines[lines.index("別紙") + 1:]


def build(published: Path, out: Path) -> Path:
    lines = appendix_text(published)
    ts = Typesetter()
    ts.new_page(numbered=False)
    i = 0
    while not lines[i].strip():
        i += 1
    ts.page.insert_text((LEFT, 60), "別紙", fontname=FONT, fontsize=12)
    ts.y = 120
    while lines[i].strip() != "目次":          # title lines
        if lines[i].strip():
            ts.text(tidy(lines[i]), 16)
        i += 1
    ts.text("目次", 12)
    i += 1
    while i < len(lines) and (not lines[i].strip() or "\t" in lines[i]):   # contents: title, page on the right
        if lines[i].strip():
            title, page = lines[i].rsplit("\t", 1)
            ts.text(heading_label(tidy(title)), 10.5, indent=10, gap=0)
            ts.page.insert_text((RIGHT - width(page, 10.5), ts.y - 6), page, fontname=FONT, fontsize=10.5)
        i += 1
    ts.new_page()
    in_target = False
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "\t" in line and line.split("\t")[0].replace(" ", "") in ("取組", "略称"):
            in_target = False
            header = [tidy(c) for c in line.split("\t") if c.strip()]
            rows = []
            i += 1
            while i < len(lines):
                if not lines[i].strip():
                    # the rendering breaks a row at its own page ends: a blank line, then the rest
                    # of the row with an empty ministry cell. It repeats the character at one break
                    # (知財シ + システム), which the published row does not.
                    nxt = lines[i + 1] if i + 1 < len(lines) else ""
                    if rows and "\t" in nxt and not nxt.split("\t")[1].strip() and header[0] != "略称":
                        rest = tidy(nxt.split("\t")[0])
                        rows[-1][0] += rest[1:] if rows[-1][0][-1:] == rest[:1] else rest
                        i += 2
                        continue
                    break
                rows.append([tidy(c) for c in lines[i].split("\t")])
                i += 1
            if header[0] == "略称":   # the abbreviation table: 略称 | the body's name (merged parents kept)
                rows = [[r[0], "".join(c for c in r[1:] if c)] for r in rows]
                ts.table(["略称", "府省庁名"], rows, cols=(50, 150, 545))
            else:
                ts.table(header[:2], [r[:2] + [""] * (2 - len(r[:2])) for r in rows])
            continue
        if in_target:   # a target's text, lists in it included, runs to its table
            ts.text(tidy(line), 10.5, indent=20)
            i += 1
            continue
        s = heading_label(line.strip()) if line.startswith("大目標") else heading_label(tidy(line))
        in_target = s.startswith("＜")
        size = 13 if regex.match(r"^第.部", s) else 11 if regex.match(r"^(（|[０-９]+．|大目標)", s) else 10.5
        ts.text(s, size, indent=0 if size > 10.5 else 10)
        i += 1
    ts.doc.save(out, garbage=3, deflate=True)
    return out
